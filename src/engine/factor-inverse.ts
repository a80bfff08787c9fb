// (h-ghg3 B) A conversion factor kept as input per output ("Einsatz je t Produkt (t/t)" 2.5,
// "t feedstock / t product", "consommation spécifique", "zużycie na tonę produktu"): many plants
// keep the specific consumption, not the yield. A factor is output per input (RED Art. 30: CF =
// output/input), so an inverse x is the factor 1/x. Where 1/x is a decimal that decimal.js keeps
// exactly (2.5 → 0.4, 1.25 → 0.8, 4 → 0.25) the row converts by that factor, as if it were typed;
// where it has no end (3 → 0.333…) the inverse is kept as the stored fact and every quantity is
// divided by it where it is used (output = input / x, credit = credit / x), once, by the engine's
// one rounding rule for quotients (quantity.ts `quotient`: 6 decimals, half up): 100 t at 3 t of
// input per t is 33.333333 t. The factor is never rounded. Pure.
import { dimensionOf, type Ratio } from "./amount";
import { type FactorDims, factorWithUnit } from "./factor-units";
import { cellOf, finding } from "./findings";
import type { CellRef } from "./model";
import { type Dec, dec, toText } from "./quantity";
import { roundText } from "./quantity-text";
import type { Factor, Production } from "./records";
import { documentedFactor } from "./factor-check";
import type { Finding } from "./result";
import { displayUnit } from "./units";

/** More decimals than a reciprocal that ends has, at 60 digits (factor-units.ts INEXACT_PLACES). */
const ENDS_WITHIN = 24;

const ONE = dec("1");

/**
 * The factor (output per input) of an inverse `x` (input per output, > 0): {n: 1/x} where the
 * reciprocal is an exact decimal, else {n: 1, d: x}, divided by x where it is used (module comment).
 */
export function fromInverse(x: Dec): Ratio {
  const r = ONE.dividedBy(x);
  return r.decimalPlaces() <= ENDS_WITHIN && r.times(x).equals(ONE) ? { n: r } : { n: ONE, d: x };
}

/** Whether factor `r` (its denominator positive) is above `x`: n > x·d, exactly. */
export function ratioAbove(r: Ratio, x: Dec): boolean {
  return r.n.greaterThan(r.d ? x.times(r.d) : x);
}

/** Whether `x` is below factor `r`: x·d < n, exactly. */
export function belowRatio(x: Dec, r: Ratio): boolean {
  return (r.d ? x.times(r.d) : x).lessThan(r.n);
}

/** |actual − r| / r, the deviation of a yield from the factor: |actual·d − n| / n. */
export function deviationFrom(actual: Dec, r: Ratio): Dec {
  return (r.d ? actual.times(r.d) : actual).minus(r.n).abs().dividedBy(r.n);
}

/** a + b, still a ratio: exact products, no division. */
export function plusRatio(a: Ratio, b: Ratio): Ratio {
  if (!a.d && !b.d) return { n: a.n.plus(b.n) };
  const [ad, bd] = [a.d ?? ONE, b.d ?? ONE];
  return { n: a.n.times(bd).plus(b.n.times(ad)), d: ad.times(bd) };
}

/** The factor as it reads in a message: its decimal, or "1/3" for an inverse without an exact reciprocal. */
export function ratioText(r: Ratio): string {
  return r.d ? `${toText(r.n)}/${toText(r.d)}` : toText(r.n);
}

/** The factor rounded to `places` for a message ("0.3333"). */
export function ratioRounded(r: Ratio, places: number): string {
  return roundText(r.d ? r.n.dividedBy(r.d) : r.n, places);
}

/**
 * The documented factor of row `p` from its inverse `p.rowInverse` (input per output), read at
 * `at`: fromInverse of it, in the row's own unit. A unit in its heading is read only where both
 * sides are the row's one dimension ("t/t", "kg/kg", "kg/t" scaled exactly to t/t); an inverse in
 * other units, or of 0, is refused (conversion-impossible, reason factor-unit, why inverse) at `at`.
 */
export function documentedInverse(p: Production, at: CellRef | undefined, unitAt?: CellRef): DocumentedRatio {
  const x = p.rowInverse as Dec;
  const read = factorWithUnit(x, p.rowInverseUnit);
  const inDim = dimensionOf(p.unit);
  const outDim = dimensionOf(p.outputUnit) ?? inDim;
  const ok =
    read === null ||
    (!("refused" in read) && read.dims.in === inDim && read.dims.out === inDim && outDim === inDim);
  const value = read === null ? x : "refused" in read ? null : read.value;
  if (ok && value && value.greaterThan(0))
    return { documented: fromInverse(value), dims: null, inverse: value };
  const unit = read === null ? "" : read.unit;
  return {
    refused: finding(
      "conversion-impossible",
      "error",
      at ?? cellOf(p.source, "inverseFactor"),
      {
        reason: "factor-unit",
        why: "inverse",
        value: toText(x),
        factorUnit: displayUnit(unit),
        input: p.inputProduct,
        output: p.outputProduct,
        inputUnit: displayUnit(p.unit),
        outputUnit: displayUnit(p.outputUnit),
      },
      [unitAt],
    ),
  };
}

/** A row's documented factor as a ratio (output per input), or the refusal of its unit (factor-check.ts). */
export type DocumentedRatio =
  { documented: Ratio | null; dims: FactorDims | null; inverse?: Dec } | { refused: Finding };

/**
 * The documented factor of row `p` as a ratio: its own factor, else its own inverse (input per
 * output, factor-inverse.ts), else the table's entry `table`; read at `at`. A row giving both a
 * factor and an inverse converts by the factor where they are each other's exact reciprocal, and
 * is refused (conversion-impossible, reason factor-both) where not: neither is chosen.
 */
export function documentedOf(
  p: Production,
  table: Factor | undefined,
  at: CellRef | undefined,
): DocumentedRatio {
  if (p.rowInverse && !p.rowFactor) return documentedInverse(p, at, cellOf(p.source, "inverseFactorUnit"));
  if (p.rowInverse && p.rowFactor && !p.rowFactor.times(p.rowInverse).equals(ONE))
    return {
      refused: finding(
        "conversion-impossible",
        "error",
        at ?? cellOf(p.source, "factor"),
        {
          reason: "factor-both",
          value: toText(p.rowFactor),
          other: toText(p.rowInverse),
          input: p.inputProduct,
          output: p.outputProduct,
        },
        [cellOf(p.source, "inverseFactor")],
      ),
    };
  const read = p.rowFactor
    ? documentedFactor(p, p.rowFactor, p.rowFactorUnit, at, cellOf(p.source, "factorUnit"))
    : documentedFactor(
        p,
        table?.factor ?? null,
        table?.unit,
        at,
        table && cellOf(table.source, "factorUnit"),
      );
  return "refused" in read
    ? read
    : { documented: read.documented && { n: read.documented }, dims: read.dims };
}
