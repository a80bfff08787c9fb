// The receipts the Office.js fill tests read (legend-fills, fills-unread): 10, 11 and 12 t, the
// second row filled red.
import type { CellValue } from "../../../../src/workbook/port";

const HEADER = ["Date", "Supplier", "SD number", "Product", "Quantity (t)"];
const receipt = (i: number): CellValue[] => [45662 + i, "Saipol", `SD-${i + 1}`, "UCO", 10 + i];

/** The fills of the 11 t receipt's row (A3:E3), red, as fills A1 → colour. */
export const RED_ROW: Record<string, string> = Object.fromEntries(
  ["A", "B", "C", "D", "E"].map((c) => [`${c}3`, "#FF0000"]),
);

/** The header (`beside` right of it) and receipts of 10, 11, 12 t from Saipol (SD-1 to SD-3), then the rows `below`. */
export const redReceipts = (below: CellValue[][], beside: CellValue[] = []): CellValue[][] => [
  [...HEADER, ...beside],
  receipt(0),
  receipt(1),
  receipt(2),
  ...below,
];
