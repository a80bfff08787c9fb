// Wording of a sustainable part's plain numbers that could be a quantity or a share, or a share on
// two scales (workbook/cell-numbers.ts readShare; workbook/share-scale.ts).

/**
 * invalid-value `share-number` (a plain number under a share or part heading without a unit or %,
 * p-held) and `share-fraction` (a plain number from 0 to 1 under a "%" heading whose plain numbers
 * are all at most 1, or beside cells written as a percentage of 1 % or more, p-notcert): `value`
 * the cell's text, `label` the field, `consequence` what follows (worded by the caller).
 */
export function shareNumberText(
  d: { value?: string | null; label: string; reason?: string | null },
  consequence: string,
): string {
  const v = d.value ?? "";
  if (d.reason === "share-fraction")
    return `"${v}" in ${d.label} is a plain number of at most 1 under a heading in %, in a column whose plain numbers are all at most 1 or that also holds shares written as a percentage, so it could be ${v} % or a fraction (${v} × 100 %), and the add-in does not guess which: write each share as a percentage, such as 80 % (or a number formatted as a percentage); ${consequence}.`;
  return `"${v}" in ${d.label} is a plain number under a heading that names a share or a part but no unit and no %, so it could be a quantity of ${v} in the row's unit or a share of ${v} % (or ${v} × 100 %), and the add-in does not guess which: write the unit or % in the heading, such as "${d.label} (t)" or "${d.label} (%)", or in each cell, such as 40 t or 40 %; ${consequence}.`;
}
