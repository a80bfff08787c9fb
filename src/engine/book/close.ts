// Closing a period (domain.md §4): shortfalls become negative balances and block their
// declarations, ISCC EU credit above the counted physical stock lapses (TV-4), and every account
// gets its balance row; the next period opens with what was carried forward.
import { cellOf, finding } from "../findings";
import type { Period } from "../periods";
import { type Dec, toText, ZERO } from "../quantity";
import type { Balance } from "../result";
import { type Account, type Batch, emptyTotals, headOf, take } from "./accounts";
import { type Book, type Pool, accountLabel } from "./book";
import { closeShorts } from "./shorts";

function settleShortfalls(book: Book, period: Period): void {
  for (const alloc of book.open) {
    if (alloc.unfilled.isZero()) continue;
    alloc.failed = true;
    const d = alloc.delivery;
    if (book.incomplete.lacksCredit(d.site, d.product)) continue;
    if (d.claim !== null && d.claim !== "EU RED compliant" && d.claim !== "") {
      const available = alloc.quantity.minus(alloc.unfilled);
      book.findings.push(
        finding("claim-exceeds-input", "error", cellOf(d.source, "claim", "quantity"), {
          claim: d.claim,
          quantity: toText(alloc.quantity),
          available: toText(available),
          unit: alloc.unit,
        }),
      );
    }
  }
  book.open = [];
  const firstShort = closeShorts(book, period.end);
  for (const a of book.accounts.values()) {
    if (!a.balance.isNegative() || a.balance.isZero()) continue;
    // no non-conformity where the shortfall may come only from input the workbook could not read
    if (book.incomplete.lacksCredit(a.id.site, a.id.product)) continue;
    book.findings.push(
      finding("negative-balance", "error", firstShort.get(a), {
        account: accountLabel(a),
        periodEnd: period.end,
        closing: toText(a.balance),
        unit: a.unit,
      }),
    );
  }
}

/** Lapses the oldest credit above the counted physical stock; returns what each account lost. */
function capAtStock(book: Book, pool: Pool, period: Period): Map<Account, Dec> {
  const lapsed = new Map<Account, Dec>();
  if (!pool.counted) return lapsed;
  const capped = pool.accounts.filter(
    (a) => book.profile.capCarryForward[a.id.scheme] && a.balance.isPositive() && !a.balance.isZero(),
  );
  let credit = ZERO;
  for (const a of capped) credit = credit.plus(a.balance);
  const physical = pool.actual.isNegative() ? ZERO : pool.actual;
  if (!credit.greaterThan(physical)) return lapsed;
  let left = credit.minus(physical);
  const sink = (a: Account, _b: Batch, q: Dec) => lapsed.set(a, (lapsed.get(a) ?? ZERO).plus(q));
  while (!left.isZero()) {
    const best = book.oldest(capped);
    if (!best) break;
    left = left.minus(take(best, headOf(best), left, sink));
  }
  const total = credit.minus(physical).minus(left);
  book.findings.push(
    finding("carry-over-exceeds-stock", "warning", pool.countSource, {
      product: pool.product,
      site: pool.site,
      periodEnd: period.end,
      closing: toText(credit),
      physical: toText(pool.actual),
      carried: toText(credit.minus(total)),
      lapsed: toText(total),
      unit: pool.unit ?? "t",
    }),
  );
  book.event = { date: period.end, reference: "lapse", source: pool.countSource };
  for (const [a, q] of lapsed) book.entry(a, "lapse", q.negated(), period.end);
  return lapsed;
}

/** Every total and the balance zero: an account opened this period whose short all moved away. */
function untouched(a: Account): boolean {
  const t = a.totals;
  return [a.balance, t.opening, t.received, t.produced, t.consumed, t.delivered, t.transferred].every((x) =>
    x.isZero(),
  );
}

export function closePeriod(book: Book, period: Period): void {
  settleShortfalls(book, period);
  const lapsedBy = new Map<Account, Dec>();
  const poolOf = new Map<Account, Pool>();
  for (const pool of book.pools.values()) {
    for (const a of pool.accounts) poolOf.set(a, pool);
    for (const [a, q] of capAtStock(book, pool, period)) lapsedBy.set(a, q);
  }
  const rows: Balance[] = [];
  for (const a of book.accounts.values()) {
    const t = a.totals;
    if (a.since === book.period && untouched(a)) continue;
    const lapsed = lapsedBy.get(a) ?? ZERO;
    const pool = poolOf.get(a);
    rows.push({
      ...a.id,
      account: a.key,
      periodStart: period.start,
      periodEnd: period.end,
      unit: a.unit,
      opening: toText(t.opening),
      received: toText(t.received),
      produced: toText(t.produced),
      consumed: toText(t.consumed),
      delivered: toText(t.delivered),
      transferred: toText(t.transferred),
      closing: toText(a.balance.plus(lapsed)),
      physicalStock: pool?.counted ? toText(pool.actual) : null,
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
