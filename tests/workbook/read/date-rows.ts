// A receipts row around one date cell, for the date tests (date-spellings, two-digit-years): the
// date in column A, every other field read, so each row's date is what is tested.
import type { CellValue } from "../../../src/workbook/port";

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
