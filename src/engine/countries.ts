// Countries for the ISCC PLUS multi-site transfer condition "same country or neighbouring
// countries sharing an inland border" (iscc-rules.md §6.2). Europe is where ISCC books are kept;
// a country missing here simply has no known neighbours, so a transfer to it is not allowed.
import { textKey } from "./normalise";

// prettier-ignore
const BORDERS: Record<string, string[]> = {
  AD: ["ES", "FR"], AL: ["GR", "ME", "MK", "XK"], AT: ["CH", "CZ", "DE", "HU", "IT", "LI", "SI", "SK"],
  BA: ["HR", "ME", "RS"], BE: ["DE", "FR", "LU", "NL"], BG: ["GR", "MK", "RO", "RS", "TR"],
  BY: ["LT", "LV", "PL", "RU", "UA"], CH: ["AT", "DE", "FR", "IT", "LI"], CZ: ["AT", "DE", "PL", "SK"],
  DE: ["AT", "BE", "CH", "CZ", "DK", "FR", "LU", "NL", "PL"], DK: ["DE"], EE: ["LV", "RU"],
  ES: ["AD", "FR", "PT"], FI: ["NO", "RU", "SE"], FR: ["AD", "BE", "CH", "DE", "ES", "IT", "LU", "MC"],
  GB: ["IE"], GR: ["AL", "BG", "MK", "TR"], HR: ["BA", "HU", "ME", "RS", "SI"],
  HU: ["AT", "HR", "RO", "RS", "SI", "SK", "UA"], IE: ["GB"], IT: ["AT", "CH", "FR", "SI", "SM", "VA"],
  LI: ["AT", "CH"], LT: ["BY", "LV", "PL", "RU"], LU: ["BE", "DE", "FR"], LV: ["BY", "EE", "LT", "RU"],
  MC: ["FR"], MD: ["RO", "UA"], ME: ["AL", "BA", "HR", "RS", "XK"], MK: ["AL", "BG", "GR", "RS", "XK"],
  NL: ["BE", "DE"], NO: ["FI", "RU", "SE"], PL: ["BY", "CZ", "DE", "LT", "RU", "SK", "UA"], PT: ["ES"],
  RO: ["BG", "HU", "MD", "RS", "UA"], RS: ["BA", "BG", "HR", "HU", "ME", "MK", "RO", "XK"],
  RU: ["BY", "EE", "FI", "LT", "LV", "NO", "PL", "UA"], SE: ["FI", "NO"], SI: ["AT", "HR", "HU", "IT"],
  SK: ["AT", "CZ", "HU", "PL", "UA"], SM: ["IT"], TR: ["BG", "GR"], UA: ["BY", "HU", "MD", "PL", "RO", "RU", "SK"],
  VA: ["IT"], XK: ["AL", "ME", "MK", "RS"],
};

/**
 * The ISO 3166 alpha-2 code a site's country is given as ("DE", " de "): the workbook reads a
 * country cell, name or code, as its code (workbook/countries.ts readCountries, i18n-iso-countries)
 * and refuses any other text, so no names are read here.
 */
const codeOf = (text: string | undefined): string => textKey(text).toUpperCase();

/** Same country, or neighbours sharing an inland border; both given as alpha-2 codes (codeOf). */
export function sameOrNeighbouring(a: string | undefined, b: string | undefined): boolean {
  const x = codeOf(a);
  const y = codeOf(b);
  if (x === "" || y === "") return false;
  return x === y || (BORDERS[x]?.includes(y) ?? false);
}
