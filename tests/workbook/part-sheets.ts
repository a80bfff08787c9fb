// A deliveries or receipts sheet of one row of 100 t with a sustainable part column beside the
// quantity, read (the part heading tests: part-words, part-words/one-table, read/blank-parts).
import { runEngine } from "../../src/engine/index";
import type { CellValue } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/read";
import { serial, sheet } from "./fixtures";

const D = serial("2026-01-05");

/** `kind` "Sales" (a delivery, no yes/no column) or "Receipts" (with SD number SD-1): 100 t, `part` under `heading` in F. */
export function partSheet(kind: "Sales" | "Receipts", heading: string, part: CellValue = "40 %") {
  const rows: CellValue[][] =
    kind === "Sales"
      ? [
          ["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading],
          [D, "C1 AG", "Hafenstr. 1, Hamburg", "UCO", 100, part],
        ]
      : [
          ["Date", "Supplier", "SD number", "Product", "Quantity (t)", heading],
          [D, "Saipol", "SD-1", "UCO", 100, part],
        ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet(kind, rows)] });
}

/** A receipts heading with an SD number, a claim and GHG values (the unit-part and part-columns tests). */
export const RECEIPT_HEAD = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Raw material",
  "Claim",
  "GHG total",
];

/** A sustainable receipt of `qty` t of rapeseed oil under RECEIPT_HEAD, SD number S-1, `more` cells after it. */
export const receipt = (qty: number, ...more: CellValue[]): CellValue[] => [
  serial("2025-01-05"),
  "Good AG",
  "S-1",
  "Rapeseed oil",
  qty,
  "Rapeseed",
  "EU RED compliant",
  20,
  ...more,
];

/** A deliveries heading with no part column, and a sale of `qty` t of rapeseed oil under it (the part-columns tests). */
export const DELIVERY_HEAD = ["Date", "Customer", "Customer address", "Product", "Quantity (t)"];
export const delivery = (qty: number): CellValue[] => [
  serial("2025-02-01"),
  "C1 AG",
  "Hafenstr. 1",
  "Rapeseed oil",
  qty,
];

/** Receipt `i` of `qty` t under RECEIPT_HEAD, `more` cells after: SD number S-i, or (`sd` false) no SD, claim or GHG value. */
export function numberedReceipt(i: number, qty: number, sd: boolean, ...more: CellValue[]): CellValue[] {
  const cells = receipt(qty, ...more);
  cells[2] = sd ? `S-${i}` : null;
  if (!sd) cells[6] = cells[7] = null;
  return cells;
}

/**
 * A receipts sheet of `rows` read and run: its errors as [code, cell], the first error's message,
 * what its balances received in all (none: no balance), and whether any balance is complete.
 */
export function runReceipts(rows: CellValue[][]) {
  const read = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
  const result = runEngine(read.ledger, { findings: read.findings });
  const errors = result.findings.filter((f) => f.severity === "error");
  return {
    errors: errors.map((f) => [f.code, f.cell]),
    message: errors[0]?.message ?? "",
    received: result.balances.reduce((sum, b) => sum + Number(b.received), 0),
    complete: result.balances.some((b) => b.complete),
  };
}
