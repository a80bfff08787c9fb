// Stage 2, periods: consecutive mass balance periods without gaps (domain.md §4), the period
// length checked against the profile, and rows dated before the first period set aside. The
// periods are the user's as set: a row before a configured first period is not booked into an
// earlier period made up for it (the auditor reviews the periods as set); it is refused at its date
// cell, and the balances it would feed are incomplete (intake/left-out.ts), so no shortfall the
// missing row may explain is reported and nothing is declared from them.
import { addDays, addMonths, quarterStart } from "./dates";
import { cellOf, exactCell, finding } from "./findings";
import { leftOutRow } from "./intake/left-out";
import type { IncompleteInput } from "./model";
import { periodAllowed, type RuleProfile } from "./profile";
import type { Books } from "./records";
import type { Finding } from "./result";

export interface Period {
  start: string;
  end: string;
}

/** Enough for a century of monthly periods; beyond that the dates are surely wrong. */
const MAX_PERIODS = 1200;

/** The dated lists of the books, in the order their dates are read. */
function datedLists(books: Books): readonly (readonly { date: string }[])[] {
  return [books.receipts, books.deliveries, books.production, books.transfers, books.stockCounts];
}

/** The first and the last date of the books (the first row's date when all are equal), or null when none is dated. */
function dateRange(books: Books): { min: string; max: string } | null {
  let range: { min: string; max: string } | null = null;
  const lists = datedLists(books);
  // indexed loops: run once, mostly before they are optimised (rules/rule.ts perGhgSet)
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as (typeof lists)[number];
    for (let i = 0; i < list.length; i++) {
      const d = (list[i] as (typeof list)[number]).date;
      if (!range) range = { min: d, max: d };
      else if (d < range.min) range.min = d;
      else if (d > range.max) range.max = d;
    }
  }
  // (brk26 L4) the period a transfer arrives in is the book's too, also after its last other date
  for (const t of books.transfers) if (range && t.arrivalDate !== null && t.arrivalDate > range.max) range.max = t.arrivalDate; // prettier-ignore
  return range;
}

/**
 * The period `date` (YYYY-MM-DD) lies in on the grid of the book's periods: periods of `months`
 * months each, the k-th starting `k * months` months after `first` (addMonths, as buildPeriods
 * cuts them; k may be negative, or beyond the book's last period). The one grid for every question
 * "which period is this day in" (domain.md §4), so a rule never cuts the year differently from
 * the balances.
 */
export function periodContaining(date: string, first: string, months: number): Period {
  const m = Math.max(1, months);
  // an estimate from the months between, set right by the grid's own starts (day clamping: a grid
  // from 31 January starts on 29 February, then 31 March)
  const apart =
    (Number(date.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(date.slice(5, 7)) -
    Number(first.slice(5, 7));
  let k = Math.floor(apart / m);
  while (addMonths(first, k * m) > date) k--;
  while (addMonths(first, (k + 1) * m) <= date) k++;
  return { start: addMonths(first, k * m), end: addDays(addMonths(first, (k + 1) * m), -1) };
}

export function buildPeriods(first: string, last: string, months: number): Period[] {
  const periods: Period[] = [];
  let start = first;
  // months addMonths can add to `first` and stay within year 9999: a longer period (thousands of
  // months, refused by period-too-long) ends on the calendar's last day, never a made-up one
  const room = (9999 - Number(first.slice(0, 4))) * 12 + 12 - Number(first.slice(5, 7));
  for (let i = 0; i < MAX_PERIODS; i++) {
    if (months * (i + 1) > room) {
      periods.push({ start, end: "9999-12-31" });
      break;
    }
    const next = addMonths(first, months * (i + 1));
    periods.push({ start, end: addDays(next, -1) });
    if (next > last) break;
    start = next;
  }
  return periods;
}

export function periodsStage(
  books: Books,
  profile: RuleProfile,
): { value: { books: Books; periods: Period[] }; findings: Finding[] } {
  const findings: Finding[] = [];
  if (!periodAllowed(profile)) {
    findings.push(
      finding("period-too-long", "error", exactCell(profile.settingsSource, "periodMonths"), {
        months: profile.periodMonths,
        max: profile.maxPeriodMonths,
        scheme: profile.scheme,
        twelve: profile.twelveMonthPeriods,
      }),
    );
  }
  const range = dateRange(books);
  // nothing dated and no period set: there is no period to report on
  if (!range && !profile.periodStart) return { value: { books, periods: [] }, findings };
  const min = range?.min ?? profile.periodStart ?? profile.issueDate ?? "2000-01-01";
  const max = range?.max ?? min;
  const first = profile.periodStart ?? quarterStart(min);
  const periods = buildPeriods(first, max < first ? first : max, profile.periodMonths);
  const last = periods[periods.length - 1]?.end ?? first;

  // every date inside the periods (the usual case, the first period starting before the first
  // date): the lists are kept as they are (nothing changes the read lists), no row looked at again
  if (!range || (range.min >= first && range.max <= last)) return { value: { books, periods }, findings };
  // where the first period would have to start for every row it leaves out to be inside it (the
  // quarter of the earliest such row, as with no start set): what the finding tells the user to
  // set. Stock counts do not move it: one before the first period is its opening stock.
  let earliest = first;
  for (const list of [books.receipts, books.deliveries, books.production, books.transfers])
    for (const r of list) if (r.date < earliest) earliest = r.date;
  const earlier = earliest < first ? quarterStart(earliest) : undefined;
  const leftOut: IncompleteInput[] = [];
  // a list all inside the periods is kept as it is: no copy
  const inside = <T extends { date: string; source: Books["receipts"][number]["source"]; fields: object }>(
    list: T[],
    kind: "receipt" | "delivery" | "production" | "transfer",
  ): T[] => {
    if (list.every((r) => r.date >= first && r.date <= last)) return list;
    return list.filter((r) => {
      if (r.date >= first && r.date <= last) return true;
      const at = cellOf(r.source, "date");
      findings.push(
        finding("date-outside-period", "error", at, {
          date: r.date,
          periodStart: first,
          periodEnd: last,
          ...(r.date < first && earlier ? { setStart: earlier } : {}),
        }),
      );
      // the row's input is missing from the balances it feeds: they are incomplete, and this
      // finding (at the cell the input names) holds back what they would declare
      const left = leftOutRow(kind, r.fields, r.source, [], at?.cell);
      if (left) leftOut.push(left);
      return false;
    });
  };
  const value: Books = {
    ...books,
    receipts: inside(books.receipts, "receipt"),
    deliveries: inside(books.deliveries, "delivery"),
    production: inside(books.production, "production"),
    transfers: inside(books.transfers, "transfer"),
    // a count before the first period is the opening stock, not an error
    stockCounts: books.stockCounts.every((s) => s.date <= last)
      ? books.stockCounts
      : books.stockCounts.filter((s) => s.date <= last),
  };
  if (leftOut.length > 0) value.leftOut = [...(books.leftOut ?? []), ...leftOut];
  return { value: { books: value, periods }, findings };
}
