// Wording of a sustainable part's plain numbers that could be a quantity or a share, or a share on
// two scales (workbook/cell-numbers.ts readShare; workbook/share-units.ts).
import Decimal from "decimal.js";

/**
 * invalid-value `share-number` (a plain number under a share or part heading without a unit or %,
 * p-held), `share-fraction` (a plain number above 0 and at most 1 under a "%" heading, p-notcert,
 * p-noise) and `share-over-one` (a plain number above 1 under a heading that counts shares as a
 * fraction of 1, "(0-1)", p-noise): `value` the cell's text, `label` the field, `consequence` what
 * follows (worded by the caller).
 */
export function shareNumberText(
  d: { value?: string | null; label: string; reason?: string | null },
  consequence: string,
): string {
  const v = d.value ?? "";
  if (d.reason === "share-fraction")
    return `"${v}" in ${d.label} is a plain number of at most 1 under a heading in %, so it could be ${v} % or a fraction of 1 (${hundredfold(v)} %, where 1 is all of the quantity), and the add-in does not guess which, whatever the column's other cells hold: write the share as a percentage, ${v} % or ${hundredfold(v)} %, or as a number formatted as a percentage; ${consequence}.`;
  if (d.reason === "share-over-one")
    return `"${v}" in ${d.label} is a plain number above 1 under a heading that counts shares as a fraction of 1 (0 to 1, where 1 is all of the quantity), so it is no such fraction, and the add-in does not guess whether ${v} % was meant: write the share as a fraction, such as 0.8, or as a percentage, such as ${v} %; ${consequence}.`;
  return `"${v}" in ${d.label} is a plain number under a heading that names a share or a part but no unit and no %, so it could be a quantity of ${v} in the row's unit or a share of ${v} % (or ${v} × 100 %), and the add-in does not guess which: write the unit or % in the heading, such as "${d.label} (t)" or "${d.label} (%)", or in each cell, such as 40 t or 40 %; ${consequence}.`;
}

/** "0,8" → "80", "1" → "100": a share of 1 as a percentage, exactly; "100 × 0,8" where `v` is no number. */
function hundredfold(v: string): string {
  const plain = v.trim().replace(",", ".");
  return /^\d*\.?\d+$/.test(plain) ? new Decimal(plain).times(100).toString() : `100 × ${v}`;
}
