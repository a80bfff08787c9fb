// p-units2: the units messages list are the units the reader converts by (a list written by hand
// had left out kWh/kg and MWh/t though both were read), heating values per litre in kWh are read
// exactly, and GHG units as books write them: per MJ of the lower heating value (PCI, LHV) read,
// per tonne of dry matter refused rather than read as per tonne as delivered.
import fc from "fast-check";
import { perValue, toAmount } from "../../../src/engine/amount";
import { parseGhgUnit } from "../../../src/engine/ghg-units";
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

  it.each([
    "kg CO2-Äq/t TM",
    "kg CO2eq/t DM",
    "kg CO2eq/t MS",
    "kg CO2éq/t MS",
    "kg CO2eq/t (DM)",
    "kg CO2eq/t d.m.",
    "kg CO2eq/t dry matter",
    "kg CO2eq/dry-t",
    "kg CO2eq/dry tonne",
    "kg CO2eq/odt",
    "kg CO2eq/t atro",
    "kg CO2-Äq/t TS",
    "kg CO2eq/t SS",
    "kg CO2eq/t DS",
    "g CO2eq/kg TM",
  ])("%p is per mass of dry matter", (text) => {
    expect(parseGhgUnit(text)).toEqual({ per: "mass", unit: text, dry: true });
  });

  it.each(["kg CO2eq/t", "kg CO2e/t", "g CO2-Äq/kg", "kg CO2eq / t"])(
    "%p is per mass as delivered",
    (text) => {
      expect(parseGhgUnit(text)).toEqual({ per: "mass", unit: text });
    },
  );

  // per MJ of the gross calorific value is no value per MJ of the lower: not read
  it.each(["g CO2eq/MJ PCS", "g CO2eq/MJ (HHV)", "g CO2eq/MJ Ho", "g CO2eq/kWh Hs", "g CO2eq/t FM"])(
    "%p is not read",
    (text) => {
      expect(parseGhgUnit(text)).toBeNull();
    },
  );
});
