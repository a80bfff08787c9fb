// A colour legend's line between bookings, through massbal on a real .xlsx (colour-legend.ts
// withLegend, table-totals.ts warnRowsBelow): it is no booking and ends the data as a blank row
// does, so the bookings below it are not read, an error (the sheet feeds balances) that names the
// legend's line, not a blank or a total the user cannot see.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

it("check: a legend line between the receipts ends them, loudly, naming the legend", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow([...RECEIPT_COLUMNS]);
  const date = (d: number) => new Date(Date.UTC(2025, 0, d));
  ws.addRow(receiptRow(date(5), "SD-1", 100));
  ws.addRow(["Legende: rot = storniert"]);
  ws.addRow(receiptRow(date(6), "SD-2", 50));
  const sales = wb.addWorksheet("Sales");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 50, "yes"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = checkJson<JsonReport>(folder.path, "books.xlsx");
  const below = report.findings.filter((f) => f.code === "rows-after-blank");
  expect(below.map((f) => [f.severity, f.cell])).toEqual([["error", "A4"]]);
  expect(below[0]?.message).toContain("row 3 above, a line of the colour legend, ends the data");
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
});
