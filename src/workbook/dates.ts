// Dates as people and programs write them (domain.md §7, design.md "Values"): Excel serials in the
// 1900 and the 1904 date system, ISO text, dd.mm.yyyy, d MMM yyyy and MMM d, yyyy with English,
// German, French, Spanish, Italian, Dutch and Polish month names, two-digit years where the year's
// place is clear, a weekday before the date where it is the date's own (date-weekday.ts), and the
// dot after the year ("03.01.2025.") or the Polish "r." (roku, "3 stycznia 2025 r."). Text is parsed by date-fns (a well-kept library, with the month names of its locales)
// against an explicit list of forms; a year or a month alone is never a date, and a month name
// that two languages read as different months is no date either.
import {
  DAY_FIRST,
  MONTH_ONLY,
  NAMED_LOCALES,
  namedDate,
  OUT_OF_RANGE,
  tryForms,
  withAliases,
  YEAR_FIRST,
  YEAR_ONLY,
} from "./date-forms";
import { enGB } from "date-fns/locale/en-GB";
import { leadingWeekday, readingsOfWeekday, weekdayOf } from "./date-weekday";
import {
  type DateConvention,
  type DateReadings,
  slashedDate,
  twoDigitDate,
  twoDigitYear,
  withoutFinalDot,
  type YearPlace,
  type YearPlaces,
} from "./date-order";

export {
  dateEvidence,
  type DateConvention,
  type DateSeparator,
  type YearPlace,
  type YearPlaces,
  yearEvidence,
} from "./date-order";
/** Excel's two date systems: serial 0 is 1899-12-30 (1900) or 1904-01-01 (1904, old Mac files). */
export type DateSystem = 1900 | 1904;

export type DateRead =
  | { ok: true; value: string }
  /**
   * `partial`: the text names a year or a month but no day; `ambiguous`: the days an all-numeric
   * date could be, by order, where nothing tells which ("05/03/2025" is 5 March or 3 May;
   * "13/02/25" is 13 Feb 2025 or, year first, 25 Feb 2013); `range`: a serial or year beyond what
   * a book date can be (after 9999, or before 1900); `weekday`: a weekday is written before the
   * date that is not its own ("Mo, 03.01.2025"), the day the date names ("2025-01-03")
   */
  | { ok: false; partial?: "year" | "month"; ambiguous?: DateReadings; range?: boolean; weekday?: string };

const MS_PER_DAY = 86_400_000;
// Excel's serial 1 is 1900-01-01, and it counts a 29 Feb 1900 that never was (serial 60).
const DAY_ZERO = Date.UTC(1899, 11, 31);
const MAX_SERIAL = 2958465; // 9999-12-31
/** Days between the two systems' day zero: a 1904 serial + 1462 is the 1900 serial of the same day. */
export const DAYS_1904 = 1462;

// Books repeat the same few hundred days on 100,000 rows: convert each day once.
const isoCache = new Map<number, DateRead>();

/** A serial (of `system`) to "YYYY-MM-DD"; the time of day is dropped. */
export function serialToIso(serial: number, system: DateSystem = 1900): DateRead {
  if (!Number.isFinite(serial)) return { ok: false };
  const s = system === 1904 ? serial + DAYS_1904 : serial;
  if (s >= MAX_SERIAL + 1) return { ok: false, range: true };
  if (s < 1) return { ok: false };
  const day = Math.floor(s);
  if (day === 60) return { ok: false }; // 1900-02-29 does not exist
  let parsed = isoCache.get(day);
  if (!parsed) {
    const shifted = day > 60 ? day - 1 : day;
    parsed = { ok: true, value: new Date(DAY_ZERO + shifted * MS_PER_DAY).toISOString().slice(0, 10) };
    if (isoCache.size < 100_000) isoCache.set(day, parsed);
  }
  return parsed;
}

/** "YYYY-MM-DD" to a serial of `system` (1900 by default). */
export function isoToSerial(iso: string, system: DateSystem = 1900): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - DAY_ZERO) / MS_PER_DAY);
  const serial = days >= 60 ? days + 1 : days;
  return system === 1904 ? serial - DAYS_1904 : serial;
}

/**
 * A function of a number format, remembered for the first 1000 formats (a book uses a few dozen;
 * it is asked for every cell read).
 */
function byFormat<T>(compute: (format: string) => T): (format: string) => T {
  const cache = new Map<string, T>();
  return (format) => {
    let known = cache.get(format);
    if (known === undefined) {
      known = compute(format);
      if (cache.size < 1000) cache.set(format, known);
    }
    return known;
  };
}

const showsDateCached = byFormat((format) => showsDate(format));

/** Whether an Excel number format shows a date (y, m, d outside quotes, brackets and escapes). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  return showsDateCached(format);
}

function showsDate(format: string): boolean {
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(plain) || /m/i.test(plain.replace(/[hs]\W*m+|m+\W*s/gi, ""));
}

// Each distinct text is parsed once: books repeat a few hundred dates on 100,000 rows.
const textCache = new Map<string, DateRead>();

/**
 * Date text to "YYYY-MM-DD". Dotted dates with a four-digit year and year-first ones are
 * unambiguous; a slashed date is day first or month first as a part above 12 or `convention`
 * says, and marked ambiguous when neither tells. A two-digit year may stand first or last
 * ("13/02/25"): where its parts allow more than one order, it is read only as `convention` and
 * `year` (where a column's year stands: one place, or one per separator, date-order.ts) settle, else marked ambiguous with every
 * reading. A time after the date is ignored. A year or a month alone is not a date: it fails with
 * `partial` saying which, so the caller can say so.
 */
export function parseDateText(
  text: string,
  convention: DateConvention | null,
  year: YearPlace | YearPlaces | null = null,
): DateRead {
  const place = typeof year === "object" && year ? `${year["."]}${year["/"]}${year["-"]}` : year;
  const key = convention === null && year === null ? text : `${convention}\u0000${place}\u0000${text}`;
  const known = textCache.get(key);
  if (known) return known;
  const read = parseUncached(text, convention, year);
  if (textCache.size < 50_000) textCache.set(key, read);
  return read;
}

function parseUncached(
  text: string,
  convention: DateConvention | null,
  year: YearPlace | YearPlaces | null,
): DateRead {
  let t = text.trim().replace(/\s+/g, " ");
  // a time of day after the date ("2025-03-05T00:00:00Z", "05.03.2025 14:30") is not part of the day
  t = t.replace(/(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?$/i, "");
  // the dot after the year ("03.01.2025.", as Poles and Croats write it) or the Polish "r." (roku)
  t = t.replace(/(\d{4})(?:\s?r)?\.$|(\d{4})\s?r$/i, "$1$2");
  // (brk23) and the dot after the day of a year-first date ("2025.03.05.", as Hungarians write it)
  t = withoutFinalDot(t);
  const weekday = leadingWeekday(t);
  if (weekday) {
    const read = withWeekday(parseDateText(weekday.rest, convention, year), weekday.days);
    if (read) return read;
  }
  t = withAliases(t);
  // "5 Mar. 2025": an abbreviation's dot (date-fns knows "Sept." only where the locale writes it)
  if (/\p{L}/u.test(t)) t = t.replace(/(\p{L}{3,4})\.(?=\s)/u, "$1");
  if (t === "") return { ok: false };
  const hasLetter = /\p{L}/u.test(t);
  // a two-digit year no order reads is no date ("31.04.25" day first), not one before 1900 by "yyyy"
  if (!hasLetter && twoDigitYear(t)) {
    const read = twoDigitDate(t, convention, year);
    if (read === "none") return { ok: false };
    return "value" in read ? { ok: true, value: read.value } : { ok: false, ambiguous: read.readings };
  }
  // each family of forms may read the text as a day outside 1900–9999 ("4.3.25" as year 4 by
  // "yyyy.M.d"); that is only the answer when no family reads it as a book date
  // a text with a month name (three letters or more) names a day by number too: "SD-12" and
  // "Saipol" are no dates, and are not tried against every form of six languages
  if (hasLetter && (!/\d/.test(t) || !/\p{L}{3}/u.test(t))) return { ok: false };
  const tries = hasLetter
    ? [namedDate(t)]
    : [tryForms(t, YEAR_FIRST, [enGB]), tryForms(t, DAY_FIRST, [enGB])];
  const found = tries.find((x) => x !== null && x !== OUT_OF_RANGE);
  if (found) return { ok: true, value: found };
  if (!hasLetter && /[/-]/.test(t)) {
    const read = slashedDate(t, convention);
    if (read) return read;
  }
  if (tries.includes(OUT_OF_RANGE)) return { ok: false, range: true };
  if (tryForms(t, YEAR_ONLY, [enGB])) return { ok: false, partial: "year" };
  if (tryForms(t, MONTH_ONLY, NAMED_LOCALES)) return { ok: false, partial: "month" };
  return { ok: false };
}

/**
 * A date after a weekday read as written alone, checked against the weekday: the day where it is
 * the weekday's (or the one reading of an open order that is, date-weekday.ts), refused with the
 * day it names where it is not (an open order it does not settle stays open); null where the text after the weekday is no date (the whole text
 * is then read as it stands: "Mar 3, 2025" is March, not Tuesday "3, 2025").
 */
function withWeekday(read: DateRead, days: Set<number>): DateRead | null {
  if (read.ok) return days.has(weekdayOf(read.value)) ? read : { ok: false, weekday: read.value };
  if (!read.ambiguous) return null;
  // an order the weekday settles; where it agrees with no reading, the order is still asked first
  const left = readingsOfWeekday(read.ambiguous, days);
  return left.length === 1 ? { ok: true, value: left[0] as string } : read;
}

// Excel's built-in date formats are stored as ids and shown in the reader's locale: id 14 shows
// 05.03.2025 in German Excel and 3/5/2025 in US Excel. exceljs reports them by their US
// spelling; they say nothing about the order the workbook's people write dates in.
const BUILT_IN_DATE_FORMATS = new Set(["mm-dd-yy", "m/d/yy h:mm", "d-mmm-yy", "d-mmm", "mmm-yy"]);

/**
 * The day/month order a cell's number format shows, where the workbook's people chose it (a
 * custom "dd/mm/yyyy" or "mm/dd/yyyy"); null for built-in formats, whose order is the reader's locale.
 */
export function formatDateOrder(format: string | null | undefined): DateConvention | null {
  if (!format || BUILT_IN_DATE_FORMATS.has(format)) return null;
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/^\W*m{1,2}\W+d{1,2}\W+y/i.test(plain)) return "mdy";
  if (/^\W*d{1,2}\W+m{1,2}\W+y/i.test(plain)) return "dmy";
  return null;
}

/**
 * What a date cell's number format shows of the date: the day ("dd.mm.yyyy"), only a month and
 * year ("mmm yyyy", "mmmm"), only a year ("yyyy"), or only a time ("h:mm"); null for no date format.
 */
export function dateShown(format: string | null | undefined): "day" | "month" | "year" | "time" | null {
  if (!format || format === "General" || format === "@") return null;
  return shownCached(format);
}
const shownCached = byFormat((format) => shownOf(format));

function shownOf(format: string): "day" | "month" | "year" | "time" | null {
  // elapsed time: [h]:mm, [mm]:ss
  if (/\[(?:h+|m+|s+)\]/i.test(format)) return "time";
  const plain = (format.split(";")[0] ?? "").replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  const noMinutes = plain.replace(/[hs]\W*m+|m+\W*s/gi, "");
  const day = /d/i.test(plain);
  const month = /m/i.test(noMinutes);
  const year = /y/i.test(plain);
  if (day) return "day";
  if (month) return "month";
  if (year) return "year";
  return /[hs]/i.test(plain) ? "time" : null;
}
