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
   * `value / over` exactly; conversions divide by it in `quotient`, as every division of a quantity
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
 * A quantity in `unit` (canonical spelling) expressed in its own dimension and in every other one
 * the hints convert it to: mass ↔ volume by a density of that volume, energy ↔ mass or volume by a
 * heating value per that. Products are exact; a conversion that divides (mass from energy) is
 * rounded to QUOTIENT_PLACES decimals by `quotient`. An unknown unit gives an empty amount.
 */
export function toAmount(value: Dec, unit: string, hints: ConversionHints = {}): Amount {
  const u = UNITS[unit];
  if (!u || u.kind !== "quantity") return {};
  const out = only(u.dim, u.factor === "1" ? value : value.times(u.factor));
  const density = hints.density && !hints.density.value.isZero() ? hints.density : null;
  const heating = hints.heatingValue && !hints.heatingValue.value.isZero() ? hints.heatingValue : null;
  // two rounds reach every dimension: e.g. energy → normal volume (heating value) → mass (density)
  for (let round = 0; round < 2 && (density || heating); round++) {
    if (density) {
      const vol = out[density.per];
      const { value: rho, over } = density;
      if (vol && !out.t) out.t = over ? quotient(vol.times(rho), over) : vol.times(rho);
      else if (out.t && !vol) out[density.per] = quotient(over ? out.t.times(over) : out.t, rho);
    }
    if (heating) {
      const per = out[heating.per];
      if (per && !out.MJ) out.MJ = per.times(heating.value);
      else if (out.MJ && !per) out[heating.per] = quotient(out.MJ, heating.value);
    }
  }
  if (out.MJ) out.kWh = KWH_OF[u.unit] ? value.times(KWH_OF[u.unit] as string) : quotient(out.MJ, KWH);
  return out;
}

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
 * The unit a product's balance is kept in, chosen by its first row (domain.md §4): the energy unit
 * under energy accounting; else tonnes when the row converts to mass; else its own volume, normal
 * volume or energy (kWh where the row was typed in kWh, MWh or GWh: biomethane books).
 */
export function accountUnitFor(
  amount: Amount,
  typedUnit: string | undefined,
  profile: { energyAccounting: boolean; energyUnit: "MJ" | "kWh" },
): AccountUnit | null {
  if (profile.energyAccounting) return profile.energyUnit;
  if (amount.t) return "t";
  if (amount.m3) return "m3";
  if (amount.Nm3) return "Nm3";
  if (amount.MJ) return typedUnit !== undefined && KWH_OF[typedUnit] ? "kWh" : "MJ";
  return null;
}

/** Heating value as MJ per tonne, where it is known per mass or can be derived with the density. */
export function heatingValuePerTonne(hints: ConversionHints): Dec | null {
  const { heatingValue, density } = hints;
  if (!heatingValue) return null;
  if (heatingValue.per === "t") return heatingValue.value;
  if (density && density.per === heatingValue.per && !density.value.isZero()) {
    const { value: rho, over } = density;
    return quotient(over ? heatingValue.value.times(over) : heatingValue.value, rho);
  }
  return null;
}
