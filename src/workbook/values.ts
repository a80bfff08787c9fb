// Cell values as people type them: numbers in either convention, dates in several forms.
// Each parser returns the value or why it could not be read; the caller owns the finding.
import { MAX_SIGNIFICANT_DIGITS, type NumberLimit, numberLimit } from "../engine/decimal-text";

export type NumberConvention = "point" | "comma";

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/**
 * A number read from text. `percent`: the text ended in "%" and `value` is the number before it
 * (percentage points, "60 %" → 60). Fails with `ambiguous` (both readings) when only the decimal
 * convention can tell ("24,125"), with `reason` when it passes a limit of a book value (outOfRange),
 * or plainly when it is no number.
 */
export type NumberRead =
  | { ok: true; value: string; percent?: boolean }
  | {
      ok: false;
      ambiguous?: { point: string; comma: string };
      reason?: NumberLimit;
    };

/**
 * A stored number as Excel shows it: at most 15 significant digits (a formula's result stored as
 * 12.219999999999999 is the 12.22 the user sees), as a plain decimal string.
 */
export function excelNumber(n: number): string {
  const s = numberToDecimal(n);
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && (digits > 0 || c !== 48)) digits++;
  }
  if (digits <= 15) return s;
  // near the largest double, rounding to 15 digits overflows to Infinity: keep the digits (refused as large)
  const shown = Number(n.toPrecision(15));
  return Number.isFinite(shown) ? numberToDecimal(shown) : s;
}

/** A JS number as a plain decimal string: shortest round trip, never exponent form. */
export function numberToDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s === "-0" ? "0" : s;
  const [mantissa = "", exp = "0"] = s.toLowerCase().split("e");
  return shiftPoint(mantissa, Number(exp));
}

/**
 * Why a decimal string read from a cell cannot be a book value: 10^15 or more, a digit beyond the
 * 20th decimal, or more significant digits than Excel keeps (15); null when it can. The limits and
 * their reasons: engine/decimal-text.ts.
 */
export function outOfRange(value: string): NumberLimit | null {
  return numberLimit(value, MAX_SIGNIFICANT_DIGITS);
}

// Thousands separators that are never a decimal point: spaces (also no-break U+00A0, narrow
// no-break U+202F and thin U+2009) and apostrophes (' and ’, Swiss style). Groups of three only.
const GROUPING = /[\s\u00a0\u202f\u2009'\u2019]/;
const GROUPED = /^[+-]?\d{1,3}(?:[\s\u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?$/;
const SPACES = /[\s\u00a0\u202f\u2009'\u2019]/g;
const POINT_STYLE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const COMMA_STYLE = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const BARE = /^[+-]?(\d+|\d*\.\d+|\d+\.)$/;
const ONE_SEP_THREE = /^[+-]?\d{1,3}[.,]\d{3}$/;
// "0,780" or "0.125": a group of thousands never starts with 0, so the separator is the decimal one
const LEADING_ZERO = /^[+-]?0[.,]\d{3}$/;

/**
 * Text to a decimal string. "1,234.5" and "1.234,5" are unambiguous; "1,234" and "1.234" follow
 * `convention` (the sheet's or column's, or the one the settings state), and fail as ambiguous
 * when none is known: a guess would change the magnitude by 1000. "(12.5)" and SAP's "12.5-" are
 * negative; a trailing "%" is reported, not applied.
 */
export function parseNumberText(text: string, convention: NumberConvention | null): NumberRead {
  let t = text.trim().replace(/^\u2212/, "-");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  let negative = false;
  if (t.startsWith("(") && t.endsWith(")")) {
    negative = true;
    t = t.slice(1, -1).trim();
  } else if (t.endsWith("-") && /^\d/.test(t)) {
    negative = true;
    t = t.slice(0, -1).trim();
  }
  if (negative && /^[+-]/.test(t)) return { ok: false };
  if (GROUPING.test(t)) {
    // "1 234,5", "1'234.50", "12 345": separators between groups of three, nowhere else
    if (!GROUPED.test(t)) return { ok: false };
    t = t.replace(SPACES, "");
  }
  if (t === "") return { ok: false };
  let value: string | null = null;
  if (BARE.test(t) && !ONE_SEP_THREE.test(t)) value = t;
  else if (LEADING_ZERO.test(t)) value = t.replace(",", ".");
  else if (ONE_SEP_THREE.test(t)) {
    const sep = t.includes(",") ? "," : ".";
    const point = tidy(sep === "," ? t.replace(sep, "") : t);
    const comma = tidy(sep === "." ? t.replace(sep, "") : t.replace(sep, "."));
    if (convention === null) {
      const sign = (v: string) => (negative ? shiftPoint(`-${v}`, 0) : v);
      return { ok: false, ambiguous: { point: sign(point), comma: sign(comma) } };
    }
    value = convention === "point" ? point : comma;
  } else if (POINT_STYLE.test(t)) value = t.replace(/,/g, "");
  else if (COMMA_STYLE.test(t)) value = t.replace(/\./g, "").replace(",", ".");
  if (value === null) return { ok: false };
  value = tidy(negative ? `-${value.replace(/^\+/, "")}` : value);
  const range = outOfRange(value);
  if (range) return { ok: false, reason: range };
  return percent ? { ok: true, value, percent } : { ok: true, value };
}

/**
 * Which convention a text number proves, if any, the two alike: a separator only one convention
 * reads proves it. "1.234,5", "12,5", "0,75", "1234,567" prove the decimal comma; "1,234.5",
 * "12.5", "0.75", ".5", "1234.567" the decimal point. Nothing is proved by whole numbers ("1234",
 * "5."), by one separator before exactly three digits ("1.250", "1,250": the ambiguous form
 * itself) or by a leading zero there ("0,780" reads one way in both conventions).
 */
export function numberEvidence(text: string): NumberConvention | null {
  const t = text.replace(SPACES, "").replace(/%$/, "");
  if (ONE_SEP_THREE.test(t) || WHOLE.test(t)) return null;
  if (POINT_STYLE.test(t) || FRACTION_ONLY.test(t)) return "point";
  if (COMMA_STYLE.test(t)) return "comma";
  return null;
}

// whole numbers ("1234", "5."), which prove no separator; a fraction written ".5" proves the point
const WHOLE = /^[+-]?\d+\.?$/;
const FRACTION_ONLY = /^[+-]?\.\d+$/;

function tidy(v: string): string {
  let s = v.replace(/^\+/, "");
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (s.startsWith(".")) s = "0" + s;
  if (s.endsWith(".")) s = s.slice(0, -1);
  s = s.replace(/^0+(?=\d)/, "");
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return negative && s !== "0" ? "-" + s : s;
}

/** Multiply a decimal string by 10^places exactly (places may be negative). */
export function shiftPoint(v: string, places: number): string {
  const negative = v.startsWith("-");
  const [intPart = "", frac = ""] = v.replace("-", "").split(".");
  const digits = intPart + frac;
  const point = intPart.length + places;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return tidy((negative ? "-" : "") + out);
}

// --- dates (dates.ts) ------------------------------------------------------------------------

export {
  dateEvidence,
  type DateConvention,
  type DateSeparator,
  type DateSystem,
  isoToSerial,
  parseDateText,
  serialToIso,
  yearEvidence,
  type YearPlace,
  type YearPlaces,
} from "./dates";
