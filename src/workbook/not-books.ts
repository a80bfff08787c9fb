// (brk22 #7) Sheets every real workbook keeps beside its books that are not books: a master list
// of customers or suppliers ("Kunden": Kunde | Adresse | Land | ISCC-Zertifikat; "Suppliers":
// Supplier | Address | Certificate) and a summary report of totals per product or per month
// ("Auswertung": Produkt | Eingang (t) | Ausgang (t) | Bestand (t); "Übersicht": Monat | Eingang
// (t) | Ausgang (t)). Their party or quantity headings read as receipts, deliveries or a combined
// ledger with no Date column, and the header-not-found error held every declaration. Such a sheet
// is said (info, at its header) and none of its rows is booked; nothing in it could be: no date,
// no product or quantity of a movement, no SD number.
//
// The boundary, both ways (a sheet of the books missing its date must still be refused):
// - a master list maps only party, address, certificate and country columns, and every other
//   heading is a master list's in its every word (not-books-words.ts); numbers only under an
//   identifier's heading (PLZ, Kunden-Nr., Telefon), dates only under a certificate's validity on
//   a list of customers (a supplier's validity is the certificate register's, whose reading stays
//   as it was: refused where incomplete);
// - a report maps only a product and quantities, each row labelled by its product and/or a
//   period ("Monat"), no label repeated (a list of movements repeats its products), every other
//   column numbers;
// - never where the sheet's name says a kind of the books ("Wareneingang", "Lieferungen"), nor
//   where the user chose its kind in the Sheets tab (that kind stands).
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { columnProfile } from "./column-profile";
import { type Grid, isBlank } from "./grid";
import { fold } from "./normalise";
import {
  headingWords,
  ID_WORDS,
  MASTER_WORDS,
  PERIOD_WORDS,
  VALIDITY,
  VALIDITY_ALSO,
} from "./not-books-words";
import { orderBook } from "./order-book";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { TOTALS } from "./total-words";

/** The kinds whose recognition a master list's or report's headings fall into. */
const BOOKS = new Set(["receipts", "deliveries", "ledger"]);

/** Fields a master list of parties maps: names, addresses, certificates, country. */
const PARTY_FIELDS = new Set([
  "customer",
  "supplier",
  "counterparty",
  "customerAddress",
  "dispatchAddress",
  "receivingAddress",
  "customerCertificate",
  "supplierCertificate",
  "certificate",
  "countryOfOrigin",
  "scheme",
]);
const NAMES = ["customer", "supplier", "counterparty"];
/** Fields a report maps: its products and quantities. */
const REPORT_FIELDS = new Set(["product", "quantity", "inQuantity", "outQuantity", "unit"]);
const QUANTITY_FIELDS = ["quantity", "inQuantity", "outQuantity"];

/** Data rows a report's labels are compared over. */
const MAX_ROWS = 2000;

/**
 * header-not-found (info; reason master-list or report) at the header of sheet `grid` read as
 * `rec`, an incomplete reading of receipts, deliveries or a combined ledger, where the sheet is a
 * master list of parties or a summary report (see above); null otherwise. `forced`: the user chose
 * its kind in the Sheets tab. A book of orders or contracts (order-book.ts) is said so, read
 * complete or not.
 */
export function notBooks(grid: Grid, rec: Recognition, forced: boolean): Finding | null {
  // a book of orders, contracts or advices of dispatch, read complete or not (order-book.ts)
  const orders = orderBook(grid, rec, forced);
  if (orders) return orders;
  if (forced || !rec.spec || rec.missing.length === 0 || rec.headerRow === null) return null;
  if (!BOOKS.has(rec.kind) || rec.hinted !== null) return null;
  const list = masterList(grid, rec);
  const shape = list ?? report(grid, rec);
  if (!shape) return null;
  return readFinding("header-not-found", "info", grid.sheet.name, cellAddress(rec.headerRow + 1, 0), {
    label: shape,
    reason: list ? "master-list" : "report",
    partial: true,
  });
}

/** The unmapped columns of the header row with a heading: column and folded words. */
function otherHeadings(grid: Grid, rec: Recognition): { col: number; words: string[] }[] {
  const row = rec.headerRow as number;
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const out: { col: number; words: string[] }[] = [];
  for (let c = 0; c < grid.width(row, row + 1); c++) {
    if (mapped.has(c)) continue;
    const text = grid.headerText(row, c).trim();
    if (text !== "") out.push({ col: c, words: headingWords(fold(text)) });
  }
  return out;
}

/** "customers", "suppliers" or "customers and suppliers": whom the master list lists; null where it is no master list. */
function masterList(grid: Grid, rec: Recognition): string | null {
  const fields = [...rec.columns.keys()];
  if (!fields.every((f) => PARTY_FIELDS.has(f)) || !fields.some((f) => NAMES.includes(f))) return null;
  const suppliers = fields.some((f) => f === "supplier" || f === "supplierCertificate");
  const customers = fields.some((f) => f.startsWith("customer"));
  for (const { col, words } of otherHeadings(grid, rec)) {
    const validity = words.some((w) => VALIDITY.has(w));
    const own = (w: string) => MASTER_WORDS.has(w) || (validity && VALIDITY_ALSO.has(w));
    if (words.length === 0 || !words.every(own)) return null;
    const p = columnProfile(grid, rec.headerRow as number, col);
    if (p.n === 0) continue;
    // a date only as a customer certificate's validity: a supplier's is the certificate register's
    if (p.date > 0.5 && !(validity && !suppliers)) return null;
    if (p.date <= 0.5 && p.number > 0.5 && !words.some((w) => ID_WORDS.has(w))) return null;
  }
  if (customers && suppliers) return "customers and suppliers";
  return customers ? "customers" : suppliers ? "suppliers" : "customers and suppliers";
}

/** "product", "month" or "month and product": what each line of the report totals; null where it is no report. */
function report(grid: Grid, rec: Recognition): string | null {
  const fields = [...rec.columns.keys()];
  if (!fields.every((f) => REPORT_FIELDS.has(f)) || !fields.some((f) => QUANTITY_FIELDS.includes(f)))
    return null;
  const header = rec.headerRow as number;
  const product = rec.columns.get("product")?.col;
  let period: number | undefined;
  for (const { col, words } of otherHeadings(grid, rec)) {
    const p = columnProfile(grid, header, col);
    if (period === undefined && words.length > 0 && words.every((w) => PERIOD_WORDS.has(w))) period = col;
    else if (p.n > 0 && p.number < 0.9) return null; // a text or date column of another meaning
  }
  const labels = [period, product].filter((c): c is number => c !== undefined);
  if (labels.length === 0 || !uniqueLabels(grid, header, labels)) return null;
  return period === undefined ? "product" : product === undefined ? "month" : "month and product";
}

/** Whether no two data rows under `header` (to the first blank row) share their labels in `cols`; total lines left aside. */
function uniqueLabels(grid: Grid, header: number, cols: number[]): boolean {
  const seen = new Set<string>();
  const end = Math.min(grid.rowCount, header + 1 + MAX_ROWS);
  for (let r = header + 1; r < end; r++) {
    const cells = cols.map((c) => grid.value(r, c));
    if (cells.every((v) => isBlank(v))) {
      if ((grid.sheet.values[r] ?? []).every((v) => isBlank(v))) break;
      continue;
    }
    if (cells.some((v) => typeof v === "string" && TOTALS.test(v))) continue;
    const key = JSON.stringify(cells.map((v) => (typeof v === "string" ? fold(v).trim() : v)));
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return seen.size > 0;
}
