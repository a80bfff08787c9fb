// brk24 §5: a GHG unit in CO2 alone ("g CO2/MJ") had been read as g CO2eq/MJ, silently: CO2eq
// also counts methane and nitrous oxide, and ISCC's GHG values are CO2eq. Such units are refused
// (isCo2Only names why); the CO2-equivalent spellings of every language keep reading.
import { ghgUnitKey, isCo2Only, parseGhgUnit } from "../../../src/engine/ghg-units";

describe("GHG units in CO2 alone are not read as CO2eq", () => {
  it.each([
    "g CO2/MJ",
    "gCO2/MJ",
    "g CO₂/MJ",
    "g CO2 / MJ",
    "g co2/mj",
    "kg CO2/t",
    "kg CO2/GJ",
    "g CO2/kWh",
    "kg CO2/MWh",
    "g CO2/MJ Kraftstoff",
    "g CO2/MJ (PCI)",
    "g CO2/MJ Hu",
    "kg CO2/t TM",
    "kg CO2/t MS",
    "kg CO₂/t FM",
    "g CO2/kg",
    "t CO2/t",
    "gram CO2/MJ",
  ])("%p is refused as CO2 only", (text) => {
    expect([text, parseGhgUnit(text), isCo2Only(text)]).toEqual([text, null, true]);
  });

  // must not change: every CO2-equivalent spelling reads as it did, and "g/MJ" (no gas named)
  it.each([
    ["g CO2eq/MJ", "MJ"],
    ["gCO2e/MJ", "MJ"],
    ["g CO2e/MJ", "MJ"],
    ["g CO2 eq./MJ", "MJ"],
    ["g CO2-eq/MJ", "MJ"],
    ["g CO₂eq/MJ", "MJ"],
    ["g CO2-Äq./MJ", "MJ"],
    ["g CO2-Äq/MJ", "MJ"],
    ["gCO2éq/MJ", "MJ"],
    ["g CO2 éq./MJ (PCI)", "MJ"],
    ["kg CO2eq/GJ", "MJ"],
    ["g CO2eq/kWh", "MJ"],
    ["g/MJ", "MJ"],
    ["kg CO2eq/t", "mass:0.001"],
    ["kg CO2-Äq/t TM", "dry-mass:0.001"],
  ])("%p still reads (key %s)", (text, key) => {
    expect([text, parseGhgUnit(text) !== null, isCo2Only(text), ghgUnitKey(text)]).toEqual([
      text,
      true,
      false,
      key,
    ]);
  });

  // "equivalent" in each language: Polish ekwiwalent had been refused as an unknown unit
  it.each([
    ["g CO2ekw/MJ", "1", "1"],
    ["g CO2 ekw./MJ", "1", "1"],
    ["g CO2 ekwiwalent/MJ", "1", "1"],
    ["g CO2-ekw/kWh", "1", "3.6"],
    ["g CO2-Äquivalent/MJ", "1", "1"],
    ["g CO2-Äquivalente/MJ", "1", "1"],
    ["g CO2 équivalent/MJ", "1", "1"],
    ["g CO2 equivalente/MJ", "1", "1"],
    ["g CO2 equivalent/MJ", "1", "1"],
    ["g CO2(eq)/MJ", "1", "1"],
    ["g CO2 (e)/MJ", "1", "1"],
    ["kg CO2 ekw/GJ", "1000", "1000"],
  ])("%p reads as CO2eq per MJ (×%s/%s)", (text, numerator, denominator) => {
    expect(parseGhgUnit(text)).toEqual({ per: "energy", unit: text, numerator, denominator });
  });

  it("per mass in Polish: kg CO2ekw/t is per tonne as delivered", () => {
    expect(parseGhgUnit("kg CO2ekw/t")).toEqual({ per: "mass", unit: "kg CO2ekw/t", perGram: "0.001" });
  });

  // a unit that is no GHG unit at all stays unknown, not "CO2 only"
  it.each(["kg CO2/bbl", "lbs CO2/gal", "g CO2/l", "%", "g CH4/MJ", "g CO/MJ"])(
    "%p is unknown, not CO2 only",
    (text) => {
      expect([text, parseGhgUnit(text), isCo2Only(text)]).toEqual([text, null, false]);
    },
  );
});
