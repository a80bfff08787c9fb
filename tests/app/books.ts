// The small trader's quarter of tests/cli/books.ts as a snapshot, for the memory host.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";
import { bookRows, type Cell } from "../cli/books";

const serial = (date: Date) => Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

/** A sheet as a host holds it: dates as serials with a date format. */
export function sheet(name: string, rows: Cell[][]): SheetSnapshot {
  const values: CellValue[][] = rows.map((row) => row.map((v) => (v instanceof Date ? serial(v) : v)));
  const formats = rows.map((row) => row.map((v) => (v instanceof Date ? "yyyy-mm-dd" : null)));
  return { name, visibility: "visible", values, formats };
}

export function snapshot(options: { overdraw?: boolean; extra?: SheetSnapshot[] } = {}): WorkbookSnapshot {
  const rows = bookRows(options);
  return {
    name: "Books.xlsx",
    sheets: [
      sheet("Receipts", rows.Receipts),
      sheet("Deliveries", rows.Deliveries),
      sheet("Settings", rows.Settings),
      ...(options.extra ?? []),
    ],
  };
}
