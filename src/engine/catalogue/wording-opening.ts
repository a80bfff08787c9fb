// The wording of an opening or carried-over line that is not booked (workbook/opening-rows.ts):
// credit carried in above a table's first booking ("Übertrag aus 2024" 12.5, "Bestand" as the
// supplier, "Bestand 01.01." as the date), and a balance word in a row shaped like a booking below
// it (p-opening); stock stated above a deliveries sheet's first row; a balance below the first
// booking that the rows above do not add up to (stated-balance). Each says what is incomplete:
// what the sheet feeds, or, where the word stands in the product cell, every product, named.
import type { ReadDetails } from "./details";
import type { BadReason } from "./details-reasons";
import { CONSEQUENCES } from "./wording-cells";
import {
  masterListText,
  movementsKindText,
  noteRowText,
  orderBookText,
  orderDispatchesText,
  repeatedHeaderText,
  reportText,
} from "./wording-not-books";

/** The totals-row reasons of a line refused as a balance the books do not derive (openingLineText words them). */
const OPENING_REASONS: ReadonlySet<BadReason> = new Set([
  "opening-credit",
  "opening-stock",
  "opening-line",
  "stated-balance",
]);

/** totals-row, reason opening-credit, opening-stock (on a deliveries sheet), opening-line or stated-balance: `value` the row, `read` the balance word, `label` its column's heading where read, `missing` the products left incomplete where it stands in the product cell. */
export function openingLineText(d: ReadDetails): string {
  if (d.reason === "opening-credit")
    return `row ${d.value} carries credit over from before the books' first row (${openingWord(d)}); the add-in has no row for opening credit, so it is not booked, and the balances of ${openingReach(d)} are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. Start the first period where these books start, or enter the receipts that gave this credit (with their SDs) as rows of their own${d.consequence === "continues" ? `; ${CONSEQUENCES.continues}` : ""}.`;
  if (d.reason === "opening-stock")
    return `row ${d.value} states stock carried over from before the books' first row (${openingWord(d)}); a deliveries sheet books what left, not what was held, and the add-in has no row for opening stock, so it is not booked, and the balances of ${openingReach(d)} are incomplete: nothing is declared from them. Start the first period where these books start, or enter the receipts that gave this stock (with their SDs) on the receipts sheet and the stock itself as a stock count${continues(d)}.`;
  if (d.reason === "stated-balance")
    return `row ${d.value} states a balance (${openingWord(d)}) of ${d.stated ?? ""}, ${d.sum !== undefined ? `where the rows above add up to ${d.sum}` : "in a column the add-in does not add up"}; a balance the rows do not give may carry stock or credit in from elsewhere (a new year's opening, a correction), and the add-in has no row for that, so it is not booked, and the balances of ${openingReach(d)} are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. If it is a page's carry-over, make it the sum of the rows above; if it carries stock or credit in, enter the receipts that gave it (with their SDs) as rows of their own${continues(d)}.`;
  return `row ${d.value} states a balance (${openingWord(d)}), not a receipt or delivery, though it has cells of a booking; the add-in has no row for opening stock or credit, so it is not booked, and the balances of ${openingReach(d)} are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. If it is a booking, write its supplier or customer, product and date in their own cells; if it is stock or credit carried over, start the first period where these books start, or enter the receipts that gave it (with their SDs) as rows of their own${d.consequence === "continues" ? `; ${CONSEQUENCES.continues}` : ""}.`;
}

/** totals-row: a total skipped, a balance row, a line refused as a balance (openingLineText), or a total that is not the sum (sumDiffersText). */
export function totalsRowText(d: ReadDetails): string {
  // --- opening and closing balance rows (p-rows2; p-opening: wording-opening.ts) ---
  if (d.reason === "balance-row")
    return `row ${d.value} states an opening or closing balance (${d.read}), not a booking; it was skipped${d.consequence === "continues" ? ` and ${CONSEQUENCES.continues}` : `, and ${CONSEQUENCES.ends}`}. A balance is not a receipt: the add-in carries each account's closing forward into the next period itself; to start the book with a physical stock, enter it as a stock count dated before the first period on the stock sheet.`;
  if (d.reason && OPENING_REASONS.has(d.reason)) return openingLineText(d);
  if (d.reason === "sum-differs") return sumDiffersText(d);
  if (d.reason === "note-row") return noteRowText(d); // brk22 §14: a note typed under the rows
  if (d.reason === "repeated-header") return repeatedHeaderText(d); // brk24 §4b
  // --- end opening and closing balance rows
  return `row ${d.value} is a total or subtotal (${d.read}), not a booking; it was skipped${d.consequence === "continues" ? ` and ${CONSEQUENCES.continues}` : `, and ${CONSEQUENCES.ends}`}.`;
}

/**
 * totals-row, reason sum-differs (workbook/opening-rows.ts sumDiffers): `value` the row, `read` the
 * total's label, `label` the quantity's heading, `stated` the total, `sum` the rows' sum since the
 * last total; a warning, the rows booked as they stand.
 */
export function sumDiffersText(d: ReadDetails): string {
  return `row ${d.value} is a total (${d.read}) whose ${d.label} ${d.stated ?? ""} is not the sum of the rows above (${d.sum ?? "0"} since the last total or the table's start); it was skipped and the rows are booked as they stand${d.consequence === "continues" ? `, and ${CONSEQUENCES.continues}` : ""}. A row may be missing, hidden by a filter, entered twice or mistyped: check the rows above against the total and correct the rows or the total.`;
}

/**
 * possible-totals-row, reason opening-quantity (a line above the first booking holding only a
 * quantity) or named-sum (a row labelled with a total's word followed by a name, "Summe Fett AG",
 * "Vortrag GmbH", filled like a booking, whose quantity is the sum of the rows above: a subtotal or
 * a booking of a party of that name; workbook/table-totals.ts): `read` the row, `label` the
 * quantity's heading, `value` the quantity as typed, `named` the label cell's text (named-sum).
 */
export function possibleTotalText(d: ReadDetails, consequence: string): string {
  if (d.reason === "unnamed-sum")
    return `row ${d.read} has no ${d.named ?? "party"}, no SD number and no certificate, and its ${d.label} ${d.value} is the sum of the rows above it: it looks like a subtotal typed by hand (counted twice if booked), yet it has a date and a product like a booking, and the add-in cannot tell (${consequence}). If it is a total, delete it or write "Summe" (or "Total") in its first text cell; if it is a booking, give it its ${d.named ?? "party"} and SD number.`;
  if (d.reason === "lacking-sum")
    return `row ${d.read} has no ${d.named ?? "address or certificate"}, which each of the ${d.sum ?? "2"} rows of its product directly above it has, and its ${d.label} ${d.value} is their sum: it looks like a subtotal pasted as a value (counted twice if booked), and the add-in cannot tell (${consequence}). If it is a subtotal, delete the row or write "Summe" (or "Total") in its first text cell; if it is a booking, give it its own ${d.named ?? "address and certificate"}.`;
  if (d.reason === "tank-total" && d.repeats)
    return `row ${d.read} names "${d.named ?? ""}" as its tank, a word that names a total of the tanks counted above it and also a store (stock in transit, a stock tank), and its ${d.label} ${d.value} only repeats the one tank counted above it: it may be that tank's total (counted twice if read as a tank) or a tank of that name holding the same, and the add-in cannot tell, so the line is not counted and the balances of what this sheet feeds are incomplete: nothing is declared from them. If it is a tank, give it a name that says so ("Tank ${d.named ?? ""}"); if it is the total, delete it.`;
  if (d.reason === "tank-total")
    return `row ${d.read} names "${d.named ?? ""}" as its tank, the total of the tanks counted above it, never a tank of its own, but its ${d.label} ${d.value} is not their sum (${d.sum ?? "0"}): the tanks and their total disagree and the add-in cannot tell which is the stock, so the line is not counted and the balances of what this sheet feeds are incomplete: nothing is declared from them. Correct the tank counts or the total, or delete the total line (a total equal to the sum of its tanks is skipped).`;
  if (d.reason === "named-sum")
    return `row ${d.read} is labelled "${d.named ?? ""}", which begins with a total's word, and its ${d.label} ${d.value} is the sum of the rows above: it may be a subtotal (counted twice if booked) or a booking of a party of that name, and the add-in cannot tell (${consequence}). If it is a total, delete it or label it with the total's word alone ("Summe", "Total"); if it is a booking, give it the number of its SD or certificate, which a total line does not have.`;
  return `row ${d.read} holds only a quantity, ${d.label} ${d.value}, above the first booking, with no date, product or name: it may be credit or stock carried over from before the books' first row, or a booking half typed, and the add-in cannot tell, so it is not booked and the balances of what this sheet feeds are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. If it is carried-over credit, start the first period where these books start or enter the receipts that gave it (with their SDs) as rows of their own; if it is a stock, enter it as a stock count; if it is a booking, give it its date and product.`;
}

/** How the data goes on after the line, where it does. */
function continues(d: ReadDetails): string {
  return d.consequence === "continues" ? `; ${CONSEQUENCES.continues}` : "";
}

/** The balance word, with the heading of the cell it stands in where the table reads it ("Bestand" in Supplier). */
function openingWord(d: ReadDetails): string {
  return d.label ? `"${d.read}" in ${d.label}` : (d.read ?? "");
}

/**
 * What a refused opening line leaves incomplete: what the sheet feeds, or, where the balance word
 * stands in the product cell, every product of the sheet, named (`missing`).
 */
function openingReach(d: ReadDetails): string {
  return d.missing
    ? `every product of this sheet (${d.missing}), as the product cell names none,`
    : "what this sheet feeds";
}

/**
 * header-not-found, reason opening-sheet (brk19 #8; workbook/opening-sheet.ts): a sheet named for
 * opening or carried-over balances read as receipts or a ledger, or holding numbers it does not
 * read. Its lines are last year's credit or stock stated, not received: booked, they would credit
 * it a second time beside the credit the add-in carries forward itself.
 */
export function openingSheetText(sheet: string): string {
  return `sheet "${sheet}" is named for opening or carried-over balances; the add-in has no row for opening credit or stock, so none of its rows are read (booked as receipts, last year's credit would count again beside what the add-in carries forward itself), and the balances of the products it would feed are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. To bring last year's credit in, keep last year's receipts and deliveries (with their SDs) in the books and set the first period start early enough to take them in: the add-in carries each period's closing forward, capped at the physical stock counted at the period end; or enter the receipts that gave the credit as rows of the receipts sheet. A physical opening stock is entered as a stock count dated before the first period on the stock sheet. Then remove this sheet from the books, or rename it if it holds receipts.`;
}

/**
 * header-not-found, reason draft-sheet (brk22 #2; workbook/draft-sheet.ts): a sheet named as a
 * draft, plan, forecast, budget, template, test or copy whose headings read as `label` (a kind whose
 * rows are booked). Its rows are what someone expects, tries or copied: booked, they would give or
 * take credit beside the real sheet's, and SDs would cite them.
 */
export function draftSheetText(sheet: string, label: string): string {
  return `sheet "${sheet}" reads as ${label.toLowerCase()}, but its name says it is a draft, plan, forecast, budget, template, test or copy, not the books, so none of its rows are read (booked, they would give or take credit beside the real sheet's, and declarations would cite them), and the balances of the products it would feed are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. If this sheet is part of the books, rename it (e.g. "${label}") or choose its kind in the add-in's Sheets tab; otherwise delete it, or move it to another workbook.`;
}

/** The header-not-found reasons of a sheet whose rows are not the books (notBooksSheetText words them). */
export const NOT_BOOKS_SHEETS: ReadonlySet<string> = new Set([
  "opening-sheet",
  "draft-sheet",
  "master-list",
  "report",
  "order-book",
  "order-book-dispatches",
  "movements-kind",
]);

/** header-not-found of a sheet named for opening balances or as a draft, a master list or a report. */
export function notBooksSheetText(sheet: string, d: ReadDetails): string {
  if (d.reason === "opening-sheet") return openingSheetText(sheet);
  if (d.reason === "draft-sheet") return draftSheetText(sheet, d.label);
  if (d.reason === "order-book") return orderBookText(sheet, d);
  if (d.reason === "order-book-dispatches") return orderDispatchesText(sheet, d);
  if (d.reason === "movements-kind") return movementsKindText(sheet, d);
  return d.reason === "master-list" ? masterListText(sheet, d) : reportText(sheet, d);
}
