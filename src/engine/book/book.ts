// The book: every account, pool and physical stock, and the movements of one run. The event
// handlers (events.ts) and the period close (close.ts) work on it; booking.ts runs the loop.
import { cellOf, finding } from "../findings";
import type { CellRef, SchemeName, Source } from "../model";
import { documentKey } from "../normalise";
import type { OwnCertificates } from "../own-certificate";
import type { RuleProfile } from "../profile";
import { type Dec, toText, ZERO } from "../quantity";
import { accountUnitFor, type Amount } from "../amount";
import type { Delivery, Ghg } from "../records";
import type { Unconverted } from "../unconverted";
import type { AccountKey, Balance, Characteristics, Finding, LedgerEntry, LedgerEntryKind } from "../result";
import {
  type Account,
  type Batch,
  type PortionSink,
  accountKey,
  emptyTotals,
  headBatch,
  headOf,
  take,
} from "./accounts";
import { COMPLETE, type Incompleteness } from "./incomplete";
import type { Claimant, EventContext, Pool, Short } from "./pool";
import { fill, park } from "./shorts";

export type { Pool } from "./pool";

export interface Portion {
  account: Account;
  batch: Batch;
  quantity: Dec;
}

export interface Allocation {
  delivery: Delivery;
  quantity: Dec;
  unit: string;
  unfilled: Dec;
  portions: Portion[];
  failed: boolean;
  /**
   * worst-value pooling only: the worst GHG value in each account drawn on, over the batches in it
   * when the delivery left (what it drew included): the pool the declaration speaks for (TV-8)
   */
  poolWorst?: Map<Account, Ghg | null>;
}

/** The text of a value negated, from its text: one Decimal fewer per outgoing ledger line. */
function negatedText(t: string): string {
  if (t === "0") return t;
  return t.charCodeAt(0) === 45 ? t.slice(1) : `-${t}`;
}

export function accountLabel(a: { id: AccountKey }): string {
  const c = a.id.characteristics;
  const bits = [
    a.id.scheme,
    a.id.site && `site ${a.id.site}`,
    c.rawMaterial,
    c.countryOfOrigin && `origin ${c.countryOfOrigin}`,
    c.claim,
  ];
  return `${a.id.product} (${bits.filter((b) => b).join(", ")})`;
}

export class Book {
  readonly accounts = new Map<string, Account>();
  readonly pools = new Map<string, Pool>();
  /** site as typed → product key → pool */
  private readonly typed = new Map<string, Map<string, Pool>>();
  readonly ledger: LedgerEntry[] = [];
  readonly balances: Balance[] = [];
  readonly findings: Finding[] = [];
  readonly allocations: Allocation[] = [];
  /** allocations of the open period, settled at its close */
  open: Allocation[] = [];
  period = 0;
  /** credit created by a withdrawal (conversion output, transfer in), booked once it is done */
  private later: (() => void)[] = [];
  private shortSeq = 0;
  event: EventContext = { date: "", reference: "", source: undefined };
  /** accounts fed by input the workbook could not read (domain.md §4) */
  incomplete: Incompleteness = COMPLETE;

  /** index batches by incoming SD only when some delivery links SDs explicitly */
  constructor(
    readonly profile: RuleProfile,
    readonly linking: boolean,
    /** the days the own certificate does not cover, into which no credit is carried */
    readonly own: OwnCertificates,
  ) {}

  /** The pool of a site's product; its unit is set by the first row that has an amount (`typedUnit`: that row's unit). */
  pool(site: string, productKey: string, product: string, amount?: Amount, typedUnit?: string): Pool {
    // Rows repeat a site as typed: the pool is found by that text without building a key per row.
    let bySite = this.typed.get(site);
    if (!bySite) this.typed.set(site, (bySite = new Map()));
    let pool = bySite.get(productKey);
    if (!pool) {
      pool = this.poolByKey(site, productKey, product);
      bySite.set(productKey, pool);
    }
    if (pool.unit === null && amount) pool.unit = accountUnitFor(amount, typedUnit, this.profile);
    return pool;
  }

  private poolByKey(site: string, productKey: string, product: string): Pool {
    const key = `${site.toLowerCase()}|${productKey}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = {
        site,
        product,
        unit: null,
        accounts: [],
        bySd: new Map(),
        book: ZERO,
        actual: ZERO,
        counted: false,
        countSource: undefined,
        eligible: new Map(),
        shorts: new Map(),
        overdrawn: new Set(),
        waiting: new Map(),
        claimants: new Map(),
        typedAccounts: new Map(),
        accountOf: new Map(),
      };
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** Physical stock moves with every row, sustainable or not (domain.md §4). */
  stock(pool: Pool, signed: Dec): void {
    // Until a count the two stocks are one value object: one sum serves both.
    const same = pool.actual === pool.book;
    pool.book = pool.book.plus(signed);
    pool.actual = same ? pool.book : pool.actual.plus(signed);
  }

  /** Stock leaving the pool: a subtraction rather than a negated copy plus a sum. */
  unstock(pool: Pool, quantity: Dec): void {
    const same = pool.actual === pool.book;
    pool.book = pool.book.minus(quantity);
    pool.actual = same ? pool.book : pool.actual.minus(quantity);
  }

  /**
   * The amount in the pool's unit, or null with a unit-mismatch finding at the row's `field` (else
   * unit) cell; `why` says which of the row's conversion values could not convert it (unconverted.ts).
   */
  inUnit(
    pool: Pool,
    amount: Amount,
    unitTyped: string,
    row: Source,
    field: string,
    why: Unconverted | null = null,
  ): Dec | null {
    const unit = pool.unit ?? "t";
    const q = amount[unit as keyof Amount];
    if (q) return q;
    this.findings.push(
      finding(
        "unit-mismatch",
        "error",
        cellOf(row, field, "unit"),
        {
          unit: unitTyped,
          accountUnit: unit,
          product: pool.product,
          ...(why
            ? { why: why.otherSide ? "other-side" : "per", hintField: why.field, per: why.per, dim: why.dim }
            : {}),
        },
        why ? [cellOf(row, why.field)] : undefined,
      ),
    );
    return null;
  }

  account(pool: Pool, scheme: SchemeName, characteristics: Characteristics): Account {
    // Intake shares one characteristics object per set, so most rows find their account by it.
    const known = pool.accountOf.get(characteristics);
    if (known !== undefined && known.scheme === scheme) return known.account;
    const a = this.accountTyped(pool, scheme, characteristics);
    pool.accountOf.set(characteristics, { scheme, account: a });
    return a;
  }

  private accountTyped(pool: Pool, scheme: SchemeName, characteristics: Characteristics): Account {
    // Rows repeat characteristics as typed: that text finds the account without lower-casing each part.
    const c = characteristics;
    const typed = `${scheme}\u0001${c.rawMaterial}\u0001${c.countryOfOrigin}\u0001${c.claim}\u0001${c.wasteResidue}\u0001${c.annexIxPart}`;
    let a = pool.typedAccounts.get(typed);
    if (!a) {
      a = this.accountByKey(pool, scheme, characteristics);
      pool.typedAccounts.set(typed, a);
    }
    return a;
  }

  private accountByKey(pool: Pool, scheme: SchemeName, characteristics: Characteristics): Account {
    const key = accountKey(pool.site, scheme, pool.product, characteristics);
    let a = this.accounts.get(key);
    if (!a) {
      a = this.fresh(key, { site: pool.site, scheme, product: pool.product, characteristics }, pool);
      this.accounts.set(key, a);
      pool.accounts.push(a);
      pool.eligible.clear();
    }
    return a;
  }

  /** An account with nothing in it yet, in the pool's unit. */
  private fresh(key: string, id: AccountKey, pool: Pool): Account {
    return {
      key,
      id,
      unit: pool.unit ?? "t",
      batches: [],
      head: 0,
      balance: ZERO,
      totals: emptyTotals(ZERO),
      since: this.period,
    };
  }

  /** Books `work` after the current withdrawal, so new credit never feeds the draw that made it. */
  defer(work: () => void): void {
    this.later.push(work);
  }

  /**
   * Books deferred credit. A chain of conversions can feed itself through shorts (A → B → A);
   * each round is smaller by the factors, so a cap ends what would otherwise never reach zero.
   */
  flush(): void {
    if (this.later.length === 0) return;
    for (let i = 0; i < this.later.length && i < 10_000; i++) (this.later[i] as () => void)();
    this.later = [];
  }

  /** The pool's accounts that pass `test`, remembered under `key` until an account is added. */
  eligible(pool: Pool, key: string, test: (a: Account) => boolean): Account[] {
    let list = pool.eligible.get(key);
    if (!list) {
      list = pool.accounts.filter(test);
      pool.eligible.set(key, list);
    }
    return list;
  }

  /**
   * Records a movement of credit in the ledger and the period totals. `shown` is the kind of the
   * ledger line where it is not the movement's own (a withdrawal sold ahead, backed later).
   */
  readonly moved = (
    account: Account,
    quantity: Dec,
    kind: LedgerEntryKind,
    shown: LedgerEntryKind = kind,
  ): void => {
    const t = account.totals;
    if (kind === "receipt") t.received = t.received.plus(quantity);
    else if (kind === "production-out") t.produced = t.produced.plus(quantity);
    else if (kind === "production-in") t.consumed = t.consumed.plus(quantity);
    else if (kind === "delivery") t.delivered = t.delivered.plus(quantity);
    else if (kind === "transfer-in") t.transferredIn = t.transferredIn.plus(quantity);
    else if (kind === "transfer-out") t.transferredOut = t.transferredOut.plus(quantity);
    const out =
      kind === "production-in" || kind === "delivery" || kind === "transfer-out" || kind === "lapse";
    this.line(account, shown, out ? negatedText(toText(quantity)) : toText(quantity), this.event.date);
  };

  /**
   * A rejected receipt in the ledger: no change of credit, on the account it would have gone to
   * (which may not exist, so the line names the account's parts too).
   */
  notCredited(
    pool: Pool,
    scheme: SchemeName,
    characteristics: Characteristics,
    quantity: Dec,
    reason: string,
  ): void {
    const id: AccountKey = { site: pool.site, scheme, product: pool.product, characteristics };
    const key = accountKey(pool.site, scheme, pool.product, characteristics);
    const { date, reference, source } = this.event;
    const unit = pool.unit ?? "t";
    const entry: LedgerEntry = {
      date,
      account: key,
      kind: "not-credited",
      reference: `${reference || "receipt"}: ${toText(quantity)} ${unit} not credited (${reason})`,
      quantity: "0",
      running: toText(this.accounts.get(key)?.balance ?? ZERO),
      unit,
      accountId: id,
    };
    if (source) entry.source = source;
    this.ledger.push(entry);
  }

  entry(account: Account, kind: LedgerEntryKind, signed: Dec, date = this.event.date): void {
    this.line(account, kind, toText(signed), date);
  }

  /**
   * The one place a ledger line is made, so the period's first overdraft of an account is, by
   * construction, the date of its first line with a running balance below zero.
   */
  private line(account: Account, kind: LedgerEntryKind, quantity: string, date: string): void {
    const { reference, source } = this.event;
    const balance = account.balance;
    const running = toText(balance);
    const unit = account.unit;
    const t = account.totals;
    if (t.firstOverdraft === null && balance.isNegative() && !balance.isZero()) t.firstOverdraft = date;
    if (account.waiting) {
      const awaiting = account.id;
      this.ledger.push({
        date,
        account: account.key,
        kind,
        reference,
        quantity,
        running,
        unit,
        source,
        awaiting,
      });
      return;
    }
    // Built whole rather than given `source` afterwards, which costs every line a second store.
    this.ledger.push(
      source
        ? { date, account: account.key, kind, reference, quantity, running, unit, source }
        : { date, account: account.key, kind, reference, quantity, running, unit },
    );
  }

  /**
   * The ledger line of the withdrawals that wait for credit in a pool with no account able to
   * carry them (sold ahead of any credit of their kind), one per account they fall to at the
   * close: it shows them at their own date and what waits in all, until credit backs them or the
   * close books them (shorts.ts).
   */
  waitingFor(pool: Pool, claimant: Claimant): Account {
    const id = claimant.fallback;
    const key = `${accountKey(id.site, id.scheme, id.product, id.characteristics)}|awaiting`;
    let a = pool.waiting.get(key);
    if (!a) {
      a = this.fresh(key, id, pool);
      a.waiting = true;
      pool.waiting.set(key, a);
    }
    return a;
  }

  /** The eligible account holding the oldest credit; that credit is its head batch (`headOf`). */
  oldest(eligible: Account[]): Account | undefined {
    let best: Account | undefined;
    let oldest: Batch | undefined;
    for (const a of eligible) {
      const b = headBatch(a);
      if (b && (!oldest || b.date < oldest.date || (b.date === oldest.date && b.seq < oldest.seq))) {
        best = a;
        oldest = b;
      }
    }
    return best;
  }

  /** The common case, one batch covers the whole withdrawal: no bookkeeping of several portions. */
  private fromOneBatch(
    eligible: Account[],
    quantity: Dec,
    kind: LedgerEntryKind,
    sink: PortionSink,
  ): boolean {
    const best = this.oldest(eligible);
    if (!best) return false;
    const batch = headOf(best);
    if (batch.remaining.lessThan(quantity)) return false;
    // take() without comparing again: the batch holds at least `quantity`.
    if (!quantity.isZero()) {
      batch.remaining = batch.remaining.minus(quantity);
      best.balance = best.balance.minus(quantity);
      sink(best, batch, quantity);
    }
    this.moved(best, quantity, kind);
    return true;
  }

  /**
   * Takes `quantity` of credit from the eligible accounts: the explicitly linked incoming SDs only,
   * else the oldest credit. What is missing becomes a short of the pool that the next credit into
   * any account the claimant serves fills (shorts.ts). It is carried by the account the withdrawal
   * drew on last, else the pool's last eligible account, so that account's running balance shows
   * the overdraft; with no eligible account at all it waits at pool level rather than opening an
   * account with blank characteristics that the credit arriving later would never go to.
   * A delivery linking SDs keeps what its links cannot back as a debt of one account (the linked
   * credit's, else a blank one), never drawn from other characteristics; the caller reports it.
   */
  withdraw(
    eligible: Account[],
    pool: Pool,
    quantity: Dec,
    kind: LedgerEntryKind,
    sink: PortionSink,
    claimant: Claimant,
    linked: string[] = [],
  ): Dec {
    if (linked.length === 0 && this.fromOneBatch(eligible, quantity, kind, sink)) return ZERO;
    let left = quantity;
    const touched = new Map<Account, Dec>();
    let last: Account | undefined;
    const counted: PortionSink = (a, b, q) => {
      touched.set(a, (touched.get(a) ?? ZERO).plus(q));
      last = a;
      sink(a, b, q);
    };
    for (const sd of linked) {
      for (const { account, batch } of pool.bySd.get(documentKey(sd)) ?? []) {
        if (left.isZero()) break;
        if (eligible.includes(account)) left = left.minus(take(account, batch, left, counted));
      }
    }
    // explicit links are exact: what they cannot back is never topped up from other credit
    while (linked.length === 0 && !left.isZero()) {
      const best = this.oldest(eligible);
      if (!best) break;
      left = left.minus(take(best, headOf(best), left, counted));
    }
    if (!left.isZero()) {
      const { reference, source } = this.event;
      // a link that backs nothing (an unknown or rejected SD) never debits other characteristics:
      // its debt goes to a blank account of the claim, as the linked-sd-unavailable message says
      const holder = last ?? (linked.length === 0 ? eligible[eligible.length - 1] : undefined) ?? null;
      const short: Short = {
        seq: this.shortSeq++,
        date: this.event.date,
        remaining: left,
        onFill: sink,
        source,
        reference,
        kind,
        holder,
        waiting: null,
        servedBy: last ?? null,
        claimant,
      };
      if (linked.length === 0) park(pool, short, claimant.key, claimant.serves);
      else {
        const { scheme, characteristics } = claimant.fallback;
        const a = holder ?? this.account(pool, scheme, characteristics);
        short.holder = a;
        park(pool, short, `only|${a.key}`, (x) => x === a);
      }
      if (short.holder) {
        const a = short.holder;
        a.balance = a.balance.minus(left);
        touched.set(a, (touched.get(a) ?? ZERO).plus(left));
      } else {
        // No account can carry it: it waits at product level, shown at its own date and cell.
        const w = this.waitingFor(pool, claimant);
        short.waiting = w;
        w.balance = w.balance.minus(left);
        this.moved(w, left, kind);
        if (!pool.overdrawn.has(claimant.key)) {
          pool.overdrawn.add(claimant.key);
          this.overdraft(w, w.balance, w.unit);
        }
      }
    }
    for (const [a, q] of touched) {
      this.moved(a, q, kind);
      if (a.balance.isNegative() && !a.balance.isZero() && !a.totals.warned) {
        a.totals.warned = true;
        this.overdraft(a, a.balance, a.unit);
      }
    }
    return left;
  }

  /** Credit into an account: the pool's waiting shorts first, the rest queues as a batch. */
  deposit(pool: Pool, account: Account, batch: Batch, kind: LedgerEntryKind): void {
    account.balance = account.balance.plus(batch.remaining);
    this.moved(account, batch.remaining, kind);
    if (pool.shorts.size > 0) fill(this, pool, account, batch);
    if (!batch.remaining.isZero()) account.batches.push(batch);
  }

  private overdraft(a: { id: AccountKey }, running: Dec, unit: string): void {
    // an overdraft that may come only from input the workbook could not read is not reported
    if (this.incomplete.lacksCredit(a.id.site, a.id.product)) return;
    const continuous = this.profile.mode === "continuous";
    this.findings.push(
      finding("overdraft", continuous ? "error" : "warning", this.event.source, {
        account: accountLabel(a),
        date: this.event.date,
        running: toText(running),
        unit,
        continuous,
      }),
    );
  }

  at(source: Parameters<typeof cellOf>[0], ...fields: string[]): CellRef | undefined {
    return cellOf(source, ...fields);
  }
}
