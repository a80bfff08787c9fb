// (p-remarks) Whether a delivery row is read as sustainable, so that the add-in would issue it a
// Sustainability Declaration: asked by row-state.ts only when the row's Status or remark says it
// goes without one ("ohne SD", "SD: nein", "nicht nachhaltig verkauft"; remark-denials.ts), so
// that such a remark refuses a row the books declare and leaves alone a row they mark not
// sustainable. Its Sustainable column's "no" (and its blank, which the reader takes as no,
// blank-flags.ts) and a sustainable part of 0 are not declared; "yes", a part above 0, a cell that
// cannot be read, and a sheet with neither column (it lists only sustainable deliveries,
// domain.md §2) are. Pure: reads the grid only.
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
