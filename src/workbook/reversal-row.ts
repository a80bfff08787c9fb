// (brk26 S1) A receipt or delivery row whose quantity is negative is a reversal entry (the
// "Storno" of another line), not a cancelled line: its cancel word must not drop it, or the line it
// reverses stays booked alone (+100, −100 "Storno", +100 "Neubuchung" credited 200 t for 100). The
// row then goes on to be read, and its negative quantity is refused at its cell as a reversal
// (table-columns.ts readCell: invalid-number, reason "reversal", the cancel word beside it).
import type { FieldRead } from "./cell-read";
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";

/** A minus sign (hyphen, Unicode minus, dashes) before a digit, or an amount in brackets ("(100)"). */
const NEGATIVE_TEXT = /^\s*(?:[-\u2212\u2012\u2013]\s*\d|\(\s*\d[\d.,'\s]*\)\s*$)/;

/**
 * Whether row `r` (0-based) of a receipts or deliveries sheet holds a negative amount in its
 * quantity cell: a number below 0, or text led by a minus sign or in brackets. Other kinds (a
 * ledger's signed quantities, production) are never a reversal here: false.
 */
export function isReversalRow(grid: Grid, rec: Recognition, r: number): boolean {
  if (rec.kind !== "receipts" && rec.kind !== "deliveries") return false;
  const col = rec.columns.get("quantity")?.col;
  if (col === undefined) return false;
  const v = grid.value(r, col);
  if (typeof v === "number") return v < 0;
  return typeof v === "string" && NEGATIVE_TEXT.test(v);
}

/**
 * Whether row `r` (0-based), marked cancelled by `word` ("Storno"), is a reversal (isReversalRow);
 * where it is, the word is kept on the grid (Grid.reversals) for its quantity's refusal.
 */
export function markReversal(grid: Grid, rec: Recognition, r: number, word: string): boolean {
  if (!isReversalRow(grid, rec, r)) return false;
  grid.reversals.set(r, word);
  return true;
}

/**
 * The read of a quantity cell of row `r` (0-based): where the row is a reversal (markReversal), its
 * refusal (invalid-number, reason "reversal": the quantity with its unit, `headerUnit` where the
 * cell names none, and the cancel word as detail); else null (the read stands).
 */
export function reversalRead(
  grid: Grid,
  r: number,
  read: FieldRead,
  headerUnit: string | null,
): FieldRead | null {
  const word = grid.reversals.get(r);
  if (word === undefined || read.kind === "blank") return null;
  // a negative text no number ("- 100"): the row is a reversal all the same (NEGATIVE_TEXT)
  if (read.kind === "bad" && (read.code !== "invalid-number" || read.reason)) return null;
  const [typed, unit] =
    read.kind === "ok" ? [String(read.value), read.unit ?? headerUnit] : [read.text, headerUnit];
  const text = `${typed}${unit ? ` ${unit}` : ""}`;
  return { kind: "bad", code: "invalid-number", text, reason: "reversal", detail: word };
}
