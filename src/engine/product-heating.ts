// The lower heating values of products named as such (biomethane, HVO, FAME, ethanol, wood chips…),
// with a tolerance: a heating value far from its product's, after unit conversion, is a unit slip
// (kWh for MJ, ×3.6; a figure per litre typed per kg) and is refused, not booked (p-heat2).
import { CATALOGUE, type CatalogueEntry, namePattern } from "./product-catalogue";
import { type HeatingUnit, UNITS } from "./units";

/** A catalogue entry with a heating value, and the pattern of its names. */
type Named = CatalogueEntry & { heating: NonNullable<CatalogueEntry["heating"]>; name: RegExp };

// the catalogue's products with a lower heating value (RED II Annex III), in its order
const TABLE: Named[] = CATALOGUE.flatMap((e) =>
  e.heating ? [{ ...e, heating: e.heating, name: namePattern([e]) }] : [],
);

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
 * same "per" (×3.6 kWh/MJ, ×1,000 GJ/t or MJ/kg) and, for a liquid, as a figure per litre.
 */
export function productHeating(
  name: string | null | undefined,
  unit: HeatingUnit,
  value: string,
): ProductHeatingMiss | null | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  const named = TABLE.find((p) => p.name.test(lower));
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
  if (!likely && named.kgPerL && unit.per === "t" && fits((v * Number(unit.factor)) / named.kgPerL)) {
    likely = unit.unit === "MJ/kg" ? "MJ/L" : "a figure per litre";
  }
  return { product: named.product, usual: named.heating.usual, likely };
}
