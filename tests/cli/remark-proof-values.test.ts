// (p-remarks) Remarks that speak of a row's proof, through massbal on a real .xlsx:
// - a receipt remarked with its proof labelled none ("SD: nein", "PoS n/a", "PdS : non", "PoS =
//   N", "SD: k.A.") was credited whole; it is now refused at its remark, reason proof-missing;
// - "SD erhalten, Rechnung fehlt" (another document missing) was refused; it is now credited;
// - a delivery marked "yes" under Sustainable, remarked "ohne SD", "SD nicht ausstellen", "nicht
//   nachhaltig verkauft", was declared; it is now refused at its remark (sold-without-sd), and no
//   declaration is drawn up for it.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/**
 * Receipts of 100 t and 60 t, the 60 t one remarked `received`, and sales of 80 t and 10 t marked
 * Sustainable "yes", the 10 t one remarked `sold`, under "Bemerkung", as a real .xlsx; massbal
 * check's report (declare's, `declare`).
 */
async function check(received: string, sold = "", declare = false): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Eingang");
  ws.addRow([...RECEIPT_COLUMNS, "Bemerkung"]);
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5)), "SD-1", 100, [""]));
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 6)), "SD-2", 60, [received]));
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Bemerkung"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 80, "yes", ""]);
  sales.addRow([new Date(Date.UTC(2025, 1, 11)), "Fuel AG", "UCO", 10, "yes", sold]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
  return (declare ? declareJson : checkJson)<JsonReport>(folder.path, "remarks.xlsx");
}

const REMARK = `${String.fromCharCode(65 + RECEIPT_COLUMNS.length)}3`;

const refused = (report: JsonReport) =>
  report.findings.filter((f) => f.code === "row-unconfirmed").map((f) => [f.severity, f.sheet, f.cell]);

it.each([
  "SD: nein",
  "PoS n/a",
  "PdS : non",
  "SD: ninguna",
  "PoS: geen",
  "SD: nessuna",
  "PoS = N",
  "SD: k.A.",
  "SD: -",
])("check: a receipt remarked %j is refused at its remark, not credited", async (remark) => {
  const report = await check(remark);
  // was: no finding, the receipt's 60 t credited (received 160)
  expect(refused(report)).toEqual([["error", "Eingang", REMARK]]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    "Sustainability Declaration (or other proof) for row 3 is missing",
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
});

it.each(["SD erhalten, Rechnung fehlt", "PoS received, invoice missing", "SD ok, Wiegeschein fehlt"])(
  "check: a receipt remarked %j (another document missing) is credited",
  async (remark) => {
    const report = await check(remark);
    // was: refused at its remark as a proof missing, received 100, the balance incomplete
    expect(refused(report)).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.delivered])).toEqual([["160", "90"]]);
  },
);

it.each([
  "ohne SD",
  "without PoS",
  "sans PdD",
  "sin PoS",
  "zonder SD",
  "senza SD",
  "SD nicht ausstellen",
  "no PoS to be issued",
  "nicht nachhaltig verkauft",
])(
  "declare: a sale marked sustainable and remarked %j is refused at its remark, never declared",
  async (remark) => {
    const report = await check("", remark, true);
    // was: read and declared, a declaration of 10 t drawn up for it beside the 80 t one
    expect(refused(report)).toEqual([["error", "Verkauf", "F3"]]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      "goes without a Sustainability Declaration",
    );
    expect(report.declarations.map((d) => [d.quantity, d.status === "issued"])).toEqual([["80", false]]);
    expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["160", "80", false]]);
  },
);
