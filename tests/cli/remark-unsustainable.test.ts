// (p-remarks2) Remarks that say what a row is, through massbal on a real .xlsx:
// - a receipt with an SD number remarked "nicht nachhaltig" (or "conventional", "non durable")
//   was credited as sustainable; it is now refused at its remark (received-not-sustainable);
// - on a sales sheet with no Sustainable column, one sale remarked "nicht nachhaltig" among
//   remarks of other things was declared; it is now refused at its remark, never declared;
// - "SD erhalten und Rechnung fehlt", "PoS received and invoice missing" were refused as a proof
//   missing; the receipt is now credited.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/**
 * Receipts of 100 t, 60 t and 20 t, remarked "LKW 7", `received`, "Tank 2" under "Bemerkung"; sales of 50 t,
 * 20 t and 10 t on a sheet with no Sustainable column, remarked "LKW 12", `sold`, "Tank 3"; massbal
 * declare's report.
 */
async function declare(received: string, sold = ""): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Eingang");
  ws.addRow([...RECEIPT_COLUMNS, "Bemerkung"]);
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5)), "SD-1", 100, ["LKW 7"]));
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 6)), "SD-2", 60, [received]));
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 7)), "SD-3", 20, ["Tank 2"]));
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Bemerkung"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 50, "LKW 12"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 11)), "Fuel AG", "UCO", 20, sold]);
  sales.addRow([new Date(Date.UTC(2025, 1, 12)), "Fuel AG", "UCO", 10, "Tank 3"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
  return declareJson<JsonReport>(folder.path, "remarks.xlsx");
}

const REMARK = `${String.fromCharCode(65 + RECEIPT_COLUMNS.length)}3`;

const refused = (report: JsonReport) =>
  report.findings
    .filter((f) => f.code === "row-unconfirmed")
    .map((f) => [
      f.sheet,
      f.cell,
      /is not sustainable, while|goes without a Sustainability Declaration/.exec(f.message)?.[0],
    ]);

it.each(["nicht nachhaltig", "conventional", "non durable", "niet duurzaam"])(
  "declare: a receipt with an SD number remarked %j is refused at its remark, not credited",
  async (remark) => {
    const report = await declare(remark);
    // was: no finding, received 180, the balance complete
    expect(refused(report)).toEqual([["Eingang", REMARK, "is not sustainable, while"]]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      "correct the remark",
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["120", false]]);
  },
);

it.each(["nicht nachhaltig", "not sustainable", "no sostenible", "non sostenibile", "konventionell"])(
  "declare: a sale remarked %j on a sheet with no Sustainable column is refused at its remark, never declared",
  async (remark) => {
    const report = await declare("", remark);
    // was: read as sustainable, a declaration of 20 t drawn up for it
    expect(refused(report)).toEqual([["Verkauf", "E3", "goes without a Sustainability Declaration"]]);
    expect(report.declarations.map((d) => d.quantity).sort()).toEqual(["10", "50"]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["180", "60", false]]);
  },
);

it.each(["SD erhalten und Rechnung fehlt", "PoS received and invoice missing", "SD ok - Rechnung fehlt"])(
  "declare: a receipt remarked %j (another document missing) is credited",
  async (remark) => {
    const report = await declare(remark);
    // was: refused at its remark as a proof missing, received 120
    expect(refused(report)).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["180", "80", true]]);
  },
);
