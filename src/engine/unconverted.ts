// Why a row's quantity could not be expressed in its account's unit although the row carries a
// density or heating value (issue 13, break-test #12, #14): the unit-mismatch finding names the
// reason instead of saying there is no conversion value (domain.md §4).
import type { Amount, ConversionHints } from "./amount";

/**
 * A conversion value the row gives that cannot convert its quantity: `per` is the value's
 * "per" dimension (a heating value per m³), `dim` the quantity's (Nm³): a cubic metre at operating
 * conditions is not a normal cubic metre, so nothing is converted. `otherSide`: a production
 * row's value belongs to the other side (the output's heating value, the input has none).
 */
export interface Unconverted {
  /** the field of the value that was not used ("heatingValue", "density", "inputHeatingValue"…) */
  field: string;
  per: string | null;
  dim: string;
  otherSide: boolean;
}

/**
 * The first of `hints` (named by `fields`: density field, heating value field) that is given but
 * cannot act on `amount` (typed in dimension `dim`), or null when each given value converts it or
 * none is given. Pure; called only for rows that carry a value.
 */
export function unusableHint(
  amount: Amount,
  dim: string,
  hints: ConversionHints,
  fields: { density: string; heatingValue: string },
): Unconverted | null {
  const { density, heatingValue } = hints;
  if (heatingValue && amount[heatingValue.per] === undefined)
    return { field: fields.heatingValue, per: heatingValue.per, dim, otherSide: false };
  if (density && amount[density.per] === undefined && amount.t === undefined)
    return { field: fields.density, per: density.per, dim, otherSide: false };
  return null;
}

/** A production input without values of its own, where the row gives the output's. */
export function otherSideOnly(own: ConversionHints, other: ConversionHints, dim: string): Unconverted | null {
  if (own.density || own.heatingValue) return null;
  if (other.heatingValue) return { field: "heatingValue", per: null, dim, otherSide: true };
  if (other.density) return { field: "density", per: null, dim, otherSide: true };
  return null;
}
