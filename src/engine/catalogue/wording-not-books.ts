// (brk22 #7, §14) The wording of sheets and rows the reading sets aside as no part of the books
// (details-not-books.ts): a master list of customers or suppliers, a report of totals, a note
// typed under a table's rows. Each is info: nothing of it is booked, and nothing needed it.
import type { ReadDetails } from "./details";

/** header-not-found, reason master-list (workbook/not-books.ts): `label` whom the list lists ("customers", "suppliers"). */
export function masterListText(sheet: string, d: ReadDetails): string {
  const customers = d.label !== "suppliers";
  const suppliers = d.label !== "customers";
  const feeds = [
    customers ? "a declaration takes its customer's address and certificate from the delivery's own row" : "",
    suppliers
      ? "a supplier's certificate is checked against the dates of a certificate register (Certificate | Valid from | Valid until), which this list is not"
      : "",
  ].filter(Boolean);
  return `sheet "${sheet}" is a list of ${d.label} (names, addresses, certificates; no date, product or quantity on its rows), not the books, so none of its rows are booked; ${feeds.join(", and ")}. If it does hold receipts or deliveries, give it Date, Product and Quantity columns, or choose its kind in the add-in's Sheets tab.`;
}

/** header-not-found, reason report (workbook/not-books.ts): `label` what each line totals ("product", "month"). */
export function reportText(sheet: string, d: ReadDetails): string {
  return `sheet "${sheet}" is a report of totals per ${d.label} (no date, supplier, customer or SD number on its rows), not the books, so none of its rows are booked: the balances are computed from the receipts and deliveries themselves. If it does hold bookings, give it a Date column, or choose its kind in the add-in's Sheets tab.`;
}

/** header-not-found, reason order-book (workbook/order-book.ts): `label` the kind its headings read as ("Receipts"). */
export function orderBookText(sheet: string, d: ReadDetails): string {
  return `sheet "${sheet}" reads as ${d.label.toLowerCase()}, but its name says it is a book of orders, contracts, call-offs or advices of dispatch: quantities ordered, agreed or announced, not goods received or delivered, so none of its rows are booked (booked, an order would be credited or declared before the goods arrive). The balances are computed from the receipts and deliveries sheets themselves; a delivery with no receipt behind it meets a negative balance. If this sheet does hold the goods received or delivered (the books), rename it (e.g. "${d.label}") or choose its kind in the add-in's Sheets tab.`;
}

/** header-not-found, reason order-book-dispatches (workbook/order-dispatch.ts): `label` the kind its headings read as ("Deliveries"). */
export function orderDispatchesText(sheet: string, d: ReadDetails): string {
  return `sheet "${sheet}" reads as ${d.label.toLowerCase()}, and its name says it is a book of contracts, call-offs or advices of dispatch, but its columns are those of the goods dispatched (an SD number, a sustainable flag or a delivery date on its rows), so it may be the deliveries themselves. None of its rows are read, and the balances of the products it would feed are incomplete: nothing is declared from them until you say what it is. If it holds the goods delivered, choose its kind in the add-in's Sheets tab or rename it (e.g. "${d.label}"); if it only lists quantities agreed or announced, clear its SD number, sustainable and delivery date columns, or move it to another workbook.`;
}

/** totals-row, reason repeated-header (workbook/note-rows.ts): `label` the first such row. */
export function repeatedHeaderText(d: ReadDetails): string {
  return `row ${d.label} repeats the table's header ("${d.value ?? ""}"), as a printed page does, so it is not a booking and is passed over; the rows under it are read as the rows above (said once for the sheet, at the first repetition).`;
}

/** totals-row, reason note-row (workbook/note-rows.ts): `label` the row, `value` the note as typed. */
export function noteRowText(d: ReadDetails): string {
  return `row ${d.label} holds only a note ("${d.value ?? ""}"; no quantity, product or party), not a booking, so it is not booked. If the note changes a booking (a quantity moved, a line cancelled), correct that row itself: the add-in reads the rows, not notes about them.`;
}

/** header-not-found, reason movements-kind (workbook/unnamed-movements.ts): `read` its date, product and quantity headings. */
export function movementsKindText(sheet: string, d: ReadDetails): string {
  return `sheet "${sheet}" holds dated rows of products and quantities (${d.read ?? ""}), but neither its name nor its headings say what they are: receipts, deliveries, transfers between sites, production or stock counts. None of its rows are read, and the balances of the products it names are incomplete: nothing is declared from them until you say what it is. Name the sheet for its kind (e.g. "Receipts", "Deliveries", "Transfers", "Production" or "Stock counts"), add From site and To site columns if its rows move goods between sites, or choose its kind in the add-in's Sheets tab (choose "Not recognised" if it is not part of the books).`;
}
