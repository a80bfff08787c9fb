// The values of a booked row that reading could not use and whose part of the row it leaves out
// (left-out.ts part()): the balances that part feeds are then incomplete (domain.md §4), so the
// refusal at the value's cell says so, and says what the row still does (first law: a message says
// what the tool did). A refusal whose part is not left out keeps its consequence: a denied claim
// gives no credit, known; a delivery's own SD number leaves it undeclared.
import type { Consequence } from "../engine/catalogue/details";
import { withMessage } from "../engine/catalogue/render";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { LeftOut } from "./left-out";
import type { Column } from "./table-columns";
import type { TableRow } from "./table-row";

/** A reader consequence, and the one that says the same and that the balances it feeds are incomplete. */
const UNKNOWN: Partial<Record<Consequence, Consequence>> = {
  "no-credit": "credit-unknown",
  "no-sustainable-input": "input-unknown",
  "not-declared": "draw-unknown",
  "in-not-booked": "in-unknown",
  "out-not-booked": "out-unknown",
};

/**
 * Leaves out, through `leftOut`, the part of booked row `r` (0-based; `row1` 1-based) each of its
 * `unreadable` fields would give (`values`: the fields read, `columns`: the table's), and words
 * again each refusal among `said` (the row's findings, replaced in place) whose part it left out:
 * its consequence becomes the one that says the balances are incomplete (UNKNOWN).
 */
export function leaveOutParts(
  leftOut: LeftOut,
  row: {
    r: number;
    row1: number;
    values: TableRow["values"];
    unreadable: readonly string[];
    /** where a field was refused at another cell than its column's: a second column's (value-rivals.ts) */
    refusedAt?: Readonly<Record<string, string>>;
  },
  columns: readonly Column[],
  said: Finding[],
): void {
  for (const c of columns) {
    if (!row.unreadable.includes(c.field.id)) continue;
    const cell = row.refusedAt?.[c.field.id] ?? cellAddress(row.row1, c.col);
    const i = said.findIndex((f) => f.cell === cell);
    const found = said[i];
    const why = found?.details as { reason?: string; consequence?: Consequence } | undefined;
    if (!leftOut.part(row.r, row.values, c.field.id, cell, why) || !found || !why?.consequence) continue;
    const unknown = UNKNOWN[why.consequence];
    if (unknown) said[i] = withMessage({ ...found, details: { ...why, consequence: unknown } } as Finding);
  }
}
