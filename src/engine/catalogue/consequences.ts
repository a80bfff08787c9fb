// What follows for a row, a setting or a sheet when a value cannot be used (moved out of
// details-reasons.ts to keep it under 300 lines).

/**
 * What follows for a row, a setting or a sheet when the reading stage cannot use a value but reads
 * on, worded once in the message table (wording-cells.ts, CONSEQUENCES):
 * - a row's value (workbook/table-columns.ts, by its field): `no-credit` (the row gives no
 *   sustainable credit), `ghg-total-used` (a GHG component beside a readable total),
 *   `not-declared` (a delivery's sustainable part), `no-sustainable-input` (a production row's
 *   sustainable input), `in-not-booked` / `out-not-booked` (one side of a combined ledger row);
 * - a setting (workbook/settings-sheet.ts): `setting-unused`, and the same with how to write it:
 *   `setting-whole-months`, `setting-tolerance-range`, `setting-separator`, `setting-date-order`,
 *   `setting-one-scheme`; a period setting not read (an error): `setting-whole-months` (its length),
 *   `setting-period-start` (its first start), `setting-period-unread` (a row like a period's, not read),
 *   `setting-mode-unread` (the balance mode, brk19); `setting-calendar-year` (a calendar year
 *   without a 1 January start), `setting-prefix-year` (an SD prefix ending in a year); a row not read
 *   whose value is a scheme, a mode or whose key an SD prefix's (workbook/settings-unread.ts):
 *   `setting-scheme-key`, `setting-mode-key`, `setting-prefix-key`; a row not read whose value may be
 *   the SD prefix where none is read (brk28 L1): `setting-prefix-unread`;
 * - an unmapped claim column (workbook/unmapped-claims.ts): `claims-no-credit` (a sheet that gives
 *   credit: its credit unknown, the balances it feeds incomplete), `claims-not-declared` (deliveries:
 *   none declared, as a declaration without a claim is EU RED compliant, p-misc), `claim-not-assumed`
 *   (no longer said);
 * - an unmapped sustainable yes/no column (workbook/unmapped-sustainable.ts): `deliveries-not-declared`,
 *   on receipts `receipts-held` (brk12: the balances they feed incomplete until it is mapped);
 * - a production column naming sustainable material that no field reads (workbook/production-unread.ts):
 *   `production-held` (brk19: the balances the sheet feeds incomplete until it is mapped);
 * - a receipts sheet with signs of sustainability but no SD column (workbook/unmapped-sd.ts): `sds-no-credit`;
 * - a totals row (workbook/table.ts): `continues` (bookings follow it) or `ends` (it ends the data);
 * - what the engine did with a row whose value it refused (intake, set on the refusal once intake
 *   knows it): `credit-unknown` (a receipt's or transfer's credit, unknown rather than none, so
 *   the balances it feeds are incomplete), `input-unknown` (a production row's sustainable input,
 *   likewise), `strictest-threshold` (an installation start date: the strictest saving threshold);
 * - a receipts sheet without a supplier certificate column beside a certificate register
 *   (workbook/unread-register.ts): `certificates-no-credit`;
 * - a storage column naming two places on a sheet with no Site column (workbook/site-columns.ts):
 *   `storage-balances-incomplete`;
 * - a row's value whose part of the row reading leaves out (workbook/left-out-parts.ts), so the
 *   balances it feeds are incomplete: `credit-unknown` and `input-unknown` as above, `draw-unknown`
 *   (a delivery's sustainable part or claim), `in-unknown` / `out-unknown` (one side of a ledger row).
 */
export type Consequence =
  | "no-credit"
  | "ghg-total-used"
  | "not-declared"
  | "no-sustainable-input"
  | "in-not-booked"
  | "out-not-booked"
  | "setting-unused"
  | "setting-whole-months"
  | "setting-tolerance-range"
  | "setting-separator"
  | "setting-date-order"
  | "setting-one-scheme"
  // --- a period setting not read holds back every declaration (p-period) ---
  | "setting-period-start"
  | "setting-period-unread"
  | "setting-mode-unread"
  // --- brk19 10-11, brk20 A2: a calendar year's start, the SD prefix, a scheme/mode/prefix key not read ---
  | "setting-calendar-year"
  | "setting-prefix-year"
  | "setting-scheme-key"
  | "setting-mode-key"
  | "setting-prefix-key"
  | "setting-prefix-unread"
  | "claims-no-credit"
  | "claim-not-assumed"
  | "claims-not-declared"
  | "deliveries-not-declared"
  | "receipts-held"
  // --- a production column naming sustainable material not read (brk19 0a, workbook/production-unread.ts) ---
  | "production-held"
  // --- SD numbers (p-sdno) ---
  | "sds-no-credit"
  | "continues"
  | "ends"
  // --- what the engine did (p-engine5) ---
  | "credit-unknown"
  | "input-unknown"
  | "strictest-threshold"
  | "certificates-no-credit"
  // --- storage places beside no Site (p-rows3) ---
  | "storage-balances-incomplete"
  // --- what a refused conversion value or dispatch date does (p-heat) ---
  | "row-left-out"
  | "receipt-date-used"
  // --- GHG values of production and transfer rows (p-ghg2) ---
  | "output-ghg-unknown"
  | "transfer-ghg-unused"
  // --- a reader's refusal whose part of the row is left out (p-consq: workbook/left-out-parts.ts) ---
  | "draw-unknown"
  | "in-unknown"
  | "out-unknown";
