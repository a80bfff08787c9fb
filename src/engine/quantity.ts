// The one module that owns decimal.js: every quantity and GHG number passes through here, so the
// rest of the engine (and any host) never sees a float where exactness matters.
import Decimal from "decimal.js";

// A private clone so a host that configures the global Decimal cannot change our results.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

export type Dec = Decimal;

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);

/**
 * Sign of a decimal text written as /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ ("1234.5", "-3",
 * "1e3"), or null for anything else (blank, "abc", "1,5", " 1"). Read by character codes: every
 * quantity of every row passes through here, and a regex plus a Decimal cost far more.
 */
export function decimalSign(t: string): -1 | 0 | 1 | null {
  const n = t.length;
  let i = 0;
  let c = t.charCodeAt(0);
  const negative = c === 45;
  if (negative || c === 43) c = t.charCodeAt(++i);
  let digits = 0;
  let nonZero = false;
  while (c >= 48 && c <= 57) {
    if (c !== 48) nonZero = true;
    digits++;
    c = t.charCodeAt(++i);
  }
  if (c === 46) {
    c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      if (c !== 48) nonZero = true;
      digits++;
      c = t.charCodeAt(++i);
    }
  }
  if (digits === 0) return null;
  if (c === 101 || c === 69) {
    c = t.charCodeAt(++i);
    if (c === 43 || c === 45) c = t.charCodeAt(++i);
    const start = i;
    while (c >= 48 && c <= 57) c = t.charCodeAt(++i);
    if (i === start) return null;
  }
  if (i !== n) return null;
  return nonZero ? (negative ? -1 : 1) : 0;
}

// Values are immutable, so rows that typed the same text share one: books repeat quantities
// ("25.000" a truck) and GHG values a lot. Bounded, so a book of all-different values costs a lookup.
const parsed = new Map<string, Dec>();
const PARSED_MAX = 50_000;

/** Parses a decimal string ("1234.5", "-3", "1e3"); null for anything else (blank, "abc", "1,5"). */
export function parseDecimal(text: unknown): Dec | null {
  if (typeof text === "number") return Number.isFinite(text) ? new D(text) : null;
  if (typeof text !== "string") return null;
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const t = text.trim();
  if (decimalSign(t) === null) return null;
  const value = new D(t);
  if (parsed.size < PARSED_MAX) parsed.set(text, value);
  return value;
}

export function isDecimalText(text: unknown): boolean {
  return typeof text === "string" && decimalSign(text.trim()) !== null;
}

export function dec(value: string | number): Dec {
  return new D(value);
}

export function add(a: Dec, b: Dec): Dec {
  return a.plus(b);
}
export function sub(a: Dec, b: Dec): Dec {
  return a.minus(b);
}
export function mul(a: Dec, b: Dec): Dec {
  return a.times(b);
}
export function div(a: Dec, b: Dec): Dec {
  return a.dividedBy(b);
}
export function neg(a: Dec): Dec {
  return a.negated();
}
export function abs(a: Dec): Dec {
  return a.abs();
}
export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}
export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}
export function compare(a: Dec, b: Dec): -1 | 0 | 1 {
  return a.comparedTo(b) as -1 | 0 | 1;
}
/** Equal values; the same value object (an origin and its batch often share one) needs no digits compared. */
export function equal(a: Dec, b: Dec): boolean {
  return a === b || a.equals(b);
}
export function isZero(a: Dec): boolean {
  return a.isZero();
}
export function isNegative(a: Dec): boolean {
  return a.isNegative() && !a.isZero();
}
export function isPositive(a: Dec): boolean {
  return a.isPositive() && !a.isZero();
}
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Exact text of a value ("70", "0.4", "-20.5"): what the result carries, never rounded. */
export function toText(a: Dec): string {
  const t = a.toFixed();
  return t === "-0" ? "0" : t;
}

/** Rounds to at most `places` decimals, for values that come out of a division (ratios, savings). */
export function roundText(a: Dec, places: number): string {
  return toText(a.toDecimalPlaces(places));
}

/** Number of decimals a user typed ("120.000" → 3): display keeps the precision of the inputs. */
export function decimalsOf(text: string | undefined): number {
  if (!text) return 0;
  const m = /\.(\d+)/.exec(text.trim());
  return m?.[1]?.length ?? 0;
}

/** Formats for display with a fixed number of decimals and thousands separators ("1,000.000"). */
export function formatQuantity(value: string | Dec, places: number): string {
  const d = typeof value === "string" ? (parseDecimal(value) ?? ZERO) : value;
  const fixed = d.toFixed(places);
  const [int = "0", frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** Compares two decimal strings; unparsable text sorts as zero. */
export function compareText(a: string, b: string): -1 | 0 | 1 {
  return compare(parseDecimal(a) ?? ZERO, parseDecimal(b) ?? ZERO);
}

/** Sums decimal strings exactly; unparsable text counts as zero. */
export function sumText(values: Iterable<string>): string {
  let total = ZERO;
  for (const v of values) total = total.plus(parseDecimal(v) ?? ZERO);
  return toText(total);
}

// --- units -----------------------------------------------------------------------------------

export type Dimension = "t" | "m3" | "MJ";

/** Canonical unit, its dimension and the exact factor to it. */
const UNITS: Record<string, { dim: Dimension; factor: string }> = {
  t: { dim: "t", factor: "1" },
  kg: { dim: "t", factor: "0.001" },
  g: { dim: "t", factor: "0.000001" },
  m3: { dim: "m3", factor: "1" },
  L: { dim: "m3", factor: "0.001" },
  MJ: { dim: "MJ", factor: "1" },
  GJ: { dim: "MJ", factor: "1000" },
  kWh: { dim: "MJ", factor: "3.6" },
  MWh: { dim: "MJ", factor: "3600" },
};

const UNIT_SYNONYMS: Record<string, string> = {
  t: "t",
  mt: "t",
  to: "t",
  tonne: "t",
  tonnes: "t",
  ton: "t",
  tons: "t",
  metrictons: "t",
  metrictonnes: "t",
  tonnen: "t",
  kg: "kg",
  kgs: "kg",
  kilogram: "kg",
  kilograms: "kg",
  kilogramm: "kg",
  g: "g",
  m3: "m3",
  "m³": "m3",
  cbm: "m3",
  cubicmeter: "m3",
  cubicmeters: "m3",
  cubicmetre: "m3",
  cubicmetres: "m3",
  kubikmeter: "m3",
  l: "L",
  lt: "L",
  ltr: "L",
  litre: "L",
  litres: "L",
  liter: "L",
  liters: "L",
  mj: "MJ",
  gj: "GJ",
  kwh: "kWh",
  mwh: "MWh",
};

/** Normalises a unit as typed ("mt", "Tonnes", "m³", "kwh") to t, kg, g, m3, L, MJ, GJ, kWh, MWh; null when unknown. Blank means tonnes. */
export function normaliseUnit(text: string | undefined): string | null {
  if (text === undefined || text === "t") return "t";
  if (text.trim() === "") return "t";
  const key = text.toLowerCase().replace(/[\s._]/g, "");
  return UNIT_SYNONYMS[key] ?? null;
}

/** The unit's dimension, as the account shows it ("t", "m3", "MJ"). */
export function dimensionOf(unit: string): Dimension | null {
  return UNITS[unit]?.dim ?? null;
}

export interface ConversionHints {
  /** t per m³ */
  density?: Dec | null;
  /** MJ per t */
  heatingValuePerT?: Dec | null;
}

/** A quantity expressed in every dimension it can be converted to exactly with the hints given. */
export type Amount = Partial<Record<Dimension, Dec>>;

export function toAmount(value: Dec, unit: string, hints: ConversionHints = {}): Amount {
  const u = UNITS[unit];
  if (!u) return {};
  const base = u.factor === "1" ? value : value.times(u.factor);
  const out: Amount = { [u.dim]: base };
  const { density, heatingValuePerT } = hints;
  if (u.dim === "m3" && density) out.t = base.times(density);
  if (u.dim === "MJ" && heatingValuePerT && !heatingValuePerT.isZero())
    out.t = base.dividedBy(heatingValuePerT);
  if (out.t && heatingValuePerT && out.MJ === undefined) out.MJ = out.t.times(heatingValuePerT);
  if (out.t && density && out.m3 === undefined && !density.isZero()) out.m3 = out.t.dividedBy(density);
  return out;
}

/** Heating value as MJ per tonne, from a value in MJ/kg (the usual LHV notation) or MJ/t. */
export function heatingValuePerTonne(value: Dec | null, unit: string | undefined): Dec | null {
  if (!value) return null;
  const u = (unit ?? "").toLowerCase().replace(/\s/g, "");
  if (u === "mj/t" || u === "mj/mt" || u === "mj/tonne") return value;
  if (u === "gj/t") return value.times(1000);
  return value.times(1000);
}
