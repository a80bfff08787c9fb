// Quantities as texts: what a user typed (its decimals), what a sheet shows (grouped, fixed
// decimals), and sums and comparisons of the exact texts the result carries.
import { type Dec, parseDecimal, toText, ZERO } from "./quantity";

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
  return (parseDecimal(a) ?? ZERO).comparedTo(parseDecimal(b) ?? ZERO) as -1 | 0 | 1;
}

/** Sums decimal strings exactly; unparsable text counts as zero. */
export function sumText(values: Iterable<string>): string {
  let total = ZERO;
  for (const v of values) total = total.plus(parseDecimal(v) ?? ZERO);
  return toText(total);
}
