// engine/countries.ts: which sites' countries share an inland border (iscc-rules.md §6.2). The
// engine is given each site's country as the alpha-2 code the workbook read (workbook/countries.ts
// readCountries, i18n-iso-countries): it keeps no names table of its own (p-health2, issue 15).
import countries from "i18n-iso-countries";
import { sameOrNeighbouring } from "../../src/engine/countries";
import { readCountries } from "../../src/workbook/countries";

const CODES = [...Object.keys(countries.getAlpha2Codes()), "XK"];

describe("same or neighbouring country", () => {
  it.each<[string, string, boolean]>([
    ["Deutschland", "Netherlands", true],
    ["Deutschland", "Allemagne", true],
    ["Germany", "Spain", false],
    ["Vereinigtes Königreich", "Frankreich", false],
    ["Irlanda", "United Kingdom", true],
    ["Österreich", "Italia", true],
    ["Belgique", "Luxemburg", true],
    ["Portugal", "France", false],
  ])("%s and %s as the workbook reads them: %s", (a, b, yes) => {
    expect(sameOrNeighbouring(readCountries(a) ?? "", readCountries(b) ?? "")).toBe(yes);
  });
  it.each([
    ["DE", "de"],
    [" nl ", "NL"],
  ])("%j and %j are one country", (a, b) => expect(sameOrNeighbouring(a, b)).toBe(true));
  it.each([
    ["", "DE"],
    ["DE", undefined],
  ])("%j and %j: a country not stated has no neighbour", (a, b) =>
    expect(sameOrNeighbouring(a, b)).toBe(false),
  );
  it("a border is shared both ways, for every pair of codes", () => {
    for (const a of CODES)
      for (const b of CODES)
        expect([a, b, sameOrNeighbouring(a, b)]).toEqual([a, b, sameOrNeighbouring(b, a)]);
  });
});
