// Closing a period (domain.md §4, §7): shortfalls become negative balances and block their
// declarations; ISCC EU credit above the counted physical stock (with no count, the book physical
// stock) lapses (TV-4), and so does all credit when the own certificate does not cover the next
// period's first day; every account gets its balance row; the next period opens with what was
// carried forward.
import { addDays } from "../dates";
import { cellOf } from "../findings";
import type { CellRef } from "../model";
import type { Period } from "../periods";
import { type Dec, toText, ZERO } from "../quantity";
import type { Balance } from "../result";
import { type Account, type Batch, emptyTotals, headOf, type PortionSink, take } from "./accounts";
import { refile } from "./heads";
import type { Book, Pool } from "./book";
import { closeShorts } from "./shorts";

function settleShortfalls(book: Book, period: Period): void {
  // indexed: every delivery's allocation, once, mostly before it is optimised (rules/rule.ts perGhgSet)
  const all = book.allocations;
  for (let i = book.openFrom; i < all.length; i++) {
    if (all.filled(i)) continue;
    all.fail(i);
    const d = all.delivery(i);
    if (d.claim !== null && d.claim !== "EU RED compliant" && d.claim !== "") {
      book.facts.push({
        kind: "claim-short",
        at: cellOf(d.source, "claim", "quantity"),
        periodEnd: period.end,
        site: d.site,
        product: d.product,
        claim: d.claim,
        quantity: all.quantity(i),
        available: all.quantity(i).minus(all.unfilled(i)),
        unit: all.unit(i),
      });
    }
  }
  book.openFrom = all.length;
  const firstShort = closeShorts(book, period.end);
  for (const a of book.accounts.values()) {
    if (!a.balance.isNegative() || a.balance.isZero()) continue;
    const first = firstShort.get(a);
    book.facts.push({
      kind: "negative",
      account: a.id,
      periodStart: period.start,
      periodEnd: period.end,
      closing: a.balance,
      unit: a.unit,
      first: first ? { at: first.source, kind: first.kind } : undefined,
    });
  }
}

/**
 * Lapses `amount` of the oldest credit of `accounts` at the period end, with a ledger line per
 * account under `reference`; adds what each account lost to `lapsed` and returns the total.
 */
function lapseOldest(
  book: Book,
  pool: Pool,
  accounts: Account[],
  amount: Dec,
  period: Period,
  reference: string,
  source: CellRef | undefined,
  lapsed: Map<Account, Dec>,
): Dec {
  const lost = new Map<Account, Dec>();
  const sink: PortionSink = {
    portion: (a: Account, _b: Batch, q: Dec) => lost.set(a, (lost.get(a) ?? ZERO).plus(q)),
  };
  let left = amount;
  while (!left.isZero()) {
    const best = book.oldest(pool, accounts);
    if (!best) break;
    left = left.minus(take(best, headOf(best), left, sink));
    refile(pool.heads, best);
  }
  book.event = { date: period.end, reference, source };
  for (const [a, q] of lost) {
    book.entry(a, "lapse", q.negated(), period.end);
    lapsed.set(a, (lapsed.get(a) ?? ZERO).plus(q));
  }
  return amount.minus(left);
}

/** The pool's accounts holding credit (above zero) that pass `test`, and their sum. */
function holding(pool: Pool, test: (a: Account) => boolean): { accounts: Account[]; credit: Dec } {
  const accounts = pool.accounts.filter((a) => test(a) && a.balance.isPositive() && !a.balance.isZero());
  let credit = ZERO;
  for (const a of accounts) credit = credit.plus(a.balance);
  return { accounts, credit };
}

/** The physical stock is below zero: a count less what went out after it, or the book's. */
const belowZero = (pool: Pool): boolean => pool.actual.isNegative() && !pool.actual.isZero();

/**
 * Caps the carry-forward at the physical stock (ISCC EU; PLUS where the profile says so, TV-4):
 * the counted stock, or with no count at the period end the book physical stock (the profile's
 * capWithoutCount, on by default), and says which. The oldest credit lapses first. A count less
 * what went out after it below zero is no stock at all (brk22 §3): all credit lapses and
 * stock-below-zero says why (holding the deliveries after the count), never a "counted" stock below zero.
 */
function capAtStock(book: Book, pool: Pool, period: Period, lapsed: Map<Account, Dec>): void {
  const counted = pool.counted;
  if (!counted && !book.profile.capWithoutCount) return;
  const { accounts, credit } = holding(pool, (a) => book.profile.capCarryForward[a.id.scheme]);
  const physical = pool.actual.isNegative() ? ZERO : pool.actual;
  const source = counted ? pool.countSource : undefined;
  const reference = counted ? "lapse" : "lapse (no stock count)";
  const over = credit.greaterThan(physical);
  const total = over
    ? lapseOldest(book, pool, accounts, credit.minus(physical), period, reference, source, lapsed)
    : ZERO;
  const unit = pool.unit ?? "t";
  const since = pool.since;
  if (counted && since && belowZero(pool)) {
    const { product, site } = pool;
    const x = { product, site, periodEnd: period.end, since, physical: pool.actual, lapsed: total, unit };
    book.facts.push({ kind: "stock-below-zero", ...x });
    return;
  }
  if (!over) return;
  book.facts.push({
    kind: "stock-lapse",
    counted,
    at: source,
    product: pool.product,
    site: pool.site,
    periodEnd: period.end,
    credit,
    physical: pool.actual,
    lapsed: total,
    unit,
  });
}

/**
 * No credit is carried into a day the site's own certificate does not cover (MB-06): all of it
 * lapses, with one warning per site and period.
 */
function capAtOwnCertificate(
  book: Book,
  pool: Pool,
  period: Period,
  lapsed: Map<Account, Dec>,
  warned: Set<string>,
): void {
  const next = addDays(period.end, 1);
  const gap = book.own.gapOn(pool.site, next);
  if (!gap) return;
  const { accounts, credit } = holding(pool, () => true);
  if (credit.isZero()) return;
  lapseOldest(book, pool, accounts, credit, period, "lapse (own certificate not valid)", gap.at, lapsed);
  const site = pool.site.toLowerCase();
  book.facts.push({
    kind: "own-lapse",
    at: gap.at,
    entry: gap.entry,
    certificate: gap.certificate,
    reason: gap.reason,
    statusText: gap.statusText,
    date: next,
    validFrom: gap.validFrom,
    validUntil: gap.validUntil,
    site: pool.site,
    periodEnd: period.end,
    first: !warned.has(site),
  });
  warned.add(site);
}

/** Every total and the balance zero: an account opened this period whose short all moved away. */
function untouched(a: Account): boolean {
  const t = a.totals;
  const all = [a.balance, t.opening, t.received, t.produced, t.consumed, t.delivered];
  return [...all, t.transferredIn, t.transferredOut].every((x) => x.isZero());
}

export function closePeriod(book: Book, period: Period): void {
  settleShortfalls(book, period);
  const lapsedBy = new Map<Account, Dec>();
  const poolOf = new Map<Account, Pool>();
  const warned = new Set<string>();
  for (const pool of book.pools.values()) {
    for (const a of pool.accounts) poolOf.set(a, pool);
    capAtStock(book, pool, period, lapsedBy);
    capAtOwnCertificate(book, pool, period, lapsedBy, warned);
  }
  const rows: Balance[] = [];
  for (const a of book.accounts.values()) {
    const t = a.totals;
    if (a.since === book.period && untouched(a)) continue;
    const lapsed = lapsedBy.get(a) ?? ZERO;
    const pool = poolOf.get(a);
    // the account's parts named, not spread: beginning with a spread, every row got a hidden class
    // (map) of its own, ~12 KB allocated a row (bench/RESULTS.md round 22); every account id is
    // made with these four keys in this order (places.ts, events.ts blank, transfer.ts)
    const { site, scheme, product, characteristics } = a.id;
    rows.push({
      site,
      scheme,
      product,
      characteristics,
      account: a.key,
      periodStart: period.start,
      periodEnd: period.end,
      unit: a.unit,
      opening: toText(t.opening),
      received: toText(t.received),
      produced: toText(t.produced),
      consumed: toText(t.consumed),
      delivered: toText(t.delivered),
      transferredIn: toText(t.transferredIn),
      transferredOut: toText(t.transferredOut),
      transferred: toText(t.transferredIn.minus(t.transferredOut)),
      closing: toText(a.balance.plus(lapsed)),
      // a count less what went out after it below zero is no counted stock (stock-below-zero)
      physicalStock: pool?.counted && !belowZero(pool) ? toText(pool.actual) : null,
      bookPhysicalStock: toText(pool?.book ?? ZERO),
      carriedForward: toText(a.balance),
      lapsed: toText(lapsed),
      firstOverdraft: t.firstOverdraft,
      complete: !book.incomplete.affects(a.id.site, a.id.product),
    });
  }
  rows.sort((x, y) => (x.account < y.account ? -1 : x.account > y.account ? 1 : 0));
  book.balances.push(...rows);
  for (const pool of book.pools.values()) {
    pool.overdrawn.clear();
    pool.book = pool.actual;
    pool.counted = false;
    pool.countSource = undefined;
    pool.since = undefined;
  }
}

/** Opens the next period: every account starts from what it carried forward. */
export function openPeriod(book: Book, period: Period, index: number): void {
  book.period = index;
  for (const a of book.accounts.values()) {
    a.totals = emptyTotals(a.balance);
    if (!a.balance.isZero() && index > 0) {
      book.event = { date: period.start, reference: "carried forward", source: undefined };
      book.entry(a, "carry-forward", a.balance, period.start);
    }
  }
}
