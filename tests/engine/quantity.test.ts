import {
  compareText,
  decimalsOf,
  formatQuantity,
  heatingValuePerTonne,
  normaliseUnit,
  parseDecimal,
  sumText,
  toAmount,
  toText,
} from "../../src/engine/quantity";

describe("quantities", () => {
  it("sums exactly where floats do not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumText(["0.1", "0.2"])).toBe("0.3");
    expect(sumText(["120.000", "500.000", "300.000", "-450.000", "-400.000"])).toBe("70");
  });

  it("parses decimal text only", () => {
    expect(toText(parseDecimal(" 1e3 ")!)).toBe("1000");
    expect(parseDecimal("1,5")).toBeNull();
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal(undefined)).toBeNull();
  });

  it("compares and formats with the precision of the inputs", () => {
    expect(compareText("10.50", "10.5")).toBe(0);
    expect(compareText("9", "10")).toBe(-1);
    expect(decimalsOf("120.000")).toBe(3);
    expect(formatQuantity("1234567.5", 3)).toBe("1,234,567.500");
    expect(formatQuantity("-20", 0)).toBe("-20");
  });

  it("normalises units as staff type them", () => {
    expect(["t", "MT", "Tonnes", "kg", "m³", "cbm", "Liter", "mj", "KWH", ""].map(normaliseUnit)).toEqual([
      "t",
      "t",
      "t",
      "kg",
      "m3",
      "m3",
      "L",
      "MJ",
      "kWh",
      "t",
    ]);
    expect(normaliseUnit("barrels")).toBeNull();
  });

  it("converts t ↔ kg exactly, volume and energy only with a density or heating value", () => {
    expect(toText(toAmount(parseDecimal("1234.5")!, "kg").t!)).toBe("1.2345");
    expect(toAmount(parseDecimal("1000")!, "L").t).toBeUndefined();
    expect(toText(toAmount(parseDecimal("1000")!, "L", { density: parseDecimal("0.88") }).t!)).toBe("0.88");
    expect(toText(toAmount(parseDecimal("100")!, "kWh").MJ!)).toBe("360");
    const hv = heatingValuePerTonne(parseDecimal("37"), "MJ/kg");
    expect(toText(toAmount(parseDecimal("100")!, "t", { heatingValuePerT: hv }).MJ!)).toBe("3700000");
    expect(toText(toAmount(parseDecimal("3700000")!, "MJ", { heatingValuePerT: hv }).t!)).toBe("100");
  });
});
