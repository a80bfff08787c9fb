// Books of receipts and deliveries built by exceljs for the SD look-alike tests (p-sd6): each
// receipt 100 t of UCO from Saipol under one certificate, each delivery 10 t declared sustainable.
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { EngineResult, Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const RECEIPTS = [
  "Date",
  "Supplier",
  "Supplier certificate",
  "SD number",
  "Product",
  "Quantity (t)",
  "Claim",
];
const DELIVERIES = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "SD number", "Linked SDs"];

/** A receipt's SD cell, with its supplier and certificate where they are not Saipol's. */
export type ReceiptSd = string | { sd: string; supplier: string; certificate: string };

/**
 * The engine's result on books of `receipts` (one row each, from row 2: SD cells in column D) and
 * `deliveries` (outgoing SD in column F, linked SDs in column G); `at(sheet, cell)` its findings
 * there, `received` the UCO received as the balances give it.
 */
export async function books(receipts: ReceiptSd[], deliveries: [string, string][] = []) {
  const wb = new ExcelJS.Workbook();
  const rs = wb.addWorksheet("Receipts");
  rs.addRow(RECEIPTS);
  for (const r of receipts) {
    const { sd, supplier, certificate } =
      typeof r === "string" ? { sd: r, supplier: "Saipol", certificate: "EU-ISCC-Cert-DE100-1" } : r;
    rs.addRow([new Date(Date.UTC(2025, 1, 20)), supplier, certificate, sd, "UCO", 100, "EU RED compliant"]);
  }
  if (deliveries.length > 0) {
    const ds = wb.addWorksheet("Deliveries");
    ds.addRow(DELIVERIES);
    for (const [sd, linked] of deliveries)
      ds.addRow([new Date(Date.UTC(2025, 2, 10)), "Nordic Fuels Oy", "UCO", 10, "yes", sd, linked]);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "SD.xlsx")).readSnapshot());
  const result: EngineResult = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const received = result.balances.filter((b) => b.product === "UCO").map((b) => b.received);
  const complete = result.balances.filter((b) => b.product === "UCO").every((b) => b.complete);
  const at = (sheet: string, cell: string): Finding[] =>
    result.findings.filter((f) => f.sheet === sheet && f.cell === cell);
  return { result, received, complete, at };
}
