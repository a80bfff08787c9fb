// (p-ghgmethod) The headings of a GHG method column — which way the GHG values were found: actual,
// a default value, or disaggregated defaults — as a table: a word for method, type or kind crossed
// with a GHG word, in both orders, in German, English, French, Spanish, Italian, Dutch and Polish.
// "Metoda GHG", "Método GEI", "Metodo GHG", "Berechnungsart THG", "Art des THG-Werts" and "Rodzaj
// wartości GHG" were read as a second GHG total, beside the one read: their values ("actual",
// "Standardwert") are no number, so each receipt lost its GHG value and its credit. A heading with
// one of these nouns is never a GHG value (field-words.ts GHG_NOT), so "GHG total", "THG gesamt",
// "E (g CO2eq/MJ)" and "Emisiones GEI totales" stay the total.
import { syn } from "./field-spec";

/** Words for a method, a type or a kind of value, by language (folded: no accents, lower case). */
export const METHOD_NOUNS: Readonly<Record<string, readonly string[]>> = {
  de: [
    "methode",
    "methodik",
    "berechnungsmethode",
    "berechnungsart",
    "berechnungsverfahren",
    "ermittlungsart",
    "wertart",
    "werttyp",
    "art",
    "typ",
  ],
  en: ["method", "methodology", "calculation method", "calculation type", "value type", "type", "kind"],
  fr: ["methode", "methodologie", "methode de calcul", "type de valeur", "type"],
  es: ["metodo", "metodologia", "metodo de calculo", "tipo de valor", "tipo"],
  it: ["metodo", "metodologia", "metodo di calcolo", "tipo di valore", "tipo valore", "tipo"],
  nl: [
    "methode",
    "methodiek",
    "berekeningsmethode",
    "rekenmethode",
    "soort waarde",
    "type waarde",
    "soort",
    "type",
  ],
  pl: [
    "metoda",
    "metodologia",
    "metoda obliczania",
    "metoda obliczen",
    "rodzaj wartosci",
    "typ wartosci",
    "rodzaj",
    "typ",
  ],
};

/**
 * The GHG words a method heading names its values by (THG is read as GHG: header-words.ts); never
 * "value", "Wert", "valor": "THG-Wert" and "GEI valor por defecto" are values, not their method.
 */
const GHG_WORDS = syn("ghg|ges|gei|bkg|emissions|emissionen|emisiones|emissioni|emissies|emisji");

/** Every method heading of the table: each noun with each GHG word, in both orders. */
export const METHOD_HEADINGS: readonly string[] = [
  ...new Set(
    Object.values(METHOD_NOUNS).flatMap((nouns) =>
      nouns.flatMap((n) => GHG_WORDS.flatMap((g) => [`${n} ${g}`, `${g} ${n}`])),
    ),
  ),
];

/**
 * The single words of the nouns that say a heading is a method, never a GHG value ("Art des
 * THG-Werts", "Rodzaj wartości GHG", "Tipo de valor GEI"); the nouns' other words ("de", "di",
 * "valor", "wartosci", "calculo") are words of GHG value headings too.
 */
export const METHOD_WORDS: readonly string[] = syn(
  "method|methode|methodik|methodology|methodologie|methodiek|metodo|metoda|metodologia|berechnungsmethode|berechnungsart|berechnungsverfahren|ermittlungsart|wertart|werttyp|rekenmethode|berekeningsmethode|art|typ|type|kind|tipo|soort|rodzaj",
);
