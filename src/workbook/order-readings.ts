// Every day an all-numeric date could be, by every order people write one in (p-dates6): day
// first ("05.03.2025", "05/03/25"), month first ("03/05/2025", and "03.05.2025" though dotted
// dates are day first by custom), year first ("2025-03-05", "25/03/05", "20250305") and year
// first with the day before the month ("2025-05-03", the rare YYYY-DD-MM). The reader asks it
// only where the usual reading rests on an order someone stated: a "Date order" setting it had to
// refuse, or a month-first setting beside a dotted date (cell-dates.ts). Parsed by date-fns
// against explicit forms, as date-forms.ts does; a text with a letter is no all-numeric date.
import { enGB } from "date-fns/locale/en-GB";
import { OUT_OF_RANGE, tryForms } from "./date-forms";

/** The day (YYYY-MM-DD) each order reads a date as, where it reads one from 1900 to 9999. */
export interface OrderReadings {
  dmy?: string;
  mdy?: string;
  /** year first, then month: "2025-03-05", "25/03/05", "20250305" */
  ymd?: string;
  /** year (four digits) first, then day: "2025-05-03" as 5 March (YYYY-DD-MM) */
  ydm?: string;
  /** the parts are separated by dots ("05.03.2025"): the German and European day-first custom */
  dotted: boolean;
}

const DMY = ["d.M.yyyy", "d. M. yyyy", "d/M/yyyy", "d-M-yyyy", "d.M.yy", "d. M. yy", "d/M/yy", "d-M-yy"];
const MDY = ["M.d.yyyy", "M. d. yyyy", "M/d/yyyy", "M-d-yyyy", "M.d.yy", "M. d. yy", "M/d/yy", "M-d-yy"];
const YMD = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yy.M.d", "yy. M. d", "yy/M/d", "yy-M-d"];
const YDM = ["yyyy-d-M", "yyyy/d/M", "yyyy.d.M", "yyyyddMM"];

// a time of day after the date is not part of the day (as dates.ts strips it)
const TIME_AFTER = /(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** A reading, or nothing where the form reads none or only a day outside 1900–9999. */
function one(t: string, forms: readonly string[]): string | undefined {
  const read = tryForms(t, forms, [enGB]);
  return read && read !== OUT_OF_RANGE ? read : undefined;
}

/**
 * The readings of `text` as an all-numeric date of three parts (or eight digits) in each order;
 * null for any other text. A year-first reading with the day second is made only of a four-digit
 * year ("25/05/03" is never read so).
 */
export function orderReadings(text: string): OrderReadings | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const read = readingsOf(text);
  if (cache.size < 50_000) cache.set(text, read);
  return read;
}

// Books repeat a few hundred dates on 100,000 rows: each text is read by every order once.
const cache = new Map<string, OrderReadings | null>();

function readingsOf(text: string): OrderReadings | null {
  const t = text.trim().replace(/\s+/g, " ").replace(TIME_AFTER, "");
  // the shape only: digits and separators; the parts themselves are read by date-fns
  if (!/^\d{8}$/.test(t) && !/^\d+([./-]) ?\d+\1 ?\d+$/.test(t)) return null;
  const r: OrderReadings = { dotted: t.includes(".") };
  const dmy = one(t, DMY);
  const mdy = one(t, MDY);
  const ymd = one(t, YMD);
  const ydm = one(t, YDM);
  if (dmy) r.dmy = dmy;
  if (mdy) r.mdy = mdy;
  if (ymd) r.ymd = ymd;
  if (ydm) r.ydm = ydm;
  return r;
}

/** The different days `r` names (one where every order that reads it agrees). */
export function daysOf(r: OrderReadings): string[] {
  return [...new Set([r.dmy, r.mdy, r.ymd, r.ydm].filter((d): d is string => !!d))];
}
