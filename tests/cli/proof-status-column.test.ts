// (p-sdstatus) A column of the proof's status through massbal on a real .xlsx
// (workbook/proof-status.ts): receipts under "SD Status" saying "abgelehnt", "fehlt", "pending",
// "storniert", "ersetzt durch SD-123" were credited in full without a word (the column dropped);
// now refused at the cell, only "erhalten" and "received" credited. Sales under "SD Status"
// saying "storniert", "replaced by SD-9" were read as an invalid SD number and declared anew; sales
// remarked "SD storniert" were declared with a warning; now neither is declared.
import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, CERT } from "./receipt-rows";
import { checkJson, declareJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

const RECEIVED = [
  "erhalten",
  "received",
  "abgelehnt",
  "fehlt",
  "pending",
  "storniert",
  "ersetzt durch SD-123",
  "xyz",
];
const SOLD = ["fehlt", "storniert", "replaced by SD-9", ""];
const REMARKED = ["SD storniert", "SD ersetzt durch SD-123", "SD fehlt", ""];

/**
 * Wareneingang: one receipt of 10 t per cell of RECEIVED under "SD Status", each with its own SD
 * number; Verkauf: one sale of 5 t "ja" per cell of SOLD under "SD Status" with the remark of
 * REMARKED beside it; as a real .xlsx, massbal's report (declare's, `declare`).
 */
async function book(declare: boolean): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const rec = wb.addWorksheet("Wareneingang");
  rec.addRow(
    "Datum|Lieferant|Zertifikat|SD-Nr.|Produkt|Menge (t)|Rohstoff|Herkunftsland|SD Status".split("|"),
  );
  RECEIVED.forEach((status, i) =>
    rec.addRow([day(5), "Saipol", CERT, `SD-${i + 1}`, "UCO", 10, "Used cooking oil", "DE", status]),
  );
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "SD Status", "Bemerkung"]);
  SOLD.forEach((status, i) => sales.addRow([day(20), "Fuel AG", "UCO", 5, "ja", status, REMARKED[i]]));
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "status.xlsx"));
  return (declare ? declareJson : checkJson)<JsonReport>(folder.path, "status.xlsx");
}

/** What each reason's message says, to tell them apart in the JSON report. */
const SAYS: [string, string][] = [
  ["proof-missing", "is missing or still to come"],
  ["proof-void", "was rejected, is not valid, cancelled, replaced"],
  ["proof-status-unread", "is no status of a Sustainability Declaration"],
  ["sold-sd-void", "the add-in cannot tell whether the delivery stands"],
];

/** The reasons (by message) of the row-unconfirmed errors at `sheet`, cell by cell. */
const reasons = (report: JsonReport, sheet: string) =>
  report.findings
    .filter((f) => f.sheet === sheet && f.code === "row-unconfirmed")
    .map((f) => `${f.severity} ${f.cell} ${SAYS.find(([, m]) => f.message.includes(m))?.[0]}`);

it("check: receipts whose SD Status says rejected, missing, pending, cancelled or replaced are refused at the cell", async () => {
  const report = await book(false);
  expect(reasons(report, "Wareneingang")).toEqual([
    "error I4 proof-void",
    "error I5 proof-missing",
    "error I6 proof-missing",
    "error I7 proof-void",
    "error I8 proof-void",
    "error I9 proof-status-unread",
  ]);
  // was: 80 t received and the balance complete; now the two received, 20 t, and incomplete
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["20", false]]);
});

it("declare: sales whose SD Status or remark says the SD was cancelled or replaced are not declared", async () => {
  const report = await book(true);
  expect(rowMarks(report.findings).filter(([, , cell]) => cell?.startsWith("Verkauf"))).toEqual([
    // row 2: its remark "SD storniert"; rows 3 and 4: their status, the first said of each row
    ["error", "row-unconfirmed", "Verkauf!G2"],
    ["error", "row-unconfirmed", "Verkauf!F3"],
    ["error", "row-unconfirmed", "Verkauf!F4"],
  ]);
  expect(reasons(report, "Verkauf").map((r) => r.split(" ")[2])).toEqual([
    "sold-sd-void",
    "sold-sd-void",
    "sold-sd-void",
  ]);
  // was: all four declared (the remark a warning, the status an invalid SD number); now the sale
  // whose SD is missing (the add-in issues it) and the one with nothing said
  expect(report.declarations.map((d) => d.quantity)).toEqual(["5"]);
});
