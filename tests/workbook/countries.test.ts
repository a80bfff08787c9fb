// (p-units3) A country is read in the six languages of the books, by the library's own names
// (i18n-iso-countries: en, de, fr, es, nl, it), never a word list of ours: before, "Allemagne",
// "Alemania", "Duitsland", "Germania" and "Pays-Bas" were refused as no country, and a second
// country column in another language than the first ("Herkunftsland" beside "Pays d'origine selon
// DD") refused every row. A name two countries share in some language ("Congo") names neither.
import fc from "fast-check";
import countries from "i18n-iso-countries";
import { COUNTRY_LANGUAGES, countryCodeOf, readCountries } from "../../src/workbook/countries";
import { readWorkbook } from "../../src/workbook/read";
import { serial, sheet } from "./fixtures";

/** Germany, the Netherlands, France, Spain, Belgium and Italy as each language writes them. */
const SPELLED: [string, string, string, string, string, string, string][] = [
  // code, en, de, fr, es, nl, it
  ["DE", "Germany", "Deutschland", "Allemagne", "Alemania", "Duitsland", "Germania"],
  ["NL", "Netherlands", "Niederlande", "Pays-Bas", "Países Bajos", "Nederland", "Paesi Bassi"],
  ["FR", "France", "Frankreich", "France", "Francia", "Frankrijk", "Francia"],
  ["ES", "Spain", "Spanien", "Espagne", "España", "Spanje", "Spagna"],
  ["BE", "Belgium", "Belgien", "Belgique", "Bélgica", "België", "Belgio"],
  ["IT", "Italy", "Italien", "Italie", "Italia", "Italië", "Italia"],
];

describe("a country's name in six languages", () => {
  it.each(SPELLED)("%s: %s, %s, %s, %s, %s, %s", (code, ...names) => {
    for (const name of names) {
      expect(countryCodeOf(name)).toBe(code);
      // as typed without accents, in capitals, with a space for the hyphen
      const plain = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      expect(countryCodeOf(plain.toUpperCase())).toBe(code);
      expect(countryCodeOf(plain.replace(/-/g, " "))).toBe(code);
    }
    expect(readCountries(`${names[2]} / ${names[4]}`)).toBe(code);
  });

  it("every name the library gives any country in any of the six languages reads as that country, unless two share it", () => {
    const all = COUNTRY_LANGUAGES.flatMap(({ locale }) =>
      Object.entries(countries.getNames(locale, { select: "all" })).flatMap(([code, names]) =>
        names.map((name) => [code, name] as const),
      ),
    );
    const owners = new Map<string, Set<string>>();
    for (const [code, name] of all)
      owners.set(name.toLowerCase(), (owners.get(name.toLowerCase()) ?? new Set()).add(code));
    fc.assert(
      fc.property(fc.constantFrom(...all), ([code, name]) => {
        const shared = (owners.get(name.toLowerCase())?.size ?? 0) > 1;
        expect(countryCodeOf(name)).toBe(shared ? null : code);
      }),
      { numRuns: 3000 },
    );
  });

  it("a name two countries share names neither: Congo", () => {
    expect(countryCodeOf("Congo")).toBeNull();
  });
});

describe("a country of origin written twice in two languages", () => {
  const head = [
    "Datum",
    "Lieferant",
    "SD-Nr.",
    "Produkt",
    "Menge (t)",
    "Herkunftsland",
    "Pays d'origine selon DD",
  ];
  const row = (n: number, a: string, b: string) => [
    serial("2025-03-30"),
    "Fett AG",
    `SD-${n}`,
    "UCO",
    10,
    a,
    b,
  ];
  it("one country in any two languages agrees; two countries are refused at the second cell", () => {
    const rows = SPELLED.flatMap(([code, ...names], i) => [
      row(2 * i + 1, names[1] as string, names[2] as string),
      row(2 * i + 2, names[4] as string, code === "DE" ? "France" : "Allemagne"),
    ]);
    const { ledger, findings } = readWorkbook({
      name: "b.xlsx",
      sheets: [sheet("Receipts", [head, ...rows])],
    });
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.cell);
    expect(errors).toEqual(SPELLED.map((_, i) => `G${2 * i + 3}`));
    expect(ledger.receipts.map((r) => [r.sdNumber, r.countryOfOrigin])).toEqual(
      SPELLED.map(([code], i) => [`SD-${2 * i + 1}`, code]),
    );
  });
});
