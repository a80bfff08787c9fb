import Decimal from "decimal.js";
import fc from "fast-check";
import { dec, type Dec, integerKey, parseDecimal, toText } from "../../../src/engine/quantity";

// The reference: decimal.js configured as quantity.ts configured it before Dec held integers.
const R = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

// Decimal texts of every shape the engine meets: few and many decimals, huge values, zeros, signs.
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const decimalText = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "-"), digits(1, 6), digits(0, 6))
    .map(([s, i, f]) => `${s}${i}${f ? `.${f}` : ""}`),
  fc.tuple(fc.constantFrom("", "-", "+"), digits(1, 25), digits(0, 20)).map(([s, i, f]) => `${s}${i}.${f}`),
  fc.tuple(fc.constantFrom("", "-"), digits(0, 3), digits(1, 12)).map(([s, i, f]) => `${s}${i}.${f}`),
  fc.constantFrom("0", "-0", "0.000000", "-0.0", "9007199254.740991", "999999999.999999", "1e3", "1.5E-7"),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((n) => `${n}`),
);

const same = (d: Dec, r: Decimal) => {
  expect(d.toFixed()).toBe(r.toFixed());
  expect(toText(d)).toBe(r.toFixed() === "-0" ? "0" : r.toFixed());
  expect(d.toString()).toBe(r.toString());
  expect(d.isZero()).toBe(r.isZero());
  expect(d.isNegative()).toBe(r.isNegative());
  expect(d.isPositive()).toBe(r.isPositive());
  expect(d.isInteger()).toBe(r.isInteger());
  expect(d.decimalPlaces()).toBe(r.decimalPlaces());
};

describe("Dec agrees with decimal.js", () => {
  it("reads and prints every decimal text as decimal.js does", () => {
    fc.assert(
      fc.property(decimalText, (t) => same(dec(t), new R(t))),
      { numRuns: 2000 },
    );
  });

  it("adds, subtracts, multiplies, divides and compares as decimal.js does", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = dec(a);
        const y = dec(b);
        const rx = new R(a);
        const ry = new R(b);
        same(x.plus(y), rx.plus(ry));
        same(x.minus(y), rx.minus(ry));
        same(x.times(y), rx.times(ry));
        if (!ry.isZero()) same(x.dividedBy(y), rx.dividedBy(ry));
        expect(x.comparedTo(y)).toBe(rx.comparedTo(ry));
        expect(x.equals(y)).toBe(rx.equals(ry));
        expect(x.lessThan(y)).toBe(rx.lessThan(ry));
        expect(x.greaterThan(y)).toBe(rx.greaterThan(ry));
        same(x.negated(), rx.negated());
        same(x.abs(), rx.abs());
      }),
      { numRuns: 2000 },
    );
  });

  it("divides exactly, in the same form, where the quotient has at most 6 decimals", () => {
    // quotients built to divide exactly, the case the integer path takes (random texts rarely do)
    // small enough that the scaled dividend is a safe integer (the integer path), and past it
    const scaled = fc.oneof(
      fc.integer({ min: -20_000_000, max: 20_000_000 }),
      fc.integer({ min: -2_000_000_000_000, max: 2_000_000_000_000 }),
    );
    const text = (n: number) => new R(n).dividedBy(1e6).toFixed();
    fc.assert(
      fc.property(scaled, scaled, (b, q) => {
        fc.pre(b !== 0);
        const a = new R(b).times(q).dividedBy(1e12).toFixed();
        const x = dec(a);
        const y = dec(text(b));
        const r = new R(a).dividedBy(new R(text(b)));
        const got = x.dividedBy(y);
        same(got, r);
        // the same representation a value read from the quotient's text has (zero's sign: same() above)
        const read = dec(r.toFixed());
        if (!r.isZero()) expect([got.n, got.d === undefined]).toEqual([read.n, read.d === undefined]);
      }),
      { numRuns: 3000 },
    );
    same(dec("0").dividedBy(dec("-2.5")), new R("0").dividedBy(new R("-2.5")));
    same(dec("-0").dividedBy(dec("-2.5")), new R("-0").dividedBy(new R("-2.5")));
    same(dec("1.8").dividedBy(dec("2")), new R("1.8").dividedBy(new R("2")));
    same(dec("1").dividedBy(dec("3")), new R("1").dividedBy(new R("3")));
  });

  it("rounds and fixes decimals as decimal.js does", () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 8 }), (a, places) => {
        const r = new R(a);
        expect(dec(a).toFixed(places)).toBe(r.toFixed(places));
        same(dec(a).toDecimalPlaces(places), r.toDecimalPlaces(places));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the sign of zero where decimal.js does", () => {
    const zero = dec("0");
    const negZero = dec("-0");
    same(negZero, new R("-0"));
    same(negZero.plus(negZero), new R("-0").plus(new R("-0")));
    same(negZero.minus(zero), new R("-0").minus(new R("0")));
    same(zero.minus(zero), new R("0").minus(new R("0")));
    same(dec("-5").times(zero), new R("-5").times(new R("0")));
    same(dec("5").minus(dec("5")), new R("5").minus(new R("5")));
  });

  it("takes numbers and texts as operands, and a sum past the integer range stays exact", () => {
    expect(dec("25.5").times(1000).toFixed()).toBe("25500");
    expect(dec("3.6").times("0.001").toFixed()).toBe("0.0036");
    const big = dec("9007199254.740991");
    expect(big.plus(big).toFixed()).toBe("18014398509.481982");
    expect(big.plus(big).minus(big).equals(big)).toBe(true);
    expect(dec("0.1").times("0.1").toFixed()).toBe("0.01");
    expect(dec("0.0001").times("0.0001").toFixed()).toBe("0.00000001");
    expect(dec(1).dividedBy(3).times(3).toFixed()).toBe(new R(1).dividedBy(3).times(3).toFixed());
  });

  it("gives equal values equal fields, however they were reached", () => {
    expect(dec("0.1234567891").plus("0.0000002109")).toEqual(dec("0.123457"));
    expect(dec("0.1234567891").plus("0.0000002109").d).toBeUndefined();
    expect(parseDecimal("2.500")).toEqual(dec(2.5));
  });
  it("gives two values the same integer key only when they are equal, and zero none", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = dec(a);
        const y = dec(b);
        const [kx, ky] = [integerKey(x), integerKey(y)];
        if (x.isZero()) expect(kx).toBeNull();
        if (kx !== null && ky !== null) expect(kx === ky).toBe(new R(a).equals(new R(b)));
        // the one key of a value, however it was written
        if (kx !== null) expect(integerKey(dec(new R(a).toFixed()))).toBe(kx);
      }),
    );
  });
});
