// The decimal separator and date order as a settings sheet states them in words or by example
// (moved from conventions.ts as they were).
import { fold } from "./normalise";
import { type DateConvention, type NumberConvention } from "./values";

// The decimal separator as people name it, folded (fold()): English, German, French, Spanish,
// Italian, Dutch; or shown by a number written in it.
const COMMA_WORDS =
  /^(,|comma|decimal comma|komma|dezimalkomma|beistrich|virgule|virgule decimale|coma|coma decimal|virgola|1\.234,5|1 234,5|1234,5)$/;
const POINT_WORDS =
  /^(\.|point|dot|decimal point|period|full stop|punkt|dezimalpunkt|point decimal|punto|punto decimal|punto decimale|punt|1,234\.5|1 234\.5|1234\.5)$/;

/**
 * The decimal separator a settings value names: "comma", "Komma", "virgule", "coma", ",",
 * "1.234,5" → comma; "point", "Punkt", "punto", ".", "1,234.5" → point; null for anything else
 * (the caller refuses it at its cell).
 */
export function statedNumberConvention(text: string): NumberConvention | null {
  const t = fold(text).trim().replace(/\s+/g, " ");
  return COMMA_WORDS.test(t) ? "comma" : POINT_WORDS.test(t) ? "point" : null;
}

// The date order in words: English, German, French, Spanish, Italian, Dutch.
const DMY_WORDS =
  /^(dmy|day first|day month year|tag zuerst|tag monat jahr|jour mois annee|jour en premier|dia mes ano|dia primero|giorno mese anno|dag maand jaar)$/;
const MDY_WORDS =
  /^(mdy|month first|month day year|monat zuerst|monat tag jahr|mois jour annee|mes dia ano|mese giorno anno|maand dag jaar)$/;

/**
 * The date order a settings value names: "DMY", "day first", "Tag Monat Jahr", or a pattern with
 * the day before the month ("dd/mm/yyyy", "TT.MM.JJJJ", "JJ/MM/AAAA", "DD-MM-AA") → dmy; "MDY",
 * "month first", "mm/dd/yyyy" → mdy. Null for anything else, a year-first pattern ("JJ.MM.TT",
 * "yyyy-mm-dd") included: it does not tell how 05/03/2025 is read, so the caller refuses it.
 */
export function statedDateOrder(text: string): DateConvention | null {
  const t = fold(text)
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (DMY_WORDS.test(t)) return "dmy";
  if (MDY_WORDS.test(t)) return "mdy";
  const order = patternOrder(t.split(" "));
  return order === "dmy" || order === "mdy" ? order : null;
}

/**
 * The order of a date pattern's parts ("dd mm yyyy" → "dmy"), each part a run of one letter: m is
 * the month; y and a (año, année, anno) the year; d, t (Tag) and g (giorno) the day; j is the
 * year in German and Dutch ("TT.MM.JJJJ", "DD-MM-JJJJ") and the day in French ("JJ/MM/AAAA"),
 * told by the other parts: j is the day only beside a year written y or a. Null when the parts
 * are not one day, one month and one year ("JJ.MM.JJJJ" names two years: refused).
 */
function patternOrder(parts: string[]): string | null {
  if (parts.length !== 3 || !parts.every((p) => /^(.)\1*$/.test(p))) return null;
  const letters = parts.map((p) => p[0] ?? "");
  const frenchDay = letters.includes("a") || letters.includes("y");
  const order = letters
    .map((l) =>
      l === "m"
        ? "m"
        : l === "y" || l === "a"
          ? "y"
          : l === "d" || l === "t" || l === "g"
            ? "d"
            : l === "j"
              ? frenchDay
                ? "d"
                : "y"
              : "?",
    )
    .join("");
  return [...order].sort().join("") === "dmy" ? order : null;
}

/**
 * The value of a date-order setting written in its key's cell: "Datumsformat: TT.MM.JJJJ" (a key
 * `isDateOrderKey` knows, a colon, the value) gives "TT.MM.JJJJ", whatever the value says (the
 * reader refuses an unclear one at the cell); a date pattern alone ("MM/DD/YYYY", three runs of
 * letters) gives itself, but only where it plainly names a day-month-year or month-day-year order
 * (a pattern alone could be no setting). Null for any other text.
 */
export function dateOrderInCell(text: string, isDateOrderKey: (key: string) => boolean): string | null {
  const m = /^([^:]+):\s*(\S.*)$/.exec(text.trim());
  if (m) return isDateOrderKey(m[1] ?? "") ? (m[2] ?? "").trim() : null;
  const lone = /^\s*\p{L}{1,4}\s*([./-])\s*\p{L}{1,4}\s*\1\s*\p{L}{1,4}\s*$/u.test(text);
  return lone && statedDateOrder(text) !== null ? text.trim() : null;
}
