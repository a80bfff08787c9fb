// A hidden or very hidden sheet of books (docs/rules.md "Rows and sheets marked as not really
// there"): hiding is a view, so its rows are read and booked like those of any sheet, and said
// once at its header. Apart from row-state.ts (the rows' own marks) for its length. Pure.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/**
 * A hidden or very hidden sheet whose table has `rows` data rows: they are read and booked like
 * those of any sheet (hiding is a view), and a warning at the header's first mapped cell says so.
 * Null for a visible sheet or one without rows.
 */
export function hiddenSheet(grid: Grid, rec: Recognition, rows: number): Finding | null {
  const { visibility, name } = grid.sheet;
  if (visibility === "visible" || rows === 0 || rec.headerRow === null || !rec.spec) return null;
  const col = Math.min(...[...rec.columns.values()].map((m) => m.col));
  return readFinding("sheet-hidden", "warning", name, cellAddress(rec.headerRow + 1, col), {
    label: rec.spec.label,
    value: visibility,
    read: String(rows),
  });
}
