// Part of a line cancelled, through the real `massbal check` on an .xlsx built by exceljs (p-misc,
// src/workbook/status-read.ts "part-cancelled"): "teilweise storniert", "Teilstorno", "partly
// cancelled" do not say how much stands, so the row is refused at its status cell (until p-misc it
// was booked in full with a warning); a line cancelled whole is still not booked, a cancellation
// invoice still booked and said; the balances the refused rows would feed are incomplete.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; complete: boolean }[];
}

const receipt = (day: number, sd: string, qty: number, product: string, status: string) =>
  receiptRow(new Date(Date.UTC(2025, 1, day)), sd, qty, [status], { product });

it("refuses part of a line cancelled at its status cell, and leaves its balance incomplete", async () => {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Status"]);
  receipts.addRow(receipt(2, "SD-1", 100, "UCO", "geliefert"));
  receipts.addRow(receipt(3, "SD-2", 50, "UCO", "teilweise storniert"));
  receipts.addRow(receipt(4, "SD-3", 30, "UCO", "Teilstorno"));
  receipts.addRow(receipt(5, "SD-4", 20, "HVO", "delivered"));
  receipts.addRow(receipt(6, "SD-5", 10, "HVO", "storniert"));
  receipts.addRow(receipt(7, "SD-6", 5, "HVO", "Storno-Rechnung folgt"));
  receipts.addRow(receipt(8, "SD-7", 40, "HVO", "partly cancelled"));
  addCertificates(wb);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = checkJson<Report>(folder.path, "books.xlsx");
  expect(rowMarks(report.findings)).toEqual([
    ["error", "row-unconfirmed", "Receipts!I3"],
    ["error", "row-unconfirmed", "Receipts!I4"],
    ["error", "row-unconfirmed", "Receipts!I8"],
    ["warning", "row-cancelled", "Receipts!I7"],
    ["info", "row-cancelled", "Receipts!I6"],
  ]);
  const at = (cell: string) => report.findings.find((f) => f.cell === cell)!.message;
  expect(at("I3")).toContain('"teilweise storniert" in Status says part of row 3 was cancelled');
  expect(at("I8")).toContain("the quantity that stands is unknown");
  // UCO: 100 t (row 2); HVO: 20 + 5 t (rows 5 and 7); both incomplete
  const of = (product: string) => report.balances.filter((b) => b.product === product);
  expect(of("UCO")).toEqual([expect.objectContaining({ received: "100", complete: false })]);
  expect(of("HVO")).toEqual([expect.objectContaining({ received: "25", complete: false })]);
});
