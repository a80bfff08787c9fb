// Through the real massbal command on real .xlsx books (brk24 §5): a GHG unit in CO2 alone
// ("g CO2/MJ", "kg CO₂/t", "g CO2/kWh"), in a unit cell or in the GHG total's heading, had been read
// as CO2eq with no word. CO2eq counts methane and nitrous oxide too, and ISCC's GHG values are
// CO2eq, so the unit is refused at its cell or heading, saying what to write, and nothing is
// declared on the values; CO2-equivalent spellings (gCO2e, CO2-Äq., CO2éq, CO2 eq., and the Polish
// CO2ekw, refused before) are read as they were.
import path from "node:path";
import { books, type Spec, workbookOf } from "../workbook/left-out-books";
import { ghgBook, type GhgReport } from "./ghg-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

async function declare(name: string, sheets: ReturnType<typeof books>): Promise<GhgReport> {
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, name));
  const run = massbal(["declare", name, "--json", "--out", `out-${name}`], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  return JSON.parse(run.stdout) as GhgReport;
}

// product, GHG unit as typed (GHG total 30 in column K, unit in L), refused as CO2 only or not
const UNITS: [string, string, boolean][] = [
  ["UCO", "g CO2/MJ", true],
  ["Tallow", "gCO2/MJ", true],
  ["Raps", "kg CO₂/t", true],
  ["Rapsöl", "g CO2/kWh", true],
  ["Biodiesel", "g CO2ekw/MJ", false],
  ["HVO", "gCO2e/MJ", false],
  ["Ethanol", "g CO2-Äq./MJ", false],
  ["Sonnenblumenöl", "gCO2éq/MJ", false],
  ["Palmöl", "g CO2 eq./MJ", false],
  ["Sojaöl", "g CO2e/MJ", false],
];

describe("massbal declare: a GHG unit in CO2 alone is not read as CO2eq", () => {
  it("refuses each CO2-only unit at its cell and reads every CO2eq spelling", async () => {
    const report = await declare(
      "co2-units.xlsx",
      ghgBook(
        UNITS.map(([product, unit]) => [product, [[30, unit]]]),
        50,
        null,
      ),
    );
    const seen = UNITS.map(([product, unit], i) => {
      const at = report.findings.find((f) => f.code === "invalid-unit" && f.place === `Receipts!L${i + 2}`);
      const issued = report.declarations.filter((d) => d.product === product && d.status === "new");
      return [
        unit,
        at?.severity ?? null,
        !!at?.message.includes("counts CO2 alone, not CO2 equivalent"),
        issued.map((d) => d.ghgTotal),
      ];
    });
    expect(seen).toEqual(
      UNITS.map(([, unit, refused]) => [unit, refused ? "error" : null, refused, refused ? [] : ["30"]]),
    );
  });

  it("refuses a CO2-only unit in the GHG total's heading, at the heading", async () => {
    const sheets = books([]);
    const receipts = sheets.Receipts as Spec[][];
    (receipts[0] as Spec[])[10] = "GHG total (g CO2/MJ)";
    const report = await declare("co2-heading.xlsx", sheets);
    const at = report.findings.filter((f) => f.code === "invalid-unit" && f.place === "Receipts!K1");
    expect(at.map((f) => f.severity)).toEqual(["error"]);
    expect(at[0]?.message).toContain('"g CO2/MJ" counts CO2 alone');
    expect(report.declarations.filter((d) => d.product === "UCO" && d.status === "new")).toEqual([]);
  });
});
