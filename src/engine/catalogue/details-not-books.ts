// (brk22 #7, §14) Sheets and rows the reading sets aside as no part of the books, said at their header
// (workbook/not-books.ts, note-rows.ts, unnamed-movements.ts); kept apart from details-reasons.ts for its length.

/** Why a sheet or a row is not the books, beside its code. */
export type NotBooksReason =
  /** header-not-found (brk19 #8) of a sheet named for opening or carried-over balances ("Anfangsbestand 2025") read as receipts or a ledger, or not read though it holds numbers (workbook/opening-sheet.ts); `label`: the kind its rows would be */
  | "opening-sheet"
  /** header-not-found (brk22 #2) of a sheet named as a draft, plan, forecast, budget, template, test or copy ("Receipts draft", "Kopie von Receipts") read complete as a kind whose rows are booked (workbook/draft-sheet.ts); `label`: that kind */
  | "draft-sheet"
  /** header-not-found (info) of a master list of customers or suppliers (names, addresses, certificates; no date, product or quantity): `label` whom it lists */
  | "master-list"
  /** header-not-found (info) of a summary report of totals per product or month (no date, party or SD number per row): `label` what each line totals */
  | "report"
  /** header-not-found (info) of a book of orders, contracts, call-offs or advices of dispatch (quantities ordered or announced, not received): `label` the kind its headings read as */
  | "order-book"
  /** (brk25 §6) header-not-found (error) of a sheet named for contracts, call-offs or advices of dispatch whose columns show dispatches (an SD number, a sustainable flag, a dispatch date): `label` the kind its headings read as */
  | "order-book-dispatches"
  /** (brk26 S7) header-not-found (error) of a sheet of dated products and quantities whose name and headings say no kind: `read` its date, product and quantity headings */
  | "movements-kind"
  /** totals-row (info) of a note typed under a table's rows (text in its first cells only, no quantity, product or party): `value` its text */
  | "note-row"
  /** (brk24 §4b) totals-row (info) of the header row repeated inside the rows (a printed page's): `label` the row, `value` its cells as typed */
  | "repeated-header";
