// A combined ledger with a type column and separate In and Out columns, through massbal check on
// a real .xlsx (new-user test: such a sheet gave "Findings: 0 errors" and no balance at all).
import type ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; severity: string; cell: string; sheet: string }[];
  balances: { product: string; unit: string; received: string; delivered: string; closing: string }[];
}

const HEADINGS: ExcelJS.CellValue[] = [
  "Datum",
  "Vorgang",
  "Partner",
  "Zertifikat",
  "NE-Nr.",
  "Produkt",
  "Eingang (t)",
  "Ausgang (t)",
  "Nachhaltig",
];
const CERT = "EU-ISCC-Cert-DE105-11111";

describe("massbal check of a ledger with Vorgang and Eingang/Ausgang columns", () => {
  it("books receipts under Eingang and sales under Ausgang: the balance is receipts minus deliveries", async () => {
    const file = await writeBook(folder.path, "journal.xlsx", {
      Journal: [
        HEADINGS,
        [d("2025-01-02"), "Einkauf", "Ölmühle Süd", CERT, "NE-1", "Rapsöl", 100, null, "ja"],
        [d("2025-01-03"), "Eingang", "Ölmühle Süd", CERT, "NE-2", "Rapsöl", 50, null, "ja"],
        [d("2025-01-05"), "Verkauf", "Stadtwerke", CERT, "NE-3", "Rapsöl", null, 40, "ja"],
      ],
    });
    const run = massbal(["check", file, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(
      report.balances.map(({ product, unit, received, delivered, closing }) => [
        product,
        unit,
        received,
        delivered,
        closing,
      ]),
    ).toEqual([["Rapsöl", "t", "150", "40", "110"]]);
  });

  it("refuses a sale whose quantity stands under Eingang at its cell, and fails the check", async () => {
    const file = await writeBook(folder.path, "journal.xlsx", {
      Journal: [HEADINGS, [d("2025-01-05"), "Verkauf", "Stadtwerke", CERT, "NE-3", "Rapsöl", 40, null, "ja"]],
    });
    const run = massbal(["check", file, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["invalid-value", "G2"],
      ["no-rows-read", "A1"],
    ]);
    expect(run.code).not.toBe(0);
  });
});
