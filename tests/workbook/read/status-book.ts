// A receipts sheet with one status or mark column, written by exceljs as a real .xlsx and read
// back: the book the status tests read (status-unknown, status-superseded).
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity (t)", "Supplier", "SD number"];

/** The day `d` of January 2025, UTC. */
export const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** A value of the status column: text, a number, a yes/no, a date cell (shown dd.mm.yyyy), blank. */
export type StatusCell = string | number | boolean | Date | null;

/**
 * The read of a receipts sheet whose column F, headed `heading`, holds `cells` (row 2 on); row i
 * receives 10 × i t from "Supplier i-1" with SD "SD-25-(i-1)".
 */
export async function readReceipts(heading: string, cells: StatusCell[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow([...HEADER, heading]);
  cells.forEach((s, i) => {
    const row = ws.addRow([day(i + 2), "UCO", 10 * (i + 1), `Supplier ${i}`, `SD-25-${i}`, s]);
    if (s instanceof Date) row.getCell(6).numFmt = "dd.mm.yyyy";
  });
  const snapshot = await (
    await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
  ).readSnapshot();
  return readWorkbook(snapshot);
}
