// An outgoing SD number belongs to one delivery only (SD-01, domain.md; iscc-rules.md §5.4): which of
// the deliveries giving one number keeps it (holderFirst, p-reg), and a delivery whose own number is
// an incoming SD's number, the supplier's and ours on two declarations (ownIsIncoming, p-sd9).
// Both serve duplicate-sd.ts, whose findings hold the later delivery's declaration back.
import { numberKey } from "../normalise";
import { partOf } from "../numbering";
import { sdKey } from "../sd-key";
import type { Delivery, Issued, Receipt } from "../records";

/**
 * (p-sd9) The deliveries whose own SD number (sdKey) is an incoming SD's number on a receipt, each
 * with the first receipt giving it: one number on two declarations, the supplier's and ours
 * (SD-01); the numbering (numbering.ts) already avoids them. duplicate-sd.ts raises the error at
 * the delivery's SD cell, which holds its declaration back.
 */
export function ownIsIncoming(
  receipts: readonly Receipt[],
  deliveries: readonly Delivery[],
): [Delivery, Receipt][] {
  // keyed by the deliveries' numbers (most deliveries give none, so the map is small) and filled
  // with the first receipt of each from one pass over the receipts: not a map of every receipt's
  // number (100,000 entries on the budget ledger). Indexed loops: run once (rule.ts perGhgSet).
  let from = 0;
  while (from < deliveries.length && (deliveries[from] as Delivery).sdNumber === "") from++;
  if (from === deliveries.length) return [];
  const keys: string[] = [];
  const first = new Map<string, Receipt | null>();
  for (let i = from; i < deliveries.length; i++) {
    const number = (deliveries[i] as Delivery).sdNumber;
    const key = number === "" ? "" : sdKey(number);
    keys.push(key);
    if (key !== "") first.set(key, null);
  }
  for (let i = 0; i < receipts.length; i++) {
    const r = receipts[i] as Receipt;
    if (r.sdKey !== "" && first.get(r.sdKey) === null) first.set(r.sdKey, r);
  }
  const pairs: [Delivery, Receipt][] = [];
  for (let i = from; i < deliveries.length; i++) {
    const key = keys[i - from] as string;
    const r = key === "" ? null : first.get(key);
    if (r) pairs.push([deliveries[i] as Delivery, r]);
  }
  return pairs;
}

/**
 * (p-reg) The deliveries of one outgoing number in the order that tells which keeps it: the row
 * whose number the register (MB Declarations) records as issued first, so sorting the sheet never
 * moves a number issued to one delivery onto another; then the earlier date (YYYY-MM-DD; a row
 * without one last); ties in sheet order. The first keeps the number, each later one is the repeat.
 * (p-hold) A row's number is recorded as issued when a line has it whole, or when the lines are the
 * parts of its split ("4711-1", "4711-2" for the row's "4711"; registerHolds). Where the register
 * records several of the rows, the earlier date keeps the number, as before. A register kept with
 * another copy of the books (Issued.elsewhere) is read too: run after run into one audited copy,
 * it is the only register there is.
 */
export function holderFirst(rows: Delivery[], issued: readonly Issued[]): Delivery[] {
  if (rows.length < 2) return rows;
  const holds = registerHolds(rows, issued);
  const rank = new Map(rows.map((d, i) => [d, i]));
  const held = (d: Delivery) => (holds.has(d) ? 0 : 1);
  const date = (d: Delivery) => d.date || "\uffff";
  return [...rows].sort(
    (a, b) =>
      held(a) - held(b) ||
      (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0) ||
      (rank.get(a) as number) - (rank.get(b) as number),
  );
}

/** The register's issued numbers, read once per register (holderFirst runs once per repeated number). */
interface Registered {
  /** numberKey of each issued line's number */
  whole: Set<string>;
  /** numberKey of the stem of each line the add-in recorded as a part of a split (its record says so) */
  stems: Set<string>;
  /** numberKey of the stem a typed line's number reads as ("4711-1", "4711/1", "4711 a": numbering.ts partOf) */
  read: Set<string>;
}

const REGISTERED = new WeakMap<readonly Issued[], Registered>();

function registered(issued: readonly Issued[]): Registered {
  let r = REGISTERED.get(issued);
  if (r) return r;
  r = { whole: new Set(), stems: new Set(), read: new Set() };
  for (const i of issued) {
    // a register kept with another copy (the audited copy massbal declare --out writes) counts
    // too: its numbers bind no row by itself, but which spelling of a repeat was issued it does say
    if (i.status !== "issued") continue;
    r.whole.add(numberKey(i.number));
    const part = partOf(i.number);
    if (!part) continue;
    if (i.record === "") {
      r.read.add(numberKey(part.stem));
      continue;
    }
    const stem = recordedStem(i);
    if (stem !== null && numberKey(stem) !== numberKey(i.number)) r.stems.add(numberKey(stem));
  }
  REGISTERED.set(issued, r);
  return r;
}

/** The stem the add-in wrote into a line's record (issue/record.ts), or null where it cannot be read. */
function recordedStem(i: Issued): string | null {
  try {
    const data = JSON.parse(i.record) as { number?: unknown; stem?: unknown };
    return data.number === i.number && typeof data.stem === "string" ? data.stem : null;
  } catch {
    return null;
  }
}

/**
 * (p-hold) The rows of one number (sharing a key) the register records as issued: a line has the
 * row's number whole, or the add-in recorded lines as the parts of the row's number (their records
 * name it as their stem: exact). A typed register without records ("4711-1", "4711/1", "4711 a")
 * is only read so: its parts count for the row whose number is their stem when that is the one row
 * the register names at all (no row's number is in it whole, no other row is such a stem) — a
 * typed "4711-1" may be a number of its own, so more than one reading is no answer, and the rows
 * keep the order of their dates.
 */
function registerHolds(rows: readonly Delivery[], issued: readonly Issued[]): Set<Delivery> {
  const r = registered(issued);
  const exact = rows.filter((d) => r.whole.has(numberKey(d.sdNumber)) || r.stems.has(numberKey(d.sdNumber)));
  if (exact.length > 0 || r.read.size === 0) return new Set(exact);
  const read = rows.filter((d) => r.read.has(numberKey(d.sdNumber)));
  return new Set(read.length === 1 ? read : []);
}
