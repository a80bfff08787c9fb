// The add-in's own marks read back (workbook/own-marks.ts), through massbal on a real .xlsx: a
// sheet with a colour legend ("gelb = offen, rot = storniert") is checked, its audited copy (the
// cells with findings filled light yellow and light red, MB Config recording them) checked again:
// the marks are not read as the user's colours, so the second run books and refuses exactly what
// the first did. A row the user filled in exactly the error mark's colour (Excel's "Bad" style)
// is the user's, and is refused by the legend on both runs.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { MARK_FILLS } from "../../src/app";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkOutJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${hex.slice(1)}` },
});

/** `massbal check FILE --out OUT --json` in the test's folder: its report. */
const check = (file: string, out: string) => checkOutJson<JsonReport>(folder.path, file, out);

/** What a report books and refuses: its row findings, every finding's place, the balances. */
function outcome(report: JsonReport) {
  return {
    rows: rowMarks(report.findings),
    said: report.findings
      .filter((f) => f.sheet === "Receipts")
      .map((f) => `${f.severity} ${f.code} ${f.cell}`),
    balances: report.balances.map((b) => [b.received, b.complete]),
  };
}

it("check, then check the audited copy: the marks are no colours of the legend, the same rows booked and refused", async () => {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Bemerkung"]);
  const date = (d: number) => new Date(Date.UTC(2025, 0, d));
  receipts.addRow(receiptRow(date(5), "SD-1", 100, [null]));
  // a remark that only speaks of a rejection: booked, a warning at its cell (marked light yellow)
  receipts.addRow(receiptRow(date(6), "SD-2", 50, ["rejected by QA, re-delivered 14.03."]));
  // a quantity that is no number: refused at its cell (marked light red)
  receipts.addRow(receiptRow(date(7), "SD-3", "zwanzig", [null]));
  // the user's own row in Excel's "Bad" style, the error mark's very colour: cancelled by the legend
  receipts.addRow(receiptRow(date(8), "SD-4", 30, [null]));
  receipts.getRow(5).eachCell((cell) => (cell.fill = solid(MARK_FILLS.error)));
  receipts.addRow([]);
  receipts.addRow(["Legende: gelb = offen, rot = storniert"]);
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 100, "yes"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "books.xlsx"));

  const first = outcome(check("books.xlsx", "audited.xlsx"));
  expect(first.rows).toEqual([
    ["error", "row-unconfirmed", "Receipts!A5"],
    ["warning", "row-unconfirmed", "Receipts!I3"],
  ]);
  expect(first.balances).toEqual([["150", false]]);

  // the audited copy holds the marks: the remark light yellow, the quantity and row 5 light red
  const audited = new ExcelJS.Workbook();
  await audited.xlsx.readFile(path.join(folder.path, "audited.xlsx"));
  const marked = audited.getWorksheet("Receipts") as ExcelJS.Worksheet;
  const fill = (cell: string) =>
    (marked.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect([fill("I3"), fill("F4"), fill("A5")]).toEqual(["FFFFEB9C", "FFFFC7CE", "FFFFC7CE"]);

  const second = outcome(check("audited.xlsx", "again.xlsx"));
  expect(second).toEqual(first);
});
