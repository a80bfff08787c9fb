import fc from "fast-check";
import Decimal from "decimal.js";
import { isDecimalSyntax } from "../../src/engine/decimal-text";
import { dec, parseDecimal, toText } from "../../src/engine/quantity";
import { compareText, decimalsOf, formatQuantity, sumText } from "../../src/engine/quantity-text";
import { heatingValueIn, normaliseUnit, perValue, toAmount } from "../../src/engine/amount";

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

  it("reads every text as decimal.js reads the same trimmed text, whatever its magnitude, or refuses it", () => {
    // the engine's own texts (products, sums) are read exactly; limits apply where a cell enters
    const text = fc.string({ unit: fc.constantFrom(..."0123456789.-+e ,\u00a0"), maxLength: 22 });
    fc.assert(
      fc.property(text, (t) => {
        const read = parseDecimal(t);
        if (!isDecimalSyntax(t.trim())) return expect(read).toBeNull();
        expect(read && toText(read)).toBe(toText(dec(t.trim())));
        // the value itself, not its text read back: "4e9000000" has a text of nine million digits,
        // which decimal.js's own parser cannot read back (its regex overflows the stack)
        expect(read!.big().equals(new Decimal(t.trim()))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("compares and formats with the precision of the inputs", () => {
    expect(compareText("10.50", "10.5")).toBe(0);
    expect(compareText("9", "10")).toBe(-1);
    expect(decimalsOf("120.000")).toBe(3);
    expect(formatQuantity("1234567.5", 3)).toBe("1,234,567.500");
    expect(formatQuantity("-20", 0)).toBe("-20");
  });

  it("normalises units as staff type them", () => {
    expect(["t", "MT", "Tonnes", "kg", "m³", "cbm", "Liter", "mj", "KWH", "Nm³"].map(normaliseUnit)).toEqual([
      "t",
      "t",
      "t",
      "kg",
      "m3",
      "m3",
      "L",
      "MJ",
      "kWh",
      "Nm3",
    ]);
    // never a default: blank and unknown are both null
    expect(normaliseUnit("barrels")).toBeNull();
    expect(normaliseUnit("")).toBeNull();
    expect(normaliseUnit("kg/m3")).toBeNull();
  });

  it("converts t ↔ kg exactly, volume and energy only with a density or heating value", () => {
    expect(toText(toAmount(parseDecimal("1234.5")!, "kg").t!)).toBe("1.2345");
    expect(toAmount(parseDecimal("1000")!, "L").t).toBeUndefined();
    const density = perValue(parseDecimal("880")!, "kg/m3", "density");
    expect(toText(toAmount(parseDecimal("1000")!, "L", { density }).t!)).toBe("0.88");
    expect(toText(toAmount(parseDecimal("100")!, "kWh").MJ!)).toBe("360");
    const heatingValue = perValue(parseDecimal("37")!, "MJ/kg", "heating");
    expect(toText(heatingValueIn({ heatingValue }, "t")!.n)).toBe("37000");
    expect(toText(toAmount(parseDecimal("100")!, "t", { heatingValue }).MJ!)).toBe("3700000");
    expect(toText(toAmount(parseDecimal("3700000")!, "MJ", { heatingValue }).t!)).toBe("100");
    // biomethane: m³ with MJ/m³ to energy, kWh kept exact
    const gas = perValue(parseDecimal("36")!, "MJ/m3", "heating");
    const m3 = toAmount(parseDecimal("100000")!, "m3", { heatingValue: gas });
    expect([toText(m3.MJ!), toText(m3.kWh!)]).toEqual(["3600000", "1000000"]);
    expect(toText(toAmount(parseDecimal("400000")!, "kWh").kWh!)).toBe("400000");
  });
});
