// (p-legend3, brk13 #12) Colour legends through massbal on a real .xlsx: a legend of font colours
// on the receipts reaches the deliveries, which have none (their rows were booked silently); a
// legend whose meaning confirms a row ("grün = SD liegt vor", "green = PoS received") reads its
// rows (they were refused as a meaning not read); one that says the SD is missing holds a receipt
// for its SD, said so, and reads a delivery, whose SD is the one the add-in issues.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const fillOf = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const GREEN = "FF00B050";
const YELLOW = "FFFFFF00";

/**
 * Receipts of 20, 500 and 300 t (the 500 t row, sheet row 3, marked by `mark`) with `legend` at
 * K2, and one delivery of 10 t on Sales (row 2, marked by `mark` too); massbal check.
 */
async function check(legend: string, mark: (cell: ExcelJS.Cell) => void, file: string): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS]);
  [20, 500, 300].forEach((qty, i) =>
    receipts.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5 + i)), `SD-${i + 1}`, qty)),
  );
  receipts.getRow(3).eachCell(mark);
  receipts.getCell("K2").value = legend;
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 10, "yes"]);
  sales.getRow(2).eachCell(mark);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, file));
  return checkJson<JsonReport>(folder.path, file);
}

const balances = (r: JsonReport) => r.balances.map((b) => [b.received, b.delivered, b.complete]);

it.each(["rote Schrift = storniert", "red font = cancelled", "texte en rouge = annulé"])(
  "check: %j on the receipts reaches the deliveries, which have no legend: the delivery is not booked",
  async (legend) => {
    const report = await check(legend, (c) => (c.font = { color: { argb: "FFFF0000" } }), "fonts.xlsx");
    // was: only the receipts refused, the delivery in red text booked (10 t delivered)
    expect(rowMarks(report.findings)).toEqual([
      ["error", "row-unconfirmed", "Receipts!K2"],
      ["error", "row-unconfirmed", "Sales!A2"],
    ]);
    expect(report.findings.find((f) => f.cell === "A2")?.message).toContain(
      `the colour legend at Receipts!K2 ("${legend}") gives rows a status by the colour of their text`,
    );
    // no row of either sheet booked: no balance, the two errors say why
    expect(balances(report)).toEqual([]);
  },
);

it.each([
  "grün = SD liegt vor",
  "green = PoS received",
  "vert = PdD reçue",
  "verde = PoS recibida",
  "groen = SD ontvangen",
  "verde = SD ricevuta",
  "grün = gebucht am 12.03.2025",
  "grün = OK / geprüft",
])("check: %j beside the receipts: the green rows are read, nothing said of them", async (legend) => {
  const report = await check(legend, (c) => (c.fill = fillOf(GREEN)), "confirmed.xlsx");
  // was: the green receipt and the green delivery refused (colour-meaning), 320 t received
  expect(rowMarks(report.findings)).toEqual([]);
  expect(balances(report)).toEqual([["820", "10", true]]);
});

it.each(["gelb = SD fehlt", "yellow = PoS missing", "jaune = PdD manquante"])(
  "check: %j beside the receipts: the yellow receipt held for its SD, said so; the yellow delivery read",
  async (legend) => {
    const report = await check(legend, (c) => (c.fill = fillOf(YELLOW)), "missing.xlsx");
    // was: both refused, said as "a line cancelled, not confirmed or a draft"
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Receipts!A3"]]);
    const said = report.findings.find((f) => f.cell === "A3")?.message ?? "";
    expect(said).toContain(
      `the colour legend at K2 ("${legend}") says the supplier's Sustainability Declaration`,
    );
    expect(said).not.toContain("cancelled, not confirmed or a draft");
    expect(balances(report)).toEqual([["320", "10", false]]);
  },
);
