// (brk12) Colour legends a new user writes that were not read, through massbal on a real .xlsx: a
// legend laid out as a table ("Farbe | Bedeutung" / "gelb | SD fehlt noch") on a sheet of its own
// or right of the receipts, a legend shown by the colour of its text ("storniert" in red), and a
// legend whose rows are coloured by a conditional format's rule. Before, the yellow (red) receipt
// was booked and credited and nothing was said.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const YELLOW = "FFFFFF00";
const RED = "FFFF0000";
const GREEN = "FF00B050";

/**
 * Receipts of 100 and 60 t (the second filled `fill`, or with red text, or "X" in a Status column
 * a conditional format fills red), deliveries of 80 t, and `legend` (the workbook, to add it).
 */
async function check(
  mark: "fill" | "font" | "rule",
  legend: (wb: ExcelJS.Workbook, receipts: ExcelJS.Worksheet) => void,
  fill = YELLOW,
): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Eingang");
  receipts.addRow([...RECEIPT_COLUMNS, ...(mark === "rule" ? ["Status"] : [])]);
  const date = (d: number) => new Date(Date.UTC(2025, 0, d));
  receipts.addRow(receiptRow(date(5), "SD-1", 100, mark === "rule" ? ["ok"] : []));
  const second = receipts.addRow(receiptRow(date(6), "SD-2", 60, mark === "rule" ? ["X"] : []));
  if (mark === "fill")
    second.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } }));
  if (mark === "font") second.eachCell((c) => (c.font = { color: { argb: RED } }));
  if (mark === "rule") {
    const status = String.fromCharCode(64 + RECEIPT_COLUMNS.length + 1);
    receipts.addConditionalFormatting({
      ref: `A2:${status}3`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`$${status}2="X"`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: RED } } },
        },
      ],
    });
  }
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 80, "yes"]);
  legend(wb, receipts);
  const name = `${mark}.xlsx`;
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, name));
  return checkJson<JsonReport>(folder.path, name);
}

const errors = (r: JsonReport) =>
  r.findings.filter((f) => f.severity === "error").map((f) => [f.code, `${f.sheet}!${f.cell}`]);

describe.each([
  [
    "Legende",
    [
      ["Farbe", "Bedeutung"],
      ["gelb", "SD fehlt noch"],
      ["grün", "gebucht"],
    ],
  ],
  [
    "Legende",
    [
      ["gelb", "SD fehlt noch"],
      ["grün", "gebucht"],
    ],
  ],
  [
    "Key",
    [
      ["Colour", "Meaning"],
      ["Yellow", "PoS missing"],
      ["Green", "booked"],
    ],
  ],
  [
    "Légende",
    [
      ["Couleur", "Signification"],
      ["jaune", "DD manquante"],
    ],
  ],
])("a legend laid out as a table on sheet %j: %j", (name, rows) => {
  it("the yellow receipt of 60 t refused at its row, the account incomplete", async () => {
    const report = await check("fill", (wb) => wb.addWorksheet(name).addRows(rows));
    expect(errors(report)).toEqual([["row-unconfirmed", "Eingang!A3"]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  });
});

it("a legend table right of the receipts: the yellow receipt refused, the legend read as no column", async () => {
  const report = await check("fill", (_, receipts) => {
    const at = RECEIPT_COLUMNS.length + 2;
    [
      ["Farbe", "Bedeutung"],
      ["gelb", "SD fehlt noch"],
      ["grün", "gebucht"],
    ].forEach(([colour, meaning], i) => {
      receipts.getCell(i + 1, at).value = colour as string;
      receipts.getCell(i + 1, at + 1).value = meaning as string;
    });
  });
  expect(errors(report)).toEqual([["row-unconfirmed", "Eingang!A3"]]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
});

it("a legend shown by its text's colour (storniert in red, gebucht in green): no receipt booked, said once at the legend", async () => {
  const report = await check("font", (wb) => {
    const ws = wb.addWorksheet("Legende");
    ws.addRows([["storniert"], ["gebucht"]]);
    ws.getCell("A1").font = { color: { argb: RED } };
    ws.getCell("A2").font = { color: { argb: GREEN } };
  });
  const legend = report.findings.filter((f) => f.code === "row-unconfirmed");
  expect(legend.map((f) => [f.sheet, f.cell])).toEqual([
    ["Eingang", "A2"],
    ["Verkauf", "A2"],
  ]);
  expect(legend[0]?.message).toContain("by the colour of their text");
  // nothing received nor delivered is booked: no balance stands complete
  expect(report.balances.filter((b) => b.complete || b.received !== "0")).toEqual([]);
});

it("rows a conditional format fills red, with rot = storniert: refused, said once that such colours are not read", async () => {
  const report = await check("rule", (wb) => wb.addWorksheet("Legende").addRows([["rot = storniert"]]));
  const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
  expect(refused.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Eingang", "A2"]]);
  expect(refused[0]?.message).toContain("does not read colours set by conditional formatting");
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["0", false]]);
});

it("a conditional format on a sheet without any legend changes nothing: both receipts booked", async () => {
  const report = await check("rule", () => undefined);
  expect(errors(report)).toEqual([]);
  expect(report.balances.map((b) => b.received)).toEqual(["160"]);
});

// (p-legendx, brk13 c2, c11) the legend on the sales sheet, beside its table, and none on the receipts
describe("rot = storniert on Verkauf, none on Eingang", () => {
  const onSales = (wb: ExcelJS.Workbook) => {
    (wb.getWorksheet("Verkauf") as ExcelJS.Worksheet).getCell("H1").value = "rot = storniert";
  };

  it("the red receipt of 60 t refused at its row, naming Verkauf!H1; received 100 t, incomplete", async () => {
    const report = await check("fill", onSales, RED);
    expect(errors(report)).toEqual([["row-unconfirmed", "Eingang!A3"]]);
    expect(report.findings.find((f) => f.cell === "A3")?.message).toContain(
      'the colour legend at Verkauf!H1 ("rot = storniert") on another sheet',
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  });

  it("rows a conditional format fills red when Status is X: refused, said once; received 0, incomplete", async () => {
    const report = await check("rule", onSales);
    const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
    expect(refused.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Eingang", "A2"]]);
    expect(refused[0]?.message).toContain('colour legend at Verkauf!H1 ("rot = storniert")');
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["0", false]]);
  });

  it("grün = gebucht on Verkauf: a green receipt on Eingang booked as with no legend (received 160 t)", async () => {
    const report = await check(
      "fill",
      (wb) => ((wb.getWorksheet("Verkauf") as ExcelJS.Worksheet).getCell("H1").value = "grün = gebucht"),
      GREEN,
    );
    expect(errors(report)).toEqual([]);
    expect(report.balances.map((b) => b.received)).toEqual(["160"]);
  });
});
