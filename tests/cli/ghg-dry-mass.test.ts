// Through the real massbal command on real .xlsx books (p-drymass): a GHG value per dry tonne (ISCC
// EU 205 / EC UDB: a feedstock's values per dry tonne) is read as a unit of its own, carried onto
// the declaration unchanged with its unit, never compared or pooled with a value per tonne as
// delivered or per MJ (worst-value pooling over both holds the declaration back: ghg-units-mixed);
// spellings of one unit compare as one ("kg CO2eq/t TM" and "kg CO2-Äq/t TM", "kg CO2eq/t FM" and
// "kg CO2eq/t"). The register's "GHG values (per batch)" names each value's unit (docs/rules.md).
import path from "node:path";
import ExcelJS from "exceljs";
import { type Spec, workbookOf } from "../workbook/left-out-books";
import { ghgBook } from "./ghg-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: {
    product: string;
    status: string;
    ghg?: { total: string; unit: string | null; quantity?: string; saving: string | null }[];
  }[];
}

// product, two receipts' GHG values (total, unit as typed, 60 t each), and, for a delivery of
// 100 t: the worst value declared under worst-value pooling (null: held back, units mixed) and
// the register's per-batch text under per-batch pooling
const CASES: [string, [Spec, string], [Spec, string], [string, string] | null, string][] = [
  [
    "Raps",
    [310, "kg CO2eq/t TM"],
    [350, "kg CO2-Äq/t TM"],
    ["350", "kg CO2-Äq/t TM"],
    "310 kg CO2eq/t TM × 60 t; 350 kg CO2-Äq/t TM × 40 t",
  ],
  [
    "UCO",
    [300, "kg CO2eq/t DM"],
    [500, "kg CO2eq/t"],
    null,
    "300 kg CO2eq/t DM × 60 t; 500 kg CO2eq/t × 40 t",
  ],
  [
    "Tallow",
    [400, "kg CO2eq/t FM"],
    [500, "kg CO2eq/t"],
    ["500", "kg CO2eq/t"],
    "400 kg CO2eq/t FM × 60 t; 500 kg CO2eq/t × 40 t",
  ],
  [
    "Rapsöl",
    [20, "g CO2eq/MJ"],
    [300, "kg CO2eq/odt"],
    null,
    "20 g CO2eq/MJ × 60 t; 300 kg CO2eq/odt × 40 t",
  ],
];

async function declare(name: string, pooling: string | null): Promise<Report> {
  const sheets = ghgBook(
    CASES.map(([product, a, b]) => [product, [a, b]]),
    100,
    pooling,
  );
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, name));
  const run = massbal(["declare", name, "--json", "--out", `out-${name}`], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  return JSON.parse(run.stdout) as Report;
}

describe("massbal declare: GHG values per dry tonne", () => {
  it("worst-value pooling compares per dry tonne only with per dry tonne; mixed with others, held back", async () => {
    const report = await declare("dry-worst.xlsx", "worst-value");
    expect(report.findings.filter((f) => f.code === "invalid-unit")).toEqual([]);
    const mixed = report.findings.filter((f) => f.code === "ghg-units-mixed");
    CASES.forEach(([product, a, b, declared], i) => {
      const issued = report.declarations.filter((d) => d.product === product && d.status === "new");
      const here = mixed.filter((f) => f.place === `Deliveries!E${i + 2}`);
      if (declared === null) {
        expect([product, issued.length, here.length]).toEqual([product, 0, 1]);
        // each value with its own unit, as typed: never one number of another unit
        expect(here[0]?.message).toContain(`${a[0]} ${a[1]} at Receipts!K${2 * i + 2}`);
        expect(here[0]?.message).toContain(`${b[0]} ${b[1]} at Receipts!K${2 * i + 3}`);
        // per dry tonne beside per tonne as delivered: no "per MJ" to give, one unit or per batch
        if (product === "UCO") expect(here[0]?.message).toMatch(/moisture content.*per-batch/);
      } else {
        expect([product, issued.length, here.length]).toEqual([product, 1, 0]);
        // the worst value, unchanged, with its unit; no saving on a value per mass
        const ghg = issued[0]?.ghg?.map((g) => [g.total, g.unit, g.saving]);
        expect([product, ghg]).toEqual([product, [[...declared, null]]]);
      }
    });
  });

  it("per-batch declarations carry each value with its unit; the register names the units", async () => {
    const report = await declare("dry-batch.xlsx", null);
    CASES.forEach(([product, a, b]) => {
      const issued = report.declarations.filter((d) => d.product === product && d.status === "new");
      const ghg = issued.flatMap((d) => d.ghg ?? []).map((g) => [g.total, g.unit, g.quantity]);
      // totals as typed (never times the quantity), each with the quantity it covers
      expect([product, ghg]).toEqual([
        product,
        [
          [String(a[0]), a[1], "60"],
          [String(b[0]), b[1], "40"],
        ],
      ]);
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder.path, "out-dry-batch.xlsx"));
    const sheet = wb.getWorksheet("MB Declarations");
    const heading = (sheet?.getRow(1).values as ExcelJS.CellValue[]) ?? [];
    const perBatch = heading.indexOf("GHG values (per batch)");
    const product = heading.indexOf("Product");
    expect(perBatch).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    sheet?.eachRow((row, n) => {
      if (n > 1) texts.set(String(row.getCell(product).value), String(row.getCell(perBatch).value));
    });
    for (const [name, , , , text] of CASES) expect([name, texts.get(name)]).toEqual([name, text]);
  });
});
