// Headless read (design.md: reading a 100,000-row sheet must be fast, a single pass): the xlsx
// adapter's open + snapshot against exceljs's own read of the same file, and readWorkbook on it,
// once with numbers and date serials and once with German text numbers and dd.mm.yyyy dates.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../src/workbook/read";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { measure } from "./memory";
import type { BenchReport } from "./run";

const ROWS = 100_000;
const PRODUCTS = ["Rapsöl", "Altspeiseöl", "Sonnenblumenöl", "Talg"];

async function writeBooks(file: string, asText: boolean): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = wb.addWorksheet("Bestandsbuch");
  ws.addRow(["Massenbilanz 2025"]).commit();
  ws.addRow([]).commit();
  ws.addRow([
    "Datum",
    "Vorgang",
    "Produkt",
    "Menge (t)",
    "Lieferant/Kunde",
    "Zertifikat",
    "SD-Nr.",
    "Rohstoff",
    "Herkunftsland",
    "THG",
  ]).commit();
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + (i % 88)));
    const qty = 10 + (i % 97) / 4;
    const date = asText
      ? `${String(day.getUTCDate()).padStart(2, "0")}.${String(day.getUTCMonth() + 1).padStart(2, "0")}.2025`
      : day;
    ws.addRow([
      date,
      i % 3 === 0 ? "Ausgang" : "Eingang",
      PRODUCTS[i % 4],
      asText ? `1.${String(qty.toFixed(2)).replace(".", ",").padStart(6, "0")}` : qty,
      `Partner ${i % 300}`,
      `EU-ISCC-Cert-DE${i % 300}`,
      `SD-${i}`,
      "Raps",
      "DE",
      asText ? "24,5" : 24.5,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

async function benchOne(label: string, asText: boolean): Promise<BenchReport[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "massbal-xlsx-bench-"));
  const file = path.join(dir, "books.xlsx");
  try {
    await writeBooks(file, asText);
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
