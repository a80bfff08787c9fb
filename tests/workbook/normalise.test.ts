import { canonicalUnit, headerKey } from "../../src/workbook/normalise";

describe("header keys", () => {
  it.each([
    ["Quantity (t)", "quantity", "t"],
    ["MENGE [t]", "menge", "t"],
    ["Menge in kg", "menge", "kg"],
    ["Net weight kg", "net weight", "kg"],
    ["Volume m³", "volume", "m3"],
    ["Qty.", "qty", null],
    ["SD-Nr.", "sd nr", null],
    ["PoS number", "pos number", null],
    ["Lieferant", "lieferant", null],
    ["Ölmühle", "olmuhle", null],
    ["Straße", "strasse", null],
    ["Waste/Residue", "waste residue", null],
    ["THG (g CO2eq/MJ)", "thg", "g CO2eq/MJ"],
    ["Quantity (net)", "quantity", null],
    ["Sold to", "sold to", null],
    ["In", "in", null],
    ["t", "t", null],
  ])("%p -> key %p, unit %p", (raw, key, unit) => {
    const k = headerKey(raw);
    expect(k.key).toBe(key);
    expect(k.unit).toBe(unit);
  });

  it("keeps the unit words in the full key", () => {
    expect(headerKey("Net weight (kg)").full).toBe("net weight kg");
  });

  it.each([
    ["t", "t"],
    ["MT", "t"],
    ["Tonnen", "t"],
    ["kg", "kg"],
    ["m³", "m3"],
    ["Liter", "L"],
    ["kgs", "kg"],
    ["kWh", "kWh"],
    ["bags", null],
    ["", null],
  ])("unit %p is %p", (text, unit) => {
    expect(canonicalUnit(text)).toBe(unit);
  });
});
