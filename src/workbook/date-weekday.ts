// A weekday written before a date, as exports and letters write it ("Fr, 03.01.2025", "Mon 3 Jan
// 2025", "lun. 03/01/2025", "pt. 3 stycznia 2025", "Montag, 3. März 2025"): the weekday's name is
// read by date-fns in each language of the month names (date-forms.ts NAMED_LOCALES), the date
// after it as if written alone (dates.ts), and the weekday must be the date's own: "Tue, 3 Mar
// 2025" is 3 March or Tuesday 4 March, so it is refused, never read as either. A name that is a
// weekday in one language and another in the next ("Do": Thursday in German and Dutch, Sunday in
// Spanish) agrees with a date that is either; only a name every language reads as one day
// settles a date whose order is open ("ven. 03/01/2025" is 3 Jan 2025, a Friday, not 1 Mar 2025,
// a Saturday).
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { NAMED_LOCALES } from "./date-forms";
import type { DateReadings } from "./date-order";

const REFERENCE = new Date(2000, 0, 1);

/** A weekday's name (two letters or more, its dot and a comma after it) and the text after it. */
const LEADING = /^(\p{L}{2,})(\.?)(?:,\s*|\s+|(?<=\.))(?=\S)(.+)$/u;

// Names date-fns writes but does not read back: Polish "wto", "śro" (its short Tuesday and
// Wednesday); Spanish "sábado", "sáb", "sá" are read without their accent (below).
const UNREAD: Record<string, string> = { wto: "wt", sro: "śr" };

/** The weekdays (0 Sunday … 6 Saturday) `word` names in any language, where it names one. */
function weekdaysOf(word: string, dot: string): Set<number> {
  const days = new Set<number>();
  const plain = word.normalize("NFD").replace(/\p{M}/gu, "");
  const alias = UNREAD[plain.toLowerCase()];
  const names = [word + dot, word, plain, ...(alias ? [alias] : [])];
  for (const w of new Set(names))
    for (const locale of NAMED_LOCALES) {
      // "EEEE" reads a weekday's full, abbreviated and short names ("Freitag", "Fr", "ven.")
      const d = parse(w, "EEEE", REFERENCE, { locale });
      if (isValid(d)) days.add(d.getDay());
    }
  return days;
}

/** A text that begins with a weekday's name: the days it may name and the text after it; null otherwise. */
export function leadingWeekday(t: string): { days: Set<number>; rest: string } | null {
  const m = LEADING.exec(t);
  if (!m) return null;
  const days = weekdaysOf(m[1] as string, m[2] as string);
  return days.size > 0 ? { days, rest: (m[3] as string).trim() } : null;
}

/** The weekday (0 Sunday … 6 Saturday) of "YYYY-MM-DD". */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The readings of a date whose order is open that the written weekday leaves: the one day a
 * weekday named the same in every language agrees with, where it agrees with one reading alone;
 * else all of them (a name two languages read as different days settles nothing).
 */
export function readingsOfWeekday(readings: DateReadings, days: Set<number>): string[] {
  const all = [...new Set(Object.values(readings) as string[])];
  const agree = all.filter((iso) => days.has(weekdayOf(iso)));
  return days.size === 1 && agree.length === 1 ? agree : all;
}
