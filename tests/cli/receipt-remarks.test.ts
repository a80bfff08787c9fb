// Receipt remarks through massbal declare on a real .xlsx (workbook/remark-scope.ts and the receipt
// remark readers landed without a CLI test): a remark that says the SD is still to come, was asked
// for or is missing refuses the receipt (no credit, no declaration drawing on its SD); one that says
// the material is the customer's (toll processing) or came from an own site refuses it for that
// reason; a denial of either ("keine Umlagerung") leaves the receipt credited. "Original folgt"
// and "origineel DvD ontbreekt" (the original of the Duurzaamheidsverklaring missing) were credited
// in full: an SD still to follow or missing is no credit.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; cell: string | null; message: string }[];
  balances: { received: string; complete: boolean }[];
  declarations: { status: string; quantity: string; inputs: { sd: string; quantity: string }[] }[];
}

/** Receipts of 100 t (SD-1) and 60 t (SD-2, remarked `remark` under "Bemerkung"), a sale of 80 t; massbal declare's report. */
async function declare(remark: string): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Eingang");
  ws.addRow([...RECEIPT_COLUMNS, "Bemerkung"]);
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 5)), "SD-1", 100, [""]));
  ws.addRow(receiptRow(new Date(Date.UTC(2025, 0, 6)), "SD-2", 60, [remark]));
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 80, "yes", "Hafenstr. 1, Hamburg"]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "remarks.xlsx"));
  return declareJson<Report>(folder.path, "remarks.xlsx");
}

const REMARK_CELL = `${String.fromCharCode(65 + RECEIPT_COLUMNS.length)}3`;
const reasonOf = (r: Report) =>
  r.findings.filter((f) => f.code === "row-unconfirmed").map((f) => [f.severity, f.cell]);
const drawsOn = (r: Report) => r.declarations.flatMap((d) => d.inputs.map((i) => i.sd));

it.each([
  "DD envoyée ultérieurement",
  "SD beim Lieferanten angefragt",
  "Original folgt",
  "origineel DvD ontbreekt",
  "Duurzaamheidsverklaring ontbreekt",
  "Nachhaltigkeitsnachweis folgt",
  "NHN folgt",
  "Nachweis folgt",
  "PoS to follow",
  "Dichiarazione di sostenibilità mancante",
  "Deklaracja zrównoważonego rozwoju brak",
])(
  "declare: a receipt remarked %j is refused at its remark: no credit, no SD drawing on it",
  async (remark) => {
    const report = await declare(remark);
    expect(reasonOf(report)).toEqual([["error", REMARK_CELL]]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      "missing or still to come",
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
    expect(drawsOn(report)).not.toContain("SD-2");
    expect(report.declarations.map((d) => d.status)).not.toContain("new");
  },
);

it.each([
  ["Beistellung Kunde", "toll processing or material the customer owns"],
  ["Umlagerung von Werk 1", "transfer from one of the company's own sites"],
])("declare: a receipt remarked %j is refused for that reason, not credited", async (remark, said) => {
  const report = await declare(remark);
  expect(reasonOf(report)).toEqual([["error", REMARK_CELL]]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(said);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  expect(drawsOn(report)).not.toContain("SD-2");
});

it.each(["keine Umlagerung", "SD liegt vor", "Original liegt vor", ""])(
  "declare: a receipt remarked %j is credited: nothing refused, its 60 t in the balance",
  async (remark) => {
    const report = await declare(remark);
    expect(reasonOf(report)).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["160", true]]);
    expect(report.declarations.map((d) => d.quantity)).toEqual(["80"]);
  },
);
