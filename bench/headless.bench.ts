// Headless end to end (design.md budget: at most 1.5 × what exceljs alone needs to read and write
// the same file, measured in the same run): open a 100,000-row .xlsx, check it, write the copy.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/app/index";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { measure } from "./memory";
import type { BenchReport } from "./run";

const RECEIPTS = 60_000;
const DELIVERIES = 40_000;
const PRODUCTS = ["Rapeseed oil", "Used cooking oil", "Sunflower oil", "Tallow"];
const ORIGINS = ["DE", "FR", "PL", "RO", "NL"];

function isoDay(i: number): Date {
  return new Date(Date.UTC(2025, 0, 1 + (i % 88)));
}

/** a quarter's books: receipts from many suppliers, deliveries that never overdraw */
export async function writeBigBooks(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const receipts = wb.addWorksheet("Receipts");
  receipts
    .addRow([
      "Date",
      "Supplier",
      "SD number",
      "Product",
      "Quantity (t)",
      "Raw material",
      "Country of origin",
      "GHG total",
    ])
    .commit();
  for (let i = 0; i < RECEIPTS; i++) {
    const product = PRODUCTS[i % PRODUCTS.length]!;
    receipts
      .addRow([
        isoDay(i),
        `Supplier ${i % 300}`,
        `IN-${i}`,
        product,
        25 + (i % 7),
        product.split(" ")[0],
        ORIGINS[i % 5],
        20 + (i % 9),
      ])
      .commit();
  }
  receipts.commit();
  const deliveries = wb.addWorksheet("Deliveries");
  deliveries.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]).commit();
  for (let i = 0; i < DELIVERIES; i++) {
    deliveries
      .addRow([isoDay(i + 2), `Customer ${i % 50}`, PRODUCTS[i % PRODUCTS.length], 10, "yes"])
      .commit();
  }
  deliveries.commit();
  await wb.commit();
}

export async function benchHeadless(): Promise<BenchReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "massbal-bench-"));
  const file = path.join(dir, "books.xlsx");
  try {
    await writeBigBooks(file);
    const baseline = await measure(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return (await wb.xlsx.writeBuffer()).byteLength;
    });
    const run = await measure(async () => {
      const port = await XlsxWorkbook.open(file);
      const outcome = await checkWorkbook(port, { today: "2025-04-01" });
      await port.save(path.join(dir, "books.audited.xlsx"));
      return outcome;
    });
    const ratio = run.ms / baseline.ms;
    return {
      name: "massbal check, end to end (headless)",
      workload: `${(RECEIPTS + DELIVERIES).toLocaleString("en")} rows (.xlsx): open, check, write the audited copy`,
      ms: run.ms,
      peakMB: run.peakMB,
      baseline: { name: "exceljs alone: read + write the same file", ms: baseline.ms },
      budget: `≤ 1.5 × baseline (this run: ${ratio.toFixed(2)} ×, ${ratio <= 1.5 ? "within" : "OVER"} budget)`,
      notes: [
        `${run.result.balances.length} account periods, ${run.result.findings.length} findings, ${run.result.marked} cells marked`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
