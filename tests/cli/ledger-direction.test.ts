// A combined ledger with a type column and separate In and Out columns, through massbal check on
// a real .xlsx (new-user test: such a sheet gave "Findings: 0 errors" and no balance at all).
import type ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; severity: string; cell: string; sheet: string; message: string }[];
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

describe("massbal check of a ledger with the SD's quantity beside Eingang and Ausgang", () => {
  it("holds each row to its side's rule: a receipt above its SD and a sale whose SD declares another amount are refused at the SD's cell", async () => {
    const file = await writeBook(folder.path, "journal-sd.xlsx", {
      Journal: [
        [...HEADINGS, "Menge lt. SD (t)"],
        [d("2025-01-02"), "Einkauf", "Ölmühle Süd", CERT, "NE-1", "Rapsöl", 100, null, "ja", 100],
        [d("2025-01-03"), "Einkauf", "Ölmühle Süd", CERT, "NE-2", "Rapsöl", 50, null, "ja", 40],
        [d("2025-01-05"), "Verkauf", "Stadtwerke", CERT, null, "Rapsöl", null, 40, "ja", 45],
        [d("2025-01-06"), "Verkauf", "Stadtwerke", CERT, null, "Rapsöl", null, 30, "ja", 30],
      ],
    });
    const run = massbal(["check", file, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    const said = report.findings.filter((f) => f.code === "quantity-columns-disagree");
    expect(said.map((f) => f.cell)).toEqual(["J3", "J4"]);
    expect(said[0]?.message).toContain("more than the 40 t this column says the supplier's SD declares");
    expect(said[1]?.message).toContain(
      'Quantity delivered is 40 t in "Ausgang (t)", but this column says the delivery\'s SD declares 45 t',
    );
    expect(report.balances.map(({ received, delivered }) => [received, delivered])).toEqual([["100", "30"]]);
    expect(run.code).not.toBe(0);
  });

  it("p-blocks: an SD quantity beside Eingang and Ausgang is said with advice to book there, not to map it as Quantity", async () => {
    const file = await writeBook(folder.path, "journal-sd.xlsx", {
      Journal: [
        [...HEADINGS, "Menge lt. SD (t)"],
        [d("2025-01-02"), "Einkauf", "Ölmühle Süd", CERT, "NE-1", "Rapsöl", 100, null, "ja", 100],
      ],
    });
    const report = JSON.parse(massbal(["check", file, "--json"], folder.path).stdout) as Report;
    const said = report.findings.filter((f) => f.code === "second-quantity-column");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([["warning", "J1"]]);
    expect(said[0]?.message).toContain('from "Eingang (t)" or "Ausgang (t)", whichever is filled');
    expect(said[0]?.message).not.toContain("map it as Quantity");
  });
});
