// Why a row's Status or remark cell leaves the line in doubt, beside row-unconfirmed
// (workbook/status-read.ts, status-marks.ts, row-state.ts); kept apart from details-reasons.ts for its length.

/** The reasons of row-unconfirmed by what a Status or remark cell says of its line. */
export type StatusReason =
  // --- row status (p-status4: workbook/status-read.ts, status-marks.ts) ---
  /** row-unconfirmed: a status cell of one to three words none of which is a status word ("Gutschrift", "St.", "claim") */
  | "status-unknown"
  /** row-unconfirmed: a blank in an approval column ("OK", "i.O.", "Freigabe") whose other rows are ticked approved */
  | "approval-blank"
  // --- partial statuses (p-sd8: workbook/status-read.ts "partial") ---
  /** row-unconfirmed: a status of a line not done said of part of it ("teilw. abgelehnt", "partly rejected"): the quantity accepted unknown */
  | "status-partial"
  // --- part of a line cancelled (p-misc: workbook/status-read.ts "part-cancelled") ---
  /** row-unconfirmed: part of the line cancelled ("teilweise storniert", "Teilstorno", "partly cancelled"): the quantity that stands unknown */
  | "status-part-cancelled"
  // --- a remark that says the row was cancelled and rebooked (brk25 §5b: workbook/cancel-mention.ts) ---
  /** row-unconfirmed: a remark or note that says the row, or its quantity, was (or is to be) cancelled, reversed, replaced or rebooked, no plain cancelled status ("Menge storniert und neu gebucht (Zeile 5)", "storniert; ok, danke"): the row may be void, its credit or SD counted twice */
  | "status-void-unclear";
