// Colour legends whose fills are no plain ARGB colour, through massbal on a real .xlsx
// (xlsx/sheet-snapshot.ts fillOf, workbook/colour-legend.ts): Excel's palette writes theme colours
// (theme 5, tint 0.4), old files and some writers indexed ones (indexed 10); LibreOffice writes its
// fills as RGB with a background colour of its own beside them (soffice --convert-to xlsx gives
// <fgColor rgb="FFFF0000"/><bgColor rgb="FF993300"/>). Such a fill is read as its ARGB colour
// where it has one; a theme or indexed fill, whose colour the add-in does not resolve, is never
// matched to a legend, by words or by a swatch of the very same theme colour: its row is refused.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const THEME: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { theme: 5, tint: 0.4 } as never };
const INDEXED: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { indexed: 10 } as never };
const LIBRE_RED: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFF0000" },
  bgColor: { argb: "FF993300" },
};
const LIBRE_GREEN: ExcelJS.Fill = { ...LIBRE_RED, fgColor: { argb: "FF00B050" } };

/** Receipts of 100, 10, 20, 30, 40 t (rows 2 to 6) filled by `fills` (row → fill), then `legend` rows below a blank; checked. */
async function check(
  fills: Record<number, ExcelJS.Fill>,
  legend: [string | null, string | null][],
  swatches: Record<string, ExcelJS.Fill> = {},
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow([...RECEIPT_COLUMNS]);
  [100, 10, 20, 30, 40].forEach((qty, i) =>
    ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5 + i)), `SD-${i + 1}`, qty)),
  );
  for (const [row, fill] of Object.entries(fills))
    for (let c = 1; c <= RECEIPT_COLUMNS.length; c++) ws.getCell(Number(row), c).fill = fill;
  ws.addRow([]);
  for (const line of legend) ws.addRow(line);
  for (const [cell, fill] of Object.entries(swatches)) ws.getCell(cell).fill = fill;
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 50, "yes"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = checkJson<JsonReport>(folder.path, "books.xlsx");
  const refused = report.findings
    .filter((f) => f.code === "row-unconfirmed")
    .map(
      (f) =>
        `${f.cell} ${f.message.includes("cannot match") ? "colour-unmatched" : f.message.includes("which the legend") ? "colour-legend" : f.message}`,
    );
  return {
    refused,
    received: report.balances.map((b) => [b.received, b.complete]),
  };
}

it("a legend in words: the LibreOffice red row refused by it, the green one read; the theme and indexed rows refused as unmatched", async () => {
  const { refused, received } = await check({ 3: THEME, 4: INDEXED, 5: LIBRE_RED, 6: LIBRE_GREEN }, [
    ["Legende: rot = storniert, grün = geprüft", null],
  ]);
  expect(refused).toEqual(["A3 colour-unmatched", "A4 colour-unmatched", "A5 colour-legend"]);
  expect(received).toEqual([["140", false]]);
});

it("a legend by swatches of theme and indexed colours: a row in the very same theme colour is refused, never matched or read", async () => {
  const { refused, received } = await check(
    { 3: THEME, 4: INDEXED, 5: LIBRE_GREEN },
    [
      [null, "= storniert"],
      [null, "= geprüft"],
    ],
    { A8: THEME, A9: INDEXED },
  );
  expect(refused).toEqual(["A3 colour-unmatched", "A4 colour-unmatched", "A5 colour-unmatched"]);
  expect(received).toEqual([["140", false]]);
});

it("a legend by LibreOffice swatches (RGB with its own background colour): compared by the fill's colour", async () => {
  const { refused, received } = await check(
    { 3: LIBRE_RED, 4: LIBRE_GREEN, 5: THEME },
    [
      [null, "= storniert"],
      [null, "= geprüft"],
    ],
    { A8: LIBRE_RED, A9: LIBRE_GREEN },
  );
  expect(refused).toEqual(["A3 colour-legend", "A5 colour-unmatched"]);
  expect(received).toEqual([["160", false]]);
});
