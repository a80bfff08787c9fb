// Stock counts dated the day after a period end (brk22 §3): stock-takes are often dated the first
// day of the new period. Where no row moves the count's product at its site on that day and no
// count of it is dated the period end itself, the stock at the end of that day is the stock at the
// period end, so the count is booked at the period end and caps that period's carry-forward (the
// info stock-count-next-day says so). Where rows move it that day, whether it was taken before or
// after them is unknown: it stays the stock at the end of its own day, and the warning says what to
// write if it is the period end's stock. A count on the period end itself is never moved.
import { addDays } from "../dates";
import { cellOf } from "../findings";
import type { CellRef } from "../model";
import type { Period } from "../periods";
import { type Books, type StockCount, siteKey } from "../records";
import type { Fact } from "./facts";

const keyOf = (site: string, productKey: string, date: string) => `${siteKey(site)}|${productKey}|${date}`;

/**
 * The date each count is booked at where it is not its own (the period end it closes), and a fact
 * for each count dated the day after a period end. Most books have none: nothing is built for them.
 */
export function nextDayCounts(
  books: Books,
  periods: readonly Period[],
  facts: Fact[],
): Map<StockCount, string> {
  const ends = new Map(periods.map((p) => [addDays(p.end, 1), p.end]));
  const candidates = books.stockCounts.filter((s) => !s.merged && ends.has(s.date));
  const booked = new Map<StockCount, string>();
  if (candidates.length === 0) return booked;
  const days = new Set(candidates.map((s) => s.date));
  const moved = new Map<string, CellRef[]>();
  const move = (site: string, productKey: string, date: string, at: CellRef | undefined) => {
    if (!days.has(date)) return;
    const key = keyOf(site, productKey, date);
    const list = moved.get(key) ?? [];
    if (at) list.push(at);
    moved.set(key, list);
  };
  for (const r of [...books.receipts, ...books.deliveries])
    move(r.site, r.productKey, r.date, cellOf(r.source, "quantity"));
  for (const p of books.production) {
    move(p.site, p.inputKey, p.date, cellOf(p.source, "inputQuantity", "quantity"));
    move(p.site, p.outputKey, p.date, cellOf(p.source, "outputQuantity", "quantity"));
  }
  for (const t of books.transfers) {
    move(t.fromSite, t.productKey, t.date, cellOf(t.source, "quantity"));
    move(t.toSite, t.productKey, t.date, cellOf(t.source, "quantity"));
  }
  const countedOn = new Set(books.stockCounts.map((s) => keyOf(s.site, s.productKey, s.date)));
  for (const s of candidates) {
    const periodEnd = ends.get(s.date) as string;
    // a count of the period end itself stays that period's count; this one is the new period's
    if (countedOn.has(keyOf(s.site, s.productKey, periodEnd))) continue;
    const moves = moved.get(keyOf(s.site, s.productKey, s.date));
    if (!moves) booked.set(s, periodEnd);
    const at = cellOf(s.source, "date", "quantity");
    const { product, site, date } = s;
    facts.push({
      kind: "count-next-day",
      at,
      product,
      site,
      date,
      periodEnd,
      booked: !moves,
      moves: moves ?? [],
    });
  }
  return booked;
}
