// (brk12) Remarks that deny a receipt its credit, through massbal on a real .xlsx: under a
// "Bemerkung" heading, "SD folgt", "nur 60 t nachhaltig", "Proforma", "awaiting PoS" were credited
// whole (with a warning at most); each now refuses its receipt at its cell, the account incomplete.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

it.each(["SD folgt", "nur 60 t nachhaltig", "Proforma", "awaiting PoS", "Reklamation"])(
  'check: a receipt remarked %j under "Bemerkung" is refused at its remark, not credited',
  async (remark) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Eingang");
    ws.addRow([...RECEIPT_COLUMNS, "Bemerkung"]);
    ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5)), "SD-1", 100, [""]));
    ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 6)), "SD-2", 60, [remark]));
    const sales = wb.addWorksheet("Verkauf");
    sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
    sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 80, "yes"]);
    await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
    const report = checkJson<JsonReport>(folder.path, "remarks.xlsx");
    const remarkCell = `${String.fromCharCode(65 + RECEIPT_COLUMNS.length)}3`;
    const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
    expect(refused.map((f) => [f.severity, f.cell])).toEqual([["error", remarkCell]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  },
);
