// A receipts row around one date cell, for the date tests (date-spellings, two-digit-years): the
// date in column A, every other field read, so each row's date is what is tested.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";

/** The receipts header of these rows: every field a receipt is read by (storage-sites adds a column to it). */
export const DATE_HEADER = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Claim",
  "Country of origin",
];

/** Receipt `i` dated `date` (the SD number SD-`i`). */
export const dateRow = (i: number, date: CellValue): CellValue[] => [
  date,
  "Saipol",
  `SD-${i}`,
  "UCO",
  10,
  "ISCC compliant",
  "DE",
];

/**
 * The finding said once for a column of two-digit-year dates (two-digit-columns.ts) whose range,
 * from its cell down to `last`, holds `cell` of `sheetName`. Ask it only of a cell with no finding
 * of its own and no booked row: the range may hold cells read as written.
 */
export function saidForColumn(
  findings: readonly Finding[],
  sheetName: string,
  cell: string,
): Finding | undefined {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
  return findings.find((f) => {
    const d = f.details as { reason?: string; last?: string } | undefined;
    if (f.sheet !== sheetName || d?.reason !== "two-digit-year-column" || !f.cell || !d.last) return false;
    const first = /^([A-Z]+)(\d+)$/.exec(f.cell);
    const last = /^([A-Z]+)(\d+)$/.exec(d.last);
    return first?.[1] === col && Number(first?.[2]) < Number(row) && Number(row) <= Number(last?.[2]);
  });
}
