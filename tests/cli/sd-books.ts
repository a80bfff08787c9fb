// The books of the SD number tests of massbal (sd-signs, sd-cells): the issuing trader's receipts
// and settings (src/books), sales of rapeseed oil to Fuel AG, and a declare run on a real .xlsx.
import path from "node:path";
import { type BookCell as Cell, day as d, ISSUING_SETTINGS, plainBook, type Rows } from "../../src/books";
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
