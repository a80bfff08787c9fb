// The order of an all-numeric date's parts (design.md "Values", first law): "05/03/2025" is day
// first in Europe and month first in the US, and "13/02/25" is 13 Feb 2025 day first or 25 Feb
// 2013 year first (YY/MM/DD) — a two-digit year can stand first or last. A dotted date whose last
// part has two digits is day.month.year by rule: every language that writes dates with dots (de,
// pl, nl, …) writes them day first, and writes its year first only in four digits (2025.01.03),
// so "03.01.25" is 3 Jan 2025 as "3.1.25" is; it is read year first only where its own column
// writes dotted dates year first (and refused where that column writes them both ways). The readings are made by
// date-fns against explicit forms (date-forms.ts); which of them is the day is told only by a part
// no other reading allows, or by what the rest of the column (or the settings) plainly settle:
// never guessed.
import { enGB } from "date-fns/locale/en-GB";
import { OUT_OF_RANGE, SLASHED_DMY, SLASHED_MDY, tryForms } from "./date-forms";

export type DateConvention = "dmy" | "mdy";
/** Where a date's year stands: first ("2025-03-05", "25/03/05") or last ("05.03.2025", "05/03/25"). */
export type YearPlace = "first" | "last";
/** The separator of an all-numeric date's parts: "05.03.25", "05/03/25", "2025-03-05". */
export type DateSeparator = "." | "/" | "-";
/**
 * Where a column writes the year, by separator: only dates of the same written shape tell how a
 * two-digit-year date is written ("2025-03-13" from an ERP says nothing of a typed "05.03.25").
 */
export type YearPlaces = Partial<Record<DateSeparator, YearPlace | "both">>;

/** The readings of a two-digit-year date that could be more than one day, "YYYY-MM-DD" each. */
export interface DateReadings {
  dmy?: string;
  mdy?: string;
  /** year first, two digits (YY/MM/DD): present only where that reading is possible */
  ymd?: string;
}

// Two-digit years, read by date-fns relative to 2000 (1950–2049). Dotted dates are never month
// first (as DAY_FIRST); slashed and dashed ones may be either (SLASHED_*).
const DMY_YY = ["d.M.yy", "d. M. yy", "d/M/yy", "d-M-yy"];
const MDY_YY = ["M/d/yy", "M-d-yy"];
const YMD_YY = ["yy.M.d", "yy. M. d", "yy/M/d", "yy-M-d"];

/**
 * The shape of an all-numeric date of three parts: the digits of its first and last part and its
 * separator; null for any other text. Only the shape: the parts are read by date-fns.
 */
function shape(t: string): { first: number; last: number; dotted: boolean; separator: DateSeparator } | null {
  const m = /^(\d+)([./-]) ?\d+\2 ?(\d+)$/.exec(t);
  if (!m) return null;
  const separator = m[2] as DateSeparator;
  return { first: m[1]!.length, last: m[3]!.length, dotted: separator === ".", separator };
}

/** Whether `t` is an all-numeric date whose year is written in two digits ("13/02/25", "5.3.25"). */
export function twoDigitYear(t: string): boolean {
  const s = shape(t);
  return s !== null && s.first <= 2 && s.last <= 2;
}

/** A reading, or nothing where none (or only a day outside 1900–9999) is read. */
const day = (read: string | null): string | undefined => (read && read !== OUT_OF_RANGE ? read : undefined);

/**
 * A two-digit-year date read in the orders `convention` and `year` leave open (null: open): the day
 * where one reading remains, or every reading that remains where they name different days. A
 * reading with the year first is the answer only where `year` settles it ("13/02/25" alone never
 * becomes 25 Feb 2013 by default): otherwise it is returned among the readings for the caller
 * to refuse. `none` where no order reads it.
 */
export function twoDigitDate(
  t: string,
  convention: DateConvention | null,
  places: YearPlace | YearPlaces | null,
): { value: string } | { readings: DateReadings } | "none" {
  const s = shape(t);
  if (!s) return "none";
  // a place for every separator, or the place dates of this one's separator write the year
  const year = typeof places === "string" ? places : (places?.[s.separator] ?? null);
  const readings: DateReadings = {};
  if (year !== "first") {
    // a dotted date is day first whatever the date order (as "05.03.2025" is, DAY_FIRST)
    const dmy = convention === "mdy" && !s.dotted ? undefined : day(tryForms(t, DMY_YY, [enGB]));
    const mdy = convention === "dmy" || s.dotted ? undefined : day(tryForms(t, MDY_YY, [enGB]));
    if (dmy) readings.dmy = dmy;
    if (mdy) readings.mdy = mdy;
  }
  // a year is written in two digits, never one: "5/3/25" has no year-first reading; a dotted date
  // whose last part has two digits is year first only where its column writes dotted years first
  // (see above)
  if (year !== "last" && s.first === 2 && (!s.dotted || year !== null || s.last !== 2)) {
    const ymd = day(tryForms(t, YMD_YY, [enGB]));
    if (ymd) readings.ymd = ymd;
  }
  const days = new Set(Object.values(readings));
  if (days.size === 0) return "none";
  const only = [...days][0]!;
  if (days.size === 1 && (year === "first" || !readings.ymd || readings.dmy || readings.mdy))
    return { value: only };
  return { readings };
}

/**
 * A slashed or dashed date with a four-digit year last: the day where one order reads it or
 * `convention` says which; both readings where they differ and nothing tells; null where none reads it.
 */
export function slashedDate(
  t: string,
  convention: DateConvention | null,
): { ok: true; value: string } | { ok: false; range?: true; ambiguous?: DateReadings } | null {
  const dmy = tryForms(t, SLASHED_DMY, [enGB]);
  const mdy = tryForms(t, SLASHED_MDY, [enGB]);
  if (dmy === OUT_OF_RANGE || mdy === OUT_OF_RANGE) {
    const other = dmy === OUT_OF_RANGE ? mdy : dmy;
    return other && other !== OUT_OF_RANGE ? { ok: true, value: other } : { ok: false, range: true };
  }
  if (dmy && mdy && dmy !== mdy) {
    if (convention === "mdy") return { ok: true, value: mdy };
    if (convention === "dmy") return { ok: true, value: dmy };
    return { ok: false, ambiguous: { dmy, mdy } };
  }
  const one = dmy ?? mdy;
  return one ? { ok: true, value: one } : null;
}

const evidenceCache = new Map<string, DateConvention | null>();

/** Which order a slashed date proves, if any ("25/03/2025" proves dmy). */
export function dateEvidence(text: string): DateConvention | null {
  const t = text.trim();
  if (!/[/-]/.test(t) || /\p{L}/u.test(t) || /^\d{4}/.test(t)) return null;
  const known = evidenceCache.get(t);
  if (known !== undefined) return known;
  const found = evidenceOf(t);
  if (evidenceCache.size < 50_000) evidenceCache.set(t, found);
  return found;
}

function evidenceOf(t: string): DateConvention | null {
  const dmy = tryForms(t, SLASHED_DMY, [enGB]);
  const mdy = tryForms(t, SLASHED_MDY, [enGB]);
  const okDmy = dmy !== null && dmy !== OUT_OF_RANGE;
  const okMdy = mdy !== null && mdy !== OUT_OF_RANGE;
  if (okDmy && !okMdy) return "dmy";
  if (okMdy && !okDmy) return "mdy";
  return null;
}

/**
 * Where the year of an all-numeric date with a four-digit year stands ("2025-03-05", "2025/03/05"
 * first; "05.03.2025", "05/03/2025" last) and its separator, as plain evidence of how its column
 * writes years in dates of that shape; null for any other text. A two-digit year proves nothing: "31.04.25" may be 25 Apr 2031 or a typo.
 */
export function yearEvidence(text: string): { place: YearPlace; separator: DateSeparator } | null {
  const s = shape(withoutFinalDot(text.trim()));
  if (!s) return null;
  if (s.first === 4 && s.last <= 2) return { place: "first", separator: s.separator };
  if (s.last === 4 && s.first <= 2) return { place: "last", separator: s.separator };
  return null;
}

/**
 * A dotted date with the dot after its last part: after the year ("03.01.2025.", as Poles and
 * Croats write it) or (brk23) after the day of a year-first date ("2025.03.05.", as Hungarians
 * write it), without that dot; any other text as it is.
 */
export function withoutFinalDot(t: string): string {
  return t.replace(/^(\d{4}\. ?\d{1,2}\. ?\d{1,2}|\d{1,2}\. ?\d{1,2}\. ?\d{4})\.$/, "$1");
}
