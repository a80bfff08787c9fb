// What a sustainable delivery drew: the portions of credit behind its declaration (domain.md §4).
// The portions of a whole run are kept as columns (PortionTable), not an object and a list per
// delivery: ~180,000 portions of ~100,000 deliveries would otherwise be objects the garbage
// collector copies while booking (issue 15). A reader gets a delivery's portions as plain
// `Portion` objects (`Allocation.portions`), built when asked for. The allocations themselves are
// columns too (AllocationTable), one index per delivery.
import type { Dec } from "../quantity";
import type { Delivery } from "../records";
import type { Worst } from "../ghg";
import type { Account, Batch, PortionSink } from "./accounts";
import { Chunks, Column, Values } from "./ledger-columns";

/** A quantity of credit one withdrawal took from one batch of one account. */
export interface Portion {
  account: Account;
  batch: Batch;
  quantity: Dec;
}

/**
 * Every portion of the deliveries of one run: account, batch and quantity per portion, and the
 * portion after it of the same delivery (`-1`: none). A delivery's portions are a chain, as credit
 * filling a delivery's short after it was booked adds to it when other portions came between.
 */
export class PortionTable {
  private readonly accounts = new Chunks<Account>();
  private readonly batches = new Chunks<Batch>();
  private readonly quantities = new Values();
  private readonly next = new Column((n) => new Int32Array(n));

  /** Adds a portion after portion `after` (-1: the first of its chain); returns its index. */
  add(after: number, account: Account, batch: Batch, quantity: Dec): number {
    const i = this.accounts.push(account);
    this.batches.push(batch);
    this.quantities.set(i, quantity);
    this.next.set(i, -1);
    if (after !== -1) this.next.set(after, i);
    return i;
  }

  /** The portion after `i` in its chain, or -1. */
  after(i: number): number {
    return this.next.get(i);
  }

  account(i: number): Account {
    return this.accounts.at(i);
  }

  batch(i: number): Batch {
    return this.batches.at(i);
  }

  quantity(i: number): Dec {
    return this.quantities.get(i);
  }
}

/**
 * The allocations of every sustainable delivery of one run, as columns: the delivery, what it asked
 * for (`quantity`, in the pool's `unit`), what is still missing (`unfilled`), whether it failed, its
 * first and last portion in `portions`, and (worst-value pooling) its pool's worst GHG values. One
 * object per delivery kept through booking was ~100 B the garbage collector copied twice (issue 15,
 * bench/RESULTS.md round 17); a reader gets an `Allocation`, a view of one index, from `at`.
 */
export class AllocationTable {
  /** the portions of every allocation */
  readonly portions = new PortionTable();
  private readonly deliveries = new Chunks<Delivery>();
  private readonly quantities = new Chunks<Dec>();
  private readonly units = new Chunks<string>();
  private readonly missing = new Values();
  /** bit 1: failed; bit 2: its own withdrawal is done */
  private readonly flags = new Column((n) => new Uint8Array(n));
  private readonly first = new Column((n) => new Int32Array(n));
  private readonly last = new Column((n) => new Int32Array(n));
  private readonly worst = new Map<number, Map<Account, Worst>>();

  get length(): number {
    return this.deliveries.length;
  }

  /** A new allocation of `delivery`, nothing drawn yet: `quantity` in `unit` unfilled. */
  add(delivery: Delivery, quantity: Dec, unit: string): Allocation {
    const i = this.deliveries.push(delivery);
    this.quantities.push(quantity);
    this.units.push(unit);
    this.missing.set(i, quantity);
    this.flags.set(i, 0);
    this.first.set(i, -1);
    this.last.set(i, -1);
    return new Allocation(this, i);
  }

  /** The allocation at `i` (0 ≤ i < length): a new view each time; `index` tells two apart. */
  at(i: number): Allocation {
    return new Allocation(this, i);
  }

  delivery(i: number): Delivery {
    return this.deliveries.at(i);
  }

  quantity(i: number): Dec {
    return this.quantities.at(i);
  }

  unit(i: number): string {
    return this.units.at(i);
  }

  unfilled(i: number): Dec {
    return this.missing.get(i);
  }

  /** Whether nothing is missing, read without making a Dec. */
  filled(i: number): boolean {
    return this.missing.isZero(i);
  }

  failed(i: number): boolean {
    return (this.flags.get(i) & FAILED) !== 0;
  }

  fail(i: number): void {
    this.flags.set(i, this.flags.get(i) | FAILED);
  }

  poolWorst(i: number): Map<Account, Worst> | undefined {
    return this.worst.get(i);
  }

  setPoolWorst(i: number, worst: Map<Account, Worst>): void {
    this.worst.set(i, worst);
  }

  /** Ends the own withdrawal of allocation `i`, which left `unfilled` of it without credit. */
  drew(i: number, unfilled: Dec): void {
    this.missing.set(i, unfilled);
    this.flags.set(i, this.flags.get(i) | DRAWN);
  }

  /** A portion drawn for allocation `i`; after its own withdrawal, it counts `unfilled` down. */
  portion(i: number, account: Account, batch: Batch, quantity: Dec): void {
    const last = this.portions.add(this.last.get(i), account, batch, quantity);
    this.last.set(i, last);
    if (this.first.get(i) === -1) this.first.set(i, last);
    if ((this.flags.get(i) & DRAWN) !== 0) this.missing.set(i, this.missing.get(i).minus(quantity));
  }

  /** The portions of allocation `i` in drawing order, as new objects. */
  portionsOf(i: number): Portion[] {
    const t = this.portions;
    const out: Portion[] = [];
    for (let p = this.first.get(i); p !== -1; p = t.after(p))
      out.push({ account: t.account(p), batch: t.batch(p), quantity: t.quantity(p) });
    return out;
  }
}

const FAILED = 1;
const DRAWN = 2;

/**
 * A sustainable delivery's claim on credit (one index of the run's AllocationTable): what it asked
 * for (`quantity`, in the pool's `unit`), what is still missing (`unfilled`), and its portions, in
 * the order they were drawn. It is the sink of its own withdrawal (`portion`): what is drawn while
 * the delivery is booked leaves `unfilled` to the withdrawal's own count (Book.withdraw returns
 * it); credit filling its short later counts it down. Views of one index read and write the same.
 */
export class Allocation implements PortionSink {
  constructor(
    private readonly table: AllocationTable,
    /** its place among the run's allocations, in booking order */
    readonly index: number,
  ) {}

  get delivery(): Delivery {
    return this.table.delivery(this.index);
  }

  get quantity(): Dec {
    return this.table.quantity(this.index);
  }

  get unit(): string {
    return this.table.unit(this.index);
  }

  get unfilled(): Dec {
    return this.table.unfilled(this.index);
  }

  /** the delivery cannot be declared: credit missing at the close, or links that cannot back it */
  get failed(): boolean {
    return this.table.failed(this.index);
  }

  /**
   * worst-value pooling only: the worst GHG value in each account drawn on, over the batches in it
   * when the delivery left (what it drew included): the pool the declaration speaks for (TV-8)
   */
  get poolWorst(): Map<Account, Worst> | undefined {
    return this.table.poolWorst(this.index);
  }

  /** Ends the delivery's own withdrawal, which left `unfilled` of it without credit. */
  drew(unfilled: Dec): void {
    this.table.drew(this.index, unfilled);
  }

  portion(account: Account, batch: Batch, quantity: Dec): void {
    this.table.portion(this.index, account, batch, quantity);
  }

  /** Its portions in drawing order, as new objects (a list the caller may keep or change). */
  get portions(): Portion[] {
    return this.table.portionsOf(this.index);
  }
}
