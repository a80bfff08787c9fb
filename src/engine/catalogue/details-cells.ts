// (brk23 §8) Why a cell of a data row is not read as the row's own value, beside its code
// (workbook/merged-rows.ts); kept apart from details-reasons.ts for its length.

/** Why a cell of a data row is not read, beside its code. */
export type CellReason =
  /** invalid-number: a number merged over several data rows (a quantity, a GHG value, a share): `value` the merge's value, `read` the merged range ("F2:F3") */
  "merged-rows";
