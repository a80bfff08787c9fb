// The forms people write dates in, parsed with date-fns (dates.ts reads text through them):
// numeric ones, and those with a month name in English, German, French, Spanish, Italian, Dutch
// and Polish (genitive "3 stycznia 2025" and nominative "3 styczeń 2025", with or without
// diacritics, as date-fns' pl locale reads them), with the words around the day people write
// ("le 3 mars 2025", "3 de marzo de 2025", "3rd March 2025", "1er mars 2025"). A weekday before
// the date is read apart (date-weekday.ts); a text two languages read as different days is no
// date (namedDate).
import type { Locale } from "date-fns";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { it } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pl } from "date-fns/locale/pl";

const REFERENCE = new Date(2000, 0, 1); // two-digit years: 1950–2049
/** Month names are read in every language books in the EU are commonly kept in ("15 janv. 2025", "1 dic. 2025", "15 mrt. 2025", "15 marca 2025"). */
export const NAMED_LOCALES: readonly Locale[] = [enGB, de, fr, es, it, nl, pl];
export const DAY_FIRST = ["d.M.yyyy", "d.M.yy", "d. M. yyyy"];
export const YEAR_FIRST = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy. M. d", "yyyyMMdd"];
const NAMED = [
  "d MMM yyyy",
  "d MMMM yyyy",
  "d. MMM yyyy",
  "d. MMMM yyyy",
  "d-MMM-yyyy",
  "d-MMM-yy",
  "d MMM yy",
  "d.MMM.yyyy",
  "d. MMM. yyyy",
  "d MMM. yyyy",
  "do MMMM yyyy",
  "do MMM yyyy",
  "MMMM do, yyyy",
  "MMM do, yyyy",
  "MMM d, yyyy",
  "MMMM d, yyyy",
  "MMM d yyyy",
  "MMMM d yyyy",
  "MMM. d, yyyy",
  // French "le 3 mars 2025", "le 1er mars 2025"; Spanish "3 de marzo de 2025"
  "'le' d MMMM yyyy",
  "'le' d MMM yyyy",
  "'le' do MMMM yyyy",
  "d 'de' MMMM 'de' yyyy",
  "d 'de' MMM 'de' yyyy",
  "d 'de' MMMM yyyy",
  // Spanish "1º de junio de 2024" (the ordinal of the first day; es reads "1º" as `do`)
  "do 'de' MMMM 'de' yyyy",
  "do 'de' MMM 'de' yyyy",
  "do 'de' MMMM yyyy",
  // two-digit years: a month name settles day and month, so a year of two digits last is plain
  // ("Mar 5, 25", "5. März 25", as "5 Mar 25"); tried after the four-digit forms above
  "d MMMM yy",
  "d. MMM yy",
  "d. MMMM yy",
  "d-MMMM-yy",
  "MMM d, yy",
  "MMMM d, yy",
];
// Slashed and dashed day-month-year dates: 05/03/2025 is 5 March in Europe and 3 May in the US.
export const SLASHED_DMY = ["d/M/yyyy", "d/M/yy", "d-M-yyyy", "d-M-yy"];
export const SLASHED_MDY = ["M/d/yyyy", "M/d/yy", "M-d-yyyy", "M-d-yy"];
export const YEAR_ONLY = ["yyyy"];
export const MONTH_ONLY = [
  "M/yyyy",
  "M.yyyy",
  "yyyy-M",
  "MMM yyyy",
  "MMMM yyyy",
  "MMM-yy",
  "MMM yy",
  "MMM. yyyy",
];

// Spellings date-fns' locales do not carry: Excel's German "Mrz", "Sept", umlauts and French
// accents typed plainly, French "fév" without its "r" (fr reads "févr."), and Dutch "mrt"
// without its dot (nl only reads "mrt.").
const ALIASES: [RegExp, string][] = [
  [/\bmrz\b\.?/i, "Mär"],
  [/\bm(?:ae|a)rz\b/i, "März"],
  [/\bsept\b\.?/i, "Sep"],
  [/\bfevr\b/i, "févr"],
  [/\bf[eé]v(?![\p{L}])\.?/iu, "févr"],
  [/\baout\b/i, "août"],
  [/\bmrt\b\.?/i, "maart"],
  // the first of the month as Italians and Spaniards type it: "1° giugno" with a degree sign,
  // "1.º de junio" with the RAE's dot; date-fns' it and es read the ordinal indicator "1º"
  [/\b(\d{1,2})(?:\.?°|\.º)/, "$1º"],
  // the ordinal typed without its indicator ("1o de junio") or in superscript letters ("1ᵉʳ juin")
  [/\b(\d{1,2})o(?= de )/, "$1º"],
  [/\b(\d{1,2})ᵉʳ/u, "$1er"],
  // --- ordinal days of Dutch and French (p-dates5): Dutch "1ste", "2de", "8ste", "20ste" (nl reads
  // "1e"), French "1re" and "1ʳᵉ" (the feminine form some write for "1er"; fr reads "1er"); only
  // before a word (the month), so "2de" is never the Spanish "2 de"
  [/\b(\d{1,2})(?:ste|de)(?=\s+\p{L})/u, "$1e"],
  [/\b(1)(?:re|ʳᵉ)(?=\s+\p{L})/u, "$1er"],
  // --- end ordinal days
];

/** `t` with the month spellings date-fns does not know replaced by those it does. */
export function withAliases(t: string): string {
  for (const [pattern, replacement] of ALIASES) t = t.replace(pattern, replacement);
  return t;
}

/** A date read in full but before 1900 or after 9999: no book date. */
export const OUT_OF_RANGE = "out-of-range";

/**
 * The first of `forms` any of `locales` reads `text` by, as "YYYY-MM-DD"; OUT_OF_RANGE where the
 * only readings fall outside 1900–9999; null where none reads it.
 */
export function tryForms(text: string, forms: readonly string[], locales: readonly Locale[]): string | null {
  let outside = false;
  for (const form of forms) {
    for (const locale of locales) {
      const d = parse(text, form, REFERENCE, { locale });
      if (!isValid(d)) continue;
      if (d.getFullYear() >= 1900 && d.getFullYear() <= 9999) return iso(d);
      outside = true;
    }
  }
  return outside ? OUT_OF_RANGE : null;
}

function iso(d: Date): string {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * A date with a month name, read by each locale on its own: the day they agree on, OUT_OF_RANGE,
 * or null where none reads it or two read different days (a month abbreviation that names one
 * month in one language and another in the next is refused rather than guessed).
 */
export function namedDate(t: string): string | null {
  let found: string | null = null;
  for (const locale of NAMED_LOCALES) {
    const read = tryForms(t, NAMED, [locale]);
    if (read === null) continue;
    if (found === null || found === OUT_OF_RANGE) found = read;
    else if (read !== OUT_OF_RANGE && read !== found) return null;
  }
  return found;
}
