// (brk22 §6) A cell's note and a row's unexplained fill, through massbal on a real .xlsx: a receipt
// noted "Lieferung storniert - Ware zurück an Lieferant" is not booked (an info at the noted cell),
// a note of other words is passed over, a delivery filled red on a sheet without a colour legend is
// booked and named once (rows-coloured). The audited copy (the noted cell's note now the add-in's
// mark above the user's words, the red row's first cell marked) checked again reads the same.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkOutJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** `massbal check FILE --out OUT --json` in the test's folder: its report. */
const check = (file: string, out: string) => checkOutJson<JsonReport>(folder.path, file, out);

function outcome(report: JsonReport) {
  return {
    rows: rowMarks(report.findings),
    coloured: report.findings
      .filter((f) => f.code === "rows-coloured")
      .map((f) => [
        f.severity,
        `${f.sheet}!${f.cell}`,
        f.message.includes("row 4 is filled in a colour unlike the other rows"),
      ]),
    balances: report.balances.map((b) => [b.product, b.received, b.delivered]),
  };
}

it("a receipt noted cancelled is not booked, a red delivery is named once; the audited copy reads the same", async () => {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS]);
  const date = (m: number, d: number) => new Date(Date.UTC(2025, m, d));
  receipts.addRow(receiptRow(date(0, 10), "SD-1", 100, []));
  receipts.addRow(receiptRow(date(1, 10), "SD-2", 50, []));
  receipts.getCell("F3").note = "Lieferung storniert - Ware zurück an Lieferant";
  receipts.getCell("F2").note = "Preis lt. Vertrag 4711";
  receipts.getCell("F1").note = "Mengen in t netto";
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  for (const [d, q] of [
    [1, 30],
    [2, 20],
    [3, 10],
    [4, 10],
  ] as const)
    sales.addRow([date(2, d), "Fuel AG", "UCO", q, "yes"]);
  sales.getRow(4).eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  });
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "books.xlsx"));

  const first = outcome(check("books.xlsx", "audited.xlsx"));
  expect(first.rows).toEqual([["info", "row-cancelled", "Receipts!F3"]]);
  expect(first.coloured).toEqual([["info", "Sales!A4", true]]);
  // 100 t received (not the 50 t noted cancelled), the red delivery booked with the others
  expect(first.balances).toEqual([["UCO", "100", "70"]]);

  // the audited copy: the add-in's mark stands above the user's own words in the note
  const audited = new ExcelJS.Workbook();
  await audited.xlsx.readFile(path.join(folder.path, "audited.xlsx"));
  const note = String((audited.getWorksheet("Receipts") as ExcelJS.Worksheet).getCell("F3").note);
  expect(note).toMatch(/^MB info: /);
  expect(note).toContain("Lieferung storniert - Ware zurück an Lieferant");

  expect(outcome(check("audited.xlsx", "again.xlsx"))).toEqual(first);
});
