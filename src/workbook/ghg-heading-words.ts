// What a GHG heading says of its value besides the field it holds (p-ghg2, brk12): the value the
// supplier's SD states ("THG lt. SD", "GHG as per PoS", "GES selon DD"), a default value ("THG
// Standardwert", "default value", "valeur par défaut", "valor por defecto", "valore standard",
// "standaardwaarde"), an actual one ("THG tatsächlich", "actual", "réel", "real", "effettivo",
// "werkelijk"), or nothing. Two such columns of one field on one row are read by value-rivals.ts
// (rival-rules.ts). Pure: words only.
import { namesDeclaredQuantity } from "./heading-bars";

/** Which value of a GHG field a heading names: the SD's, a default, an actual value, or it says not. */
export type GhgSource = "sd" | "default" | "actual" | "plain";

// de/en/fr/es/it/nl; the value's own noun ("Wert", "value", "valeur", "valor", "valore", "waarde") goes with it
const DEFAULT_WORDS =
  /(?<![\p{L}\d])(?:standard[- ]?werte?|default(?:[- ]?(?:values?|wert|werte))?|valeurs? par d[ée]faut|par d[ée]faut|valor(?:es)? (?:por defecto|est[áa]ndar|predeterminados?)|por defecto|valor[ei] (?:standard|di default|predefinit[oi])|standaardwaarden?|standaard)(?![\p{L}\d])/giu;
const ACTUAL_WORDS =
  /(?<![\p{L}\d])(?:tats[äa]chlich(?:e[rn]?)?(?: werte?)?|ist[- ]?werte?|actual(?: values?)?|valeurs? r[ée]elles?|r[ée]el(?:le)?s?|valor(?:es)? reales?|reales?|real|valor[ei] effettiv[oi]|effettiv[oi]|werkelijke? waarden?|werkelijke?)(?![\p{L}\d])/giu;
// "lt. SD", "laut SD", "gem. SD", "as per PoS", "according to SD", "selon DD", "según SD",
// "volgens SD", "secondo SD", "from SD", "aus SD"; the SD words are those of namesDeclaredQuantity
const SD_WORDS =
  /(?<![\p{L}\d])(?:(?:lt|laut|gem|gem[äa]ss?|gem[äa]ß|nach|as per|per|according to|from|on|aus|selon|d'apr[èe]s|seg[úu]n|volgens|secondo|come da)\.?\s*)?(?:sd|sds|pos|dd|nachhaltigkeitsnachweis|nachweis)(?![\p{L}\d])/giu;

/**
 * What GHG heading `header` says of its value (GhgSource), and the heading without those words
 * (`rest`: "THG lt. SD (g CO2eq/MJ)" → "THG (g CO2eq/MJ)"), to be matched as a GHG field. A heading
 * that names both an SD and a default or actual value ("THG Standardwert lt. SD") is the SD's:
 * it is the value the SD states, whichever kind it is.
 */
export function ghgSourceOf(header: string): { source: GhgSource; rest: string } {
  const sd = namesDeclaredQuantity(header);
  const def = DEFAULT_WORDS.test(header);
  DEFAULT_WORDS.lastIndex = 0;
  const actual = ACTUAL_WORDS.test(header);
  ACTUAL_WORDS.lastIndex = 0;
  const rest = header
    .replace(SD_WORDS, " ")
    .replace(DEFAULT_WORDS, " ")
    .replace(ACTUAL_WORDS, " ")
    .replace(/\s+/g, " ")
    .trim();
  // a heading of both a default and an actual value says neither
  const source: GhgSource = sd ? "sd" : def && !actual ? "default" : actual && !def ? "actual" : "plain";
  return { source, rest };
}
