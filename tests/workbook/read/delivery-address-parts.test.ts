// (brk27 S8/N3) A deliveries sheet writing the recipient's address in parts, a column each, in de,
// en, fr, it, es, nl, pl: the parts are the delivery's customer address, joined as typed
// ("Industrieweg 5, 5928 AB Venlo, NL"), at the street's cell (workbook/site-address-parts.ts, the
// sites sheet's composer). A street without its town is no address: refused at the blank town cell.
// Must not change: one address column holding the whole address; a "Land" away from the parts;
// a row with no part written.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { cellsOf } from "../../../src/engine/source-cells";
import { sheet } from "../fixtures";

const D = "01.03.2025";

// [language, customer heading, street, postcode, town, country]
const HEADINGS: [string, string, string, string, string, string][] = [
  ["de", "Kunde", "Straße", "PLZ", "Ort", "Land"],
  ["de", "Kunde", "Str.", "Postleitzahl", "Stadt", "Land"],
  ["de", "Kunde", "Anschrift", "PLZ", "Ort", "Land"],
  ["de", "Kunde", "Kundenadresse", "PLZ", "Ort", "Land"],
  ["de", "Kunde", "Adresse", "Kunden-PLZ", "Kundenort", "Land"],
  ["en", "Customer", "Street", "Postcode", "City", "Country"],
  ["en", "Customer", "Address", "ZIP", "Town", "Country"],
  ["fr", "Client", "Adresse", "Code postal", "Ville", "Pays"],
  ["fr", "Client", "Rue", "CP", "Localité", "Pays"],
  ["it", "Cliente", "Indirizzo", "CAP", "Città", "Paese"],
  ["it", "Cliente", "Via", "CAP", "Località", "Nazione"],
  ["es", "Cliente", "Dirección", "Código postal", "Ciudad", "País"],
  ["es", "Cliente", "Calle", "CP", "Población", "País"],
  ["nl", "Klant", "Adres", "Postcode", "Plaats", "Land"],
  ["nl", "Klant", "Straat", "Postcode", "Woonplaats", "Land"],
  ["pl", "Klient", "Ulica", "Kod pocztowy", "Miejscowość", "Kraj"],
  ["pl", "Odbiorca", "Adres", "Kod pocztowy", "Miasto", "Kraj"],
];

function deliveries(rows: CellValue[][]) {
  const r = readWorkbook({ name: "b.xlsx", sheets: [sheet("Warenausgang", rows)] });
  return {
    rows: r.ledger.deliveries.map((d) => [
      d.customerAddress ?? null,
      d.unreadable ?? null,
      cellsOf(d.source).customerAddress ?? null,
    ]),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
    reaches: r.findings.filter((f) => f.severity === "error").map((f) => f.reach),
  };
}

const tail = ["Produkt", "Menge (t)", "Nachhaltig"];
const goods = ["Rapsöl", 80, "ja"];

describe("the recipient's address in parts is the delivery's customer address", () => {
  it.each(HEADINGS)("%s: %s | %s | %s | %s | %s", (_l, customer, street, postcode, town, country) => {
    const read = deliveries([
      ["Datum", customer, street, postcode, town, country, ...tail],
      [D, "Klant BV", "Industrieweg 5", "5928 AB", "Venlo", "NL", ...goods],
      [D, "Kunde AG", "Industriestr. 5", 46049, "Oberhausen", null, ...goods],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.rows).toEqual([
      ["Industrieweg 5, 5928 AB Venlo, NL", null, "C2"],
      ["Industriestr. 5, 46049 Oberhausen", null, "C3"],
    ]);
  });

  it.each(HEADINGS)("%s: a street without its town is refused at the blank town cell", (...h) => {
    const [, customer, street, postcode, town, country] = h;
    const read = deliveries([
      ["Datum", customer, street, postcode, town, country, ...tail],
      [D, "Klant BV", "Industrieweg 5", "5928 AB", null, "NL", ...goods],
    ]);
    expect(read.errors).toEqual(["missing-value E2"]);
    expect(read.rows).toEqual([[null, ["customerAddress"], "E2"]]);
    // the delivery is booked: its own SD is held, not the other deliveries of its product
    expect(read.reaches).toEqual([{ deliveries: [{ sheet: "Warenausgang", row: 2 }] }]);
  });

  it("street and town only (no postcode column)", () => {
    const read = deliveries([
      ["Datum", "Kunde", "Straße", "Ort", ...tail],
      [D, "Kunde AG", "Industriestr. 5", "Oberhausen", ...goods],
    ]);
    expect(read.rows).toEqual([["Industriestr. 5, Oberhausen", null, "C2"]]);
  });
});

describe("must not change", () => {
  it("one address column holding the whole address", () => {
    const read = deliveries([
      ["Datum", "Kunde", "Kundenadresse", "Land", ...tail],
      [D, "Kunde AG", "Industriestr. 5, 46049 Oberhausen", "DE", ...goods],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.rows).toEqual([["Industriestr. 5, 46049 Oberhausen", null, "C2"]]);
  });

  it('a "Land" away from the parts is no part of the address', () => {
    const read = deliveries([
      ["Datum", "Kunde", "Straße", "PLZ", "Ort", "Produkt", "Menge (t)", "Nachhaltig", "Land"],
      [D, "Kunde AG", "Industriestr. 5", "46049", "Oberhausen", "Rapsöl", 80, "ja", "FR"],
    ]);
    expect(read.rows).toEqual([["Industriestr. 5, 46049 Oberhausen", null, "C2"]]);
  });

  it("a street and a town far apart are no address in parts", () => {
    const read = deliveries([
      ["Datum", "Kunde", "Kundenadresse", "Produkt", "Menge (t)", "Nachhaltig", "Ort"],
      [D, "Kunde AG", "Industriestr. 5, 46049 Oberhausen", "Rapsöl", 80, "ja", "Venlo"],
    ]);
    expect(read.rows).toEqual([["Industriestr. 5, 46049 Oberhausen", null, "C2"]]);
  });

  it("a row with no part written: no address, no finding (as a blank address cell)", () => {
    const read = deliveries([
      ["Datum", "Kunde", "Straße", "PLZ", "Ort", "Land", ...tail],
      [D, "Kunde AG", null, null, null, "DE", ...goods],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r[0])).toEqual([null]);
  });
});
