// Books as plain data: every workbook this project builds for itself (the sample of `npm run
// sample`, the demo's large books, the fixtures of the tests and the end-to-end test, the
// benchmarks' books) is a `Book` made here, as staff lay their sheets out. One writer per host
// turns it into a workbook: `src/workbook/xlsx/write-book.ts` (a real .xlsx file) and
// `bookSnapshot` (what the memory host and the demo's fake Excel are seeded with). This module
// knows no file, no Excel library and no host, so the demo can build its books in the browser.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/port";

/** A cell as a book is written: a date is a `Date` at midnight UTC, written as a date cell. */
export type BookCell = string | number | Date | null;

/** Rows of a sheet, the header row first. */
export type Rows = BookCell[][];

/** One sheet of a book, as a user keeps it. */
export interface BookSheet {
  name: string;
  /** title lines above the table, the first in bold, one blank row between them and the header */
  title?: string[];
  /** the table: header row first, then the data rows */
  rows: Rows;
  /** the look of a kept sheet: bold header row on a green fill, frozen below the header */
  styledHeader?: boolean;
  /** the user's own fill ("#RRGGBB") on every data cell with a value */
  dataFill?: string;
  /** column widths in characters, from column A */
  widths?: number[];
  /** the user's own notes, by A1 address */
  notes?: Record<string, string>;
}

/** A workbook as plain data: its sheets in tab order. */
export interface Book {
  name: string;
  sheets: BookSheet[];
  /** number format of every date cell ("dd.mm.yyyy"); the writer's default where absent */
  dateFormat?: string;
  /** the file's author and its created/modified time, fixed so the file never changes by itself */
  creator?: string;
  created?: Date;
}

/** "2025-01-31" → that day at midnight UTC. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A data row from a record keyed by heading: the cells in the header's order, null where absent. */
export function row<H extends string>(
  header: readonly H[],
  record: Partial<Record<H, BookCell>>,
): BookCell[] {
  return header.map((h) => record[h] ?? null);
}

/** A table from records keyed by heading: the header row, then one row per record. */
export function table<H extends string>(
  header: readonly H[],
  records: readonly Partial<Record<H, BookCell>>[],
): Rows {
  return [[...header], ...records.map((r) => row(header, r))];
}

/** The settings sheet as staff keep it: one setting per row, its value beside it. */
export function settingsRows(settings: readonly (readonly [string, BookCell])[]): Rows {
  return [["Setting", "Value"], ...settings.map(([name, value]) => [name, value])];
}

/** A book of plain sheets (no look) from each sheet's rows by name, in tab order. */
export function plainBook(sheets: Record<string, Rows>, name = "books.xlsx"): Book {
  return { name, sheets: Object.entries(sheets).map(([sheet, rows]) => ({ name: sheet, rows })) };
}

/** Row of the header (1-based) on a sheet: below the title lines and one blank row, else 1. */
export function headerRowOf(sheet: BookSheet): number {
  return sheet.title?.length ? sheet.title.length + 2 : 1;
}

/** The whole grid of a sheet from A1: title lines, the blank row, then the table. */
export function sheetGrid(sheet: BookSheet): Rows {
  const title = sheet.title ?? [];
  return [...title.map((line) => [line]), ...(title.length ? [[]] : []), ...sheet.rows];
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A date's serial in Excel's 1900 date system (whole days: books hold dates, not times). */
export function serialOf(date: Date): number {
  return Math.round((date.getTime() - EPOCH_1900) / 86_400_000);
}

/** A sheet as a host holds it: dates as serials with the book's date format. */
export function sheetSnapshot(sheet: BookSheet, dateFormat = "yyyy-mm-dd"): SheetSnapshot {
  const grid = sheetGrid(sheet);
  const values: CellValue[][] = grid.map((r) => r.map((v) => (v instanceof Date ? serialOf(v) : v)));
  const formats = grid.map((r) => r.map((v) => (v instanceof Date ? dateFormat : null)));
  return { name: sheet.name, visibility: "visible", values, formats };
}

/** The book as a host holds it (the memory host, the demo's fake Excel). */
export function bookSnapshot(book: Book): WorkbookSnapshot {
  return { name: book.name, sheets: book.sheets.map((s) => sheetSnapshot(s, book.dateFormat)) };
}
