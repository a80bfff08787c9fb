// Through the real massbal command on a real .xlsx book (p-ghg3): a final fuel's GHG value per
// mass (kg CO2eq/t, g CO2eq/kg, per dry tonne) has no saving that could be shown or checked, so
// its declaration is held back at the GHG cell; a feedstock's or intermediate's value per tonne
// (UCO, Rapsöl, Tallow) is declared as before, and a final fuel's value per MJ is judged as ever
// (docs/rules.md, declarations). A value per tonne of dry matter ("t atro", "dry-t") is read as a
// unit of its own (p-drymass; p-units2 had refused it): a feedstock's is declared with that unit
// unchanged, a final fuel's is per mass like kg CO2eq/t and held back the same way.
import path from "node:path";
import { workbookOf, type Spec } from "../workbook/left-out-books";
import { ghgPerProductBook } from "./ghg-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; ghg?: { total: string; unit: string | null }[] }[];
}

// product, GHG total, GHG unit as typed, and whether a declaration is issued
const CASES: [string, Spec, string, boolean][] = [
  ["HVO", 5000, "kg CO2eq/t", false],
  ["HVO 100", 1200, "kg CO2e/t", false],
  ["FAME", "1100,5", "g CO2-Äq/kg", false],
  ["Bioethanol", 900, "kg CO2eq/dry-t", false],
  ["Biomethan", 2000, "kg CO2eq / t", false],
  ["UCOME", 10, "g CO2eq/MJ", true],
  ["UCO", 500, "kg CO2eq/t", true],
  ["Rapsöl", 900, "kg CO2eq/t atro", true],
  ["Tallow", 400, "kg CO2eq/dry-t", true],
  ["Palmöl", 700, "kg CO2-Äq/t FM", true],
];

const column = (n: number) => String.fromCharCode(65 + n);

describe("massbal declare: GHG values per mass", () => {
  it("holds back a final fuel's declaration at its GHG cell; feedstocks per tonne and fuels per MJ are declared; per dry tonne is per mass", async () => {
    const sheets = ghgPerProductBook(CASES.map(([product, total, unit]) => [product, total, unit] as const));
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "per-mass.xlsx"));
    const run = massbal(["declare", "per-mass.xlsx", "--json", "--out", "out.xlsx"], folder.path);
    expect(stderrBeyondProgress(run.stderr)).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    const ghgCell = column(10);
    CASES.forEach(([product, total, unit, issued], i) => {
      const at = report.findings.filter(
        (f) => f.place === `Receipts!${ghgCell}${i + 2}` && f.code === "ghg-saving-below-threshold",
      );
      const declared = report.declarations.filter((d) => d.product === product && d.status === "new");
      expect([product, declared.length]).toEqual([product, issued ? 1 : 0]);
      expect([product, at.length]).toEqual([product, issued === false ? 1 : 0]);
      const refused = report.findings.filter(
        (f) => f.place === `Receipts!${column(11)}${i + 2}` && f.code === "invalid-unit",
      );
      expect([product, refused.length]).toEqual([product, 0]);
      // the value and its unit carried onto the declaration unchanged (never times the quantity)
      if (issued && unit !== "g CO2eq/MJ")
        expect([product, declared[0]?.ghg]).toEqual([
          product,
          [expect.objectContaining({ total: String(total), unit })],
        ]);
      if (issued === false) {
        expect(at[0]?.severity).toBe("error");
        expect(at[0]?.message).toContain(`GHG value of ${String(total).replace(",", ".")} `);
        expect(at[0]?.message).toContain(unit);
        expect(at[0]?.message).toMatch(/final fuel.*not issued.*Enter the GHG total in g CO2eq\/MJ/);
      }
    });
  });
});
