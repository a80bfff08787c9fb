// (brk22 #7, §14) Sheets and rows the reading sets aside as no part of the books, said as info
// (workbook/not-books.ts, workbook/note-rows.ts); kept apart from details-reasons.ts for its length.

/** Why a sheet or a row is not the books, beside its code. */
export type NotBooksReason =
  /** header-not-found (info) of a master list of customers or suppliers (names, addresses, certificates; no date, product or quantity): `label` whom it lists */
  | "master-list"
  /** header-not-found (info) of a summary report of totals per product or month (no date, party or SD number per row): `label` what each line totals */
  | "report"
  /** header-not-found (info) of a book of orders, contracts, call-offs or advices of dispatch (quantities ordered or announced, not received): `label` the kind its headings read as */
  | "order-book"
  /** (brk25 §6) header-not-found (error) of a sheet named for contracts, call-offs or advices of dispatch whose columns show dispatches (an SD number, a sustainable flag, a dispatch date): `label` the kind its headings read as */
  | "order-book-dispatches"
  /** totals-row (info) of a note typed under a table's rows (text in its first cells only, no quantity, product or party): `value` its text */
  | "note-row"
  /** (brk24 §4b) totals-row (info) of the header row repeated inside the rows (a printed page's): `label` the row, `value` its cells as typed */
  | "repeated-header";
