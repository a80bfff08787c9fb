// Where credit and stock live: the pools (a site's product) and their accounts (one set of
// characteristics), found or opened as rows name them, and a row's quantity in its pool's unit.
// The Book (book.ts) adds the movements: ledger lines (ledger-lines.ts), withdrawals and deposits.
import { cellOf } from "../findings";
import type { CellRef, SchemeName, Source } from "../model";
import type { RuleProfile } from "../profile";
import { accountUnitFor, type Amount, type Dimension } from "../amount";
import { poolKey } from "./held";
import { type Dec, ZERO } from "../quantity";
import type { Unconverted } from "../unconverted";
import type { AccountKey, Characteristics } from "../result";
import { type Account, type Batch, accountKey, emptyTotals, headBatch } from "./accounts";
import type { Fact } from "./facts";
import type { Claimant, Pool } from "./pool";

export class Places {
  readonly accounts = new Map<string, Account>();
  readonly pools = new Map<string, Pool>();
  /** site as typed → product key → pool */
  private readonly typed = new Map<string, Map<string, Pool>>();
  /** what the booking observed, turned into findings by the rules after booking (facts.ts) */
  readonly facts: Fact[] = [];
  /** the index of the open period */
  period = 0;
  /** the pool last found, and the site and product key as the row typed them */
  private last: { site: string; productKey: string; pool: Pool } | undefined;

  /**
   * (p-misc) The sites sheet's spelling of each site, by siteKey: what a pool, its accounts and
   * their balances show, rather than the first row's spelling ("hamburg " is shown as Hamburg).
   */
  siteNames: ReadonlyMap<string, string> = new Map();

  /** (brk22 §14) the products kept in a volume because every row of them is typed in it (kept-in.ts), by pool key */
  volumes: ReadonlyMap<string, Dimension> = new Map();

  constructor(readonly profile: RuleProfile) {}

  /** The pool of a site's product; its unit is set by the first row that has an amount (`typedUnit`: that row's unit). */
  pool(site: string, productKey: string, product: string, amount?: Amount, typedUnit?: string): Pool {
    // Rows come in runs of one pool: the last one found, else by the site and product as typed.
    const last = this.last;
    const pool =
      last !== undefined && last.site === site && last.productKey === productKey
        ? last.pool
        : this.typedPool(site, productKey, product);
    if (pool.unit === null && amount)
      pool.unit = accountUnitFor(
        amount,
        typedUnit,
        this.profile,
        this.volumes.get(poolKey(site, productKey)),
      );
    return pool;
  }

  private typedPool(site: string, productKey: string, product: string): Pool {
    // Rows repeat a site as typed: the pool is found by that text without building a key per row.
    let bySite = this.typed.get(site);
    if (!bySite) this.typed.set(site, (bySite = new Map()));
    let pool = bySite.get(productKey);
    if (!pool) {
      pool = this.poolByKey(site, productKey, product);
      bySite.set(productKey, pool);
    }
    this.last = { site, productKey, pool };
    return pool;
  }

  private poolByKey(site: string, productKey: string, product: string): Pool {
    const key = poolKey(site, productKey);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = {
        site: this.siteNames.get(site.toLowerCase()) ?? site,
        product,
        unit: null,
        accounts: [],
        heads: [],
        bySd: new Map(),
        book: ZERO,
        actual: ZERO,
        counted: false,
        countSource: undefined,
        since: undefined,
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
    if (pool.since) pool.since.in = pool.since.in.plus(signed);
  }

  /** Stock leaving the pool by `row` (a delivery's where `delivery`): a subtraction rather than a negated copy plus a sum. */
  unstock(pool: Pool, quantity: Dec, row: Source, delivery: boolean): void {
    const same = pool.actual === pool.book;
    pool.book = pool.book.minus(quantity);
    pool.actual = same ? pool.book : pool.actual.minus(quantity);
    const since = pool.since;
    if (!since) return;
    since.out = since.out.plus(quantity);
    (delivery ? since.deliveries : since.others).push(row);
  }

  /**
   * The amount in the pool's unit, or null with a unit fact at the row's `field` (else unit)
   * cell (the unit-mismatch rule reports it); `why` says which of the row's conversion values could not convert it (unconverted.ts).
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
    this.facts.push({
      kind: "unit",
      at: cellOf(row, field, "unit"),
      unit: unitTyped,
      accountUnit: unit,
      product: pool.product,
      why: why ? { row: why, hint: cellOf(row, why.field) } : null,
    });
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
  protected fresh(key: string, id: AccountKey, pool: Pool): Account {
    return {
      key,
      id,
      unit: pool.unit ?? "t",
      batches: [],
      head: 0,
      balance: ZERO,
      totals: emptyTotals(ZERO),
      since: this.period,
      place: pool.accounts.length,
      sortedBy: undefined,
      row: -1,
    };
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

  /**
   * The eligible account holding the oldest credit; that credit is its head batch (`headOf`).
   * When every account of the pool is eligible, the first of the pool's order of oldest credit.
   */
  oldest(pool: Pool, eligible: Account[]): Account | undefined {
    // eligible lists are the pool's accounts filtered: as many means all of them
    if (eligible.length === pool.accounts.length) return pool.heads[0];
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

  at(source: Parameters<typeof cellOf>[0], ...fields: string[]): CellRef | undefined {
    return cellOf(source, ...fields);
  }
}
