// The one module that owns decimal.js: every quantity and GHG number passes through here, so the
// rest of the engine (and any host) never sees a float where exactness matters. Here the exact
// number (Dec), reading it from text, and its exact text; quantity-text.ts displays and sums texts,
// amount.ts converts between units.
import Decimal from "decimal.js";
import { isDecimalSyntax } from "./decimal-text";

// Where a value enters, its text is checked against the limits of a book value (decimal-text.ts);
// these are its readers' names for it.
export { decimalSign, isDecimalText } from "./decimal-text";

// A private clone so a host that configures the global Decimal cannot change our results.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

// Most book values have at most 6 decimals and fit a JS integer once scaled by 10^6: those are held
// as that integer (`n`, `d` undefined) and plus/minus/compare are integer operations, with no
// Decimal and its digit array allocated. Anything else is held as a Decimal (`n` NaN). A value that
// can be held as an integer always is, so equal values have equal fields.
const SCALE = 1e6;
const SAFE = Number.MAX_SAFE_INTEGER;
type DecLike = Dec | number | string;

function fromDecimal(d: Decimal): Dec {
  if (d.isZero()) return new Dec(d.isNegative() ? -0 : 0, undefined);
  if (d.isFinite() && d.e < 9 && d.decimalPlaces() <= 6) {
    return new Dec(Number(d.toFixed(6).replace(".", "")), undefined);
  }
  return new Dec(NaN, d);
}

// A plain decimal text ("25.123", "-3") with at most 6 decimals and 15 digits, read without a Decimal.
// Past the end `c` is -1 (no digit, point or sign), never a read out of bounds: charCodeAt there
// gives NaN as well, but V8's optimised code of every function that inlined this one leaves on that
// read ("out of bounds") and is compiled again without the fast read (bench/RESULTS.md round 19).
function parseFast(t: string): Dec | null {
  const n = t.length;
  let i = 0;
  let c = n > 0 ? t.charCodeAt(0) : -1;
  const negative = c === 45;
  if (negative || c === 43) c = ++i < n ? t.charCodeAt(i) : -1;
  let v = 0;
  let digits = 0;
  while (c >= 48 && c <= 57) {
    v = v * 10 + (c - 48);
    digits++;
    c = ++i < n ? t.charCodeAt(i) : -1;
  }
  let places = 0;
  if (c === 46) {
    c = ++i < n ? t.charCodeAt(i) : -1;
    while (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      places++;
      c = ++i < n ? t.charCodeAt(i) : -1;
    }
  }
  if (i !== n || digits === 0 || digits + 6 - places > 15 || places > 6) return null;
  for (; places < 6; places++) v *= 10;
  return new Dec(negative ? -v : v, undefined);
}

function make(value: string | number): Dec {
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) < 1e9) return new Dec(value * SCALE, undefined);
  } else {
    const fast = parseFast(value);
    if (fast !== null) return fast;
  }
  return fromDecimal(new D(value));
}

function of(v: DecLike): Dec {
  return v instanceof Dec ? v : make(v);
}

/** An exact decimal value with the Decimal methods the engine uses (same names, same results). */
export class Dec {
  /** @internal */ readonly n: number;
  /** @internal */ readonly d: Decimal | undefined;
  constructor(n: number, d: Decimal | undefined) {
    this.n = n;
    this.d = d;
  }
  /** @internal the value as a Decimal, for what the integer form cannot do exactly. */
  big(): Decimal {
    if (this.d !== undefined) return this.d;
    const n = this.n;
    if (n === 0) return new D(Object.is(n, -0) ? "-0" : "0");
    return new D(this.toFixed());
  }
  plus(y: DecLike): Dec {
    const o = of(y);
    if (this.d === undefined && o.d === undefined) {
      const r = this.n + o.n;
      if (r <= SAFE && r >= -SAFE) return new Dec(r, undefined);
    }
    return fromDecimal(this.big().plus(o.big()));
  }
  minus(y: DecLike): Dec {
    const o = of(y);
    if (this.d === undefined && o.d === undefined) {
      const r = this.n - o.n;
      if (r <= SAFE && r >= -SAFE) return new Dec(r, undefined);
    }
    return fromDecimal(this.big().minus(o.big()));
  }
  times(y: DecLike): Dec {
    const o = of(y);
    if (this.d === undefined && o.d === undefined) {
      const p = this.n * o.n;
      if (p <= SAFE && p >= -SAFE && p % SCALE === 0) return new Dec(p / SCALE, undefined);
    }
    return fromDecimal(this.big().times(o.big()));
  }
  /**
   * Exact where the quotient has at most 6 decimals and is under 10^9 (yields, shares of whole
   * tonnes): one integer division, as plus and minus. Anything else goes through decimal.js at 40
   * digits, as before. Division by zero: decimal.js's Infinity or NaN.
   */
  dividedBy(y: DecLike): Dec {
    const o = of(y);
    if (this.d === undefined && o.d === undefined && o.n !== 0) {
      // the scaled dividend, exact while it is a safe integer; the remainder of two safe integers is exact
      const p = this.n * SCALE;
      if (p <= SAFE && p >= -SAFE && p % o.n === 0) {
        const q = p / o.n;
        // below 10^9 in value, as fromDecimal keeps in integer form (the sign of zero as decimal.js's)
        if (q < 1e15 && q > -1e15) return new Dec(q, undefined);
      }
    }
    return fromDecimal(this.big().dividedBy(o.big()));
  }
  comparedTo(y: DecLike): number {
    const o = of(y);
    if (this.d === undefined && o.d === undefined) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
    return this.big().comparedTo(o.big());
  }
  equals(y: DecLike): boolean {
    return this.comparedTo(y) === 0;
  }
  greaterThan(y: DecLike): boolean {
    return this.comparedTo(y) > 0;
  }
  lessThan(y: DecLike): boolean {
    return this.comparedTo(y) < 0;
  }
  greaterThanOrEqualTo(y: DecLike): boolean {
    return this.comparedTo(y) >= 0;
  }
  lessThanOrEqualTo(y: DecLike): boolean {
    return this.comparedTo(y) <= 0;
  }
  isZero(): boolean {
    return this.d === undefined ? this.n === 0 : this.d.isZero();
  }
  /** True for -0 too, as Decimal's. */
  isNegative(): boolean {
    return this.d === undefined ? this.n < 0 || Object.is(this.n, -0) : this.d.isNegative();
  }
  /** True for +0 too, as Decimal's. */
  isPositive(): boolean {
    return this.d === undefined ? this.n > 0 || Object.is(this.n, 0) : this.d.isPositive();
  }
  isFinite(): boolean {
    return this.d === undefined || this.d.isFinite();
  }
  isInteger(): boolean {
    return this.d === undefined ? this.n % SCALE === 0 : this.d.isInteger();
  }
  abs(): Dec {
    return this.d === undefined ? new Dec(Math.abs(this.n), undefined) : new Dec(NaN, this.d.abs());
  }
  negated(): Dec {
    return this.d === undefined ? new Dec(-this.n, undefined) : new Dec(NaN, this.d.negated());
  }
  decimalPlaces(): number {
    if (this.d !== undefined) return this.d.decimalPlaces();
    let n = Math.abs(this.n);
    if (n === 0) return 0;
    let places = 6;
    while (places > 0 && n % 10 === 0) {
      n /= 10;
      places--;
    }
    return places;
  }
  toDecimalPlaces(places: number): Dec {
    if (this.d === undefined && places >= 6) return this;
    return fromDecimal(this.big().toDecimalPlaces(places));
  }
  /** As Decimal's toFixed: no exponent, and without `places` no trailing zeros; -0 prints "0". */
  toFixed(places?: number): string {
    if (this.d !== undefined || places !== undefined) return this.big().toFixed(places);
    const n = this.n;
    const a = Math.abs(n);
    const int = Math.floor(a / SCALE);
    const frac = a - int * SCALE;
    const sign = n < 0 ? "-" : "";
    if (frac === 0) return sign + String(int);
    let f = frac;
    let width = 6;
    while (f % 10 === 0) {
      f /= 10;
      width--;
    }
    return `${sign}${int}.${String(f).padStart(width, "0")}`;
  }
  toString(): string {
    return this.d === undefined && this.n !== 0 ? this.toFixed() : this.big().toString();
  }
  valueOf(): string {
    return this.d === undefined && this.n !== 0 ? this.toFixed() : this.big().valueOf();
  }
  toJSON(): string {
    return this.valueOf();
  }
}

export const ZERO: Dec = make(0);

/**
 * Parses a decimal string ("1234.5", "-3", "1e3", " 25.5 ") or a finite number; null for anything
 * else (blank, "abc", "1,5"). A plain text of at most 6 decimals and 15 digits, as nearly every
 * quantity is, is read straight into its integer form, without a Decimal or a trimmed copy.
 * Exact whatever the magnitude, as the engine's own texts (products, sums) need: a value from a
 * cell has been held to the limits of a book value where it entered (decimal-text.ts).
 */
export function parseDecimal(text: unknown): Dec | null {
  if (typeof text === "number") return Number.isFinite(text) ? make(text) : null;
  if (typeof text !== "string" || text === "") return null;
  const fast = parseFast(text);
  if (fast !== null) return fast;
  const t = text.trim();
  return isDecimalSyntax(t) ? make(t) : null;
}

export function dec(value: string | number): Dec {
  return make(value);
}

/**
 * A number that stands for the value exactly where it is held as a scaled integer (nearly every
 * quantity as typed), for finding equal values by a Map; null for any other value and for zero
 * (whose sign a key would lose). Equal values give equal keys, different values different keys.
 */
export function integerKey(a: Dec): number | null {
  return a.d === undefined && a.n !== 0 ? a.n : null;
}

/** Equal values; the same value object (an origin and its batch often share one) needs no digits compared. */
export function equal(a: Dec, b: Dec): boolean {
  return a === b || a.equals(b);
}

/** Exact text of a value ("70", "0.4", "-20.5"): what the result carries, never rounded. */
export function toText(a: Dec): string {
  const t = a.toFixed();
  return t === "-0" ? "0" : t;
}

/**
 * Decimals kept of a quantity that comes out of a division (mass from a volume's energy, kWh from
 * MJ, a volume from a mass): 6, i.e. a gram of a tonne, a millilitre of a m³, a milliwatt-hour of
 * a kWh, far below what any book records. The one rounding rule of conversions (domain.md §4:
 * products are exact; a quotient is rounded here, half up, and nowhere else), so that 1,000 Nm³ ×
 * 36.1 MJ/Nm³ is 10027.777778 kWh and never a 40-digit number in a ledger or a message.
 */
const QUOTIENT_PLACES = 6;

/** `a / b` rounded half up to QUOTIENT_PLACES decimals: every division of a quantity goes through here. */
export function quotient(a: Dec, b: Dec | string): Dec {
  return a.dividedBy(b).toDecimalPlaces(QUOTIENT_PLACES);
}
