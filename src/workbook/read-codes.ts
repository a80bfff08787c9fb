// Why a cell's value was refused: shared by the cell reader (cell-values.ts) and the wording of
// its findings (read-findings.ts), which would otherwise import each other.
/** Why a value could not be read, beyond its code, for the finding's wording. */
export type BadReason =
  | "year-only"
  | "month-only"
  | "formula"
  | "not-compliant"
  | "vocabulary"
  | "decimals"
  | "large"
  | "percent"
  | "date-shown"
  | "time-shown"
  | "conditional-format"
  | "format-unit"
  | "flag-number"
  | "share-number"
  | "range"
  | "unit-kind"
  | "refused-unit"
  | "negative";
