// Cell values as people type them: numbers in either convention, dates in several forms.
// Each parser returns the value or why it could not be read; the caller owns the finding.

export type NumberConvention = "point" | "comma";
export type DateConvention = "dmy" | "mdy";

export type Parsed<T> = { ok: true; value: T; ambiguous?: boolean } | { ok: false };

/** A JS number as a plain decimal string: shortest round trip, never exponent form. */
export function numberToDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s === "-0" ? "0" : s;
  const [mantissa = "", exp = "0"] = s.toLowerCase().split("e");
  return shiftPoint(mantissa, Number(exp));
}

const SPACES = /[\s\u00a0\u202f']/g;
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
  let t = text.replace(SPACES, "");
  if (t === "") return { ok: false };
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
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
function shiftPoint(v: string, places: number): string {
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

// --- dates ---------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
// Excel's serial 1 is 1900-01-01, and it counts a 29 Feb 1900 that never was (serial 60).
const DAY_ZERO = Date.UTC(1899, 11, 31);
const MAX_SERIAL = 2958465; // 9999-12-31

// Books repeat the same few hundred days on 100,000 rows: convert each day once.
const isoCache = new Map<number, Parsed<string>>();

/** A 1900-system serial to "YYYY-MM-DD"; the time of day is dropped. */
export function serialToIso(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL + 1) return { ok: false };
  const day = Math.floor(serial);
  if (day === 60) return { ok: false }; // 1900-02-29 does not exist
  let parsed = isoCache.get(day);
  if (!parsed) {
    const shifted = day > 60 ? day - 1 : day;
    parsed = { ok: true, value: new Date(DAY_ZERO + shifted * MS_PER_DAY).toISOString().slice(0, 10) };
    if (isoCache.size < 100_000) isoCache.set(day, parsed);
  }
  return parsed;
}

/** "YYYY-MM-DD" to a 1900-system serial. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - DAY_ZERO) / MS_PER_DAY);
  return days >= 60 ? days + 1 : days;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/**
 * Date text to "YYYY-MM-DD". dd.mm.yyyy and dd-mm-yyyy are day first; dd/mm/yyyy is day first
 * unless a part above 12 or `convention` says otherwise, and marked ambiguous when neither tells.
 */
export function parseDateText(text: string, convention: DateConvention | null): Parsed<string> {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = DOTTED.exec(t) ?? DASHED.exec(t);
  if (m) return ymd(year(m[3]!), +m[2]!, +m[1]!);
  m = SLASHED.exec(t);
  if (!m) return { ok: false };
  const a = +m[1]!;
  const b = +m[2]!;
  const y = year(m[3]!);
  if (a > 12 && b <= 12) return ymd(y, b, a);
  if (b > 12 && a <= 12) return ymd(y, a, b);
  if (a === b) return ymd(y, a, b);
  const parsed = convention === "mdy" ? ymd(y, a, b) : ymd(y, b, a);
  return parsed.ok && convention === null ? { ...parsed, ambiguous: true } : parsed;
}

/** Which order a slashed date proves, if any ("25/03/2025" proves dmy). */
export function dateEvidence(text: string): DateConvention | null {
  const m = SLASHED.exec(text.trim());
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[2]!;
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return null;
}

function year(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function ymd(y: number, m: number, d: number): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return { ok: false };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return { ok: false }; // 31.02.2025
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
