// (brk25 §4b) A sites sheet writing each site's address in parts, a column each, in de, en, fr,
// it, es, nl, pl: the parts are the site's address, joined as typed ("Hafenstraße 1, 20457
// Hamburg, Deutschland"), at the street's cell. A street without its town is no address: refused
// at the blank town cell, the site's address unreadable (its SDs held, engine/site-address.ts).
// Must not change: an Address column alone; "Indirizzo" with no town column beside it; a row with
// no part written.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { cellsOf } from "../../../src/engine/source-cells";
import { sheet } from "../fixtures";

const HEADINGS: [string, string[]][] = [
  ["de", ["Standort", "Straße", "PLZ", "Ort", "Land"]],
  ["en", ["Site", "Street", "Postcode", "City", "Country"]],
  ["en", ["Site", "Street", "ZIP", "City", "Country"]],
  ["fr", ["Site", "Rue", "Code postal", "Ville", "Pays"]],
  ["it", ["Sito", "Via", "CAP", "Città", "Paese"]],
  ["it", ["Sito", "Indirizzo", "CAP", "Città", "Paese"]],
  ["es", ["Sitio", "Calle", "C.P.", "Ciudad", "País"]],
  ["es", ["Sitio", "Dirección", "C.P.", "Ciudad", "País"]],
  ["nl", ["Locatie", "Straat", "Postcode", "Plaats", "Land"]],
  ["pl", ["Zakład", "Ulica", "Kod pocztowy", "Miasto", "Kraj"]],
];

function sites(rows: CellValue[][], formats: Record<string, string> = {}) {
  const r = readWorkbook({ name: "b.xlsx", sheets: [sheet("Sites", rows, { formats })] });
  return {
    sites: r.ledger.sites.map((s) => [
      s.site,
      s.address ?? null,
      s.unreadable ?? null,
      cellsOf(s.source).address,
    ]),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
  };
}

describe("an address in parts is the site's address", () => {
  it.each(HEADINGS)("%s: %j", (_l, head) => {
    const read = sites(
      [
        head,
        ["Hamburg", "Hafenstraße 1", 20457, "Hamburg", "Deutschland"],
        ["Venlo", "Industrieweg 7", "5928 AB", "Venlo", "NL"],
        ["Dresden", "Hauptstr. 5", "01067", "Dresden", null],
        ["Leipzig", "Hauptstr. 6", 4109, "Leipzig", null],
      ],
      { C5: "00000" },
    );
    expect(read.errors).toEqual([]);
    expect(read.sites).toEqual([
      ["Hamburg", "Hafenstraße 1, 20457 Hamburg, Deutschland", null, "B2"],
      ["Venlo", "Industrieweg 7, 5928 AB Venlo, NL", null, "B3"],
      ["Dresden", "Hauptstr. 5, 01067 Dresden", null, "B4"],
      ["Leipzig", "Hauptstr. 6, 04109 Leipzig", null, "B5"],
    ]);
  });

  it.each(HEADINGS)(
    "%s: a street without its town, or a town without its street, is refused at the blank cell",
    (_l, head) => {
      const read = sites([
        head,
        ["Hamburg", "Hafenstraße 1", 20457, null, "Deutschland"],
        ["Venlo", null, "5928 AB", "Venlo", "NL"],
      ]);
      expect(read.errors).toEqual(["missing-value D2", "missing-value B3"]);
      expect(read.sites).toEqual([
        ["Hamburg", null, ["address"], "D2"],
        ["Venlo", null, ["address"], "B3"],
      ]);
    },
  );
});

// (h-postcode) Expectation changed: "Hauptstr. 5 | 1067 | Dresden" was read "Hauptstr. 5, 1067
// Dresden" (the leading zero Excel dropped, printed on the SD). A number postcode showing fewer
// digits than the country's postcodes is now refused at its cell, the site's SDs held.
describe("a number postcode short of its country's digits is refused at its cell", () => {
  it.each(HEADINGS)("%s: %j", (_l, head) => {
    const read = sites([
      head,
      ["Dresden", "Hauptstr. 5", 1067, "Dresden", "Deutschland"],
      ["Lyon", "Rue 1", 1000, "Bourg-en-Bresse", "FR"],
      ["Roma", "Via 1", 100, "Roma", null],
      ["Wien", "Ring 1", 1010, "Wien", "Österreich"],
    ]);
    expect(read.errors).toEqual(["invalid-value C2", "invalid-value C3", "invalid-value C4"]);
    expect(read.sites).toEqual([
      ["Dresden", null, ["address"], "C2"],
      ["Lyon", null, ["address"], "C3"],
      ["Roma", null, ["address"], "C4"],
      ["Wien", "Ring 1, 1010 Wien, Österreich", null, "B5"],
    ]);
  });
});

describe("must not change", () => {
  it("an Address column alone", () => {
    const read = sites([
      ["Site", "Country", "Address"],
      ["Hamburg", "DE", "Kattwykdamm 3, 21107 Hamburg"],
    ]);
    expect(read.sites).toEqual([["Hamburg", "Kattwykdamm 3, 21107 Hamburg", null, "C2"]]);
  });

  it('"Indirizzo" with no town column beside it', () => {
    const read = sites([
      ["Sito", "Paese", "Indirizzo"],
      ["Ravenna", "IT", "Via Baiona 1, 48123 Ravenna"],
    ]);
    expect(read.sites).toEqual([["Ravenna", "Via Baiona 1, 48123 Ravenna", null, "C2"]]);
  });

  it("a row with no part written: no address, no finding (as a blank Address cell)", () => {
    const read = sites([
      ["Standort", "Straße", "PLZ", "Ort", "Land"],
      ["Hamburg", null, null, null, "DE"],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.sites.map((s) => s.slice(0, 3))).toEqual([["Hamburg", null, null]]);
  });
});

// (h-leftovers) Before, a house number in a column of its own was read by no part: "Hafenweg | 1 |
// 20457 | Hamburg" printed "Hafenweg, 20457 Hamburg" on the site's SDs. Now it follows the street,
// as typed, in every language (the columns' own order; no country's order is guessed).
const NUMBERED: [string, string[]][] = [
  ["de", ["Standort", "Straße", "Hausnr.", "PLZ", "Ort", "Land"]],
  ["de", ["Standort", "Straße", "Nr.", "PLZ", "Ort", "Land"]],
  ["en", ["Site", "Street", "No.", "Postcode", "City", "Country"]],
  ["en", ["Site", "Street", "House number", "ZIP", "City", "Country"]],
  ["fr", ["Site", "Rue", "N°", "Code postal", "Ville", "Pays"]],
  ["it", ["Sito", "Via", "N. civico", "CAP", "Città", "Paese"]],
  ["es", ["Sitio", "Calle", "Número", "CP", "Ciudad", "País"]],
  ["nl", ["Locatie", "Straat", "Huisnummer", "Postcode", "Plaats", "Land"]],
  ["pl", ["Zakład", "Ulica", "Nr domu", "Kod pocztowy", "Miejscowość", "Kraj"]],
];

describe("a house number column follows the street", () => {
  it.each(NUMBERED)("%s: %j", (_l, head) => {
    const read = sites([
      head,
      ["Hamburg", "Hafenweg", 1, "20457", "Hamburg", "DE"],
      ["Venlo", "Industrieweg", "5a", "5928 AB", "Venlo", "NL"],
      ["Köln", "Am Hafen 3", null, "50667", "Köln", "DE"],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.sites).toEqual([
      ["Hamburg", "Hafenweg 1, 20457 Hamburg, DE", null, "B2"],
      ["Venlo", "Industrieweg 5a, 5928 AB Venlo, NL", null, "B3"],
      ["Köln", "Am Hafen 3, 50667 Köln, DE", null, "B4"],
    ]);
  });

  it.each(NUMBERED)("%s: a house number without its street is refused at the blank street", (_l, head) => {
    const read = sites([head, ["Hamburg", null, 1, "20457", "Hamburg", "DE"]]);
    expect(read.errors).toEqual(["missing-value B2"]);
    expect(read.sites).toEqual([["Hamburg", null, ["address"], "B2"]]);
  });

  it('must not change: a bare "Nr." not beside the street is not the house number', () => {
    const read = sites([
      ["Nr.", "Standort", "Straße", "PLZ", "Ort", "Land"],
      [1, "Hamburg", "Hafenweg 1", "20457", "Hamburg", "DE"],
    ]);
    expect(read.sites).toEqual([["Hamburg", "Hafenweg 1, 20457 Hamburg, DE", null, "C2"]]);
  });
});
