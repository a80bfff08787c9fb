// (brk23 §2) On a sheet whose E is the sum of its terms (eec, ep… mapped, no total), a heading with an
// emission word over numbers was left unmapped without a word when the term table did not hold its
// words ("Emissies vervoer", "Emissionen Fracht", "Emissioni da coltura"): E was summed without it.
// Now those words are read as their term, and any other emission heading over a number that is read
// as no term is refused at its heading (mapping-uncertain, ghg-term-unread) with its products'
// balances incomplete. A price, tax, allowance or certificate of emissions, a quota, a date or a
// document number is no GHG value and stays unread without a word, as does a heading beside a total.
import { readWorkbook } from "../../../src/workbook/read";
import { namesNoGhgValue } from "../../../src/workbook/ghg-non-value-words";
import { ghgTermOf } from "../../../src/workbook/ghg-term-words";
import { namesAnUnreadEmission } from "../../../src/workbook/ghg-term-unread";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");

/** Words the term table now holds, in nl, de, it, en, fr, es, pl. */
const NEW_TERMS: [string, string][] = [
  ["Emissies vervoer", "etd"],
  ["Emissies door vervoer", "etd"],
  ["Emissionen Logistik", "etd"],
  ["Emissionen Fracht", "etd"],
  ["Freight emissions", "etd"],
  ["Émissions logistique", "etd"],
  ["Emisiones logística", "etd"],
  ["Emissioni trasporti", "etd"],
  ["Emissioni da coltura", "eec"],
  ["Emissions from farming", "eec"],
  ["Farming emissions", "eec"],
  ["Émissions agricoles", "eec"],
  ["Emisiones agrícolas", "eec"],
  ["Emissionen Landwirtschaft", "eec"],
  ["Emissies landbouw", "eec"],
  ["Emisje rolnicze", "eec"],
];
/** Emission headings that name no term and no other field ("Other emissions" is read as the total E, as before): refused over a number where E is summed from terms. */
const UNREAD = [
  "Emissionen Sonstige",
  "Emissionen Lagerung",
  "Emissioni deposito",
  "Altre emissioni",
  "Otras emisiones",
  "Emissies opslag",
  "Overige emissies",
  "Emisje magazyn",
  "Pozostałe emisje",
  "CO2 Lager",
];
/** Emission headings that are no GHG value: never refused, never read. */
const NOT_VALUES = [
  "CO2-Preis (EUR)",
  "Emissionszertifikat",
  "Emissionshandel",
  "CO2-Steuer",
  "THG-Quote",
  "CO2 allowance price",
  "Carbon cost",
  "GHG certificate no.",
  "Prix CO2 (€)",
  "Quota di emissioni",
  "Prezzo CO2",
  "Precio CO2",
  "Derechos de emisión",
  "CO2-prijs",
  "Emissierechten",
  "Cena CO2",
  "Uprawnienia do emisji",
  "THG Datum",
  "E-Mail",
];

/** A receipts sheet eec | `heading` | ep (or with a GHG total when `total`), `value` under `heading`. */
function read(heading: string, value: CellValue, total = false) {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [
          "Date",
          "Supplier",
          "Supplier certificate",
          "SD number",
          "Product",
          "Quantity (t)",
          "GHG unit",
          "eec",
          heading,
          total ? "GHG total" : "ep",
        ],
        [DAY, "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10, "g CO2eq/MJ", 20, value, total ? 32 : 5],
      ]),
    ],
  });
  const columns = r.sheets.find((x) => x.name === "Receipts")?.columns ?? {};
  const mapped = Object.entries(columns)
    .filter(([, c]) => c === "I")
    .map(([f]) => f);
  const said = r.findings
    .filter((f) => f.cell === "I1")
    .map((f) => `${f.severity} ${f.code} ${f.details && "reason" in f.details ? f.details.reason : ""}`);
  return { mapped, said, r };
}

describe("GHG term words added (brk23)", () => {
  it.each(NEW_TERMS)("%p names %s", (h, term) => expect(ghgTermOf(h)).toBe(term));
  it.each(NEW_TERMS.filter(([, t]) => t === "etd"))(
    "%p beside eec and ep is read as etd, nothing said",
    (h) => {
      const { mapped, said, r } = read(h, 7);
      expect(mapped).toEqual(["ghg.etd"]);
      expect(said).toEqual([]);
      expect(r.ledger.receipts[0]?.ghg).toEqual({ eec: "20", etd: "7", ep: "5", unit: "g CO2eq/MJ" });
    },
  );
});

describe("an emission heading read as no term, where E is summed from terms", () => {
  it.each(UNREAD)("%p over 7: refused at its heading, UCO's balance incomplete", (h) => {
    expect(namesAnUnreadEmission(h)).toBe(true);
    const { mapped, said, r } = read(h, 7);
    expect(mapped).toEqual([]);
    expect(said).toEqual(["error mapping-uncertain ghg-term-unread"]);
    expect(r.ledger.incomplete?.map((i) => i.products)).toEqual([["UCO"]]);
  });

  it.each(["7", "7,5", 0.5])("a number typed as %p is a value: refused", (v) => {
    expect(read("Emissionen Sonstige", v).said).toEqual(["error mapping-uncertain ghg-term-unread"]);
  });
});

// (found by the fresh-clone CI) the GHG value a certificate states is a GHG value: "THG lt.
// Zertifikat", a registry's "CertificateGreenhouseGasIntensity" were kept from every GHG field as
// if a certificate of emissions, and a registry's intensity column went unread
it.each([
  "THG lt. Zertifikat",
  "CertificateGreenhouseGasIntensity",
  "Certificate GHG intensity",
  "GHG value per certificate",
  "Émissions selon certificat",
])("%p names the GHG value a certificate states: a GHG value", (h) => expect(namesNoGhgValue(h)).toBe(false));

it.each(["Emissionszertifikat", "CO2-Zertifikate", "emission certificates", "Certificats d'émission"])(
  "%p is a certificate of emissions: no GHG value",
  (h) => expect(namesNoGhgValue(h)).toBe(true),
);

describe("what must not be refused", () => {
  it.each(NOT_VALUES.filter((h) => h !== "E-Mail"))(
    "%p over 85: no GHG value, nothing said, E's terms read as before",
    (h) => {
      expect(namesAnUnreadEmission(h)).toBe(false);
      const { said, r } = read(h, 85);
      expect(said).toEqual([]);
      expect(r.ledger.incomplete ?? []).toEqual([]);
      expect(r.ledger.receipts[0]?.ghg).toEqual({ eec: "20", ep: "5", unit: "g CO2eq/MJ" });
    },
  );

  // h-ghg3: nothing refused, but standing among the GHG values (eec | it | GHG total) unread, it is
  // warned at its heading (ghg-run-gap.ts); was nothing said
  // h-ghg3: "E-Mail" over a number between eec and ep is no GHG term, but a number there may be a
  // component: warned at its heading (ghg-run-gap.ts), nothing refused; was nothing said
  it('"E-Mail" over 85: no GHG value, not refused, warned as unread among the GHG values', () => {
    expect(namesAnUnreadEmission("E-Mail")).toBe(false);
    const { said, r } = read("E-Mail", 85);
    expect(said).toEqual(["warning mapping-uncertain ghg-run-unread"]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({ eec: "20", ep: "5", unit: "g CO2eq/MJ" });
  });

  it.each(UNREAD)("%p beside a GHG total: E is the total, nothing refused here", (h) => {
    expect(read(h, 7, true).said).toEqual(["warning mapping-uncertain ghg-run-unread"]);
  });

  it.each([null, 0, "0", "", "n/a"])("%p under an unread emission heading: no value, nothing said", (v) => {
    expect(read("Emissionen Sonstige", v).said).toEqual([]);
  });
});
