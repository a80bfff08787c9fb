// The lower heating values of products named as such (biomethane, HVO, FAME, ethanol, wood chips…),
// with a tolerance: a heating value far from its product's, after unit conversion, is a unit slip
// (kWh for MJ, ×3.6; a figure per litre typed per kg) and is refused, not booked (p-heat2).
import { namedWith } from "./product-catalogue";
import { type HeatingUnit, UNITS } from "./units";

// the catalogue's first product with a lower heating value (RED II Annex III) that a name names
const namedIn = namedWith("heating");

/** A heating value outside its named product's range: what the message names. */
export interface ProductHeatingMiss {
  /** the product as the table names it ("biomethane") */
  product: string;
  /** its usual lower heating value, for the message ("42–45 MJ/kg") */
  usual: string;
  /** the unit the value would fit the product in (kWh/Nm³ for MJ/Nm³; MJ/L for MJ/kg), or null */
  likely: string | null;
}

/**
 * Whether heating value `value` (a decimal string) in `unit` fits the product named `name`:
 * undefined where the table has no such product or no range per the unit's mass or Nm³ (then the
 * phase check applies, plausibility.ts), null where it fits, else what the message names. Checked
 * after unit conversion (MJ per t or per Nm³); the likely slip is tried among the units of the
 * same "per" (×3.6 kWh/MJ, ×1,000 GJ/t or MJ/kg) and, for a liquid, as a figure per litre at the
 * row's `density` (t per m³ = kg/L) where it gives one of a liquid or solid, else at the
 * catalogue's typical density.
 */
export function productHeating(
  name: string | null | undefined,
  unit: HeatingUnit,
  value: string,
  density: number | null = null,
): ProductHeatingMiss | null | undefined {
  const named = namedIn(name);
  const range =
    named && (unit.per === "t" ? named.heating.t : unit.per === "Nm3" ? named.heating.Nm3 : undefined);
  if (!named || !range) return undefined;
  const v = Number(value);
  const fits = (x: number) => x >= range[0] && x <= range[1];
  if (fits(v * Number(unit.factor))) return null;
  let likely: string | null = null;
  for (const alt of unit.per === "t" ? ["MJ/kg", "kWh/kg", "GJ/t", "MWh/t"] : ["MJ/Nm3", "kWh/Nm3"]) {
    const u = UNITS[alt];
    if (u && u.unit !== unit.unit && fits(v * Number(u.factor))) {
      likely = alt;
      break;
    }
  }
  // a figure per litre typed per kg: HVO 34.4 MJ/L is 44 MJ/kg at 0.78 kg/L
  const kgPerL = density !== null && density > 0.1 ? density : named.kgPerL;
  if (!likely && kgPerL && unit.per === "t" && fits((v * Number(unit.factor)) / kgPerL)) {
    likely = unit.unit === "MJ/kg" ? "MJ/L" : "a figure per litre";
  }
  return { product: named.product, usual: named.heating.usual, likely };
}

// p-cat: a figure per m³ is tried as one per volume, then as one per kg typed per m³
const PER_M3_SLIPS = ["MJ/m3", "MJ/L", "GJ/m3", "kWh/m3", "MJ/kg", "kWh/kg"];

/**
 * A heating value per m³ (`unit`) on a row whose density per m³ is known (`density`, t per m³):
 * the value per mass at that density (`perMass`, MJ per t), and the likely slip, the first of
 * MJ/m³, MJ/L, GJ/m³, kWh/m³ (a figure per volume) and MJ/kg, kWh/kg (a figure per mass typed
 * per m³) under which the value, taken per mass, falls in the range per t of the product named
 * `name` (RED II Annex III, the catalogue), else in `usual` (the phase's, MJ per t); null where
 * none does. Straw at 120 kg/m³ with 15 MJ/m³ is 0.125 MJ/kg as typed, 15 MJ/kg as a figure per kg.
 */
export function heatingAtDensity(
  name: string | null | undefined,
  unit: HeatingUnit,
  value: string,
  density: number,
  usual: [number, number],
): { perMass: number; likely: string | null } {
  const range = namedIn(name)?.heating.t ?? usual;
  const v = Number(value);
  const perMass = (u: HeatingUnit) =>
    u.per === "t" ? v * Number(u.factor) : (v * Number(u.factor)) / density;
  const likely =
    PER_M3_SLIPS.find((alt) => {
      const u = UNITS[alt];
      if (!u || u.kind !== "heating" || u.unit === unit.unit) return false;
      const x = perMass(u);
      return x >= range[0] && x <= range[1];
    }) ?? null;
  return { perMass: perMass(unit), likely };
}
