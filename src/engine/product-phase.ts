// What a product's name tells of its phase: oils, fats, liquid fuels and alcohols are liquids
// (a density per m³ of 400–2,000 kg), whatever else the name says nothing (plausibility.ts).
import type { Phase } from "./plausibility";

/**
 * A pattern matching any of `words` (regex alternatives, lower case) as a whole word of a
 * product's name: between non-letters or the ends ("HVO 100", "Bio-LNG"). Shared by every
 * table that reads what a product's name tells (phase, final fuel, heating value).
 */
export const nameWords = (words: string): RegExp =>
  new RegExp(`(?:^|[^\\p{L}])(?:${words})(?:$|[^\\p{L}])`, "u");

// Names of liquids in the books' languages, as whole words or as the tail of a German compound
// ("Rapsöl", "Altspeiseöl"): used cooking oil (UCO), vegetable oils, fats traded warm (tallow),
// biodiesel (FAME, UCOME, RME, SME, TME), HVO/HEFA/SAF, alcohols, glycerine, liquefied gases
// (LNG ~450 kg/m³, LPG ~500 kg/m³), mineral fuels. Not "oilseed", "Ölsaat" or "olive" (solids).
const LIQUID =
  /(?:^|[^\p{L}])(?:uco|ucome|fame|rme|sme|tme|hvo|hefa|saf|oil|oils|huile|olio|aceite|olie|fat|fats|tallow|talg|suif|sego|sebo|biodiesel|diesel|ethanol|bioethanol|methanol|biomethanol|glycerin|glycerine|glycerol|glyzerin|glicerina|lng|lpg|naphtha|kerosene|kerosin|jet|gasoline|petrol|benzin|pome|pfad|molasses|melasse)(?:$|[^\p{L}])|öl(?:$|[^\p{L}])|fett(?:$|[^\p{L}])/u;

/**
 * A product's phase as its name tells it: "liquid" for oils, fats and liquid fuels ("UCO",
 * "Used cooking oil", "Rapsöl", "HVO 100", "Bio-LNG"); null where the name does not tell (a gas
 * such as biomethane may be booked liquefied, a solid in bulk m³), so that only the ranges of
 * every phase apply. Case and accents as typed; never throws.
 */
export function phaseOfProduct(name: string | null | undefined): Phase {
  if (!name) return null;
  return LIQUID.test(name.toLowerCase()) ? "liquid" : null;
}
