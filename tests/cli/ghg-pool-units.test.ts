// Through the real massbal command on a real .xlsx book (p-ghgpool): under worst-value GHG pooling
// a declaration carries the highest GHG value of its pool, compared only within one unit. A pool
// of values per MJ and per tonne has no worst value: the declaration is held back with
// ghg-units-mixed naming each unit at a cell that carries it. Values per tonne compare among
// themselves; g CO2eq/kWh is converted to g CO2eq/MJ at intake, so it compares with per-MJ values
// (docs/rules.md, ghg-units-mixed).
import path from "node:path";
import { type Spec, workbookOf } from "../workbook/left-out-books";
import { ghgBook } from "./ghg-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string; cells?: unknown }[];
  declarations: { product: string; status: string; ghg?: { total: string; unit: string | null }[] }[];
}

// product, two receipts' GHG values (total, unit as typed), and the worst value declared (null: held)
const CASES: [string, [Spec, string], [Spec, string], string | null][] = [
  ["UCO", [20, "g CO2eq/MJ"], [500, "kg CO2eq/t"], null],
  ["Tallow", [400, "kg CO2eq/t"], [500, "kg CO2e/t"], "500"],
  ["Rapsöl", [20, "g CO2eq/MJ"], [90, "g CO2eq/kWh"], "25"],
];

describe("massbal declare: worst-value pooling over GHG values of different units", () => {
  it("holds back a pool of per-MJ and per-tonne values, declares the worst of one unit", async () => {
    const sheets = ghgBook(
      CASES.map(([product, a, b]) => [product, [a, b]]),
      100,
      "worst-value",
    );
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "pool-units.xlsx"));
    const run = massbal(["declare", "pool-units.xlsx", "--json", "--out", "out.xlsx"], folder.path);
    expect(stderrBeyondProgress(run.stderr)).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    const mixed = report.findings.filter((f) => f.code === "ghg-units-mixed");
    CASES.forEach(([product, , , declared], i) => {
      const issued = report.declarations.filter((d) => d.product === product && d.status === "new");
      if (declared === null) {
        expect([product, issued.length]).toEqual([product, 0]);
        expect(mixed).toHaveLength(1);
        expect(mixed[0]?.severity).toBe("error");
        expect(mixed[0]?.place).toBe(`Deliveries!E${i + 2}`);
        // each unit with a cell of a receipt that carries it; what to do: all values per MJ
        expect(mixed[0]?.message).toContain(`20 g CO2eq/MJ at Receipts!K${2 * i + 2}`);
        expect(mixed[0]?.message).toContain(`500 kg CO2eq/t at Receipts!K${2 * i + 3}`);
        expect(mixed[0]?.message).toContain("Give all GHG values per MJ");
        // no "fill in the GHG values" besides: they are there, in two units
        const incomplete = report.findings.filter((f) => f.code === "declaration-incomplete");
        for (const f of incomplete) expect(f.message).not.toContain("GHG");
      } else {
        expect([product, issued.length]).toEqual([product, 1]);
        expect([product, issued[0]?.ghg?.map((g) => g.total)]).toEqual([product, [declared]]);
      }
    });
  });
});
