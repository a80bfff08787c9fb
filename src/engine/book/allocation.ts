// What a sustainable delivery drew: the portions of credit behind its declaration (domain.md §4).
// The portions of a whole run are kept as columns (PortionTable), not an object and a list per
// delivery: ~180,000 portions of ~100,000 deliveries would otherwise be objects the garbage
// collector copies while booking (issue 15). A reader gets a delivery's portions as plain
// `Portion` objects (`Allocation.portions`), built when asked for.
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
 * A sustainable delivery's claim on credit: what it asked for (`quantity`, in the pool's `unit`),
 * what is still missing (`unfilled`), and its portions, in the order they were drawn. It is the
 * sink of its own withdrawal (`portion`): what is drawn while the delivery is booked leaves
 * `unfilled` to the withdrawal's own count (Book.withdraw returns it); credit filling its short
 * later counts it down.
 */
export class Allocation implements PortionSink {
  unfilled: Dec;
  /** the delivery cannot be declared: credit missing at the close, or links that cannot back it */
  failed = false;
  /**
   * worst-value pooling only: the worst GHG value in each account drawn on, over the batches in it
   * when the delivery left (what it drew included): the pool the declaration speaks for (TV-8)
   */
  poolWorst: Map<Account, Worst> | undefined = undefined;
  /** the first and the last portion of its chain in the table (-1: none yet) */
  private first = -1;
  private last = -1;
  /** its own withdrawal is done: later portions fill a short and count `unfilled` down */
  private drawn = false;

  constructor(
    readonly delivery: Delivery,
    readonly quantity: Dec,
    readonly unit: string,
    private readonly table: PortionTable,
  ) {
    this.unfilled = quantity;
  }

  /** Ends the delivery's own withdrawal, which left `unfilled` of it without credit. */
  drew(unfilled: Dec): void {
    this.unfilled = unfilled;
    this.drawn = true;
  }

  portion(account: Account, batch: Batch, quantity: Dec): void {
    this.last = this.table.add(this.last, account, batch, quantity);
    if (this.first === -1) this.first = this.last;
    if (this.drawn) this.unfilled = this.unfilled.minus(quantity);
  }

  /** Its portions in drawing order, as new objects (a list the caller may keep or change). */
  get portions(): Portion[] {
    const t = this.table;
    const out: Portion[] = [];
    for (let i = this.first; i !== -1; i = t.after(i))
      out.push({ account: t.account(i), batch: t.batch(i), quantity: t.quantity(i) });
    return out;
  }
}
