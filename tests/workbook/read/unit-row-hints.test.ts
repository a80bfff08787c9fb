// (brk25 §7) A unit row that holds date format hints beside its units ("TT.MM.JJJJ | | t | g
// CO2eq/MJ" under "Datum | Lieferant | Menge | THG gesamt") was read as the first booking: its
// hint refused as a date, its units as numbers, the heading left one row up and the units unread.
// Now a format hint is part of the heading band: no unit, no value, no word of the field; its order
// settles the column's ambiguous text dates as a custom date format does ("03/04/2025" under
// "MM/DD/YYYY" is 4 March), and where the column's own dates prove the other order neither is
// taken (refused, quoting the heading). Must not change: a first row whose date is a real date is
// a booking; a unit row of units alone reads as before (unit-row.test.ts).
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [language, the receipts' headings (date first, quantity last), a GHG total's heading]. */
const LANGS: [string, string[], string][] = [
  ["de", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge"], "THG gesamt"],
  ["en", ["Date", "Supplier", "SD number", "Product", "Quantity"], "GHG total"],
  ["fr", ["Date", "Fournisseur", "N° DD", "Produit", "Quantité"], "GES total"],
  ["it", ["Data", "Fornitore", "N. DdS", "Prodotto", "Quantità"], "GHG totale"],
  ["es", ["Fecha", "Proveedor", "N.º DdS", "Producto", "Cantidad"], "GEI total"],
  ["nl", ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid"], "BKG totaal"],
  ["pl", ["Data", "Dostawca", "Nr SD", "Produkt", "Ilość"], "GHG razem"],
];
const HINTS = [
  "TT.MM.JJJJ",
  "DD/MM/YYYY",
  "JJJJ-MM-TT",
  "MM/DD/YYYY",
  "jj.mm.aaaa",
  "GG/MM/AAAA",
  "DD-MM-RRRR",
  "dd.mm.yyyy",
  "DD-MM-JJJJ",
  "hh:mm",
];
const d = serial("2025-03-03");

function read(rows: CellValue[][]) {
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", rows)] });
}
const errors = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);

describe("a format hint in the unit row is part of the heading", () => {
  const cases = LANGS.flatMap(([lang, head, ghg]) => HINTS.map((h) => [lang, h, head, ghg] as const));
  it.each(cases)('%s: "%s" over a column of dates, beside the units', (_l, hint, head, ghg) => {
    const r = read([
      [...head, ghg],
      [hint, null, null, null, "t", "g CO2eq/MJ"],
      [d, "Saipol", "SD-1", "UCO", 100, 12.5],
    ]);
    expect(errors(r)).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ kind: "receipts", headerRow: 2 });
    expect(r.ledger.receipts.map((x) => [x.date, x.quantity, x.unit, x.ghg?.unit])).toEqual([
      ["2025-03-03", "100", "t", "g CO2eq/MJ"],
    ]);
  });

  it.each(LANGS)("%s: hints and units under every heading", (_l, head) => {
    const r = read([
      [head[0]!, head[4]!, head[3]!],
      ["TT.MM.JJJJ", "t", null],
      [d, 100, "UCO"],
    ]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 2 });
  });
});

describe("the hint's order and the column's text dates", () => {
  const head = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge"];
  const row = (date: string, sd: string): CellValue[] => [date, "Saipol", sd, "UCO", 100];
  it.each([
    ["DD/MM/YYYY", "2025-04-03"],
    ["GG/MM/AAAA", "2025-04-03"],
    ["MM/DD/YYYY", "2025-03-04"],
  ])('"03/04/2025" under "%s" is %s', (hint, iso) => {
    const r = read([head, [hint, null, null, null, "t"], row("03/04/2025", "SD-1")]);
    expect(errors(r)).toEqual([]);
    expect(r.ledger.receipts.map((x) => x.date)).toEqual([iso]);
  });

  it.each([["Datum (MM/DD/YYYY)"], ["Date (MM/DD/YYYY)"]])(
    'in brackets in a heading of one row: "%s"',
    (h) => {
      const r = read([[h, "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], row("03/04/2025", "SD-1")]);
      expect(r.ledger.receipts.map((x) => x.date)).toEqual(["2025-03-04"]);
    },
  );

  it('"MM/DD/YYYY" over a column whose dates prove day first: the ambiguous one refused, quoting the heading', () => {
    const r = read([
      head,
      ["MM/DD/YYYY", null, null, null, "t"],
      row("03/04/2025", "SD-1"),
      row("13/01/2025", "SD-2"),
    ]);
    expect(errors(r)).toEqual(["ambiguous-date A3"]);
    expect(r.findings[0]?.message).toContain(
      '"13/01/2025" (day first) and the heading "MM/DD/YYYY" (month first)',
    );
    expect(r.ledger.receipts.map((x) => x.date)).toEqual(["2025-01-13"]);
  });

  it("a hint against a column of real dates changes nothing: a date cell is its day", () => {
    const r = read([
      head,
      ["MM/DD/YYYY", null, null, null, "t"],
      [serial("2025-04-03"), "Saipol", "SD-1", "UCO", 100],
    ]);
    expect(errors(r)).toEqual([]);
    expect(r.ledger.receipts.map((x) => x.date)).toEqual(["2025-04-03"]);
  });
});

describe("must not change", () => {
  const head = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"];
  it.each([
    ["a real date", d],
    ["a text date", "03.03.2025"],
  ])("a first row with %s is a booking, not a unit row", (_w, date) => {
    const r = read([head, [date, "Saipol", "SD-1", "UCO", 100], [d, "Saipol", "SD-2", "UCO", 50]]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 1 });
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["100", "50"]);
  });

  it('"YYYY-DD-MM", which the add-in does not read as a hint, leaves the heading in row 1', () => {
    const r = read([head, ["YYYY-DD-MM", null, null, null, null], [d, "Saipol", "SD-1", "UCO", 100]]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 1 });
  });
});
