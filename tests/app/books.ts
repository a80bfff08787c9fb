// The small trader's quarter of src/books/trader.ts as a snapshot, for the memory host.
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";
import { type BookCell, bookSnapshot, sheetSnapshot, type TraderOptions, traderBooks } from "../../src/books";

/** A sheet as a host holds it: dates as serials with a date format. */
export function sheet(name: string, rows: BookCell[][]): SheetSnapshot {
  return sheetSnapshot({ name, rows });
}

export function snapshot(options: TraderOptions & { extra?: SheetSnapshot[] } = {}): WorkbookSnapshot {
  const books = bookSnapshot(traderBooks(options));
  return { ...books, sheets: [...books.sheets, ...(options.extra ?? [])] };
}
