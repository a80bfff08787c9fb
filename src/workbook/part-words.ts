// (p-parts, brk11) The headings of a row's sustainable part beside its quantity, as a table: the
// words that name a part of a quantity ("Anteil", "davon", "of which", "dont", "waarvan", "di
// cui") crossed with the words that say which part (sustainable or certified: "nachhaltig",
// "zertifiziert", "ISCC", "bio", "durable", "certifié", "sostenible", "gecertificeerd"…), in both
// orders, in German, English, French, Spanish, Dutch, Italian and Polish, and the compounds a language
// writes as one word ("Nachhaltigkeitsanteil"). "Nachhaltigkeitsanteil", "Sustainability share",
// "Anteil zertifiziert", "davon ISCC (t)", "ISCC-Anteil (%)" and "Bio-Anteil (%)" were left unread
// on deliveries, so the whole quantity was declared; "ISCC-Menge (t)" was a second quantity.
// A heading that negates the meaning ("davon nicht zertifiziert") is barred before it is matched
// (negated-words.ts), so these words never read it.
// (p-blank) The one table of part headings: field-words.ts kept a second list of them
// (SUSTAINABLE_PART, "nachhaltiger teil|teil nachhaltig|anteil zertifiziert…") beside this one;
// its words that were missing here are nouns of this table now ("Volumen", "Teil", "proportion",
// "partie", "porción", "gedeelte", "porzione"…), and the list is gone. The headings read are the
// same or more (tests/workbook/part-words/one-table.test.ts).
import { words } from "../engine/normalise";
import { parseQuantityUnit } from "../engine/units";
import { syn } from "./field-spec";
import { headerWords } from "./header-words";

/** Words that name a part of a row's quantity, by language (folded: no accents, lower case). */
export const PART_NOUNS: Readonly<Record<string, readonly string[]>> = {
  // p-blank: "volumen", "teil", "davon teil" (field-words.ts's list of part headings, now this table's)
  de: ["anteil", "davon", "menge", "teilmenge", "quote", "volumen", "teil", "davon teil"],
  en: [
    "share",
    "part",
    "portion",
    "of which",
    "thereof",
    "quantity",
    "amount",
    "percentage",
    "volume",
    "proportion",
  ],
  fr: ["part", "dont", "quantite", "proportion", "pourcentage", "volume", "partie", "portion", "quote part"],
  es: [
    "parte",
    "de los cuales",
    "de las cuales",
    "del cual",
    "cuota",
    "porcentaje",
    "cantidad",
    "proporcion",
    "volumen",
    "porcion",
  ],
  nl: ["aandeel", "waarvan", "hoeveelheid", "deel", "percentage", "volume", "gedeelte"],
  it: ["quota", "di cui", "parte", "percentuale", "quantita", "volume", "porzione", "proporzione"],
  // brk19 0a: Polish ("w tym certyfikowane (t)", "Udział zrównoważony (%)", "Ilość certyfikowana (t)")
  pl: ["w tym", "udzial", "ilosc", "czesc", "wolumen"],
};

/** Words that say the part is the sustainable or certified one, by language (folded); ISCC and bio are said alike in each. */
export const PART_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  de: [
    "nachhaltig",
    "nachhaltige",
    "nachhaltiger",
    "nachhaltiges",
    "zertifiziert",
    "zertifizierte",
    "zertifizierter",
    "zertifiziertes",
  ],
  en: ["sustainable", "certified"],
  fr: ["durable", "durables", "certifie", "certifiee", "certifies", "certifiees"],
  es: ["sostenible", "sostenibles", "certificado", "certificada", "certificados", "certificadas"],
  nl: ["duurzaam", "duurzame", "gecertificeerd", "gecertificeerde"],
  it: ["sostenibile", "sostenibili", "certificato", "certificata", "certificati", "certificate"],
  pl: [
    ...["zrownowazony", "zrownowazona", "zrownowazone", "zrownowazonych"],
    ...["certyfikowany", "certyfikowana", "certyfikowane", "certyfikowanych"],
  ],
};

/** Meanings every language writes the same way ("ISCC-Anteil", "Bio-Anteil (%)", "davon ISCC"). */
export const SHARED_MEANINGS: readonly string[] = ["iscc", "bio"];

/** The part of a quantity said as one word or as a noun of its own ("Nachhaltigkeitsanteil", "Sustainability share"). */
const COMPOUNDS = syn(
  "share of sustainable material|nachhaltigkeitsanteil|nachhaltigkeit anteil|nachhaltigkeitsquote|zertifizierungsanteil|iscc anteil|iscc menge|bioanteil|bio anteil|" +
    "sustainability share|sustainability part|sustainability portion|sustainability percentage|certification share|" +
    "part de durabilite|parte de sostenibilidad|duurzaamheidsaandeel|duurzaamheid aandeel|quota di sostenibilita",
);

/**
 * Every heading of the table, each a distinctive synonym ("!…", header-vocabulary.ts): for each
 * language, each part noun with each of its meanings and the shared ones, in both orders ("Anteil
 * zertifiziert", "zertifizierter Anteil", "davon ISCC", "ISCC Anteil"), and the compounds.
 */
export const PART_HEADINGS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const [lang, nouns] of Object.entries(PART_NOUNS))
    for (const noun of nouns)
      for (const meaning of [...(PART_MEANINGS[lang] ?? []), ...SHARED_MEANINGS]) {
        out.add(`!${noun} ${meaning}`);
        out.add(`!${meaning} ${noun}`);
      }
  for (const c of COMPOUNDS) out.add(`!${c}`);
  return [...out];
})();

// (brk12 #2, moved from unit-part.ts by p-parts) A heading that names sustainable material and a
// unit but no part word: "Nachhaltig (t)", "ISCC (t)", "Bio (t)", "durable (t)" (part-columns.ts).
/** The words that say which material (every language's part meanings, ISCC, bio). */
const MEANINGS = new Set([...Object.values(PART_MEANINGS).flat(), ...SHARED_MEANINGS]);
/**
 * Words a heading may add without changing what it names: the yes of a marker ("nachhaltig: ja
 * (t)"; de, en, fr, es, it, nl) and nouns of the material itself ("ISCC-Ware (t)", "Certified
 * material (t)", "Matière durable (t)", "Materiale sostenibile (t)", "Duurzaam materiaal (t)").
 */
const ALSO = new Set([
  ...["ja", "yes", "oui", "si", "sim"],
  ...["ware", "material", "materiale", "materiaal", "matiere", "goods"],
  ...["eu", "plus"], // "ISCC EU (t)", "ISCC PLUS (t)"
  ...["in", "en"], // the unit's preposition: "Nachhaltig in t", "Durable en t"
]);

/**
 * Whether a heading names sustainable material and a unit of a quantity or "%", nothing else: its
 * words, the unit set aside, are meanings (at least one) or the words of ALSO. A negation ("nicht
 * nachhaltig (t)", "non durable (t)"), a part word ("davon", "Anteil": part-words.ts) or another
 * field's word ("Nachhaltig Datum") is none of them, so such a heading is not this one.
 */
export function namesSustainableUnit(heading: string): boolean {
  const hw = headerWords(heading);
  if (hw.unitClass !== "quantity" && hw.unitClass !== "percent") return false;
  // the unit's own words set aside ("t", "MT", "m3"), in brackets or not
  const named = words(heading.replace(/[([{][^)\]}]*[)\]}]/g, " ")).filter((w) => !parseQuantityUnit(w));
  return named.some((w) => MEANINGS.has(w)) && named.every((w) => MEANINGS.has(w) || ALSO.has(w));
}
