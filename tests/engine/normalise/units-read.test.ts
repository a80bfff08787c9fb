// p-units2: the units messages list are the units the reader converts by (a list written by hand
// had left out kWh/kg and MWh/t though both were read), heating values per litre in kWh are read
// exactly, and GHG units as books write them: per MJ of the lower heating value (PCI, LHV) read,
// per tonne of dry matter refused rather than read as per tonne as delivered.
import fc from "fast-check";
import { perValue, toAmount } from "../../../src/engine/amount";
import { ghgUnitKey, parseGhgUnit } from "../../../src/engine/ghg-units";
import { dec, toText } from "../../../src/engine/quantity";
import {
  DENSITY_UNITS_TEXT,
  HEATING_UNITS_TEXT,
  parseUnit,
  QUANTITY_UNITS_TEXT,
  UNITS,
} from "../../../src/engine/units";

const LISTS = [
  ["quantity", QUANTITY_UNITS_TEXT],
  ["density", DENSITY_UNITS_TEXT],
  ["heating", HEATING_UNITS_TEXT],
] as const;

describe("the units a message lists are the units read", () => {
  it.each(LISTS)("every %s unit listed is read as one, as spelled in the list", (kind, list) => {
    const listed = list.split(", ");
    expect(listed.length).toBeGreaterThan(1);
    for (const text of listed) expect([text, parseUnit(text)?.kind]).toEqual([text, kind]);
  });

  it.each(LISTS)("every %s unit read is listed", (kind, list) => {
    const listed = new Set(list.split(", ").map((text) => parseUnit(text)?.unit));
    const read = Object.values(UNITS).filter((u) => u.kind === kind);
    for (const u of read) expect([u.unit, listed.has(u.unit)]).toEqual([u.unit, true]);
  });

  it("lists the heating values per kg in kWh and per tonne in MWh (they had been left out)", () => {
    expect(HEATING_UNITS_TEXT.split(", ")).toEqual(expect.arrayContaining(["kWh/kg", "MWh/t", "kWh/L"]));
  });
});

describe("heating values in kWh per litre or per m³ (1 kWh = 3.6 MJ)", () => {
  it.each([
    ["kWh/L", "9.8", "35280"],
    ["kWh/l", "9.8", "35280"],
    ["kWh / L", "5.87", "21132"],
    ["kWh pro Liter", "9.8", "35280"],
    ["kWh/m³", "9800", "35280"],
    ["kWh/m3", "9800", "35280"],
  ])("%p: %s is %s MJ/m³", (text, value, perM3) => {
    const unit = parseUnit(text);
    expect(unit?.kind).toBe("heating");
    const per = perValue(dec(value), unit?.unit ?? "", "heating");
    expect(per?.per).toBe("m3");
    expect(toText(per?.value ?? dec(0))).toBe(perM3);
  });

  it("converts litres by a value in kWh/L exactly: x L at h kWh/L is x·h kWh, x·h·3.6 MJ", () => {
    const thousandths = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(thousandths, fc.integer({ min: 1, max: 15_000 }), (litres, h) => {
        const x = dec(litres).dividedBy(1000);
        const hv = dec(h).dividedBy(1000);
        const amount = toAmount(x, "L", { heatingValue: perValue(hv, "kWh/L", "heating") });
        expect(amount.MJ?.equals(x.times(hv).times("3.6"))).toBe(true);
        expect(amount.kWh?.equals(x.times(hv))).toBe(true);
      }),
    );
  });
});

describe("GHG units as books write them", () => {
  it.each([
    // per MJ of the lower heating value: fr/es/it PCI, en LHV/NCV, de Hu/Hi
    ["g CO2eq/MJ PCI", "1", "1"],
    ["g CO2éq/MJ PCI", "1", "1"],
    ["g CO2 éq./MJ (PCI)", "1", "1"],
    ["gCO2e/MJ (LHV)", "1", "1"],
    ["g CO2eq/MJ NCV", "1", "1"],
    ["g CO2-Äq/MJ Hu", "1", "1"],
    ["kg CO2eq/GJ PCI", "1000", "1000"],
    ["g CO2eq/kWh", "1", "3.6"],
    ["g CO2e/kWh (LHV)", "1", "3.6"],
  ])("%p is per MJ: ×%s/%s to g CO2eq/MJ", (text, numerator, denominator) => {
    expect(parseGhgUnit(text)).toEqual({ per: "energy", unit: text, numerator, denominator });
  });

  // p-drymass: per mass of dry matter is read as a unit of its own (ISCC EU 205 / EC UDB give a
  // feedstock's values per dry tonne), with the grams of CO2eq per gram it counts
  it.each([
    ["kg CO2-Äq/t TM", "0.001"],
    ["kg CO2eq/t DM", "0.001"],
    ["kg CO2eq/t MS", "0.001"],
    ["kg CO2éq/t MS", "0.001"],
    ["kg CO2eq/t (DM)", "0.001"],
    ["kg CO2eq/t d.m.", "0.001"],
    ["kg CO2eq/t dry matter", "0.001"],
    ["kg CO2eq/dry-t", "0.001"],
    ["kg CO2eq/dry tonne", "0.001"],
    ["kg CO2eq/odt", "0.001"],
    ["kgCO2eq/ODT", "0.001"],
    ["kg CO2eq/t atro", "0.001"],
    ["kg CO2-Äq/t TS", "0.001"],
    ["kg CO2eq/t SS", "0.001"],
    ["kg CO2eq/t DS", "0.001"],
    ["g CO2eq/kg TM", "0.001"],
    ["g CO2eq/t DM", "0.000001"],
    ["g CO2eq/kg DM", "0.001"],
  ])("%p is per mass of dry matter, %s g CO2eq per g", (text, perGram) => {
    expect(parseGhgUnit(text)).toEqual({ per: "mass", unit: text, perGram, dry: true });
  });

  it.each([
    ["kg CO2eq/t", "0.001"],
    ["kg CO2e/t", "0.001"],
    ["g CO2-Äq/kg", "0.001"],
    ["kg CO2eq / t", "0.001"],
    ["g CO2eq/t", "0.000001"],
    // p-drymass: said to be as delivered (fresh mass, wet, as received)
    ["kg CO2eq/t FM", "0.001"],
    ["kg CO2-Äq/t FM", "0.001"],
    ["kg CO2eq/t (FM)", "0.001"],
    ["kg CO2eq/t fresh matter", "0.001"],
    ["kg CO2-Äq/t Frischmasse", "0.001"],
    ["kg CO2eq/t wet", "0.001"],
    ["kg CO2eq/wet t", "0.001"],
    ["kg CO2eq/wet tonne", "0.001"],
    ["kg CO2eq/t as received", "0.001"],
    ["kg CO2eq/t (as received)", "0.001"],
    ["kg CO2eq/t as delivered", "0.001"],
    ["g CO2eq/kg FM", "0.001"],
  ])("%p is per mass as delivered, %s g CO2eq per g", (text, perGram) => {
    expect(parseGhgUnit(text)).toEqual({ per: "mass", unit: text, perGram });
  });

  // one key per meaning: spellings of one unit share it, dry and as delivered and per MJ never do
  it.each([
    [["kg CO2eq/t", "kg CO2e/t", "g CO2-Äq/kg", "kg CO2eq/t FM", "kg CO2eq/t wet", "kg CO2eq/t as received"]],
    [
      [
        "kg CO2-Äq/t TM",
        "kg CO2eq/t DM",
        "kg CO2eq/odt",
        "g CO2eq/kg TM",
        "kg CO2eq/dry-t",
        "kg CO2eq/t atro",
      ],
    ],
    [["g CO2eq/MJ", "gCO2e/MJ (LHV)", "kg CO2eq/GJ"]],
    [["g CO2eq/t", "g CO2eq/t FM"]],
  ])("%p compare as one unit", (spellings) => {
    const keys = new Set(spellings.map((u) => ghgUnitKey(u)));
    expect([spellings, keys.size]).toEqual([spellings, 1]);
  });

  it("per dry tonne and per tonne as delivered, in kg and in g, and per MJ are five units", () => {
    const keys = ["kg CO2eq/t TM", "kg CO2eq/t", "g CO2eq/MJ", "g CO2eq/t", "g CO2eq/t DM"].map((u) =>
      ghgUnitKey(u),
    );
    expect(new Set(keys).size).toBe(5);
    // a blank unit reads per MJ, as for the saving
    expect(ghgUnitKey(null)).toBe(ghgUnitKey("g CO2eq/MJ"));
  });

  // "dry ton": a ton may be a short ton (907 kg); a word that says neither dry nor as delivered
  // ("moist") is left unread
  it.each([
    "kg CO2eq/dry ton",
    "kg CO2eq/dry tons",
    "kg CO2eq/short ton",
    "kg CO2eq/t moist",
    "kg CO2-Äq/t FS",
  ])("%p is not read", (text) => {
    expect(parseGhgUnit(text)).toBeNull();
  });

  // per MJ of the gross calorific value is no value per MJ of the lower: not read
  it.each(["g CO2eq/MJ PCS", "g CO2eq/MJ (HHV)", "g CO2eq/MJ Ho", "g CO2eq/kWh Hs"])(
    "%p is not read",
    (text) => {
      expect(parseGhgUnit(text)).toBeNull();
    },
  );
});
