// Countries for the ISCC PLUS multi-site transfer condition "same country or neighbouring
// countries sharing an inland border" (iscc-rules.md §6.2). Europe is where ISCC books are kept;
// a country missing here simply has no known neighbours, so a transfer to it is not allowed.
import { textKey } from "./normalise";

// prettier-ignore
const NAMES: Record<string, string> = {
  germany: "DE", deutschland: "DE", netherlands: "NL", "the netherlands": "NL", holland: "NL", niederlande: "NL",
  belgium: "BE", belgien: "BE", belgique: "BE", france: "FR", frankreich: "FR", spain: "ES", spanien: "ES",
  españa: "ES", portugal: "PT", italy: "IT", italien: "IT", italia: "IT", austria: "AT", österreich: "AT",
  switzerland: "CH", schweiz: "CH", luxembourg: "LU", luxemburg: "LU", denmark: "DK", dänemark: "DK",
  poland: "PL", polen: "PL", "czech republic": "CZ", czechia: "CZ", tschechien: "CZ", slovakia: "SK",
  slowakei: "SK", hungary: "HU", ungarn: "HU", slovenia: "SI", slowenien: "SI", croatia: "HR", kroatien: "HR",
  romania: "RO", rumänien: "RO", bulgaria: "BG", bulgarien: "BG", greece: "GR", griechenland: "GR",
  sweden: "SE", schweden: "SE", finland: "FI", finnland: "FI", norway: "NO", norwegen: "NO",
  estonia: "EE", latvia: "LV", lithuania: "LT", ireland: "IE", irland: "IE", "united kingdom": "GB",
  uk: "GB", "great britain": "GB", england: "GB", liechtenstein: "LI", andorra: "AD", monaco: "MC",
  serbia: "RS", ukraine: "UA", belarus: "BY", moldova: "MD", "north macedonia": "MK", albania: "AL",
  "bosnia and herzegovina": "BA", montenegro: "ME", turkey: "TR", türkei: "TR", kosovo: "XK",
  "san marino": "SM", "vatican city": "VA", russia: "RU",
};

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

/** ISO 3166 alpha-2 code for "DE", "Germany", "Deutschland"…; the cleaned text otherwise. */
export function countryCode(text: string | undefined): string {
  const key = textKey(text);
  if (/^[a-z]{2}$/.test(key)) return key.toUpperCase();
  return NAMES[key] ?? key.toUpperCase();
}

/** Same country, or neighbours sharing an inland border. */
export function sameOrNeighbouring(a: string | undefined, b: string | undefined): boolean {
  const x = countryCode(a);
  const y = countryCode(b);
  if (x === "" || y === "") return false;
  return x === y || (BORDERS[x]?.includes(y) ?? false);
}
