// Amounts: a quantity in the units it converts to exactly (domain.md §4). The vocabulary of units is
// units.ts; here a typed unit, density and heating value become the account's amounts.
import { type Dec, dec, quotient } from "./quantity";
import { type Dimension, type PerDimension, parseQuantityUnit, UNITS } from "./units";

export type { Dimension } from "./units";

/** The units an account can be kept in: a Dimension, or kWh for energy books kept in kWh. */
export type AccountUnit = Dimension | "kWh";

/** Normalises a quantity unit as typed ("mt", "Tonnes", "m³", "Nm³", "kwh") to its canonical spelling; null when unknown or blank. */
export function normaliseUnit(text: string | undefined): string | null {
  return parseQuantityUnit(text)?.unit ?? null;
}

/** The unit's dimension, as the account shows it ("t", "m3", "Nm3", "MJ"). */
export function dimensionOf(unit: string): Dimension | null {
  const u = UNITS[unit];
  return u?.kind === "quantity" ? u.dim : null;
}

/** A density or heating value converted to its canonical unit, with what it is "per". */
export interface Per {
  per: PerDimension;
  /** t per m³/Nm³ (density) or MJ per t/m³/Nm³ (heating value); divided by `over` where given */
  value: Dec;
  /**
   * p-units3: a density whose unit's factor is no finite decimal (lb/ft³, lb/US gal, lb/imp gal) is
   * `value / over` exactly; conversions divide by it in `quotient`, as every division of a quantity.
   * A heating value a row's energy content gives over its quantity (intake/energy-content.ts) too.
   */
  over?: Dec;
}

export interface ConversionHints {
  density?: Per | null;
  heatingValue?: Per | null;
}

/** A density or heating value as typed, in its unit, converted exactly; null when the unit is not of that kind. */
export function perValue(value: Dec, unit: string, kind: "density" | "heating"): Per | null {
  const u = UNITS[unit];
  if (!u || u.kind !== kind) return null;
  const per = { per: u.per, value: u.factor === "1" ? value : value.times(u.factor) };
  return u.kind === "density" && u.divisor ? { ...per, over: dec(u.divisor) } : per;
}

/** A quantity expressed in every account unit it converts to exactly with the hints given. */
export type Amount = Partial<Record<AccountUnit, Dec>>;

const KWH = dec("3.6");

/**
 * An exact ratio `n / d` (d absent: 1). A conversion multiplies numerators and denominators and
 * divides once, at the end (brk24: 60 t at 825 kg/m³ and 33 MJ/L is 2,400,000 MJ, never the
 * 2,400,000.009 of a volume rounded on the way).
 */
export interface Ratio {
  n: Dec;
  d?: Dec;
}

/** `r` times `by`, over `over` where given, still a ratio. */
function scale(r: Ratio, by: Dec, over?: Dec): Ratio {
  const d = over ? (r.d ? r.d.times(over) : over) : r.d;
  return d ? { n: r.n.times(by), d } : { n: r.n.times(by) };
}

/** The ratio's value: exact where it divides by nothing, else rounded once by `quotient`. */
export function valueOf(r: Ratio): Dec {
  return r.d ? quotient(r.n, r.d) : r.n;
}

/**
 * A quantity in `unit` (canonical spelling) expressed in its own dimension and in every other one
 * the hints convert it to: mass ↔ volume by a density of that volume, energy ↔ mass or volume by a
 * heating value per that. Products are exact; a conversion that divides (mass from energy) is
 * rounded to QUOTIENT_PLACES decimals by `quotient`, once, from the typed value (Ratio). An
 * unknown unit gives an empty amount.
 */
export function toAmount(value: Dec, unit: string, hints: ConversionHints = {}): Amount {
  const u = UNITS[unit];
  if (!u || u.kind !== "quantity") return {};
  if (!convertible(hints) && u.dim !== "MJ")
    return only(u.dim, u.factor === "1" ? value : value.times(u.factor));
  const ratios = toRatios(value, unit, hints);
  const amount: Amount = {};
  for (const dim of ACCOUNT_UNITS) {
    const r = ratios[dim];
    if (r) amount[dim] = valueOf(r);
  }
  return amount;
}

/** Whether the hints give a density or heating value that converts (not zero). */
function convertible(hints: ConversionHints): boolean {
  return (
    !!(hints.density && !hints.density.value.isZero()) ||
    !!(hints.heatingValue && !hints.heatingValue.value.isZero())
  );
}

/**
 * `value` `unit` in every account unit the hints reach, each an exact ratio not yet divided (as
 * toAmount, before its one division): a caller that multiplies on (a conversion factor, another
 * row's density) divides once, at the end, never by a rounded 1/density (brk24). Empty for an
 * unknown unit.
 */
export function toRatios(
  value: Dec,
  unit: string,
  hints: ConversionHints = {},
): Partial<Record<AccountUnit, Ratio>> {
  const u = UNITS[unit];
  if (!u || u.kind !== "quantity") return {};
  const own = u.factor === "1" ? value : value.times(u.factor);
  const density = hints.density && !hints.density.value.isZero() ? hints.density : null;
  const heating = hints.heatingValue && !hints.heatingValue.value.isZero() ? hints.heatingValue : null;
  const out: Partial<Record<AccountUnit, Ratio>> = { [u.dim]: { n: own } };
  // two rounds reach every dimension: e.g. energy → normal volume (heating value) → mass (density)
  for (let round = 0; round < 2; round++) {
    if (density) {
      const vol = out[density.per];
      const { value: rho, over } = density;
      if (vol && !out.t) out.t = scale(vol, rho, over);
      else if (out.t && !vol) out[density.per] = scale(out.t, over ?? ONE, rho);
    }
    if (heating) {
      const per = out[heating.per];
      if (per && !out.MJ) out.MJ = scale(per, heating.value, heating.over);
      else if (out.MJ && !per) out[heating.per] = scale(out.MJ, heating.over ?? ONE, heating.value);
    }
  }
  if (out.MJ)
    out.kWh = KWH_OF[u.unit] ? { n: value.times(KWH_OF[u.unit] as string) } : scale(out.MJ, ONE, KWH);
  return out;
}

const ONE = dec("1");
const ACCOUNT_UNITS: readonly AccountUnit[] = ["t", "m3", "Nm3", "MJ", "kWh"];

/** An amount in one dimension, as a literal of that one property (a computed key would leave room for four). */
function only(dim: Dimension, value: Dec): Amount {
  switch (dim) {
    case "t":
      return { t: value };
    case "m3":
      return { m3: value };
    case "Nm3":
      return { Nm3: value };
    case "MJ":
      return { MJ: value };
  }
}

// Energy typed in kWh stays exact in a kWh account; MJ is divided by 3.6 only when it must be.
const KWH_OF: Record<string, string> = { kWh: "1", MWh: "1000", GWh: "1000000" };

/**
 * The unit a product's balance at a site is kept in (domain.md §4), given `amount`, the first of
 * its rows that has an amount (book/places.ts pool calls it once per account), and `typedUnit`,
 * that row's unit: the settings' energy unit under energy accounting, whatever the rows; else
 * `volume`, where every row of the product is typed in that one volume (book/kept-in.ts, brk22
 * §14: decided over all its rows, not the first); else tonnes when that row converts to mass; else
 * its own volume, normal volume or energy (kWh where it was typed in kWh, MWh or GWh: biomethane
 * books). Null where the amount has none of these.
 */
export function accountUnitFor(
  amount: Amount,
  typedUnit: string | undefined,
  profile: { energyAccounting: boolean; energyUnit: "MJ" | "kWh" },
  volume?: Dimension,
): AccountUnit | null {
  if (profile.energyAccounting) return profile.energyUnit;
  if (volume && amount[volume]) return volume;
  if (amount.t) return "t";
  if (amount.m3) return "m3";
  if (amount.Nm3) return "Nm3";
  if (amount.MJ) return typedUnit !== undefined && KWH_OF[typedUnit] ? "kWh" : "MJ";
  return null;
}

/**
 * The heating value as MJ per unit of `dim` (t, m³, Nm³), an exact ratio: as the row states it,
 * or through the row's density where it is stated per mass and wanted per volume or the other
 * way (MJ/L at kg/m³ is MJ/t = value / density); a value given over a quantity (`over`) stays a
 * ratio. Null where the row gives neither.
 */
export function heatingValueIn(hints: ConversionHints, dim: PerDimension): Ratio | null {
  const { heatingValue: hv, density } = hints;
  if (!hv) return null;
  const own: Ratio = hv.over ? { n: hv.value, d: hv.over } : { n: hv.value };
  if (hv.per === dim) return own;
  if (!density || density.value.isZero()) return null;
  const { value: rho, over } = density;
  // MJ per m³ ÷ t per m³ is MJ per t; MJ per t × t per m³ is MJ per m³
  if (dim === "t" && hv.per === density.per) return scale(own, over ?? ONE, rho);
  if (hv.per === "t" && dim === density.per) return scale(own, rho, over);
  return null;
}

/** The energy of `quantity` at `perUnit` MJ, multiplied before the one division. */
export function energyAt(quantity: Dec, perUnit: Ratio): Dec {
  return valueOf(scale({ n: quantity }, perUnit.n, perUnit.d));
}
