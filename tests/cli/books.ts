// The small trader's quarter of src/books/trader.ts, written as real .xlsx files for the massbal tests.
import type ExcelJS from "exceljs";
import { type Rows, rowsOf, type TraderOptions, traderBooks } from "../../src/books";
import { bookToExcel, writeBookFile } from "../../src/workbook/xlsx/write-book";

export type { BookCell as Cell } from "../../src/books";
export type BookOptions = TraderOptions;

/** The rows of the trader's sheets, by sheet. */
export function bookRows(options: BookOptions = {}): Record<"Receipts" | "Deliveries" | "Settings", Rows> {
  const book = traderBooks(options);
  return {
    Receipts: rowsOf(book, "Receipts"),
    Deliveries: rowsOf(book, "Deliveries"),
    Settings: rowsOf(book, "Settings"),
  };
}

/** The same quarter as an .xlsx workbook, with the user's own fills and a note on the data. */
export function books(options: BookOptions = {}): ExcelJS.Workbook {
  return bookToExcel(traderBooks(options));
}

export async function writeBooks(file: string, options: BookOptions = {}): Promise<void> {
  await writeBookFile(traderBooks(options), file);
}

/**
 * A Sites sheet of two certified sites of one company, one certification body (ISCC PLUS
 * transfers, TV-11), each with its address: the dispatch point of its SDs (brk25 §4: without an
 * Address column only the site the settings' address names would get one).
 */
export const ACME_SITES = [
  ["Site", "Company", "Country", "Certificate", "Certification body", "Address"],
  ["Hamburg", "Acme", "DE", "ISCC-PLUS-1", "SGS", "Hafenstr. 1, 20457 Hamburg"],
  ["Venlo", "Acme", "NL", "ISCC-PLUS-2", "SGS", "Industrieweg 7, 5928 Venlo"],
];
