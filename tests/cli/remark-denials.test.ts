// (brk12) Remarks that deny a receipt its credit, through massbal on a real .xlsx: under a
// "Bemerkung" heading, "SD folgt", "nur 60 t nachhaltig", "Proforma", "awaiting PoS" were credited
// whole (with a warning at most); each now refuses its receipt at its cell, the account incomplete.
// (p-missing) "SD fehlt" under a Status heading was refused as a status unknown; it now says the
// receipt's proof is missing, and beside a sale it is the SD the add-in issues: the sale read.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/**
 * Receipts of 100 t and 60 t, the 60 t one with `remark` under `heading`, and a sale of 80 t with
 * `sold` under `heading`, as a real .xlsx; massbal check's report and the remark's cell.
 */
async function check(heading: string, remark: string, sold = "") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Eingang");
  ws.addRow([...RECEIPT_COLUMNS, heading]);
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5)), "SD-1", 100, [""]));
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 6)), "SD-2", 60, [remark]));
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable", heading]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 80, "yes", sold]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
  const report = checkJson<JsonReport>(folder.path, "remarks.xlsx");
  return { report, remarkCell: `${String.fromCharCode(65 + RECEIPT_COLUMNS.length)}3` };
}

it.each(["SD folgt", "nur 60 t nachhaltig", "Proforma", "awaiting PoS", "Reklamation"])(
  'check: a receipt remarked %j under "Bemerkung" is refused at its remark, not credited',
  async (remark) => {
    const { report, remarkCell } = await check("Bemerkung", remark);
    const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
    expect(refused.map((f) => [f.severity, f.cell])).toEqual([["error", remarkCell]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  },
);

it.each(["SD fehlt", "PoS not yet received", "SD noch nicht da", "nog geen SD"])(
  'check: %j under "Status" refuses the receipt for its proof; beside the sale it is the SD to issue',
  async (status) => {
    const { report, remarkCell } = await check("Status", status, status);
    const refused = report.findings.filter((f) => f.code === "row-unconfirmed");
    // was: "SD fehlt" a status unknown on both sheets, the sale refused too
    expect(refused.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Eingang", remarkCell]]);
    expect(refused[0]?.message).toContain("Sustainability Declaration (or other proof) for row 3 is missing");
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["100", "80", false]]);
  },
);
