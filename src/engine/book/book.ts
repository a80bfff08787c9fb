// The book: every account, pool and physical stock (places.ts), and the movements of one run: the
// withdrawals and deposits of credit, each recorded in the ledger (ledger-lines.ts). The event
// handlers (events.ts, production.ts, transfer.ts) and the period close (close.ts) work on it;
// booking.ts runs the loop.
import { sdKey } from "../sd-key";
import type { OwnCertificates } from "../own-certificate";
import type { RuleProfile } from "../profile";
import { type Dec, ZERO } from "../quantity";
import type { AccountKey, LedgerEntryKind } from "../result";
import { type Account, type Batch, type PortionSink, headOf, take } from "./accounts";
import { refile } from "./heads";
import { LedgerLines } from "./ledger-lines";
import { COMPLETE, type Incompleteness, Unbooked } from "./incomplete";
import type { Claimant, Pool, Short } from "./pool";
import { fill, park } from "./shorts";
import { AllocationTable } from "./allocation";
import { type IssuedDraws, NO_DRAWS } from "./held";
import type { InTransitFact } from "./facts";

export type { Pool } from "./pool";
export type { Allocation, Portion } from "./allocation";
const NO_LINKS: readonly string[] = []; // what most withdrawals link: one shared empty list

export class Book extends LedgerLines {
  /** every sustainable delivery's allocation, in booking order, with their portions */
  readonly allocations = new AllocationTable();
  /** the first allocation of the open period: those from it on are settled at its close */
  openFrom = 0;
  /** credit created by a withdrawal (conversion output, transfer in), booked once it is done */
  private later: (() => void)[] = [];
  private shortSeq = 0;
  /**
   * The accounts the withdrawal being booked drew on (the first `drawnOn` of `touched`), what
   * each gave, and the last one: lists kept by the book, whose room every withdrawal reuses
   * (withdrawals never nest).
   */
  private readonly touched: Account[] = [];
  private readonly sums: Dec[] = [];
  private drawnOn = 0;
  private lastDrawn: Account | undefined;
  /** accounts fed by input the workbook could not read (domain.md §4) */
  incomplete: Incompleteness = COMPLETE;
  issuedDraws: IssuedDraws = NO_DRAWS; // the credit issued declarations cite, held for them (held.ts)

  /** index batches by incoming SD only when some delivery links SDs explicitly */
  constructor(
    profile: RuleProfile,
    readonly linking: boolean,
    /** the days the own certificate does not cover, into which no credit is carried */
    readonly own: OwnCertificates,
  ) {
    super(profile);
  }

  /** A row not booked in `pool` (unit-mismatch): it lacks input, credit where `credit`, from now on (Unbooked). */
  unbooked(pool: { site: string; product: string }, credit: boolean): void {
    if (!(this.incomplete instanceof Unbooked)) this.incomplete = new Unbooked(this.incomplete);
    (this.incomplete as Unbooked).add(pool.site, pool.product, this.event.date, credit);
  }

  /** Books `work` after the current withdrawal, so new credit never feeds the draw that made it. */
  defer(work: () => void): void {
    this.later.push(work);
  }

  /**
   * (brk26 L4) What a transfer that arrives after the day it left does at the receiving site (its
   * credit, or its lack), by the transfer's seq: run on its arrival date (booking.ts). In between
   * the credit is in neither site's account: debited at the sending site, not yet the receiving one's.
   */
  private readonly inTransit = new Map<number, (() => void)[]>();

  /** Keeps `work` of transfer `seq` until it arrives (`arrive`). */
  arriving(seq: number, work: () => void): void {
    const kept = this.inTransit.get(seq);
    if (kept) kept.push(work);
    else this.inTransit.set(seq, [work]);
  }

  /**
   * (h-transfer3) The transfers moved that have left their sending site and not yet arrived, by seq:
   * what a period's close says is in transit (booking.ts, transfer-in-transit).
   */
  readonly onTheRoad = new Map<number, Omit<InTransitFact, "periodEnd" | "arrivalPeriodEnd">>();

  /** Runs what transfer `seq` does where it arrives, once; nothing where it moved nothing. */
  arrive(seq: number): void {
    const kept = this.inTransit.get(seq);
    this.inTransit.delete(seq);
    this.onTheRoad.delete(seq);
    for (const work of kept ?? []) work();
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

  /** The common case, one batch covers the whole withdrawal: no bookkeeping of several portions. */
  private fromOneBatch(best: Account, quantity: Dec, kind: LedgerEntryKind, sink: PortionSink): boolean {
    const batch = headOf(best);
    if (batch.remaining.lessThan(quantity)) return false;
    // take() without comparing again: the batch holds at least `quantity`.
    if (!quantity.isZero()) {
      batch.remaining = batch.remaining.minus(quantity);
      best.balance = best.balance.minus(quantity);
      sink.portion(best, batch, quantity);
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
    linked: readonly string[] = NO_LINKS,
  ): Dec {
    // the oldest credit, found once for both the one-batch path and the first take of the loop
    const first = linked.length === 0 ? this.oldest(pool, eligible) : undefined;
    if (first && this.fromOneBatch(first, quantity, kind, sink)) {
      refile(pool.heads, first);
      return ZERO;
    }
    let left = quantity;
    // accounts drawn on, in first-drawn order, and what each gave (one or two is usual); most
    // withdrawals link nothing: no iterator is made for an empty list
    this.drawnOn = 0;
    if (linked.length > 0)
      for (const sd of linked) {
        for (const { account, batch } of pool.bySd.get(sdKey(sd)) ?? []) {
          if (left.isZero()) break;
          if (eligible.includes(account)) left = this.draw(pool, account, batch, left, sink);
        }
      }
    // explicit links are exact: what they cannot back is never topped up from other credit
    // (`first` is only looked for without links)
    let best = first;
    while (best && !left.isZero()) {
      left = this.draw(pool, best, headOf(best), left, sink);
      if (!left.isZero()) best = this.oldest(pool, eligible);
    }
    const last = this.drawnOn > 0 ? this.lastDrawn : undefined;
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
        this.gave(a, left);
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
    for (let i = 0; i < this.drawnOn; i++) {
      const a = this.touched[i] as Account;
      this.moved(a, this.sums[i] as Dec, kind);
      if (a.balance.isNegative() && !a.balance.isZero() && !a.totals.warned) {
        a.totals.warned = true;
        this.overdraft(a, a.balance, a.unit);
      }
    }
    return left;
  }

  /**
   * One take of a withdrawal from `batch` of `account`, noted in `touched` and `sums` (and the
   * account as the one drawn on last); returns what is left to take.
   */
  private draw(pool: Pool, account: Account, batch: Batch, left: Dec, sink: PortionSink): Dec {
    const got = take(account, batch, left, sink);
    refile(pool.heads, account);
    if (got.isZero()) return left;
    this.gave(account, got);
    this.lastDrawn = account;
    // all that was left taken: the shared zero, not a new one kept as the delivery's unfilled
    return got === left ? ZERO : left.minus(got);
  }

  /** Adds `q` to what `a` gave in the withdrawal being booked, first-drawn order kept. */
  private gave(a: Account, q: Dec): void {
    const n = this.drawnOn;
    for (let i = 0; i < n; i++) {
      if (this.touched[i] === a) {
        this.sums[i] = (this.sums[i] as Dec).plus(q);
        return;
      }
    }
    this.touched[n] = a;
    this.sums[n] = q;
    this.drawnOn = n + 1;
  }

  /** Credit into an account: the pool's waiting shorts first, the rest queues as a batch; `held` is booked too, not queued (held.ts). */
  deposit(pool: Pool, account: Account, batch: Batch, kind: LedgerEntryKind, held: Dec = ZERO): void {
    const q = held.isZero() ? batch.remaining : batch.remaining.plus(held);
    account.balance = account.balance.plus(q);
    this.moved(account, q, kind);
    if (pool.shorts.size > 0) fill(this, pool, account, batch);
    if (!batch.remaining.isZero()) {
      account.batches.push(batch);
      refile(pool.heads, account);
    }
  }

  private overdraft(a: { id: AccountKey }, running: Dec, unit: string): void {
    this.facts.push({
      kind: "overdraft",
      account: a.id,
      date: this.event.date,
      running,
      unit,
      at: this.event.source,
    });
  }
}
