// (brk25 §7) A date or time format written as a hint in a heading: "TT.MM.JJJJ" under "Datum" in a
// unit row, "Date (DD/MM/YYYY)", "hh:mm" under "Uhrzeit". It says how the column's dates are
// written; it is no unit, no value and no field's words. Its letters in seven languages: the day
// D/T/J/G (day, Tag, jour, giorno), the month M, the year Y/J/A/R (year, Jahr/jaar, année/año/anno,
// rok). "J" is the day in French ("JJ/MM/AAAA") and the year in German and Dutch ("TT.MM.JJJJ",
// "DD-MM-JJJJ"): it is the one of the two the other letters leave free, else no hint is read.
import type { DateConvention, DateSeparator, YearPlace } from "./date-order";

/** What a format hint says of its column's dates. */
export interface DateHint {
  /** the hint as typed ("TT.MM.JJJJ") */
  text: string;
  /** the order of day and month where the year stands last; null for year first or a time alone */
  order: DateConvention | null;
  /** where the year stands, by the separator of the dates it describes; null for a time alone */
  year: { place: YearPlace; separator: DateSeparator } | null;
}

// three parts of one letter each, repeated up to four times, one separator between them
const DATE = "([A-Za-z])\\2{0,3}([./-])([A-Za-z])\\4{0,3}\\3([A-Za-z])\\5{0,3}";
const TIME = "[hHuUgG]{1,2}:[mM]{2}(?::[sS]{2})?";
const HINT = new RegExp(`^(?:(${DATE})(?:,?\\s+${TIME})?|${TIME})$`);

type Part = "d" | "m" | "y" | "j";
const LETTERS: Record<string, Part> = { d: "d", t: "d", g: "d", m: "m", y: "y", a: "y", r: "y", j: "j" };

/**
 * The order of a date pattern's three parts, each given by its letter (folded, lower case: "t",
 * "m", "j" for "TT.MM.JJJJ"), as "dmy", "mdy", "ymd" or another order of d, m and y; null when the
 * parts are not one day, one month and one year ("JJ.MM.JJJJ" names two years) or a letter is
 * none of the file comment's. "J" is the day where no other letter is, else the year. One reading
 * for hints in headings (dateHint) and for patterns in settings (stated-conventions.ts).
 */
export function partsOrder(letters: readonly string[]): string | null {
  const parts = letters.map((l) => LETTERS[l]);
  if (parts.length !== 3 || parts.some((p) => p === undefined)) return null;
  const free = parts.includes("d") ? "y" : "d";
  const read = (parts as Part[]).map((p) => (p === "j" ? free : p)).join("");
  return [...read].sort().join("") === "dmy" ? read : null;
}

/**
 * The format hint `text` is, whole or in brackets ("Datum (TT.MM.JJJJ)"); null where it is none.
 * A date format's order: "dmy" for day-month-year, "mdy" for month-day-year, null for year first.
 */
export function dateHint(text: string): DateHint | null {
  const t = text.trim();
  for (const candidate of [t, ...[...t.matchAll(/[([]\s*([^()[\]]+?)\s*[)\]]/g)].map((m) => m[1] ?? "")]) {
    const hint = wholeHint(candidate);
    if (hint) return hint;
  }
  return null;
}

function wholeHint(t: string): DateHint | null {
  const m = HINT.exec(t);
  if (!m) return null;
  if (!m[1]) return { text: t, order: null, year: null };
  const [date] = m[1].split(/\s|,/);
  const separator = m[3] as DateSeparator;
  const tokens = (date ?? "").split(separator);
  const read = partsOrder(tokens.map((p) => (p[0] ?? "").toLowerCase()));
  if (read !== "dmy" && read !== "mdy" && read !== "ymd") return null;
  return {
    text: t,
    order: read === "ymd" ? null : (read as DateConvention),
    year: { place: read === "ymd" ? "first" : "last", separator },
  };
}
