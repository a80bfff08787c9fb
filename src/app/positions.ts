// One truth across the views: the first overdraft of every account and period, and the
// product-level positions (physical stock, credit sold ahead with no account to carry it), read
// from the engine's ledger lines, on the first day of overdraft the engine gives each balance.
// MB Summary, the pane and `massbal --json` show these and nothing else, so they cannot disagree
// with MB Ledger or with the overdraft finding.
import type { Balance, LedgerLines } from "../engine/result";
import type { CellRef } from "../workbook/port";

/** The first ledger line of a period whose running balance is below zero. */
export interface Overdraft {
  /** YYYY-MM-DD, the line's date */
  date: string;
  /** the running balance on that line, a negative decimal string in `unit` */
  amount: string;
  unit: string;
  /** the row the line comes from */
  source: CellRef | null;
}

/** All material of one product at one site in one period (domain.md §4: physical stock is per product). */
export interface ProductPosition {
  site: string;
  product: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  /** counted physical stock at period end, or null without a count */
  physicalStock: string | null;
  /** book physical stock at period end (sustainable or not) */
  bookPhysicalStock: string;
  /**
   * credit sold ahead while no account of its kind held any (MB Ledger shows it on a line of the
   * product, "awaiting credit"): the first time in the period, or null
   */
  soldAhead: Overdraft | null;
}

/** `account|periodStart` of the period that holds `date`, for the balances' own periods. */
function periodKey(account: string, start: string): string {
  return `${account}\u0001${start}`;
}

/**
 * The first line below zero per ledger key and period. `periods` are the run's periods in order;
 * lines outside every period (none are written) are ignored.
 */
export function firstOverdrafts(
  ledger: LedgerLines,
  periods: readonly { start: string; end: string }[],
): Map<string, Overdraft> {
  const found = new Map<string, Overdraft>();
  let p = 0;
  // read by field: only the first line below zero of an account and period is built whole
  for (let i = 0; i < ledger.length; i++) {
    const date = ledger.date(i);
    // lines come in date order, so the period only moves forward
    while (p < periods.length && date > (periods[p] as { end: string }).end) p++;
    const period = periods[p];
    if (!period || date < period.start || !ledger.belowZero(i)) continue;
    const key = periodKey(ledger.account(i), period.start);
    if (found.has(key)) continue;
    const e = ledger.entry(i);
    found.set(key, { date: e.date, amount: e.running, unit: e.unit, source: e.source ?? null });
  }
  return found;
}

/**
 * The overdraft of one balance row: the balance and row of its first ledger line below zero
 * (`firstOverdrafts`), on the day the engine gives as its first day of overdraft.
 */
export function overdraftOf(overdrafts: Map<string, Overdraft>, b: Balance): Overdraft | null {
  const o = overdrafts.get(periodKey(b.account, b.periodStart)) ?? null;
  // the day is the engine's: an account booked at the close with credit sold ahead of any account
  // is overdrawn from the day of the sale (Balance.firstOverdraft), not from the close line
  if (!o || b.firstOverdraft === null || b.firstOverdraft === o.date) return o;
  return { ...o, date: b.firstOverdraft };
}

/** One position per site × product × period of the balances, in the balances' order. */
export function productPositions(
  balances: readonly Balance[],
  ledger: LedgerLines,
  overdrafts: Map<string, Overdraft>,
): ProductPosition[] {
  const waiting = new Map<string, string[]>();
  for (let i = 0; i < ledger.length; i++) {
    const awaiting = ledger.awaiting(i);
    if (!awaiting) continue;
    const pool = poolKey(awaiting.site, awaiting.product);
    const keys = waiting.get(pool) ?? [];
    const account = ledger.account(i);
    if (!keys.includes(account)) keys.push(account);
    waiting.set(pool, keys);
  }
  const positions = new Map<string, ProductPosition>();
  for (const b of balances) {
    const key = `${poolKey(b.site, b.product)}\u0001${b.periodStart}`;
    if (positions.has(key)) continue;
    const ahead = (waiting.get(poolKey(b.site, b.product)) ?? [])
      .map((account) => overdrafts.get(periodKey(account, b.periodStart)))
      .filter((o): o is Overdraft => o !== undefined)
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))[0];
    positions.set(key, {
      site: b.site,
      product: b.product,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      unit: b.unit,
      physicalStock: b.physicalStock,
      bookPhysicalStock: b.bookPhysicalStock,
      soldAhead: ahead ?? null,
    });
  }
  return [...positions.values()];
}

function poolKey(site: string, product: string): string {
  return `${site.toLowerCase()}\u0001${product.toLowerCase()}`;
}
