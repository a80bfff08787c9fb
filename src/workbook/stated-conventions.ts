// The decimal separator and date order as a settings sheet states them in words or by example
// (moved from conventions.ts as they were).
import { fold } from "./normalise";
import { partsOrder } from "./date-hints";
import type { CellValue } from "./port";
import { orderReadings } from "./order-readings";
import { quote } from "./read-findings";
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

// --- p-dates6: the order by a country's custom ("US", "UK", "deutsch"): only where it has one
// custom (ISO "international" names the year first and is refused, as "YYYY-MM-DD" is)
const MDY_PLACES =
  /^(us|u s|usa|u s a|us format|usa format|american|us american|amerikanisch|us amerikanisch)$/;
const DMY_PLACES =
  /^(uk|u k|uk format|british|european|europe|eu|european format|german|german format|deutsch|deutsches format|europaisch|europaisches format)$/;
// --- end p-dates6

/**
 * The date order a settings value names: "DMY", "day first", "Tag Monat Jahr", a pattern with the
 * day before the month ("dd/mm/yyyy", "TT.MM.JJJJ", "JJ/MM/AAAA", "DD-MM-AA", "DDMMYYYY", "TMJ"),
 * a custom ("UK", "European", "deutsch") or an example only that order reads ("31/12/2025") → dmy;
 * "MDY", "month first", "mm/dd/yyyy", "US", "12/31/2025" → mdy. A time after a pattern ("dd/mm/yyyy
 * hh:mm") is left aside; parts in brackets must each name the same order ("European (DD.MM.YYYY)",
 * "DMY (day first)"). Null for anything else, a year-first pattern ("JJ.MM.TT", "yyyy-mm-dd", and
 * the rare "YYYY-DD-MM", which would leave every date with its year last unread) included: the
 * caller refuses it, and the dates whose day rests on it (cell-dates.ts).
 */
export function statedDateOrder(text: string): DateConvention | null {
  const parts = text
    .split(/[()[\]]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return oneOrder(text);
  const orders = parts.map(oneOrder);
  return orders.every((o) => o !== null && o === orders[0]) ? (orders[0] ?? null) : null;
}

function oneOrder(text: string): DateConvention | null {
  // an example date only one order reads: "31/12/2025" (day first), "12/31/2025" (month first)
  const example = orderReadings(text);
  if (example) {
    if (example.ymd || example.ydm) return null;
    return example.dmy && !example.mdy ? "dmy" : example.mdy && !example.dmy ? "mdy" : null;
  }
  const t = fold(text)
    .replace(/\s+h{1,2}:m{1,2}(?::s{1,2})?$/, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (DMY_WORDS.test(t) || DMY_PLACES.test(t)) return "dmy";
  if (MDY_WORDS.test(t) || MDY_PLACES.test(t)) return "mdy";
  // a pattern written without separators ("DDMMYYYY", "TMJ") is its runs of one letter
  const words = t.split(" ");
  const order = patternOrder(words.length === 1 ? (t.match(/(.)\1*/g) ?? []) : words);
  return order === "dmy" || order === "mdy" ? order : null;
}

/**
 * The order of a date pattern's parts ("dd mm yyyy" → "dmy"), each part a run of one letter, read
 * by their letters as a heading's format hint is (date-hints.ts partsOrder: "TT.MM.JJJJ",
 * "JJ/MM/AAAA", "DD.MM.RRRR"). Null when the parts are not one day, one month and one year.
 */
function patternOrder(parts: string[]): string | null {
  if (!parts.every((p) => /^(.)\1*$/.test(p))) return null;
  return partsOrder(parts.map((p) => p[0] ?? ""));
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

/**
 * A written "Date order" setting as findings name it, `Settings!B7 ("YYYY-DD-MM")`: its sheet,
 * cell and value, read or not; null where its value cell is blank (nothing stated) (p-dates6).
 */
export function dateSettingAt(sheet: string, cell: string, raw: CellValue): string | null {
  if (raw === null || raw === undefined || String(raw).trim() === "") return null;
  return `${sheet}!${cell} ("${quote(String(raw).trim())}")`;
}
