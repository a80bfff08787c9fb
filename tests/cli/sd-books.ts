// The books of the SD tests of massbal (sd-signs, sd-cells, sd-energy, volume-books, issued-credit,
// declarations-permanent): the issuing trader's receipts and settings (src/books), sales of
// rapeseed oil to Fuel AG or Nordic Fuels Oy, a declare run on a real .xlsx, and its SD sheets read
// back.
import path from "node:path";
import ExcelJS from "exceljs";
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

/** The issuing trader's one receipt: 100 t of rapeseed oil under SD IN-1 on 5 January 2025. */
export const ONE_RECEIPT: Rows = [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 100, 30)];

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

/** One sustainable sale of rapeseed oil to Nordic Fuels Oy on 1 March 2025: `head` its quantity's and extra headings, `cells` their values. */
export const nordicSale = (head: string[], ...cells: Cell[]): Cell[][] => [
  ["Date", "Customer", "Customer address", "Product", ...head, "Sustainable"],
  [d("2025-03-01"), "Nordic Fuels Oy", "Satamatie 3, Porvoo", "Rapeseed oil", ...cells, "yes"],
];

/** Workbook `file` of `dir`, read. */
export async function openBook(dir: string, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb;
}

/** Workbook `file` of `dir` opened, changed by `edit` as a user would in Excel, and saved. */
export async function editBook(
  dir: string,
  file: string,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = await openBook(dir, file);
  edit(wb);
  await wb.xlsx.writeFile(path.join(dir, file));
}

/** The declaration register of an audited copy (throws where it has none). */
export const registerSheet = (wb: ExcelJS.Workbook): ExcelJS.Worksheet => wb.getWorksheet("MB Declarations")!;

/** The SD sheet of declaration `number` ("SD <number>") in workbook `file` of `dir`: its column A's labels to column B's values (throws where there is no such sheet). */
export async function sdSheet(dir: string, file: string, number: string): Promise<Map<string, Cell>> {
  const sd = new Map<string, Cell>();
  (await openBook(dir, file))
    .getWorksheet(`SD ${number}`)!
    .eachRow((r) => sd.set(String(r.getCell(1).value ?? ""), r.getCell(2).value as Cell));
  return sd;
}

/**
 * `massbal declare INPUT --json --out OUT --force MORE…` in `dir`: its exit code, its report parsed
 * as `T` (the shape a test reads of it), and its stderr; throws with the stderr where it printed no
 * report.
 */
export function declareOut<T>(
  dir: string,
  input: string,
  out: string,
  ...more: string[]
): { code: number | null; report: T; stderr: string } {
  const run = massbal(["declare", input, "--json", "--out", out, "--force", ...more], dir);
  if (!run.stdout.trim()) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(run.stdout) as T, stderr: run.stderr };
}
