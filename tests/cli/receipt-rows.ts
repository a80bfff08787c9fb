// The receipt rows and certificate register many massbal tests build: used cooking oil from
// Saipol (DE), in RECEIPT_COLUMNS order (src/books/columns.ts), under a certificate the register
// holds as valid.
import ExcelJS from "exceljs";
import { type BookCell, day, RECEIPT_COLUMNS } from "../../src/books";

/** Saipol's ISCC EU certificate: the receipts' Supplier certificate and the register's Certificate no. */
export const CERT = "EU-ISCC-Cert-DE100-1";

/** What a receipt row says besides its date, SD number and quantity; each as its default unless given. */
export interface ReceiptOf {
  /** the Supplier cell; "Saipol" */
  supplier?: string;
  /** the Supplier certificate cell; CERT */
  cert?: string;
  /** the Product cell; "UCO" */
  product?: string;
  /** the Country of origin cell; "DE" */
  origin?: string;
}

/**
 * A receipt in RECEIPT_COLUMNS order: Date `date`, Supplier, Supplier certificate, SD number `sd`,
 * Product, Quantity (t) `qty`, Raw material "Used cooking oil", Country of origin; then the cells
 * `more` (Status, GHG total… as the test's header has them). Cells are written as given.
 */
export function receiptRow(
  date: BookCell,
  sd: string,
  qty: BookCell,
  more?: BookCell[],
  of?: ReceiptOf,
): BookCell[];
export function receiptRow(
  date: ExcelJS.CellValue,
  sd: string,
  qty: ExcelJS.CellValue,
  more?: ExcelJS.CellValue[],
  of?: ReceiptOf,
): ExcelJS.CellValue[];
export function receiptRow(
  date: ExcelJS.CellValue,
  sd: string,
  qty: ExcelJS.CellValue,
  more: ExcelJS.CellValue[] = [],
  { supplier = "Saipol", cert = CERT, product = "UCO", origin = "DE" }: ReceiptOf = {},
): ExcelJS.CellValue[] {
  return [date, supplier, cert, sd, product, qty, "Used cooking oil", origin, ...more];
}

/**
 * A certificate register: its header (Certificate no., Holder, Valid from, Valid until, Status)
 * and Saipol's CERT, valid from `from` to `until` (cells as written; 2024-01-01 to 2026-12-31).
 */
export function certificateRows(
  from: BookCell = day("2024-01-01"),
  until: BookCell = day("2026-12-31"),
): BookCell[][] {
  return [
    ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"],
    [CERT, "Saipol", from, until, "valid"],
  ];
}

/** Adds the register of certificateRows(from, until) to `wb` as its sheet "Certificates"; returns `wb`. */
export function addCertificates(wb: ExcelJS.Workbook, from?: BookCell, until?: BookCell): ExcelJS.Workbook {
  wb.addWorksheet("Certificates").addRows(certificateRows(from, until));
  return wb;
}

/** A receipt of `date` February 2025 (receiptRow) whose one cell after them is `note` (a Status, a remark). */
export const februaryReceipt = (
  date: number,
  sd: string,
  qty: number,
  note: string | null,
): ExcelJS.CellValue[] => receiptRow(new Date(Date.UTC(2025, 1, date)), sd, qty, [note]);

/** A new workbook whose sheet "Receipts" is headed RECEIPT_COLUMNS and `more`, over `rows`. */
export function receiptsSheet(
  more: string[],
  rows: ExcelJS.CellValue[][],
): { wb: ExcelJS.Workbook; receipts: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, ...more]);
  receipts.addRows(rows);
  return { wb, receipts };
}
