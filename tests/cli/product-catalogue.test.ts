// Through the real massbal command on a real .xlsx book (p-cat): German and other names of final
// fuels are known from the one product catalogue (src/engine/product-catalogue.ts), so a GHG value
// per tonne on "Methylester" is held like any final fuel's: a warning at the receipt's GHG cell
// (final-fuel-ghg-per-mass, asking for g CO2eq/MJ, never converted) and its declaration not issued;
// a feedstock's per tonne is declared as before (docs/rules.md).
import path from "node:path";
import { workbookOf } from "../workbook/left-out-books";
import { ghgPerProductBook } from "./ghg-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string }[];
}

// product as typed, and whether it is a final fuel (its per-tonne value held)
const CASES: [string, boolean][] = [
  ["Methylester", true],
  ["Rapsölmethylester", true],
  ["Altspeiseölmethylester", true],
  ["Hydriertes Pflanzenöl", true],
  ["Sustainable Aviation Fuel", true],
  ["LBM", true],
  ["Altspeiseöl", false],
];

describe("massbal declare: final fuels by their German and other names", () => {
  it("warns at the GHG cell of a final fuel's receipt per tonne and holds its declaration", async () => {
    const sheets = ghgPerProductBook(CASES.map(([product]) => [product, 420, "kg CO2eq/t"] as const));
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "names.xlsx"));
    const run = massbal(["declare", "names.xlsx", "--json", "--out", "out.xlsx"], folder.path);
    expect(stderrBeyondProgress(run.stderr)).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    const seen = CASES.map(([product], i) => {
      const warned = report.findings.filter(
        (f) => f.place === `Receipts!K${i + 2}` && f.code === "final-fuel-ghg-per-mass",
      );
      const declared = report.declarations.filter((d) => d.product === product && d.status === "new");
      return [product, warned.map((f) => f.severity), declared.length];
    });
    expect(seen).toEqual(CASES.map(([product, final]) => [product, final ? ["warning"] : [], final ? 0 : 1]));
    const message = report.findings.find((f) => f.code === "final-fuel-ghg-per-mass")?.message ?? "";
    expect(message).toMatch(/420 kg CO2eq\/t is per mass, but Methylester is a final fuel/);
    expect(message).toContain("g CO2eq/MJ");
    expect(message).toContain("not converted with a heating value");
  });
});
