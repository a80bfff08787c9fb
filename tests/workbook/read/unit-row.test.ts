// (brk23 §11) A heading of two rows whose second row holds only units ("Menge" over "kg", "t",
// "MT", "Tonnen", "g CO2eq/MJ" under "THG gesamt"): the unit row was read as the first booking,
// refused as a possible total ("holds only a quantity") and every quantity below refused as
// invalid-unit, the sheet's SDs held. Now a row directly under the heading that holds unit words
// alone (one or more, nothing else) is the heading's unit row: each unit is its column's, exactly
// as if written in brackets. A word that is no unit, and a "t" under a Unit column ("Einheit": a
// row's own unit), keep the row a row of the table.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [language, the receipts' headings (quantity last), a GHG total's heading]. */
const LANGS: [string, string[], string][] = [
  ["de", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge"], "THG gesamt"],
  ["en", ["Date", "Supplier", "SD number", "Product", "Quantity"], "GHG total"],
  ["fr", ["Date", "Fournisseur", "N° DD", "Produit", "Quantité"], "GES total"],
  ["nl", ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid"], "BKG totaal"],
  ["pl", ["Data", "Dostawca", "Nr SD", "Produkt", "Ilość"], "GHG razem"],
];
/** [unit word as typed, the quantity written, the quantity read in t]. */
const UNITS: [string, number, string][] = [
  ["t", 100, "100"],
  ["kg", 100000, "100000"],
  ["MT", 100, "100"],
  ["Tonnen", 100, "100"],
  ["tonnes", 100, "100"],
  ["in t", 100, "100"],
];
const d = serial("2025-03-03");

function read(head: string[], under: CellValue[], rows: CellValue[][]) {
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", [head, under, ...rows])] });
}
const errors = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);

describe("a unit row under a heading of one row", () => {
  const cases = LANGS.flatMap(([lang, head]) =>
    UNITS.map(([u, q, read]) => [lang, u, head, q, read] as const),
  );
  it.each(cases)('%s: "%s" under the quantity heading is its unit', (...c) => {
    const [, unit, head, q, quantity] = c;
    const r = read([...head], [null, null, null, null, unit], [[d, "Saipol", "SD-1", "UCO", q]]);
    expect(errors(r)).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ kind: "receipts", headerRow: 2 });
    expect(r.ledger.receipts.map((x) => [x.source.row, x.quantity, x.unit])).toEqual([
      [3, quantity, unit === "kg" ? "kg" : "t"],
    ]);
  });

  it.each(LANGS)("%s: a quantity's and a GHG total's units in one row, bracketed or not", (_l, head, ghg) => {
    const r = read(
      [...head, ghg],
      [null, null, null, null, "(t)", "g CO2eq/MJ"],
      [[d, "Saipol", "SD-1", "UCO", 100, 12.5]],
    );
    expect(errors(r)).toEqual([]);
    expect(r.ledger.receipts.map((x) => [x.quantity, x.unit, x.ghg?.total, x.ghg?.unit])).toEqual([
      ["100", "t", "12.5", "g CO2eq/MJ"],
    ]);
  });
});

describe("rows that stay rows of the table", () => {
  const head = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge", "Einheit"];
  it('a "t" in a Unit column under its heading: a row (refused where it is no booking), the heading row 1', () => {
    const r = read(head, [null, null, null, null, null, "t"], [[d, "Saipol", "SD-1", "UCO", 100, "t"]]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 1 });
  });

  it("a first booking with its unit in a Unit column is read as before", () => {
    const r = read(head, [d, "Saipol", "SD-1", "UCO", 100, "t"], [[d, "Saipol", "SD-2", "UCO", 50, "kg"]]);
    expect(errors(r)).toEqual([]);
    expect(r.ledger.receipts.map((x) => [x.quantity, x.unit])).toEqual([
      ["100", "t"],
      ["50", "kg"],
    ]);
  });

  it.each(["Stk", "Fass", "x"])('"%s" (no unit) under the quantity heading: still a row, refused', (word) => {
    const r = read(head.slice(0, 5), [null, null, null, null, word], [[d, "Saipol", "SD-1", "UCO", 100]]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 1 });
    expect(errors(r).length).toBeGreaterThan(0);
  });
});
