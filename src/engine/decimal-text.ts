// The text of a decimal number: its syntax, and the limits of a value a book can hold. Every number
// read from a cell passes here before it becomes a quantity (quantity.ts reads it exactly): the
// workbook reader with Excel's 15 significant digits (workbook/values.ts outOfRange), the engine's
// boundary with 17 (schemas.ts, by decimalSign). Beyond a limit the value is refused at its cell
// ("invalid-number" with the limit as its reason), never rounded and never taken as it stands.

/**
 * Why a well-formed decimal text is no value a book can hold (the reason of an "invalid-number"):
 * - `large`: 10^15 or more (more than MAX_INTEGER_DIGITS digits before the point);
 * - `decimals`: a non-zero digit beyond MAX_DECIMALS decimals;
 * - `precision`: more significant digits than the reader allows (15, or 17 at the engine).
 */
export type NumberLimit = "large" | "decimals" | "precision";

/**
 * At most 15 digits before the decimal point: the value is below 10^15. Excel keeps 15 digits
 * exactly and nothing a book counts comes near: a year of a large biomethane plant is ~10^9 kWh
 * (3.6·10^12 kJ), a trader's year some 10^7 t (10^10 kg). A value of 10^15 or more is a pasted
 * identifier, a unit written into the number, or an exponent typed by mistake ("4e9000000").
 */
export const MAX_INTEGER_DIGITS = 15;

/**
 * At most 20 decimals. The smallest values a book holds are densities of gases, ~0.00005 t/Nm³
 * (5 decimals), shares such as 0.005 (a tolerance of 0.5 %) and GHG values of a few hundredths of a
 * g CO2eq/MJ; with Excel's 15 significant digits the smallest of them needs 19 decimals. A digit
 * beyond the 20th is a float artefact or an exponent ("1e-40"), no measurement.
 */
export const MAX_DECIMALS = 20;

/**
 * Significant digits of a number typed into a cell (from its first to its last non-zero digit):
 * Excel keeps 15, so a number cell never holds more; a text cell with more is a value no one
 * weighed or metered (a pasted float artefact, "0.30000000000000004"), and reading it as typed
 * would carry digits the book never had.
 */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Significant digits the engine takes at its boundary: 17, the most the shortest text of any
 * JavaScript number has (String(0.1 + 0.2) is "0.30000000000000004"), so every number a host or a
 * register cell gives as a number reads. The product of two such values (34 digits) is still exact
 * in the engine's 40-digit arithmetic (quantity.ts).
 */
export const ENGINE_SIGNIFICANT_DIGITS = 17;

// What scan returns besides a sign (-1, 0, 1).
const NOT_DECIMAL = 2;
const LARGE = 3;
const DECIMALS = 4;
const PRECISION = 5;
const LIMITS: readonly (NumberLimit | null)[] = [null, null, null, "large", "decimals", "precision"];
// An exponent beyond this is beyond every limit, whatever digits come before it (a cell holds at
// most 32,767 characters): it is not counted further, its digits are still read for the syntax.
const EXPONENT_CAP = 1_000_000;

/**
 * Reads a text written as /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ by character codes (every
 * number of every row passes here; a regex plus a Decimal cost far more): its sign (-1, 0, 1),
 * NOT_DECIMAL, or the first limit it passes (LARGE, DECIMALS, PRECISION; zero passes none).
 */
function scan(t: string, maxSignificant: number): number {
  const n = t.length;
  let i = 0;
  // past the end `c` is -1, never a read out of bounds (quantity.ts parseFast says why)
  let c = n > 0 ? t.charCodeAt(0) : -1;
  const negative = c === 45;
  if (negative || c === 43) c = ++i < n ? t.charCodeAt(i) : -1;
  // k counts the digits, intDigits those before the point (-1 until one is met); first and last
  // are the places of the first and last non-zero digit among them
  let k = 0;
  let intDigits = -1;
  let first = -1;
  let last = -1;
  for (; ; c = ++i < n ? t.charCodeAt(i) : -1) {
    if (c >= 48 && c <= 57) {
      if (c !== 48) {
        if (first < 0) first = k;
        last = k;
      }
      k++;
    } else if (c === 46 && intDigits < 0) intDigits = k;
    else break;
  }
  if (intDigits < 0) intDigits = k;
  if (k === 0) return NOT_DECIMAL;
  let exponent = 0;
  if (c === 101 || c === 69) {
    c = ++i < n ? t.charCodeAt(i) : -1;
    const expNegative = c === 45;
    if (expNegative || c === 43) c = ++i < n ? t.charCodeAt(i) : -1;
    const start = i;
    while (c >= 48 && c <= 57) {
      if (exponent < EXPONENT_CAP) exponent = exponent * 10 + (c - 48);
      c = ++i < n ? t.charCodeAt(i) : -1;
    }
    if (i === start) return NOT_DECIMAL;
    if (expNegative) exponent = -exponent;
  }
  if (i !== n) return NOT_DECIMAL;
  if (first < 0) return 0;
  // the powers of ten of the first and the last non-zero digit
  const lead = intDigits - 1 - first + exponent;
  const tail = intDigits - 1 - last + exponent;
  if (lead >= MAX_INTEGER_DIGITS) return LARGE;
  if (tail < -MAX_DECIMALS) return DECIMALS;
  if (last - first + 1 > maxSignificant) return PRECISION;
  return negative ? -1 : 1;
}

/**
 * Sign of a decimal text written as /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ ("1234.5", "-3",
 * "1e3", "2.5E-2") within the limits of a book value at the engine's boundary (below 10^15, at
 * most 20 decimals, at most 17 significant digits); null for anything else: no decimal (blank,
 * "abc", "1,5", " 1") or beyond a limit ("4e9000000", "1e-40", numberLimit says which).
 */
export function decimalSign(t: string): -1 | 0 | 1 | null {
  const r = scan(t, ENGINE_SIGNIFICANT_DIGITS);
  return r <= 1 ? (r as -1 | 0 | 1) : null;
}

/** A decimal text (trimmed) within the engine's limits: decimalSign is not null. */
export function isDecimalText(text: unknown): boolean {
  return typeof text === "string" && decimalSign(text.trim()) !== null;
}

/** Written as a decimal (the syntax of decimalSign), whatever its magnitude: what quantity.ts parses. */
export function isDecimalSyntax(t: string): boolean {
  return scan(t, Infinity) !== NOT_DECIMAL;
}

/**
 * Which limit of a book value a decimal text passes ("1e300": large, "0.1e-20": decimals,
 * "0.123456789012345678": precision), with at most `maxSignificant` significant digits (the
 * reader's 15 or the engine's 17); null for a text within them, and for a text that is no decimal.
 */
export function numberLimit(text: string, maxSignificant = ENGINE_SIGNIFICANT_DIGITS): NumberLimit | null {
  return LIMITS[scan(text.trim(), maxSignificant)] ?? null;
}
