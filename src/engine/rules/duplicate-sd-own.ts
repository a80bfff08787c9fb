// An outgoing SD number belongs to one delivery only (SD-01, domain.md; iscc-rules.md §5.4): which of
// the deliveries giving one number keeps it (holderFirst, p-reg), and a delivery whose own number is
// an incoming SD's number, the supplier's and ours on two declarations (ownIsIncoming, p-sd9).
// Both serve duplicate-sd.ts, whose findings hold the later delivery's declaration back.
import { numberKey } from "../normalise";
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
 */
export function holderFirst(rows: Delivery[], issued: readonly Issued[]): Delivery[] {
  if (rows.length < 2) return rows;
  const registered = new Set(
    issued.filter((i) => i.status === "issued" && !i.elsewhere).map((i) => numberKey(i.number)),
  );
  const rank = new Map(rows.map((d, i) => [d, i]));
  const held = (d: Delivery) => (registered.has(numberKey(d.sdNumber)) ? 0 : 1);
  const date = (d: Delivery) => d.date || "\uffff";
  return [...rows].sort(
    (a, b) =>
      held(a) - held(b) ||
      (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0) ||
      (rank.get(a) as number) - (rank.get(b) as number),
  );
}
