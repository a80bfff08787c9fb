// Why a cell's value could not be read: the reasons the workbook layer gives beside a reading code.
import type { NumberLimit } from "../decimal-text";

/** Why a cell's value could not be read, beyond its code (the workbook layer decides it). */
export type BadReason =
  | "year-only"
  | "month-only"
  | "formula"
  | "not-compliant"
  | "vocabulary"
  | NumberLimit
  | "percent"
  // --- p-engine: a percentage in a density or heating value; a GHG unit in a cell of a column that states none ---
  | "percent-measure"
  | "ghg-unit-in-cell"
  // --- end p-engine ---
  | "date-shown"
  | "time-shown"
  | "conditional-format"
  | "format-unit"
  | "flag-number"
  | "share-number"
  | "range"
  | "unit-kind"
  | "refused-unit"
  | "negative"
  /** ambiguous-number/-date: the settings sheet states one convention, this sheet's values the other */
  | "contradicts-setting"
  /** ambiguous-number/-date: the column's (or sheet's) own values prove both conventions */
  | "mixed-conventions"
  /** invalid-value of an SD number cell: a placeholder with no digit, or zeros alone ("TBD", "n/a", "0") */
  | "not-sd-number"
  /** invalid-value of a combined ledger row: the quantity stands under the other side than its type says */
  | "side-conflict"
  /** ambiguous-number: a number format with trailing commas shows the stored value divided by 1000^n */
  | "scaled-format"
  // --- claims and Annex IX (wording-claims.ts) ---
  /** invalid-value of a claim: in doubt, a placeholder, or outside the list of both schemes */
  | "claim-unclear"
  /** missing-value of a claim column's blank cell on a row with an incoming SD number */
  | "claim-missing"
  /** invalid-value of an Annex IX part that names a point as well ("Part A (d)"); `read`: the part */
  | "annex-point"
  /** invalid-value of an Annex IX part that is none of A, B or none ("Part C") */
  | "annex-part"
  /** invalid-number of a GHG value typed as a percentage: a saving ("85 %"), not emissions in g CO2eq/MJ */
  | "ghg-saving"
  // --- SD numbers (wording-sd.ts, p-sdno) ---
  /** missing-value of a receipt's blank SD number cell on a row with a claim, supplier certificate or GHG value; `read`: which */
  | "sd-missing"
  /** invalid-value of an SD number cell marked cancelled ("SD-2025-0001 storniert"); `read`: the number */
  | "sd-cancelled"
  /** mapping-uncertain of a receipts sheet with signs of sustainability but no SD column; `value`: candidate headings, `read`: the signs */
  | "sd-column-missing"
  // --- SD cells, second pass (wording-sd-cells.ts, p-sdno2) ---
  /** invalid-value of an SD cell naming several numbers ("SD-2025-0001 / SD-2025-0002"); `read`: the numbers, "; "-joined */
  | "sd-several"
  /** invalid-value of an SD cell with a mark of doubt beside the number ("SD-2025-0001?", "old", "see …", "SD-123¹") */
  | "sd-in-doubt"
  /** invalid-value of an SD cell holding another document's number ("RE-4711", "LS-4711"); `read`: its kind in words */
  | "sd-other-document"
  /** invalid-value (warning) of a register's SD number marked cancelled in its cell ("SD-2025-0001 storniert"); `read`: the number */
  | "sd-register-cancelled"
  // --- end SD cells, second pass
  // --- row status (p-status4: workbook/status-read.ts, status-marks.ts) ---
  /** row-unconfirmed: a status cell of one to three words none of which is a status word ("Gutschrift", "St.", "claim") */
  | "status-unknown"
  /** row-unconfirmed: a blank in an approval column ("OK", "i.O.", "Freigabe") whose other rows are ticked approved */
  | "approval-blank"
  // --- end row status (p-status4)
  // --- cells as Excel shows them (p-xlsx) ---
  /** invalid-number: a footnote mark or a raised/lowered character written into the number ("380¹", "380" + raised "1") */
  | "footnote"
  // --- two-digit years (p-dates3) ---
  /** ambiguous-date: an all-numeric date with a two-digit year that could stand first or last ("13/02/25"), its column not settling which */
  | "two-digit-year"
  /** mapping-uncertain at a place column ("Terminal") not read beside the Site column, naming another place on some row; `read`: that row's two places, `missing`: the Site's heading */
  | "site-place";
