// What a product's name tells of its place in the chain (domain.md §6, RED II Art. 29(10)): a
// final biofuel, bioliquid or biogas whose GHG saving a declaration must show and meet, as against
// a feedstock or intermediate (UCO, vegetable oils, fats, POME, wood chips) whose GHG may be
// declared per tonne (ISCC EU 205: kg CO2eq/dry-t for raw materials and intermediates). The names
// are the product catalogue's entries marked final (product-catalogue.ts).
import { CATALOGUE, namePattern, productKey } from "./product-catalogue";

const FINAL = namePattern(CATALOGUE.filter((e) => e.final));

/**
 * True when the product's name says it is a final fuel under RED ("HVO", "HVO 100", "FAME",
 * "Bioethanol", "Biomethan", "Bio-LNG"), whose GHG must be given per MJ so that its saving can
 * be shown and checked; false for feedstocks and intermediates ("UCO", "Rapsöl", "Tallow") and
 * for names that do not tell, so that a per-tonne value of those keeps working. Never throws.
 */
export function isFinalFuel(name: string | null | undefined): boolean {
  if (!name) return false;
  return FINAL.test(productKey(name));
}
