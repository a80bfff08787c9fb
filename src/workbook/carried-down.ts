// (p-noise, break test brk13) A carry-over line ("Übertrag", "Saldovortrag", "carried forward",
// "report à nouveau") that restates the book's own running balance is derived from the rows above,
// not a balance brought in from elsewhere (opening-rows.ts statedBalance). Pure.
import type { Grid } from "./grid";

/**
 * (p-noise, brk13) Whether `v` at row `r`, column `c` (0-based) restates the number the book's own
 * running balance holds on the nearest row above with a number in that column ("Saldo (t)" 20,
 * then "Übertrag" 20): a carry-over of the rows above, not a balance brought in from elsewhere.
 * Before, such a line was refused as a stated balance. Stops at text (the heading).
 */
export function carriedDown(grid: Grid, r: number, c: number, v: number): boolean {
  for (let above = r - 1; above >= 0; above--) {
    const u = grid.sheet.values[above]?.[c];
    if (typeof u === "number") return Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(v));
    if (typeof u === "string" && u.trim() !== "") return false;
  }
  return false;
}
