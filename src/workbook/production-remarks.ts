// What a production row's Status or remark cell denies it. A production row is no receipt: it has
// no supplier's Sustainability Declaration of its own, so "Original fehlt", "SD folgt" were refused
// with a receipt's wording ("a receipt gives no sustainable credit until its SD has come"), and a
// run remarked "nicht nachhaltig", "konventionell", "not sustainable" was booked whole: its input
// read as sustainable and converted into sustainable output, an SD issued on it. Now a document said
// missing, to come or void refuses the row in a production's words, and a run said not sustainable
// is refused unless a part column of the row says 0 (the engine converts credit from the
// sustainable part of each row's input, domain.md §4; a remark is not read as that part). Pure.
import { type Declared } from "./declared-row";
import type { Grid } from "./grid";
import { proofSaid } from "./proof-missing";
import type { Recognition } from "./recognition";
import { type Denial, remarkDenial, saysUnsustainable } from "./remark-denials";

/**
 * What the text `v` of a production row's Status or remark cell denies the row, or null:
 * production-document-missing where it says a document is missing, to come or void; part-sustainable
 * where it says only part of the row is ("nur 60 t nachhaltig"); production-not-sustainable where it
 * says the run is not sustainable ("nicht nachhaltig", "konventionell", "fossil", "ohne SD") and
 * `declared()` does not say "no" (productionDeclared: the row's part column is not 0).
 */
export function productionDenial(v: unknown, declared: () => Declared): Denial | null {
  if (typeof v !== "string") return null;
  const proof = proofSaid(v);
  if (proof === "missing" || proof === "void") return "production-document-missing";
  if (remarkDenial(v, false, () => "no") === "part-sustainable") return "part-sustainable";
  const unsustainable = proof === "without" || saysUnsustainable(v);
  return unsustainable && declared() !== "no" ? "production-not-sustainable" : null;
}

/**
 * Whether production row `r` (0-based) of table `rec` is read as converting sustainable input:
 * "no" where its sustainable input cell ("davon nachhaltig (t)") holds 0, "yes" otherwise (a part
 * above 0, or no part column: the whole input, engine/intake/production.ts).
 */
export function productionDeclared(grid: Grid, rec: Recognition, r: number): Declared {
  const col = rec.columns.get("sustainableInputQuantity")?.col;
  const v = col === undefined ? null : grid.value(r, col);
  const typed = typeof v === "string" && v.trim() !== "";
  const n = typeof v === "number" ? v : typed ? Number(v.replace(/[%\s]/g, "").replace(",", ".")) : NaN;
  return n === 0 ? "no" : "yes";
}
