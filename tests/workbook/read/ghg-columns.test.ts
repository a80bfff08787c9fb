// One GHG value in two columns of a receipts row, through a real .xlsx (p-ghg2, brk12): a default
// and an actual value, two plain ones, a plain one beside the SD's ("lt. SD", "as per PoS",
// "selon DD"), in de/en/fr/es/nl/it. Where the two agree the value is read; where one heading
// names the SD its value is read wherever it is filled; otherwise a row where they differ has its
// GHG value refused at the second column's cell, never one picked (ghg-columns.ts).
import { ghgSourceOf } from "../../../src/workbook/ghg-heading-words";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const D = serial("2025-01-08");
const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)"];
const row = (sd: string, a: CellValue, b: CellValue): CellValue[] => [D, "Saipol", sd, "UCO", 10, a, b];

/** Spellings of a default value's heading and an actual value's, of one GHG total, per language. */
const DEFAULT_ACTUAL: [string, string, string][] = [
  ["de", "THG Standardwert (g CO2eq/MJ)", "THG tatsächlich (g CO2eq/MJ)"],
  ["de", "THG-Standardwert (g CO2eq/MJ)", "THG Ist-Wert (g CO2eq/MJ)"],
  ["en", "GHG default value (gCO2eq/MJ)", "GHG actual value (gCO2eq/MJ)"],
  ["en", "Default GHG (g CO2eq/MJ)", "Actual GHG (g CO2eq/MJ)"],
  ["fr", "GES valeur par défaut (g CO2eq/MJ)", "GES valeur réelle (g CO2eq/MJ)"],
  ["es", "GEI valor por defecto (g CO2eq/MJ)", "GEI valor real (g CO2eq/MJ)"],
  ["it", "Emissioni GHG valore standard (g CO2eq/MJ)", "Emissioni GHG valore effettivo (g CO2eq/MJ)"],
  ["nl", "BKG emissies standaardwaarde (g CO2eq/MJ)", "BKG emissies werkelijke waarde (g CO2eq/MJ)"],
];

/** A plain heading of the GHG total and one that names the supplier's SD, per language. */
const PLAIN_SD: [string, string, string][] = [
  ["de", "THG (g CO2eq/MJ)", "THG lt. SD (g CO2eq/MJ)"],
  ["de", "THG gesamt (g CO2eq/MJ)", "THG laut Nachhaltigkeitsnachweis (g CO2eq/MJ)"],
  ["en", "GHG total (gCO2eq/MJ)", "GHG as per PoS (gCO2eq/MJ)"],
  ["fr", "GES total (g CO2eq/MJ)", "GES selon DD (g CO2eq/MJ)"],
  ["es", "GEI total (g CO2eq/MJ)", "GEI según SD (g CO2eq/MJ)"],
  ["it", "Emissioni GHG (g CO2eq/MJ)", "Emissioni GHG secondo SD (g CO2eq/MJ)"],
  ["nl", "BKG totaal (g CO2eq/MJ)", "BKG volgens SD (g CO2eq/MJ)"],
];

async function read(first: string, second: string, rows: CellValue[][]) {
  const { ledger, findings } = readWorkbook(
    await throughXlsx(sheet("Receipts", [[...HEAD, first, second], ...rows])),
  );
  return {
    said: findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.severity} ${f.code}`),
    ghg: ledger.receipts.map((r) => [r.sdNumber, r.ghg?.total ?? null]),
  };
}

describe("what a GHG heading says of its value", () => {
  it.each(DEFAULT_ACTUAL)("%s: %s is a default, %s an actual value", (_, def, actual) => {
    expect(ghgSourceOf(def).source).toBe("default");
    expect(ghgSourceOf(actual).source).toBe("actual");
  });
  it.each(PLAIN_SD)("%s: %s says nothing, %s is the SD's", (_, plain, sd) => {
    expect(ghgSourceOf(plain).source).toBe("plain");
    expect(ghgSourceOf(sd).source).toBe("sd");
  });
});

/** The findings `said` as one warning at the heading of the column not mapped, and the errors at its cells in `rows`. */
function atSecond(said: string[], rows: number[]): void {
  const col = said.find((s) => s.endsWith("warning second-ghg-column"))?.[0];
  expect(["F", "G"]).toContain(col);
  expect(said).toEqual([
    ...rows.map((r) => `${col}${r} error ghg-columns-disagree`),
    `${col}1 warning second-ghg-column`,
  ]);
}

describe.each(DEFAULT_ACTUAL)("%s: a default and an actual GHG total", (_, def, actual) => {
  it.each([
    [def, actual],
    [actual, def],
  ])("%s, then %s: read where they agree, refused where they differ, whichever comes first", async (a, b) => {
    const { said, ghg } = await read(a, b, [row("SD-1", 30, 30), row("SD-2", 50, 30), row("SD-3", 30, 50)]);
    atSecond(said, [3, 4]);
    expect(ghg).toEqual([
      ["SD-1", "30"],
      ["SD-2", null],
      ["SD-3", null],
    ]);
  });
});

describe.each(PLAIN_SD)("%s: a plain GHG total beside the SD's", (_, plain, sd) => {
  it.each([
    [plain, sd],
    [sd, plain],
  ])("%s, then %s: the SD's value is read wherever it is filled", async (a, b) => {
    // [plain, SD] values in the order of the columns
    const ordered = (sdNumber: string, p: CellValue, d: CellValue) =>
      a === sd ? row(sdNumber, d, p) : row(sdNumber, p, d);
    const rows = [ordered("SD-1", 30, 30), ordered("SD-2", 30, 50), ordered("SD-3", null, 28)];
    const { said, ghg } = await read(a, b, rows);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^[FG]1 warning second-ghg-column$/);
    expect(ghg).toEqual([
      ["SD-1", "30"],
      ["SD-2", "50"],
      ["SD-3", "28"],
    ]);
  });
});

describe("two plain GHG totals, and a component twice", () => {
  it("two plain totals that differ: refused at the second's cell", async () => {
    const { said, ghg } = await read("GHG total (g CO2eq/MJ)", "GHG (g CO2eq/MJ)", [row("SD-1", 30, 31)]);
    atSecond(said, [2]);
    expect(ghg).toEqual([["SD-1", null]]);
  });
  it.each([
    ["eec Standardwert", "eec tatsächlich", 20, 12, undefined],
    ["eec", "eec lt. SD", 12, 20, "20"],
  ])("%s beside %s", async (a, b, x, y, value) => {
    const rows = [[...HEAD, a, b], row("SD-1", x, y)];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    const said = findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.cell} ${f.severity} ${f.code}`);
    if (value) expect(said).toEqual(["G1 warning second-ghg-column"]);
    else atSecond(said, [2]);
    expect(ledger.receipts[0]?.ghg?.eec).toBe(value);
  });
});

/** A default value's GHG heading alone, per language (p-ghgfold): "GHG default value", "valore di default", "standaardwaarde" were left out unread, without a word, where "THG Standardwert" and "valeur par défaut" were read. */
const DEFAULT_ALONE: [string, string][] = [
  ["de", "THG Standardwert (g CO2eq/MJ)"],
  ["en", "GHG default value (gCO2eq/MJ)"],
  ["fr", "GES valeur par défaut (g CO2eq/MJ)"],
  ["es", "GEI valor por defecto (g CO2eq/MJ)"],
  ["it", "Emissioni GHG valore di default (g CO2eq/MJ)"],
  ["nl", "BKG standaardwaarde (g CO2eq/MJ)"],
];

describe("a default value's GHG column alone", () => {
  it.each(DEFAULT_ALONE)("%s: %s is the GHG total, a default value", async (_, heading) => {
    expect(ghgSourceOf(heading).source).toBe("default");
    const { ledger, findings, sheets } = readWorkbook(
      await throughXlsx(
        sheet("Receipts", [
          [...HEAD, heading],
          [D, "Saipol", "SD-1", "UCO", 10, 30.5],
        ]),
      ),
    );
    expect(sheets[0]?.columns["ghg.total"]).toBe("F");
    expect(ledger.receipts.map((r) => r.ghg?.total)).toEqual(["30.5"]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("the PoS's yes/no 'Total default value according to RED II applied' is no GHG value", () => {
    const { sheets } = readWorkbook({
      name: "b.xlsx",
      sheets: [
        sheet("Receipts", [
          [...HEAD, "Total default value according to RED II applied"],
          [D, "Saipol", "SD-1", "UCO", 10, "yes"],
        ]),
      ],
    });
    expect(Object.keys(sheets[0]?.columns ?? {}).filter((f) => f.startsWith("ghg."))).toEqual([]);
  });
});
