// (brk23 §8) Why a cell of a data row is not read as the row's own value, beside its code
// (workbook/merged-rows.ts); kept apart from details-reasons.ts for its length.

/** Why a cell of a data row is not read, beside its code. */
export type CellReason =
  /** invalid-number: a number merged over several data rows (a quantity, a GHG value, a share): `value` the merge's value, `read` the merged range ("F2:F3") */
  | "merged-rows"
  /** missing-value (brk25 T1): a transfer's "Quantity received" cell blank on a sheet that keeps what arrived beside what was sent (workbook/records.ts) */
  | "received-blank"
  /** missing-value (brk26 L4): a transfer's "Arrival date" cell blank on a sheet that keeps the day it arrived beside the day it left (workbook/transfer-blanks.ts) */
  | "arrival-blank"
  /** missing-value (brk25 §4b): a site's street or town blank while its address is written in parts on the sites sheet: `read` the parts written (workbook/site-address-parts.ts) */
  | "address-part"
  /** invalid-value (h-postcode): a postcode or address cell holding a number that shows `value`, fewer digits than a postcode of the country (`read`, as typed; absent: not given) has (`digits`): its leading zeros may be lost (workbook/postcode.ts) */
  | "postcode-digits"
  /** missing-value (brk27 S8): a delivery's recipient street or town blank while the deliveries sheet writes the recipient's address in parts: `read` the parts written (workbook/site-address-parts.ts) */
  | "recipient-address-part"
  /** invalid-value: a delivery's own SD number in a cell merged over several delivery rows: `value` the number, `read` the merged range ("I2:I3") */
  | "sd-merged"
  /** invalid-value (h-noisy, brk26 N8): a receipt's incoming SD number in a cell merged over several receipt rows: `value` the number, `read` the merged range ("D2:D3") */
  | "sd-merged-incoming"
  /** quantity-columns-disagree (brk26 S2): a receipt's or delivery's column of an amount taken away from its quantity (`missing` its heading: "Rücklieferung (t)") holds `value`, not 0; `read` the quantity's heading */
  | "deduction"
  /** quantity-columns-disagree (brk26 L2): a transfer's loss (`missing` its heading) beside a quantity that says what arrived (`read`), not 0 */
  | "loss-arrived"
  /** quantity-columns-disagree (h-leftovers): a transfer's difference column (`missing` its heading) beside the quantity sent (`read`) alone, not 0: which way it runs is not said */
  | "difference-sign"
  | RatioReason;

/**
 * (brk24 §4) invalid-number of a factor written as a ratio or per mille (workbook/factor-ratio.ts):
 * a ratio under a heading that states no order ("Umrechnungsverhältnis"); a ratio whose quotient
 * does not end (`read`: it rounded); a single number under a ratio heading; a plain 1 or less
 * under a per-mille heading.
 */
export type RatioReason = "ratio-direction" | "ratio-inexact" | "ratio-number" | "per-mille-fraction";
