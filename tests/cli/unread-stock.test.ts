// A stock count sheet the add-in recognises by its name but cannot read (kept wide, one column per
// product: Datum | UCO (t) | HVO (t)), through the real massbal command on a real .xlsx
// (left-out-sheet.ts unreadStockSheet): carry-forward under ISCC EU depends on the count, so the
// sheet is an error, not a warning, and every balance is incomplete. A sheet of that name holding
// no number at all (a blank template) stays a warning.
import path from "node:path";
import { type BookCell, day, plainBook } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { bookRows } from "./books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; complete: boolean }[];
}

async function check(name: string, stock: BookCell[][]): Promise<Report> {
  await writeBookFile(plainBook({ ...bookRows(), [name]: stock }), path.join(folder.path, "books.xlsx"));
  const result = massbal(["check", "books.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const said = (r: Report, sheet: string) =>
  r.findings.filter((f) => f.code === "header-not-found" && f.sheet === sheet);

describe("massbal: a stock count sheet kept wide", () => {
  it.each<[string, string[]]>([
    ["Inventur", ["Datum", "UCO (t)", "Rapsöl (t)"]],
    ["Stock count", ["Date", "UCO (t)", "Rapeseed oil (t)"]],
    ["Inventaire", ["Date", "UCO (t)", "Huile de colza (t)"]],
    ["Inventario", ["Fecha", "UCO (t)", "Aceite de colza (t)"]],
    ["Voorraad", ["Datum", "UCO (t)", "Koolzaadolie (t)"]],
  ])("%s: an error at A1 and every balance incomplete", async (name, headings) => {
    const report = await check(name, [headings, [day("2025-03-31"), 10, 80]]);
    expect(said(report, name)).toEqual([expect.objectContaining({ severity: "error", cell: "A1" })]);
    expect(report.balances.length).toBeGreaterThan(0);
    expect(report.balances.every((b) => !b.complete)).toBe(true);
  });

  it("a blank template of that name (no count in it) stays a warning and leaves the balances complete", async () => {
    const report = await check("Inventur", [["Datum", "UCO (t)", "Rapsöl (t)"]]);
    expect(said(report, "Inventur")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(report.balances.every((b) => b.complete)).toBe(true);
  });
});

describe("massbal: a stock count refused for its unit (m³ against an account kept in t)", () => {
  it.each<[string, string[]]>([
    // p-factor (brk8 #20): a density column beside the count converts it (stock-density.test.ts)
    ["Bestand", ["Datum", "Produkt", "Bestand (m³)", "Bemerkung"]],
    ["Stock count", ["Date", "Product", "Stock (m³)"]],
  ])("%s: the count is refused and the balance it would cap is incomplete", async (name, headings) => {
    const report = await check(name, [headings, [day("2025-03-31"), "Rapeseed oil", 50, 920]]);
    expect(report.findings.filter((f) => f.code === "unit-mismatch" && f.sheet === name)).toHaveLength(1);
    const oil = report.balances.filter((b) => b.product === "Rapeseed oil");
    expect(oil.length).toBeGreaterThan(0);
    expect(oil.every((b) => !b.complete)).toBe(true);
  });
});
