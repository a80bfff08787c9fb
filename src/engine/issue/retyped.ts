// (p-hold) A delivery's issued number retyped in another spelling ("SD 2025 0001" for the register's
// "SD-2025-0001", "SD-25-0001", "SD 4711" for "4711") where no row carries the register's spelling any
// more. Read as a number the register does not know, it was recorded as issued outside: a second
// register line for one delivery, the first orphaned. Here such a row meets the register's
// declaration it may be: kept as that one declaration (one line, the register's spelling) where
// that is the only reading, else refused at the row's SD cell, naming the register's number cell.
import { cellPlace } from "../catalogue/location";
import { cellOf } from "../findings";
import type { Delivery } from "../records";
import type { DuplicateSdDetails } from "../catalogue/details-receipts";
import type { CellRef } from "../model";
import type { Finding } from "../result";
import { alikeBy, alikeKey, zerosKey } from "../sd-alike";
import { sdKey, sdNumberText } from "../sd-key";
import { add, score } from "./identity";
import type { Group } from "./frozen";

/**
 * Builds duplicate-sd at a delivery's SD cell, the register's number cell `at` related: the rule's
 * own file makes it (rules/duplicate-sd.ts registerRepeat, handed in by pipeline.ts, as issue/*
 * may not import the rules that import issue/stage.ts).
 */
export type RepeatFinding = (d: Delivery, details: DuplicateSdDetails, at: CellRef | undefined) => Finding;

/** What retypedRows found: groups to bind to rows, and rows refused (held back by the finding). */
export interface Retyped {
  take: [Group, Delivery][];
  refused: [Delivery, Finding][];
}

/**
 * The keys under which two spellings of one number meet, as duplicate-sd meets a delivery's
 * numbers (rules/duplicate-sd.ts): labels, case and separators aside (sdKey), then leading zeros
 * (zerosKey), a year's width and a letter for a digit (alikeKey).
 */
function keysOf(number: string): string[] {
  const text = sdNumberText(number);
  return [`s|${sdKey(number)}`, `z|${zerosKey(text)}`, `a|${alikeKey(text)}`].filter((k) => k.length > 2);
}

/**
 * For the rows whose number the register does not know (`rows`, each its number alone) and the
 * active groups no row names (`open`): a row whose number is a spelling of exactly one such group's
 * number, the only row that is, and which is the delivery the group was issued for (all five
 * values; or four, where the group's number was on its row, so no row without a number can be it)
 * is that group's (`take`). Any other row that meets a group so is refused with duplicate-sd at its
 * SD cell, naming the register's number cell: one declaration may stand under the two spellings.
 */
export function retypedRows(
  open: readonly Group[],
  rows: readonly Delivery[],
  repeat: RepeatFinding,
): Retyped {
  const out: Retyped = { take: [], refused: [] };
  if (open.length === 0 || rows.length === 0) return out;
  const wanted = new Set(rows.flatMap((d) => keysOf(d.sdNumber)));
  const byKey = new Map<string, Group[]>();
  for (const g of open) {
    const numbers = new Set([g.stem, g.anchor, ...g.members.map((m) => m.declaration.number)]);
    for (const n of numbers) {
      if (n === "") continue;
      for (const k of keysOf(n)) if (wanted.has(k) && !byKey.get(k)?.includes(g)) add(byKey, k, g);
    }
  }
  if (byKey.size === 0) return out;
  const met = new Map<Delivery, Group[]>();
  const suitors = new Map<Group, Delivery[]>();
  for (const d of rows) {
    for (const k of keysOf(d.sdNumber)) {
      for (const g of byKey.get(k) ?? []) {
        if (met.get(d)?.includes(g)) continue;
        add(met, d, g);
        add(suitors, g, d);
      }
    }
  }
  for (const [d, groups] of met) {
    const g = groups[0] as Group;
    const fits = score(g, d) === 5 || (g.onRow && score(g, d) === 4);
    if (groups.length === 1 && suitors.get(g)?.length === 1 && fits) out.take.push([g, d]);
    else out.refused.push([d, refusal(d, g, repeat)]);
  }
  return out;
}

/** duplicate-sd at the row's SD cell: its number may be the register's number of `g`. */
function refusal(d: Delivery, g: Group, repeat: RepeatFinding): Finding {
  const first = g.members[0];
  const number = first?.declaration.number ?? g.stem;
  const at = first ? cellOf(first.entry.source, "number") : undefined;
  const where = at ? cellPlace(at.sheet, at.cell) : "";
  const same = sdKey(number) === sdKey(d.sdNumber);
  const by = alikeBy(sdNumberText(d.sdNumber), sdNumberText(number));
  const details = same
    ? { sd: d.sdNumber, supplier: null, first: where }
    : { sd: d.sdNumber, supplier: null, first: where, alike: number, alikeBy: by };
  return repeat(d, details, at);
}
