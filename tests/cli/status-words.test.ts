// A line the keeper marked as not real, under a heading the reader once did not know and with a
// status word qualified by a reason or a date, through the real `massbal check` on an .xlsx built by
// exceljs: refused or not booked at its status cell, never booked with credit; a remark that only
// mentions such a word is booked and said (src/workbook/status-read.ts, status-headings.ts).
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const CERT = "EU-ISCC-Cert-DE100-1";

const receipt = (day: number, sd: string, qty: number, status: string | null) => [
  new Date(Date.UTC(2025, 1, day)),
  "Saipol",
  CERT,
  sd,
  "UCO",
  qty,
  "Used cooking oil",
  "DE",
  status,
];

async function writeBooks(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Lieferstatus"]);
  receipts.addRow(receipt(2, "SD-1", 100, "geliefert 03.02."));
  receipts.addRow(receipt(3, "SD-2", 50, "abgelehnt (QA)"));
  receipts.addRow(receipt(4, "SD-3 storniert", 30, "storniert/abgelehnt"));
  receipts.addRow(receipt(5, "SD-4", 20, "rejected by QA, re-delivered 14.03."));
  const certs = wb.addWorksheet("Certificates");
  certs.addRow(["Certificate no.", "Holder", "Valid from", "Valid until", "Status"]);
  certs.addRow([CERT, "Saipol", new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2026, 11, 31)), "valid"]);
  await wb.xlsx.writeFile(file);
}

it("refuses the rejected line, skips the cancelled one and says the remark, under Lieferstatus", async () => {
  await writeBooks(path.join(folder.path, "status.xlsx"));
  const result = massbal(["check", "status.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  const report = JSON.parse(result.stdout) as {
    findings: {
      code: string;
      severity: string;
      message: string;
      sheet: string | null;
      cell: string | null;
    }[];
    balances: { product: string; received: string; complete: boolean }[];
  };
  const marked = report.findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);
  expect(marked).toEqual(
    expect.arrayContaining([
      ["error", "row-unconfirmed", "Receipts!I3"],
      ["info", "row-cancelled", "Receipts!I4"],
      ["warning", "row-unconfirmed", "Receipts!I5"],
    ]),
  );
  expect(marked).toHaveLength(3);
  // 100 t and the re-delivered 20 t; not the rejected 50 t nor the cancelled 30 t; incomplete
  expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
    expect.objectContaining({ received: "120", complete: false }),
  ]);
  const refused = report.findings.find((f) => f.cell === "I3")!;
  expect(refused.message).toContain('row 3 is marked "abgelehnt (QA)" in Lieferstatus');
});
