// Withdrawals sold ahead of credit (domain.md §4: inside a period a running balance may go below
// zero; the close decides). What a withdrawal misses waits in its pool (site × product) until
// credit arrives in ANY account the withdrawal could have drawn on, oldest short first; the
// portions then back the withdrawal with that account's characteristics and GHG values.
// Shorts wait in one queue per kind of withdrawal (same accounts eligible), so a deposit tests
// each kind once however many shorts wait.
import type { CellRef, SchemeName } from "../model";
import type { Dec } from "../quantity";
import type { Characteristics, LedgerEntryKind } from "../result";
import type { Account, Batch } from "./accounts";
import type { EventContext, Pool, Short, ShortQueue } from "./pool";

export type { Claimant, Short, ShortQueue } from "./pool";

/** What the shorts need of the book (book.ts): its pools, the event being booked, its ledger lines. */
export interface ShortsBook {
  readonly pools: Map<string, Pool>;
  event: EventContext;
  readonly moved: (account: Account, quantity: Dec, kind: LedgerEntryKind, shown?: LedgerEntryKind) => void;
  account(pool: Pool, scheme: SchemeName, characteristics: Characteristics): Account;
}

export function park(pool: Pool, short: Short, key: string, serves: (a: Account) => boolean): void {
  const queue = pool.shorts.get(key);
  if (queue) queue.list.push(short);
  else pool.shorts.set(key, { serves, list: [short], head: 0 });
}

/** Credit just deposited into `account` fills the oldest shorts it may serve. */
export function fill(book: ShortsBook, pool: Pool, account: Account, batch: Batch): void {
  const queues = [...pool.shorts.values()].filter((q) => q.serves(account));
  while (!batch.remaining.isZero()) {
    let best: ShortQueue | undefined;
    for (const q of queues) {
      const s = q.list[q.head];
      if (s && (!best || s.seq < (best.list[best.head] as Short).seq)) best = q;
    }
    if (!best) break;
    const s = best.list[best.head] as Short;
    const q = s.remaining.lessThan(batch.remaining) ? s.remaining : batch.remaining;
    if (s.holder !== account) shift(book, s, account, q);
    s.remaining = s.remaining.minus(q);
    batch.remaining = batch.remaining.minus(q);
    s.servedBy = account;
    s.onFill?.portion(account, batch, q);
    if (s.remaining.isZero()) best.head++;
  }
  for (const [key, q] of pool.shorts) if (q.head >= q.list.length) pool.shorts.delete(key);
}

/** "BioFuel AG (sold ahead on 2025-01-24)": the withdrawal a later line of the ledger stands for. */
function soldAhead(s: Short): string {
  return `${s.reference} (sold ahead on ${s.date})`;
}

/**
 * Moves `q` of a short onto the account whose credit serves it. The withdrawal keeps its own line
 * at its own date; the backing is a line of its own ("backed"), dated and linked by the credit
 * that backs it and naming the withdrawal: a reversing entry on the account (or the product-level
 * line) that carried it and the withdrawal on the serving account, so both running balances read
 * right and each account's totals still add up to its closing balance.
 */
function shift(book: ShortsBook, s: Short, to: Account, q: Dec): void {
  const saved = book.event;
  book.event = { date: saved.date, reference: soldAhead(s), source: saved.source };
  const from = s.holder ?? s.waiting;
  if (from) {
    from.balance = from.balance.plus(q);
    book.moved(from, q.negated(), s.kind, "backed");
  }
  to.balance = to.balance.minus(q);
  book.moved(to, q, s.kind, "backed");
  book.event = saved;
}

/**
 * At the close every short still open becomes a debt of the account that carries it, which
 * shows as its negative balance. One still at pool level is booked, at the period end, on the
 * account that served part of it (its declaration lines name that account, so the missing rest
 * belongs there too), else the pool's last account the withdrawal could have drawn on, else one
 * with the withdrawal's scheme and claim and blank characteristics, as no credit of that kind
 * exists at all. Debts merge per account; the result names each indebted account's oldest cell
 * and the kind of withdrawal there (a delivery, a production input, a transfer).
 */
/** The oldest withdrawal an account could not back at the close: its cell and its kind. */
export interface FirstShort {
  source: CellRef | undefined;
  kind: LedgerEntryKind;
}

export function closeShorts(book: ShortsBook, periodEnd: string): Map<Account, FirstShort> {
  const first = new Map<Account, FirstShort>();
  for (const pool of book.pools.values()) {
    if (pool.shorts.size === 0) continue;
    const open = [...pool.shorts.values()].flatMap((q) => q.list.slice(q.head));
    open.sort((x, y) => x.seq - y.seq);
    pool.shorts = new Map();
    for (const s of open) {
      const a = s.holder ?? holdAtClose(book, pool, s, periodEnd);
      if (!first.has(a)) first.set(a, { source: s.source, kind: s.kind });
      const queue = pool.shorts.get(`debt|${a.key}`);
      const debt = queue?.list[0];
      if (debt) debt.remaining = debt.remaining.plus(s.remaining);
      else park(pool, { ...s, holder: a, waiting: null, onFill: null }, `debt|${a.key}`, (x) => x === a);
    }
  }
  return first;
}

function holdAtClose(book: ShortsBook, pool: Pool, s: Short, periodEnd: string): Account {
  const { scheme, characteristics } = s.claimant.fallback;
  const a =
    s.servedBy ??
    pool.accounts.filter(s.claimant.serves).pop() ??
    book.account(pool, scheme, characteristics);
  // A line of the close: dated by the period end, linked to the withdrawal still without credit.
  book.event = { date: periodEnd, reference: soldAhead(s), source: s.source };
  if (s.waiting) {
    s.waiting.balance = s.waiting.balance.plus(s.remaining);
    book.moved(s.waiting, s.remaining.negated(), s.kind, "unbacked");
  }
  const before = a.totals.firstOverdraft;
  a.balance = a.balance.minus(s.remaining);
  book.moved(a, s.remaining, s.kind, "unbacked");
  // the account carries a withdrawal that waited since its own date with nothing to draw on: it
  // is overdrawn from that day, as the overdraft finding and the product's sold-ahead say
  // (issue 13 break-test #16), not from the close that books it
  const since = a.totals.firstOverdraft;
  if (since !== null && (before === null || s.date < before)) a.totals.firstOverdraft = s.date;
  return a;
}
