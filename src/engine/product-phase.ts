// What a product's name tells of its phase: oils, fats, liquid fuels and alcohols are liquids
// (a density per m³ of 400–2,000 kg), whatever else the name says nothing (plausibility.ts). The
// names are the product catalogue's (product-catalogue.ts).
import { CATALOGUE, namePattern, productKey } from "./product-catalogue";
import type { Phase } from "./plausibility";

// every name of the catalogue that tells a liquid, as whole words or the tail of a compound
const LIQUID = namePattern(CATALOGUE.filter((e) => e.phase === "liquid"));

/**
 * A product's phase as its name tells it: "liquid" for oils, fats and liquid fuels ("UCO",
 * "Used cooking oil", "Rapsöl", "HVO 100", "Bio-LNG"); null where the name does not tell (a gas
 * such as biomethane may be booked liquefied, a solid in bulk m³), so that only the ranges of
 * every phase apply. Case and accents as typed; never throws.
 */
export function phaseOfProduct(name: string | null | undefined): Phase {
  if (!name) return null;
  return LIQUID.test(productKey(name)) ? "liquid" : null;
}
