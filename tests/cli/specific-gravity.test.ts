// (p-heads, new user's test #4) A density column headed as a specific gravity or relative density
// with no unit ("Specific gravity", "spezifisches Gewicht", "densité relative"…) through massbal on
// a real .xlsx: a ratio to water (0.85) is no density in any unit, so the column is refused at its
// heading naming it (invalid-unit, the refusal p-units3 gave "Density (SG)"), never read in the
// settings' default density unit nor said to have "no unit"; "Dichte (kg/m³)" is still read.
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; cell: string; sheet: string; message: string }[];
  balances: { product: string; received: string }[];
}

const HEADINGS = [
  "Specific gravity",
  "Spezifisches Gewicht",
  "spez. Gewicht",
  "Relative Dichte",
  "Densité relative",
  "Densidad relativa",
  "Gravedad específica",
  "Densità relativa",
  "Soortelijk gewicht",
];

it("refuses a specific gravity heading with no unit at the heading, in every language", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Company name", "Acme Oils GmbH"],
    ["Density unit", "kg/m³"],
  ]);
  const sheets = [...HEADINGS, "Dichte (kg/m³)"];
  sheets.forEach((heading, i) =>
    wb.addWorksheet(`Receipts ${i + 1}`).addRows([
      ["Date", "Supplier", "SD number", "Product", "Quantity (m³)", heading, "GHG total"],
      [
        new Date(Date.UTC(2025, 0, 5)),
        "Saipol",
        `IN-${i + 1}`,
        `Oil ${i + 1}`,
        100,
        i < HEADINGS.length ? 0.85 : 850,
        20,
      ],
    ]),
  );
  await wb.xlsx.writeFile(path.join(folder.path, "gravity.xlsx"));
  const run = massbal(["check", "gravity.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  const units = report.findings.filter((f) => f.code === "invalid-unit" || f.code === "missing-value");
  expect(units.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(
    HEADINGS.map((_, i) => `Receipts ${i + 1}!F1 invalid-unit`),
  );
  HEADINGS.forEach((heading, i) => {
    expect(units[i]?.message).toContain(`"${heading}"`);
    expect(units[i]?.message).toContain("is a specific gravity");
  });
  const received = (p: string) => report.balances.find((b) => b.product === p)?.received;
  // none of the ratios is read in kg/m³ (100 m³ × 0.85 kg/m³ = 0.085 t)
  expect(HEADINGS.map((_, i) => received(`Oil ${i + 1}`) ?? "none")).not.toContain("0.085");
  expect(received(`Oil ${HEADINGS.length + 1}`)).toBe("85");
});
