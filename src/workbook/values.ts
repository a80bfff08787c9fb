// Cell values as people type them: numbers in either convention, dates in several forms.
// Each parser returns the value or why it could not be read; the caller owns the finding.

export type NumberConvention = "point" | "comma";

export type Parsed<T> = { ok: true; value: T; ambiguous?: boolean } | { ok: false };

/** A JS number as a plain decimal string: shortest round trip, never exponent form. */
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
  return digits <= 15 ? s : numberToDecimal(Number(n.toPrecision(15)));
}

export function numberToDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s === "-0" ? "0" : s;
  const [mantissa = "", exp = "0"] = s.toLowerCase().split("e");
  return shiftPoint(mantissa, Number(exp));
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

/**
 * Text to a decimal string. "1,234.5" and "1.234,5" are unambiguous; "1,234" and "1.234"
 * follow `convention` (the workbook's, when known), else the point convention is assumed
 * and the result is marked ambiguous.
 */
export function parseNumberText(text: string, convention: NumberConvention | null): Parsed<string> {
  let t = text.trim().replace(/^\u2212/, "-");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (GROUPING.test(t)) {
    // "1 234,5", "1'234.50", "12 345": separators between groups of three, nowhere else
    if (!GROUPED.test(t)) return { ok: false };
    t = t.replace(SPACES, "");
  }
  if (t === "") return { ok: false };
  let value: string | null = null;
  let ambiguous = false;
  if (BARE.test(t) && !ONE_SEP_THREE.test(t)) value = t;
  else if (ONE_SEP_THREE.test(t)) {
    const conv = convention ?? "point";
    ambiguous = convention === null;
    const sep = t.includes(",") ? "," : ".";
    const isThousands = (sep === "," && conv === "point") || (sep === "." && conv === "comma");
    value = isThousands ? t.replace(sep, "") : t.replace(sep, ".");
  } else if (POINT_STYLE.test(t)) value = t.replace(/,/g, "");
  else if (COMMA_STYLE.test(t)) value = t.replace(/\./g, "").replace(",", ".");
  if (value === null) return { ok: false };
  value = tidy(value);
  if (percent) value = shiftPoint(value, -2);
  return ambiguous ? { ok: true, value, ambiguous } : { ok: true, value };
}

/** Which convention a text number proves, if any ("1.234,5" proves comma; "12,5" too). */
export function numberEvidence(text: string): NumberConvention | null {
  const t = text.replace(SPACES, "").replace(/%$/, "");
  if (ONE_SEP_THREE.test(t) || BARE.test(t)) return null;
  if (POINT_STYLE.test(t)) return "point";
  if (COMMA_STYLE.test(t)) return "comma";
  return null;
}

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
  type DateSystem,
  isoToSerial,
  parseDateText,
  serialToIso,
} from "./dates";
