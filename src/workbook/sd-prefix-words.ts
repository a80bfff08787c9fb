// (brk19 10–11) The SD number prefix on a settings sheet. Its key is written in natural word order
// in every language ("Prefisso numeri SD", "Prefijo de los números SD", "Voorvoegsel SD-nummer",
// "Préfixe des numéros DD", "Prefix der SD-Nummern"), which the synonym list of settings-fields.ts
// cannot all name: a key of a prefix word and words of an SD number alone is read as it. Its
// value is the part before the year the add-in adds (`<prefix>-<year>-<sequence>`, rules.md):
// "ON-" is read as "ON", and one that ends in a year ("ON-2025-") is refused, never numbered
// "ON-2025--2025-0001". Pure.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";

/** A prefix, in the seven languages (folded: "präfix" as "prafix"). */
const PREFIX =
  /^(?:prefix|prafix|praefix|prefixe|prefijo|prefisso|voorvoegsel|prefiks|nummernprafix|nummerprafix)$/;

/**
 * (brk28 L1) Words that name the prefix only beside the words of an SD ("Kürzel SD", "SD-Kürzel"):
 * "Kürzel" alone may be the company's short name.
 */
const SD_ONLY_PREFIX = /^(?:kurzel|kuerzel|sdkurzel|sdkuerzel)$/;

/**
 * (brk28 L1) A number range, whose stated start is the prefix ("SD-Nummernkreis | ACM"): in the
 * seven languages, as words folded and joined by a space (Nummernkreis, number range, série de
 * numéros, serie numerica, serie de numeración, nummerreeks, seria numeracji).
 */
const RANGE =
  /(?:^| )(?:sdnummernkreis|nummernkreis|number range|numbering range|numbering series|number series|serie de numeros|serie de numerotation|plage de numeros|serie numerica|serie di numerazione|serie de numeracion|serie de numeros|rango de numeracion|nummerreeks|nummerserie|nummering|seria numeracji|zakres numeracji|seria numerow)(?: |$)/;

/** Words of an SD and its number, and the small words between them. */
// prettier-ignore
const NUMBER_WORDS = new Set([
  "sd", "sds", "dd", "ds", "dz", "pos", "sdnummer", "sdnummern", "number", "numbers", "no", "nr", "nummer", "nummern", "numero",
  "numeros", "numeri", "numer", "numeru", "numerow", "numery", "numeracji", "declaration", "declarations", "erklarung", "erklarungen",
  "declaracion", "declaraciones", "dichiarazione", "dichiarazioni", "verklaring", "verklaringen", "deklaracji",
  "of", "the", "for", "der", "die", "fur", "des", "de", "du", "la", "le", "les", "los", "las", "del", "di", "dei",
  "delle", "della", "van", "het", "voor", "dla", "new", "neue", "nouveaux", "nuevos", "nuovi", "nieuwe", "nowych",
]);

/** Words that say a key is about an SD's number, not another document's ("Präfix Rechnungsnummer"). */
const SD_WORDS =
  /\b(?:sd|sds|dd|ds|dz|pos|sdnummer\w*|sdkurzel|sdkuerzel|declarations?|erklarung\w*|declaracion\w*|dichiarazion\w*|verklaring\w*|deklaracj\w*)\b/;

const words = (key: string): string[] =>
  plainLetters(fold(key))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Whether a key's words name a prefix: a prefix word, "Kürzel" beside an SD word, or a number range. */
function prefixWord(w: readonly string[]): boolean {
  const joined = w.join(" ");
  return (
    w.some((x) => PREFIX.test(x)) ||
    RANGE.test(joined) ||
    (w.some((x) => SD_ONLY_PREFIX.test(x)) && SD_WORDS.test(joined))
  );
}

/** The words of a key other than its prefix or number range words ("SD-Nummernkreis" → "sd"). */
const restOf = (w: readonly string[]): string[] =>
  w
    .join(" ")
    .replace(new RegExp(RANGE.source, "g"), " ")
    .split(" ")
    .filter((x) => x && !PREFIX.test(x) && !SD_ONLY_PREFIX.test(x));

/**
 * Whether a key names the SD number prefix: a prefix word ("Prefisso numero DS", "Prefiks numeru
 * DZ"), "Kürzel" beside an SD word, or a number range ("SD-Nummernkreis", "Nummernkreis", "Serie
 * de numeración de DS"), and words of an SD number alone.
 */
export function sdPrefixKey(key: string): boolean {
  const w = words(key);
  return prefixWord(w) && restOf(w).every((x) => NUMBER_WORDS.has(x));
}

/** Whether a key no list reads speaks of the prefix of an SD's number ("Präfix für SD-Nummern ab 2025"). */
export function namesSdPrefix(key: string): boolean {
  const w = words(key);
  return prefixWord(w) && SD_WORDS.test(w.join(" "));
}

/**
 * The prefix a cell states, the separators after it aside ("ON-" → "ON", "ON / " → "ON"); null
 * where it ends in a year ("ON-2025-", "ON2025"): the add-in adds the year itself.
 */
export function sdPrefixOf(value: string): string | null {
  const prefix = value.trim().replace(/[\s\-/_.:]+$/, "");
  if (prefix === "" || /(?:^|\D)(?:19|20)\d\d$/.test(prefix)) return null;
  return prefix;
}
