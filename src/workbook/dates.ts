// Dates as people and programs write them (domain.md §7, design.md "Values"): Excel serials in the
// 1900 and the 1904 date system, ISO text, dd.mm.yyyy, d MMM yyyy and MMM d, yyyy with English and
// German month names, two-digit years where the year's place is clear. Text is parsed by date-fns
// (a well-kept library, with the month names of its en-GB and de locales) against an explicit
// list of forms; a year or a month alone is never a date.
import { isValid, parse } from "date-fns";
import { de, enGB } from "date-fns/locale";
import type { Locale } from "date-fns";

export type DateConvention = "dmy" | "mdy";
/** Excel's two date systems: serial 0 is 1899-12-30 (1900) or 1904-01-01 (1904, old Mac files). */
export type DateSystem = 1900 | 1904;

export type DateRead =
  | { ok: true; value: string; ambiguous?: boolean }
  /** `partial`: the text names a year or a month but no day */
  | { ok: false; partial?: "year" | "month" };

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
  if (s < 1 || s > MAX_SERIAL + 1) return { ok: false };
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

/** Whether an Excel number format shows a date (y, m, d outside quotes, brackets and escapes). */
const dateFormats = new Map<string, boolean>();

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = showsDate(format);
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}

function showsDate(format: string): boolean {
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(plain) || /m/i.test(plain.replace(/[hs]\W*m+|m+\W*s/gi, ""));
}

// The forms people write, parsed with date-fns: numeric ones with either locale, those with a
// month name with both. Slashed forms are tried day first and month first (the convention decides).
const REFERENCE = new Date(2000, 0, 1); // two-digit years: 1950–2049
const LOCALES: readonly Locale[] = [enGB, de];
const DAY_FIRST = ["d.M.yyyy", "d.M.yy", "d-M-yyyy", "d. M. yyyy"];
const YEAR_FIRST = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];
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
  "MMM d, yyyy",
  "MMMM d, yyyy",
  "MMM d yyyy",
  "MMMM d yyyy",
  "MMM. d, yyyy",
  "EEE, d MMM yyyy",
  "EEEE, d. MMMM yyyy",
];
const SLASHED_DMY = ["d/M/yyyy", "d/M/yy"];
const SLASHED_MDY = ["M/d/yyyy", "M/d/yy"];
const YEAR_ONLY = ["yyyy"];
const MONTH_ONLY = ["M/yyyy", "M.yyyy", "yyyy-M", "MMM yyyy", "MMMM yyyy", "MMM-yy", "MMM yy", "MMM. yyyy"];

// Spellings date-fns' locales do not carry: Excel's German "Mrz", "Sept", and umlauts typed plainly.
const ALIASES: [RegExp, string][] = [
  [/\bmrz\b\.?/i, "Mär"],
  [/\bm(?:ae|a)rz\b/i, "März"],
  [/\bsept\b\.?/i, "Sep"],
];

function tryForms(text: string, forms: readonly string[], locales: readonly Locale[]): string | null {
  for (const form of forms) {
    for (const locale of locales) {
      const d = parse(text, form, REFERENCE, { locale });
      if (isValid(d) && d.getFullYear() >= 1900 && d.getFullYear() <= 9999) return iso(d);
    }
  }
  return null;
}

function iso(d: Date): string {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

// Each distinct text is parsed once: books repeat a few hundred dates on 100,000 rows.
const textCache = new Map<string, DateRead>();

/**
 * Date text to "YYYY-MM-DD". Day-first and year-first forms are unambiguous; a slashed date is
 * day first unless a part above 12 or `convention` says otherwise, and marked ambiguous when
 * neither tells. A time after the date is ignored. A year or a month alone is not a date: it
 * fails with `partial` saying which, so the caller can say so.
 */
export function parseDateText(text: string, convention: DateConvention | null): DateRead {
  const key = convention === null ? text : `${convention}\u0000${text}`;
  const known = textCache.get(key);
  if (known) return known;
  const read = parseUncached(text, convention);
  if (textCache.size < 50_000) textCache.set(key, read);
  return read;
}

function parseUncached(text: string, convention: DateConvention | null): DateRead {
  let t = text.trim().replace(/\s+/g, " ");
  // a time of day after the date ("2025-03-05T00:00:00Z", "05.03.2025 14:30") is not part of the day
  t = t.replace(/(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?$/i, "");
  for (const [pattern, replacement] of ALIASES) t = t.replace(pattern, replacement);
  if (t === "") return { ok: false };
  const hasLetter = /\p{L}/u.test(t);
  const found = hasLetter
    ? tryForms(t, NAMED, LOCALES)
    : (tryForms(t, YEAR_FIRST, [enGB]) ?? tryForms(t, DAY_FIRST, [enGB]));
  if (found) return { ok: true, value: found };
  if (!hasLetter && t.includes("/")) {
    const read = slashed(t, convention);
    if (read) return read;
  }
  if (tryForms(t, YEAR_ONLY, [enGB])) return { ok: false, partial: "year" };
  if (tryForms(t, MONTH_ONLY, LOCALES)) return { ok: false, partial: "month" };
  return { ok: false };
}

function slashed(t: string, convention: DateConvention | null): DateRead | null {
  const dmy = tryForms(t, SLASHED_DMY, [enGB]);
  const mdy = tryForms(t, SLASHED_MDY, [enGB]);
  if (dmy && mdy && dmy !== mdy) {
    if (convention === "mdy") return { ok: true, value: mdy };
    if (convention === "dmy") return { ok: true, value: dmy };
    return { ok: true, value: dmy, ambiguous: true };
  }
  const one = dmy ?? mdy;
  return one ? { ok: true, value: one } : null;
}

const evidenceCache = new Map<string, DateConvention | null>();

/** Which order a slashed date proves, if any ("25/03/2025" proves dmy). */
export function dateEvidence(text: string): DateConvention | null {
  const t = text.trim();
  if (!t.includes("/") || /\p{L}/u.test(t)) return null;
  const known = evidenceCache.get(t);
  if (known !== undefined) return known;
  const found = evidenceOf(t);
  if (evidenceCache.size < 50_000) evidenceCache.set(t, found);
  return found;
}

function evidenceOf(t: string): DateConvention | null {
  const dmy = tryForms(t, SLASHED_DMY, [enGB]);
  const mdy = tryForms(t, SLASHED_MDY, [enGB]);
  if (dmy && !mdy) return "dmy";
  if (mdy && !dmy) return "mdy";
  return null;
}
