// (p-sdstatus2) A sale's SD status saying its SD was already issued, and a column asking whether a
// sale needs an SD, through massbal declare on a real .xlsx (workbook/sale-proof.ts). Before, a
// sale marked sustainable under "SD Status: ausgestellt" (or "issued", "versendet") with no SD
// number got a new SD (a second declaration for the same delivery), and "SD erforderlich: nein"
// was not read: its SD was issued too.
import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/cli/report";
import { addCertificates, CERT } from "./receipt-rows";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** Sales of 5 t each, "ja" sustainable: [SD Status, SD erforderlich, SD-Nr.]. */
const SALES: [string | null, string | null, string | null][] = [
  ["ausgestellt", null, null],
  ["issued", null, null],
  ["versendet", "ja", null],
  ["ausgestellt", null, "SD-OUT-7"],
  ["offen", null, null],
  ["zu erstellen", "ja", null],
  [null, "nein", null],
  ["-", null, null],
  [null, null, null],
];

/** Wareneingang: one receipt of 100 t; Verkauf: SALES; massbal declare's report. */
async function book(): Promise<JsonReport> {
  const wb = new ExcelJS.Workbook();
  const rec = wb.addWorksheet("Wareneingang");
  rec.addRow("Datum|Lieferant|Zertifikat|SD-Nr.|Produkt|Menge (t)|Rohstoff|Herkunftsland".split("|"));
  rec.addRow([day(5), "Saipol", CERT, "SD-IN-1", "UCO", 100, "Used cooking oil", "DE"]);
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow([
    "Datum",
    "Kunde",
    "Produkt",
    "Menge (t)",
    "Nachhaltig",
    "SD Status",
    "SD erforderlich",
    "SD-Nr.",
  ]);
  SALES.forEach(([status, required, sd], i) =>
    sales.addRow([day(10 + i), "Fuel AG", "UCO", 5, "ja", status, required, sd]),
  );
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, "sales.xlsx"));
  return declareJson<JsonReport>(folder.path, "sales.xlsx");
}

it("declare: a sale whose SD was issued is not declared anew, one not required is not declared", async () => {
  const report = await book();
  const refused = report.findings
    .filter((f) => f.sheet === "Verkauf" && f.code === "row-unconfirmed")
    .map((f) => [f.severity, f.cell]);
  // rows 2-4: issued, no SD number; row 8: "SD erforderlich: nein"; row 9: a dash
  expect(refused).toEqual([
    ["error", "F2"],
    ["error", "F3"],
    ["error", "F4"],
    ["error", "G8"],
    ["error", "F9"],
  ]);
  const says = (cell: string) => report.findings.find((f) => f.cell === cell)?.message ?? "";
  expect(says("F2")).toContain("already exists (issued, sent or done)");
  expect(says("F2")).toContain("enter the number of the SD that was issued in an SD number column");
  expect(says("G8")).toContain("goes without a Sustainability Declaration");
  expect(says("F9")).toContain("says nothing the add-in reads about the Sustainability Declaration");
  // was: seven new SDs (rows 2-4 declared a second time, row 8 without one wanted); now only
  // "offen", "zu erstellen" and the blank (held, "blocked", while the refused rows leave the
  // balance incomplete), and the SD issued outside (row 5) stays its own
  expect(report.declarations.map((d) => [d.quantity, d.status])).toEqual([
    ["5", "blocked"],
    ["5", "blocked"],
    ["5", "blocked"],
  ]);
  expect(report.balances.map((b) => b.complete)).toEqual([false]);
});
