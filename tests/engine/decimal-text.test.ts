// The text of a decimal and the limits of a book value (src/engine/decimal-text.ts): the syntax as
// the pattern it replaced, the limits as decimal.js measures the same text, and a value within them
// read exactly while one beyond is refused, never taken.
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  decimalSign,
  ENGINE_SIGNIFICANT_DIGITS,
  isDecimalSyntax,
  isDecimalText,
  MAX_SIGNIFICANT_DIGITS,
  type NumberLimit,
  numberLimit,
} from "../../src/engine/decimal-text";
import { parseDecimal, toText } from "../../src/engine/quantity";

// the pattern the reader replaced, kept here as the specification it must agree with
const PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const signOf = (t: string): -1 | 0 | 1 | null => {
  if (!PATTERN.test(t)) return null;
  const mantissa = t.split(/[eE]/)[0] ?? "";
  if (!/[1-9]/.test(mantissa)) return 0;
  return t.startsWith("-") ? -1 : 1;
};

/** The limit a text passes as decimal.js measures its value: the specification of numberLimit. */
function limitOf(t: string, most: number): NumberLimit | null {
  if (!PATTERN.test(t)) return null;
  const d = new Decimal(t);
  if (d.isZero()) return null;
  if (d.abs().greaterThanOrEqualTo("1e15")) return "large";
  if (d.decimalPlaces() > 20) return "decimals";
  return d.precision() > most ? "precision" : null;
}

describe("reading decimal text by character codes", () => {
  it.each([
    ["12.5", 1],
    ["-3", -1],
    ["+0.0", 0],
    ["-0", 0],
    ["1e3", 1],
    ["5.", 1],
    [".5", 1],
    ["1.e-5", 1],
    [".", null],
    ["-", null],
    ["1e", null],
    ["1e+", null],
    [" 1", null],
    ["1,5", null],
    ["", null],
    ["١٢", null],
  ])("%s has sign %s", (text, sign) => {
    expect(decimalSign(text)).toBe(sign);
  });

  it("agrees with the decimal pattern on any text made of its characters, within the limits", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789+-.eE x"), maxLength: 8 });
    fc.assert(
      fc.property(text, (t) => {
        expect(isDecimalSyntax(t)).toBe(PATTERN.test(t));
        expect(decimalSign(t)).toBe(limitOf(t, ENGINE_SIGNIFICANT_DIGITS) ? null : signOf(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the limits of a book value", () => {
  // [text, limit at the engine (17 significant digits), limit in a cell (Excel's 15)]
  it.each([
    // real values: quantities, densities of gases and liquids, heating values, GHG values, shares
    ["25000", null, null],
    ["24.125", null, null],
    ["0.00005", null, null],
    ["0.000048", null, null],
    ["0.0072", null, null],
    ["0.92", null, null],
    ["36.1", null, null],
    ["10027.777778", null, null],
    ["0", null, null],
    ["0.01", null, null],
    ["-20.5", null, null],
    ["0.005", null, null],
    ["1e3", null, null],
    ["2.5E-2", null, null],
    ["999999999999999", null, null],
    ["0.00000000000000000001", null, null],
    ["123456789.123456", null, null],
    ["12.219999999999999", null, "precision"],
    ["0.30000000000000004", null, "precision"],
    ["1.5000000000000000000000000000", null, null],
    ["0e9000000", null, null],
    // absurd: exponents, identifiers, float artefacts, pasted digits
    ["4e9000000", "large", "large"],
    ["1e300", "large", "large"],
    ["1e+300", "large", "large"],
    ["-1E15", "large", "large"],
    ["1000000000000000", "large", "large"],
    ["123456789012345678", "large", "large"],
    ["1e-40", "decimals", "decimals"],
    ["5e-324", "decimals", "decimals"],
    ["0.000000000000000000001", "decimals", "decimals"],
    ["0.123456789012345678", "precision", "precision"],
    ["1.00000000000000000001", "precision", "precision"],
    [`0.${"3".repeat(200)}`, "decimals", "decimals"],
    [`1.${"0".repeat(300)}1e5`, "decimals", "decimals"],
    ["1e99999999999999999999", "large", "large"],
    ["1e-99999999999999999999", "decimals", "decimals"],
  ])("%s: %s at the engine, %s in a cell", (text, engine, cell) => {
    expect(numberLimit(text)).toBe(engine);
    expect(numberLimit(text, MAX_SIGNIFICANT_DIGITS)).toBe(cell);
    expect(isDecimalText(text)).toBe(engine === null);
  });

  it("says nothing of a text that is no decimal: that is another finding", () => {
    expect(["abc", "1,5", "", "e5", "1e"].map((t) => numberLimit(t))).toEqual([null, null, null, null, null]);
  });

  /** A decimal text of any magnitude: sign, digits, point, exponent. */
  const decimalText = fc
    .tuple(
      fc.constantFrom("", "-", "+"),
      fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 22 }),
      fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 26 }),
      fc.option(fc.integer({ min: -45, max: 45 }), { nil: undefined }),
    )
    .filter(([, int, frac]) => int.length + frac.length > 0)
    .map(
      ([sign, int, frac, exp]) =>
        `${sign}${int}${frac ? `.${frac}` : ""}${exp === undefined ? "" : `e${exp}`}`,
    );

  it("reads any value within the limits exactly, and refuses any beyond, at both tiers", () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        for (const most of [MAX_SIGNIFICANT_DIGITS, ENGINE_SIGNIFICANT_DIGITS]) {
          expect(numberLimit(t, most)).toBe(limitOf(t, most));
        }
        if (numberLimit(t) !== null) return expect(decimalSign(t)).toBeNull();
        // within: the value read is the text's value, written back in full without an exponent
        const read = parseDecimal(t)!;
        expect(read.big().equals(new Decimal(t))).toBe(true);
        expect(toText(read)).toBe(new Decimal(t).toFixed().replace(/^-0$/, "0"));
      }),
      { numRuns: 5000 },
    );
  });
});
