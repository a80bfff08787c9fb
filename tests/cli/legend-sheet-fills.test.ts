// (p-rows2, break test brk14 #8) A colour legend on a sheet of its own ("Leyenda", "Legenda"),
// through massbal on a real .xlsx, in its two layouts: a swatch beside the meaning, or the meaning
// written in the filled cell itself (no swatch). brk14 found the second unmatched; on this base
// both are read alike (legend-sheet.ts), and this run keeps them so: the red receipt and the yellow
// one ("SD missing") refused at their rows, the green one booked, the same in either layout.
import path from "node:path";
import ExcelJS from "exceljs";
import { day } from "../../src/books";
import { massbal, freshFolderPerTest, rowMarks, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const YELLOW = "FFFFFF00";
const RED = "FFFF0000";
const GREEN = "FF92D050";
const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** The legend's sheet name, and its lines: colour, meaning (es, nl). */
const LEGENDS: [string, [string, string][]][] = [
  [
    "Leyenda",
    [
      [YELLOW, "falta PoS"],
      [RED, "anulado"],
      [GREEN, "revisado"],
    ],
  ],
  [
    "Legenda",
    [
      [YELLOW, "PoS ontbreekt"],
      [RED, "geannuleerd"],
      [GREEN, "gecontroleerd"],
    ],
  ],
];

async function run(name: string, lines: [string, string][], layout: "swatch" | "in-cell") {
  const wb = new ExcelJS.Workbook();
  const rec = wb.addWorksheet("Wareneingang");
  rec.addRow(["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"]);
  [YELLOW, RED, GREEN].forEach((argb, i) => {
    const row = rec.addRow([day(`2025-01-0${i + 5}`), "Saipol GmbH", `SD-${i + 1}`, "UCO", 10 * (i + 1)]);
    row.eachCell((c) => (c.fill = fill(argb)));
  });
  const leg = wb.addWorksheet(name);
  leg.addRow([name]);
  for (const [argb, meaning] of lines) {
    const row = leg.addRow(layout === "swatch" ? [null, meaning] : [meaning]);
    row.getCell(1).fill = fill(argb);
  }
  await wb.xlsx.writeFile(path.join(folder.path, `${layout}.xlsx`));
  const result = massbal(["check", `${layout}.xlsx`, "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  const report = JSON.parse(result.stdout) as { findings: Parameters<typeof rowMarks>[0] };
  return rowMarks(report.findings);
}

describe("massbal: a legend's sheet written as filled cells reads as its swatch layout does", () => {
  it.each(LEGENDS)("%s", async (name, lines) => {
    const expected = [
      ["error", "row-unconfirmed", "Wareneingang!A2"],
      ["error", "row-unconfirmed", "Wareneingang!A3"],
    ];
    expect(await run(name, lines, "swatch")).toEqual(expected);
    expect(await run(name, lines, "in-cell")).toEqual(expected);
  });
});
