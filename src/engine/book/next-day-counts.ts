// Stock counts dated the day after a period end (brk22 §3): stock-takes are often dated the first
// day of the new period. Where no row moves the count's product at its site on that day and no
// count of it is dated the period end itself, the stock at the end of that day is the stock at the
// period end, so the count is booked at the period end and caps that period's carry-forward (the
// info stock-count-next-day says so). Where rows move it that day, whether it was taken before or
// after them is unknown: it stays the stock at the end of its own day, and the warning says what to
// write if it is the period end's stock. Whichever it was, the tank held at most the count plus
// that day's outflow less its inflow (taken after them) or the count (before them): the larger of
// the two caps the period end (brk24 §2), never the book stock where that is higher. A count on
// the period end itself is never moved.
import type { Amount } from "../amount";
import { addDays } from "../dates";
import { cellOf } from "../findings";
import type { CellRef } from "../model";
import { toText } from "../quantity";
import type { Period } from "../periods";
import { type Books, type StockCount, siteKey } from "../records";
import type { Fact } from "./facts";

const keyOf = (site: string, productKey: string, date: string) => `${siteKey(site)}|${productKey}|${date}`;

/** The rows of one product at one site on one day: their quantity cells, what came in and went out. */
interface Day {
  at: CellRef[];
  in: Amount[];
  out: Amount[];
}

/** What came in and went out, in each unit every one of the day's rows states; null where none is common. */
function net(day: Day, counted: Amount): Amount | null {
  const bound: Amount = {};
  for (const [unit, count] of Object.entries(counted) as [
    keyof Amount,
    NonNullable<Amount[keyof Amount]>,
  ][]) {
    const all = [...day.in, ...day.out];
    if (all.some((a) => a[unit] === undefined)) continue;
    const sum = (list: Amount[]) =>
      list.reduce((t, a) => t.plus(a[unit] as typeof count), count.minus(count));
    const more = sum(day.out).minus(sum(day.in));
    bound[unit] = more.isPositive() ? count.plus(more) : count;
  }
  return Object.keys(bound).length > 0 ? bound : null;
}

/**
 * The date each count is booked at where it is not its own (the period end it closes), the caps
 * of the period ends before counts dated the next day with rows that day (`upTo`), and a fact for
 * each count dated the day after a period end. Most books have none: nothing is built for them.
 */
export function nextDayCounts(
  books: Books,
  periods: readonly Period[],
  facts: Fact[],
): { at: Map<StockCount, string>; caps: StockCount[] } {
  const ends = new Map(periods.map((p) => [addDays(p.end, 1), p.end]));
  const candidates = books.stockCounts.filter((s) => !s.merged && ends.has(s.date));
  const booked = new Map<StockCount, string>();
  const caps: StockCount[] = [];
  if (candidates.length === 0) return { at: booked, caps };
  const days = new Set(candidates.map((s) => s.date));
  const moved = new Map<string, Day>();
  const move = (
    site: string,
    key: string,
    date: string,
    ref: CellRef | undefined,
    into: Amount | null,
    out: boolean,
  ) => {
    if (!days.has(date)) return;
    const k = keyOf(site, key, date);
    const day = moved.get(k) ?? { at: [], in: [], out: [] };
    if (ref) day.at.push(ref);
    (out ? day.out : day.in).push(into ?? {});
    moved.set(k, day);
  };
  for (const r of books.receipts)
    move(r.site, r.productKey, r.date, cellOf(r.source, "quantity"), r.amount, false);
  for (const r of books.deliveries)
    move(r.site, r.productKey, r.date, cellOf(r.source, "quantity"), r.amount, true);
  for (const p of books.production) {
    move(p.site, p.inputKey, p.date, cellOf(p.source, "inputQuantity", "quantity"), p.inputAmount, true);
    move(p.site, p.outputKey, p.date, cellOf(p.source, "outputQuantity", "quantity"), p.outputAmount, false);
  }
  for (const t of books.transfers) {
    move(t.fromSite, t.productKey, t.date, cellOf(t.source, "quantity"), t.amount, true);
    const arrived = t.arrivalDate ?? t.date; // brk26 L4: the receiving site's move is on the day it arrived
    move(
      t.toSite,
      t.productKey,
      arrived,
      cellOf(t.source, "quantity"),
      t.received?.amount ?? t.amount,
      false,
    );
  }
  const countedOn = new Set(books.stockCounts.map((s) => keyOf(s.site, s.productKey, s.date)));
  for (const s of candidates) {
    const periodEnd = ends.get(s.date) as string;
    // a count of the period end itself stays that period's count; this one is the new period's
    if (countedOn.has(keyOf(s.site, s.productKey, periodEnd))) continue;
    const day = moved.get(keyOf(s.site, s.productKey, s.date));
    if (!day) booked.set(s, periodEnd);
    // (brk24 §2) rows that day: the larger reading caps the period end (a count of several tanks: their sum)
    const bound = day && !s.tanks ? net(day, s.amount) : null;
    if (bound) caps.push({ ...s, amount: bound, date: periodEnd, upTo: true });
    // shown in the count's own dimension, the amount's first (amount.ts toAmount)
    const [dim, most] = bound ? (Object.entries(bound)[0] ?? []) : [];
    const at = cellOf(s.source, "date", "quantity");
    const { product, site, date } = s;
    facts.push({
      kind: "count-next-day",
      at,
      product,
      site,
      date,
      periodEnd,
      booked: !day,
      moves: day?.at ?? [],
      cap: most && dim ? `${toText(most)} ${dim}` : null,
    });
  }
  return { at: booked, caps };
}
