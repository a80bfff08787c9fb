// RED I's eee, the saving from excess electricity from cogeneration, in a GHG column ("ee", "eee",
// "e ee"): RED II has no such term (E = eec + el + ep + etd + eu − esca − eccs − eccr). Before,
// "ee"/"eee" was dropped without a word, and "e ee" / "E ee (g CO2eq/MJ)" was read as the GHG total.
// Now such a column holding a saving is refused at its heading (mapping-uncertain, ghg-eee), never
// read into another term, and the balances of its rows' products are incomplete.
import { readWorkbook } from "../../../src/workbook/read";
import { namesExcessElectricity } from "../../../src/workbook/ghg-excess-words";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");
const HEADS = [
  "Date",
  "Supplier",
  "Supplier certificate",
  "SD number",
  "Product",
  "Quantity (t)",
  "eec",
  "ep",
  "etd",
];
const row = (sd: string, product: string, eee: CellValue): CellValue[] => [
  DAY,
  "Saipol",
  "EU-ISCC-Cert-DE100-1",
  sd,
  product,
  10,
  10,
  5,
  2,
  eee,
  "g CO2eq/MJ",
];
const read = (heading: string, rows: CellValue[][]) =>
  readWorkbook({ name: "x.xlsx", sheets: [sheet("Receipts", [[...HEADS, heading, "GHG unit"], ...rows])] });
const eee = (r: ReturnType<typeof read>) =>
  r.findings.filter((f) => f.code === "mapping-uncertain" && f.details?.reason === "ghg-eee");

const EEE = [
  "ee",
  "eee",
  "Eee",
  "e ee",
  "e_ee",
  "E ee (g CO2eq/MJ)",
  "GHG eee",
  "THG eee",
  "eee (gCO2eq/MJ)",
  "Emission saving from excess electricity",
  "Einsparung durch Überschussstrom",
  "Économie par électricité excédentaire",
  "Ahorro por electricidad excedentaria",
  "Risparmio da elettricità eccedentaria",
  "Besparing overtollige elektriciteit",
];
const NOT_EEE = [
  "eec",
  "ep",
  "etd",
  "eu",
  "esca",
  "eccs",
  "eccr",
  "e",
  "GHG total",
  "Excess electricity (MWh)",
  "Energie",
  "eeg",
];

describe("the headings of eee, both ways", () => {
  it.each(EEE)("%p names eee", (h) => expect(namesExcessElectricity(h)).toBe(true));
  it.each(NOT_EEE)("%p does not", (h) => expect(namesExcessElectricity(h)).toBe(false));
});

describe("a column of eee with a saving", () => {
  it.each(EEE)("%p: refused at its heading, read into no other term", (h) => {
    const r = read(h, [row("IN-1", "UCO", 3), row("IN-2", "Rapeseed oil", null)]);
    expect(eee(r)).toMatchObject([{ severity: "error", sheet: "Receipts", cell: "J1" }]);
    expect(eee(r)[0]?.message).toContain("RED II has no such term");
    // never the total, never another component: the row's GHG is its components as typed
    expect(r.ledger.receipts.map((x) => x.ghg)).toEqual([
      { eec: "10", ep: "5", etd: "2", unit: "g CO2eq/MJ" },
      { eec: "10", ep: "5", etd: "2", unit: "g CO2eq/MJ" },
    ]);
    // the balances of the rows holding the saving are incomplete, the others not
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["receipts"], products: ["UCO"] }]);
  });
});

describe("what does not change", () => {
  it.each([[0], [null], ["0,0"], [""]])(
    "a column of eee holding %p only: nothing said, nothing incomplete",
    (v) => {
      const r = read("eee", [row("IN-1", "UCO", v), row("IN-2", "UCO", null)]);
      expect(eee(r)).toEqual([]);
      expect(r.ledger.incomplete ?? []).toEqual([]);
    },
  );

  it("the RED II columns beside it are read as before", () => {
    const r = read("eccr", [row("IN-1", "UCO", 1)]);
    expect(eee(r)).toEqual([]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({
      eec: "10",
      ep: "5",
      etd: "2",
      eccr: "1",
      unit: "g CO2eq/MJ",
    });
  });
});
