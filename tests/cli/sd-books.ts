// The books of the SD number tests of massbal (sd-signs, sd-cells): the issuing trader's receipts
// and settings (src/books), sales of rapeseed oil to Fuel AG, and a declare run on a real .xlsx.
import path from "node:path";
import {
  type BookCell as Cell,
  day as d,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
  type Rows,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { massbal, stderrBeyondProgress } from "./run-massbal";

/** A deliveries sheet's header whose SD number column is headed `sd`. */
export const deliveryHeader = (sd = "SD number"): Cell[] => [
  "Date",
  "Customer",
  "Customer address",
  "Product",
  "Quantity (t)",
  "Sustainable",
  sd,
];

/** A sustainable sale of `qty` t of rapeseed oil to Fuel AG on `date`, its SD cell `sd`. */
export const sale = (date: string, qty: number, sd: string | null): Cell[] => [
  d(date),
  "Fuel AG",
  "Hafenstr. 1, Hamburg",
  "Rapeseed oil",
  qty,
  "yes",
  sd,
];

/** A row of rapeseed oil as one of sunflower oil (its product and raw material cells). */
export const sunflower = (row: Cell[]): Cell[] =>
  row.map((c) => (c === "Rapeseed oil" ? "Sunflower oil" : c === "Rapeseed" ? "Sunflower" : c));

/**
 * `sheets` and the issuing trader's settings (unless `sheets` brings its own Settings) written to
 * books.xlsx in `dir`, through massbal declare --json.
 */
export async function declareBook(dir: string, sheets: Record<string, Rows>): Promise<JsonReport> {
  await writeBookFile(
    plainBook({ ...sheets, Settings: sheets.Settings ?? ISSUING_SETTINGS }),
    path.join(dir, "books.xlsx"),
  );
  const result = massbal(["declare", "books.xlsx", "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as JsonReport;
}

/** Rapeseed oil of two raw materials, then more of the first: a delivery of 15 t draws on both, declared in two lines. */
export const SPLIT_RECEIPTS: Rows = [
  ISSUING_RECEIPT_HEADER,
  issuingReceipt("2025-01-05", "AS-2024-0917", 10, 30),
  issuingReceipt("2025-01-06", "AS-2024-0918", 10, 40).map((c) => (c === "Rapeseed" ? "Sunflower" : c)),
  issuingReceipt("2025-01-07", "AS-2024-0919", 30, 30),
];

/** `receipts` and `deliveries` with the issuing trader's settings written to books.xlsx in `dir`. */
export async function writeBooks(dir: string, receipts: Rows, deliveries: Rows): Promise<void> {
  const book = plainBook({ Receipts: receipts, Deliveries: deliveries, Settings: ISSUING_SETTINGS });
  await writeBookFile(book, path.join(dir, "books.xlsx"));
}

/**
 * `receipts` and `deliveries` with the issuing trader's settings written to books.xlsx in `dir`, and
 * declared into the audited copy out.xlsx there (--force: its register kept from run to run), as
 * the --json report.
 */
export async function declareIntoCopy(dir: string, receipts: Rows, deliveries: Rows): Promise<JsonReport> {
  await writeBooks(dir, receipts, deliveries);
  const result = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], dir);
  return JSON.parse(result.stdout) as JsonReport;
}
