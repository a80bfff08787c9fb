// The densities of products the catalogue bands (product-catalogue.ts: biomethane and natural gas
// per Nm³, LNG and Bio-LNG as liquid): a density outside its product's band is a slip of unit or
// digit and is refused at its cell, as a liquid's or a solid's outside its phase's (p-cat).
import { namedWith } from "./product-catalogue";
import { type DensityUnit, factorNumber, UNITS } from "./units";

// the catalogue's first product with a density band that a name names
const namedIn = namedWith("density");

/** A density outside its named product's band: what the message names. */
export interface ProductDensityMiss {
  /** the product as the catalogue names it ("biomethane") */
  product: string;
  /** its band, for the message ("0.65–0.85 kg/Nm³") */
  usual: string;
  /** the unit of the same "per" under which the value would fit ("kg/Nm³" for 720 g/Nm³), or null */
  likely: string | null;
}

/**
 * Whether density `value` (a decimal string) in `unit` fits the product named `name`: undefined
 * where the catalogue bands no such product per the unit's m³ or Nm³ (the phase's bands apply,
 * plausibility.ts), null where it fits, else what the message names. Checked after conversion to
 * t per m³ or per Nm³; the likely unit is tried among the density units of the same "per".
 */
export function productDensity(
  name: string | null | undefined,
  unit: DensityUnit,
  value: string,
): ProductDensityMiss | null | undefined {
  const named = namedIn(name);
  const band = named?.density[unit.per];
  if (!named || !band) return undefined;
  const v = Number(value);
  const fits = (u: DensityUnit) => v * factorNumber(u) >= band[0] && v * factorNumber(u) <= band[1];
  if (fits(unit)) return null;
  const alternatives = unit.per === "m3" ? ["kg/m3", "t/m3", "kg/L", "g/cm3"] : ["kg/Nm3"];
  const likely =
    alternatives.find((alt) => alt !== unit.unit && UNITS[alt]?.kind === "density" && fits(UNITS[alt])) ??
    null;
  return { product: named.product, usual: named.density.usual, likely };
}
