import Decimal from "decimal.js";
import fc from "fast-check";
import { dec, type Dec, toText } from "../../../src/engine/quantity";
import { Sum } from "../../../src/engine/quantity-sum";

// The reference: decimal.js configured as quantity.ts configures it.
const R = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
// quantities as books type them, values beyond the integer form (many digits, many decimals),
// signed zeros, and values near the edge of a double's exact integers, so sums cross it both ways
const decimalText = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "-"), digits(1, 6), digits(0, 6))
    .map(([s, i, f]) => `${s}${i}${f ? `.${f}` : ""}`),
  fc.tuple(fc.constantFrom("", "-"), digits(1, 22), digits(0, 12)).map(([s, i, f]) => `${s}${i}.${f}`),
  fc.constantFrom(
    "0",
    "-0",
    "0.000000",
    "-0.0",
    "9007199254.740991",
    "-9007199254.740991",
    "999999999.999999",
  ),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((n) => `${n}`),
);

const same = (a: Dec, b: Dec) => {
  expect(a.toFixed()).toBe(b.toFixed());
  expect(a.toString()).toBe(b.toString());
  expect(toText(a)).toBe(toText(b));
  expect(a.isNegative()).toBe(b.isNegative());
  expect(a.isZero()).toBe(b.isZero());
};

describe("Sum, a running total added in place", () => {
  it("ends where chaining Dec.plus from the same start ends, and decimal.js agrees", () => {
    fc.assert(
      fc.property(decimalText, fc.array(decimalText, { maxLength: 30 }), (start, texts) => {
        const sum = new Sum(dec(start));
        let chained = dec(start);
        let reference = new R(start);
        for (const t of texts) {
          sum.add(dec(t));
          chained = chained.plus(dec(t));
          reference = reference.plus(new R(t));
          // read at any point, not only at the end
          same(sum.value(), chained);
        }
        expect(sum.value().toFixed()).toBe(reference.toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it("starts at zero, and a total of signed zeros keeps the sign chaining gives", () => {
    const empty = new Sum();
    same(empty.value(), dec(0));
    const zeros = new Sum();
    zeros.add(dec("-0"));
    same(zeros.value(), dec(0).plus(dec("-0")));
  });

  it("crosses out of the integer form and back as Dec.plus does", () => {
    const big = "9007199254.740991";
    const sum = new Sum();
    sum.add(dec(big));
    sum.add(dec("0.000001"));
    sum.add(dec(`-${big}`));
    same(
      sum.value(),
      dec(0)
        .plus(dec(big))
        .plus(dec("0.000001"))
        .plus(dec(`-${big}`)),
    );
    expect(sum.value().toFixed()).toBe("0.000001");
  });
});
