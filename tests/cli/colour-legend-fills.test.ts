// A colour legend shown by fills, through massbal on a real .xlsx (brk9, workbook/colour-legend.ts,
// xlsx/sheet-snapshot.ts): a red swatch beside "= storniert" under the receipts' block of a sheet
// of receipts and deliveries side by side covers the deliveries' block too, and its line is no
// receipt; a red-filled "Cancelled" right under a receipts table is a legend, not a booking.
import path from "node:path";
import ExcelJS from "exceljs";
import {
  type BookCell,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
  RECEIPT_COLUMNS,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { bookToExcel } from "../../src/workbook/xlsx/write-book";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, massbal, rowMarks, stderrBeyondProgress } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const RED: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
const blank = (n: number): BookCell[] => Array.from({ length: n }, () => null);
const IN = ISSUING_RECEIPT_HEADER.length;
const OUT = deliveryHeader().length;

/** Paints cells `from`..`to` (1-based columns) of row `row` (1-based) of `ws` red. */
function paint(ws: ExcelJS.Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).fill = RED;
}

it("declare: a red receipt and a red delivery side by side, the legend a swatch under the receipts: neither booked, nothing declared from them", async () => {
  const rows: BookCell[][] = [
    [...ISSUING_RECEIPT_HEADER, null, ...deliveryHeader()],
    [...issuingReceipt("2025-01-05", "AS-1", 60, 30), null, ...sale("2025-02-01", 20, null)],
    [...issuingReceipt("2025-01-06", "AS-2", 40, 30), null, ...sale("2025-02-10", 30, null)],
    [...issuingReceipt("2025-01-07", "AS-3", 10, 30), null, ...sale("2025-02-15", 10, null)],
    // the legend right under the receipts (no blank line), the deliveries going on beside it
    [null, "= storniert", ...blank(IN - 2), null, ...sale("2025-02-20", 5, null)],
  ];
  const wb = bookToExcel(plainBook({ Handel: rows, Settings: ISSUING_SETTINGS }));
  const ws = wb.getWorksheet("Handel") as ExcelJS.Worksheet;
  paint(ws, 3, 1, IN);
  paint(ws, 3, IN + 2, IN + 1 + OUT);
  paint(ws, 5, 1, 1); // the swatch: a blank cell filled red
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  const report = JSON.parse(result.stdout) as JsonReport;
  expect(rowMarks(report.findings)).toEqual([
    ["error", "row-unconfirmed", "Handel!A3"],
    ["error", "row-unconfirmed", "Handel!N3"],
  ]);
  expect(report.findings.find((f) => f.cell === "N3")?.message).toContain(
    'row 3 is filled red = storniert, which the legend at B5 ("= storniert")',
  );
  // the legend line is no receipt: nothing said at row 5 of the receipts
  expect(report.findings.filter((f) => f.sheet === "Handel" && /^[A-L]5$/.test(f.cell ?? ""))).toEqual([]);
  expect(report.declarations.map((x) => [x.quantity, x.inputs.map((i) => i.sd)])).toEqual([
    ["20", ["AS-1"]],
    ["10", ["AS-1"]],
    ["5", ["AS-1"]],
  ]);
  expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["70", "35", false]]);
});

it("check: a red-filled 'Cancelled' right under the receipts is their legend, not a receipt", async () => {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS]);
  [20, 500, 300].forEach((qty, i) =>
    receipts.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5 + i)), `SD-${i + 1}`, qty)),
  );
  receipts.addRow(["Cancelled"]);
  paint(receipts, 3, 1, RECEIPT_COLUMNS.length);
  paint(receipts, 5, 1, 1);
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 300, "yes"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "cancelled.xlsx"));
  const report = checkJson<JsonReport>(folder.path, "cancelled.xlsx");
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Receipts!A3"]]);
  expect(report.findings.filter((f) => f.cell?.endsWith("5") && f.sheet === "Receipts")).toEqual([]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["320", false]]);
});

/**
 * Receipts of 20, 500 and 300 t, the 500 t row filled red, with the cells `legend` on the line
 * right under them, its first cell filled red (a swatch, or the meaning's own fill); massbal check.
 */
async function checkRedReceipt(legend: (string | null)[], file: string): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS]);
  [20, 500, 300].forEach((qty, i) =>
    receipts.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5 + i)), `SD-${i + 1}`, qty)),
  );
  receipts.addRow(legend);
  paint(receipts, 3, 1, RECEIPT_COLUMNS.length);
  paint(receipts, 5, 1, 1);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, file));
  return checkJson<JsonReport>(folder.path, file);
}

it.each(["storniert am 12.03.2025", "Cancelled on 3 March 2025", "annulé le 12/03/2025"])(
  "check: a red swatch beside %j (a meaning with a date) under the receipts is their legend: the red receipt is not booked",
  async (meaning) => {
    const report = await checkRedReceipt([null, `= ${meaning}`], "dated.xlsx");
    // was: the legend skipped for its digits, 820 t received
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Receipts!A3"]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["320", false]]);
  },
);

it.each(["SD fehlt noch", "PoS missing", "DD manquant"])(
  "check: a red-filled %j right under the receipts says the red receipt's proof is missing: not booked",
  async (meaning) => {
    const report = await checkRedReceipt([meaning], "missing.xlsx");
    // was: no legend, no finding, 820 t received
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Receipts!A3"]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["320", false]]);
  },
);

it.each([
  ["own fill", "PoS not yet received"],
  ["own fill", "SD noch nicht da"],
  ["swatch", "PoS not yet received"],
  ["swatch", "en attente de la PdD"],
])(
  "check: a red legend (%s) %j under the receipts says the red receipt's proof is missing: not booked",
  async (form, meaning) => {
    const legend = form === "swatch" ? [null, `= ${meaning}`] : [meaning];
    const report = await checkRedReceipt(legend, "awaited.xlsx");
    // was ("PoS not yet received", "en attente de la PdD"): refused only as a meaning the add-in
    // cannot read (colour-meaning), not as one that leaves its rows out; then (p-legend3) said as
    // "a line cancelled, not confirmed or a draft": now as the legend says, its proof missing
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Receipts!A3"]]);
    const refused = report.findings.find((f) => f.cell === "A3");
    expect(refused?.message).toContain(meaning);
    expect(refused?.message).toContain("Sustainability Declaration (or other proof) for rows of this colour");
    expect(refused?.message).not.toContain("cancelled, not confirmed or a draft");
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["320", false]]);
  },
);
