// (p-remarks) Whether a delivery row is read as sustainable, so that the add-in would issue it a
// Sustainability Declaration: asked by row-state.ts only when the row's Status or remark says it
// goes without one ("ohne SD", "SD: nein", "nicht nachhaltig verkauft"; remark-denials.ts), so
// that such a remark refuses a row the books declare and leaves alone a row they mark not
// sustainable. Its Sustainable column's "no" (and its blank, which the reader takes as no,
// blank-flags.ts) and a sustainable part of 0 are not declared; "yes", a part above 0, a cell that
// cannot be read, and a sheet with neither column (it lists only sustainable deliveries,
// domain.md §2) are. (p-remarks2) A receipt is read as sustainable where it has an SD number and
// no Sustainable or part column of its row says no in words (a receipt with an SD number is
// sustainable, domain.md §2; a blank there credits it, engine/intake/receipt-part.ts), so that a
// remark "nicht nachhaltig" refuses a receipt that would be credited. Pure: reads the grid only.
import { normaliseYesNo } from "../engine/normalise";
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";
import { sdCoverage } from "./sd-coverage";

/** What one cell of the Sustainable column or the part column says: declared, not, or unknown (null). */
function says(field: string, v: unknown): boolean | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
    return field === "sustainable" ? false : null;
  if (typeof v === "boolean") return v;
  if (field === "sustainablePart") return typeof v === "number" ? v > 0 : null;
  const text = String(v);
  return normaliseYesNo(text, "sustainable") ?? sdCoverage(text);
}

/**
 * Whether a delivery row is read as sustainable: "yes" by a Sustainable or part column (or one
 * that cannot be read), "sheet" by the rule of a sheet with neither column, "no" by its columns.
 */
export type Declared = "yes" | "sheet" | "no";

/**
 * Whether data row `r` (0-based) of the delivery or ledger table `rec` is read as sustainable (see
 * the file comment): "no" where every mapped Sustainable and part column of the row says no.
 */
export function rowDeclared(grid: Grid, rec: Recognition, r: number): Declared {
  const read = ["sustainable", "sustainablePart"].flatMap((field) => {
    const col = rec.columns.get(field)?.col;
    return col === undefined ? [] : [says(field, grid.value(r, col))];
  });
  if (read.length === 0) return "sheet";
  return read.some((s) => s !== false) ? "yes" : "no";
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * (p-remarks2) Whether data row `r` (0-based) of the receipt or ledger table `rec` is read as
 * sustainable (see the file comment): "no" where its SD number is blank or a mapped Sustainable or
 * part cell of the row says no ("nein", "no", 0), "yes" otherwise.
 */
export function receiptDeclared(grid: Grid, rec: Recognition, r: number): Declared {
  const sd = rec.columns.get("sdNumber")?.col;
  if (sd === undefined || blank(grid.value(r, sd))) return "no";
  const no = ["sustainable", "sustainablePart"].some((field) => {
    const col = rec.columns.get(field)?.col;
    const v = col === undefined ? null : grid.value(r, col);
    return !blank(v) && says(field, v) === false;
  });
  return no ? "no" : "yes";
}

/** (p-sdstatus2) Whether data row `r` (0-based) of table `rec` has an SD number: its SD number cell is not blank. */
export function hasSdNumber(grid: Grid, rec: Recognition, r: number): boolean {
  const sd = rec.columns.get("sdNumber")?.col;
  return sd !== undefined && !blank(grid.value(r, sd));
}
