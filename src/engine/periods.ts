// Stage 2, periods: consecutive mass balance periods without gaps (domain.md §4), the period
// length checked against the profile, and rows dated before the first period set aside.
import { addDays, addMonths, quarterStart } from "./dates";
import { cellOf, exactCell, finding } from "./findings";
import { periodAllowed, type RuleProfile } from "./profile";
import type { Books } from "./records";
import type { Finding } from "./result";

export interface Period {
  start: string;
  end: string;
}

/** Enough for a century of monthly periods; beyond that the dates are surely wrong. */
const MAX_PERIODS = 1200;

function datesOf(books: Books): string[] {
  const dates: string[] = [];
  for (const list of [
    books.receipts,
    books.deliveries,
    books.production,
    books.transfers,
    books.stockCounts,
  ]) {
    for (const r of list) dates.push(r.date);
  }
  return dates;
}

export function buildPeriods(first: string, last: string, months: number): Period[] {
  const periods: Period[] = [];
  let start = first;
  for (let i = 0; i < MAX_PERIODS; i++) {
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
  const dates = datesOf(books);
  // nothing dated and no period set: there is no period to report on
  if (dates.length === 0 && !profile.periodStart) return { value: { books, periods: [] }, findings };
  let min = dates[0] ?? profile.periodStart ?? profile.issueDate ?? "2000-01-01";
  let max = min;
  for (const d of dates) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const first = profile.periodStart ?? quarterStart(min);
  const periods = buildPeriods(first, max < first ? first : max, profile.periodMonths);
  const last = periods[periods.length - 1]?.end ?? first;

  const inside = <T extends { date: string; source: Books["receipts"][number]["source"] }>(list: T[]): T[] =>
    list.filter((r) => {
      if (r.date >= first && r.date <= last) return true;
      findings.push(
        finding("date-outside-period", "warning", cellOf(r.source, "date"), {
          date: r.date,
          periodStart: first,
          periodEnd: last,
        }),
      );
      return false;
    });
  const value: Books = {
    ...books,
    receipts: inside(books.receipts),
    deliveries: inside(books.deliveries),
    production: inside(books.production),
    transfers: inside(books.transfers),
    // a count before the first period is the opening stock, not an error
    stockCounts: books.stockCounts.filter((s) => s.date <= last),
  };
  return { value: { books: value, periods }, findings };
}
