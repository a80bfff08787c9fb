// The dates booking merges its queues by, as numbers: booking compares a row's date with the next
// row's of every other kind and with the period's end once per row booked (booking.ts next), and a
// text compare reads both texts, which lie wherever the rows put them. Numbers in one typed array
// per queue are read in a row and compared in one instruction (bench/RESULTS.md round 19).

/** Later than the day of any date (dayNumbers): ends each queue, so it is never the next. */
export const PAST = 0x7fffffff;

/** The days of a run's dates: one array per list given, and the day of any other date met. */
export interface Days {
  /** the day of each date of each list, in the lists' order, each list ending in PAST */
  lists: Int32Array[];
  /** the day of one of `extra`'s dates (dayNumbers) */
  of(date: string): number;
}

/** A YYYY-MM-DD date of digits as the number YYYYMMDD, else -1 (no such number is below zero). */
function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Each date of `lists` and of `extra` as a number that orders as the texts do (`a < b` of two
 * dates exactly when it holds of their numbers, equal texts equal numbers), below PAST. Dates of
 * YYYY-MM-DD digits (every date validation passes: schemas.ts isIsoDate) are read as YYYYMMDD;
 * where any other text is among them, every date is its rank among the distinct texts instead.
 * Never throws; `of` is defined on the texts of `lists` and `extra` only.
 */
export function dayNumbers(lists: readonly (readonly string[])[], extra: readonly string[]): Days {
  const out = lists.map((l) => new Int32Array(l.length + 1));
  let iso = extra.every((s) => isoDay(s) >= 0);
  for (let k = 0; k < lists.length && iso; k++) {
    const dates = lists[k] as readonly string[];
    const days = out[k] as Int32Array;
    for (let i = 0; i < dates.length; i++) {
      const n = isoDay(dates[i] as string);
      if (n < 0) {
        iso = false;
        break;
      }
      days[i] = n;
    }
    days[dates.length] = PAST;
  }
  if (iso) return { lists: out, of: isoDay };
  // any text: its rank among the distinct texts, sorted as `<` compares them (UTF-16 code units)
  const texts = [...new Set([...extra, ...lists.flat()])].sort();
  const rank = new Map(texts.map((s, i) => [s, i]));
  lists.forEach((dates, k) => {
    const days = out[k] as Int32Array;
    for (let i = 0; i < dates.length; i++) days[i] = rank.get(dates[i] as string) as number;
    days[dates.length] = PAST;
  });
  return { lists: out, of: (s) => rank.get(s) ?? -1 };
}
