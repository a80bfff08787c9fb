// Headless end to end (design.md budget: at most 1.5 × what exceljs alone needs to read and write
// the same file, measured in the same run): open a 100,000-row .xlsx, check it, write the copy.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/app/index";
import { quarterBooks } from "../src/books/large";
import { writeBookFile } from "../src/workbook/xlsx/write-book";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { measure } from "./memory";
import type { BenchReport } from "./run";

const RECEIPTS = 60_000;
const DELIVERIES = 40_000;

export async function benchHeadless(): Promise<BenchReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "massbal-bench-"));
  const file = path.join(dir, "books.xlsx");
  try {
    // a quarter's books: receipts from many suppliers, deliveries that never overdraw
    await writeBookFile(quarterBooks(RECEIPTS, DELIVERIES), file, { streaming: true });
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
