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
 * The finding said once for a column of dates (two-digit-columns.ts: two-digit-year-column,
 * date-order-column, order-setting-refused and dotted-against-setting alike) that lists `cell` of
 * `sheetName` among its related cells: the task pane marks it with that finding's note (p-dates6:
 * was told by the range from the finding's cell down to `last`).
 */
export function saidForColumn(
  findings: readonly Finding[],
  sheetName: string,
  cell: string,
): Finding | undefined {
  return findings.find(
    (f) =>
      f.code === "ambiguous-date" &&
      (f.details as { count?: number }).count !== undefined &&
      (f.related ?? []).some((r) => r.sheet === sheetName && r.cell === cell),
  );
}
