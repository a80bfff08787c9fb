// Headless read (design.md: reading a 100,000-row sheet must be fast, a single pass): the xlsx
// adapter's open + snapshot against exceljs's own read of the same file, and readWorkbook on it,
// once with numbers and date serials and once with German text numbers and dd.mm.yyyy dates.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { germanLedger } from "../src/books/large";
import { readWorkbook } from "../src/workbook/read";
import { writeBookFile } from "../src/workbook/xlsx/write-book";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { measure } from "./memory";
import type { BenchReport } from "./run";

const ROWS = 100_000;

async function benchOne(label: string, asText: boolean): Promise<BenchReport[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "massbal-xlsx-bench-"));
  const file = path.join(dir, "books.xlsx");
  try {
    await writeBookFile(germanLedger(ROWS, asText), file, { streaming: true });
    const baseline = await measure(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets.length;
    });
    const adapter = await measure(async () => (await XlsxWorkbook.open(file)).readSnapshot());
    const read = await measure(() => readWorkbook(adapter.result));
    const records = read.result.ledger.receipts.length + read.result.ledger.deliveries.length;
    return [
      {
        name: `xlsx adapter: open + snapshot (${label})`,
        workload: `${ROWS.toLocaleString("en")} rows × 10 columns`,
        ms: adapter.ms,
        peakMB: adapter.peakMB,
        baseline: { name: "exceljs readFile alone", ms: baseline.ms },
        budget: "headless end to end ≤ 1.5 × exceljs read + write (bench/headless.bench.ts)",
      },
      {
        name: `readWorkbook: recognise + values + records (${label})`,
        workload: `${ROWS.toLocaleString("en")} rows -> ${records.toLocaleString("en")} records, ${read.result.findings.length} findings`,
        ms: read.ms,
        peakMB: read.peakMB,
        baseline: { name: "exceljs readFile alone", ms: baseline.ms },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchXlsxRead(): Promise<BenchReport[]> {
  return [
    ...(await benchOne("numbers and date serials", false)),
    ...(await benchOne("German text numbers and dates", true)),
  ];
}
