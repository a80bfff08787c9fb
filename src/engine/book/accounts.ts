// Accounts and their FIFO queues of credit (domain.md §3). Credit arrives as batches that keep
// their origin (incoming SD, quantity, source row) and GHG values; withdrawals take the oldest
// batches first and record which portions they took, so declarations can show what backs them.
// A withdrawal larger than the credit leaves a short in its pool (shorts.ts) that the next
// eligible credit fills first (selling ahead of receipt inside a period is allowed, domain.md §4).
import type { ConversionHints } from "../amount";
import type { SchemeName, Source } from "../model";
import { type Dec, ZERO } from "../quantity";
import type { Ghg, Receipt } from "../records";
import type { AccountKey, Characteristics } from "../result";

export interface Origin {
  sd: string;
  /** quantity in the origin's own terms for the whole batch */
  quantity: Dec;
  source: Source;
  fields: Record<string, unknown>;
}

export interface Batch {
  seq: number;
  date: string;
  initial: Dec;
  remaining: Dec;
  /**
   * Where the credit came from (`originsOf` reads it): a receipt's own batch holds the receipt, its
   * one origin for the whole batch, so the run keeps no list and origin object per receipt; a batch
   * made from others (production, transfer) holds their origins, each in its own terms.
   */
  from: Receipt | Origin[];
  /** rows the credit passed through (production, transfer), for the fingerprint */
  via: Record<string, unknown>[];
  /** the row that created this batch */
  source: Source;
  ghg: Ghg | null;
  /**
   * the row that gave the batch its GHG values where it is not its origins': a production row,
   * whose output carries its own (a transfer keeps its batch's); absent: the origins' receipts
   */
  ghgSource?: Source;
  /** (p-misc) the cell ("F2", "" where none) of the production row's own GHG values refused (ghg-missing says so) */
  ghgRefused?: string;
  /** the row's heating value with its density (amount.ts heatingValueIn), where it states a heating value */
  heat: ConversionHints | null;
  installationStartDate: string | null;
  /**
   * (p-opening) where the credit reached its site by a transfer: the latest transfer's date and
   * row. The batch keeps its origin's `date` (oldest credit first, domain.md §3), but the credit is
   * this site's only from the transfer on (iscc-rules.md §6.2: an out/in between site ledgers)
   */
  transfer?: Stage;
  /** (p-opening) a batch moved by a transfer out of a production's output: that production's date and row */
  made?: Stage;
}

/** (p-opening) A day a batch's credit came to be where it is (a production, a transfer) and the row that says so. */
export interface Stage {
  /** YYYY-MM-DD */
  date: string;
  source: Source;
}

/**
 * (p-opening) The production that made a batch's credit: the batch itself where a production row
 * created it, the one carried by a transfer, or undefined for a receipt's credit (moved or not).
 */
export function madeOf(b: Batch): Stage | undefined {
  if (b.transfer) return b.made;
  return Array.isArray(b.from) ? { date: b.date, source: b.source } : undefined;
}

const NO_ROWS: Record<string, unknown>[] = [];

/**
 * A receipt's own batch: its credit (`initial`, in the account's unit, and what is left of it);
 * everything else is the receipt's, read through it rather than copied into every batch.
 */
export class ReceiptBatch implements Batch {
  remaining: Dec;
  constructor(
    readonly from: Receipt,
    readonly initial: Dec,
  ) {
    this.remaining = initial;
  }
  get seq(): number {
    return this.from.seq;
  }
  get date(): string {
    return this.from.date;
  }
  /** a receipt's credit passed through no row */
  get via(): Record<string, unknown>[] {
    return NO_ROWS;
  }
  get source(): Source {
    return this.from.source;
  }
  get ghg(): Ghg | null {
    return this.from.ghg;
  }
  get heat(): ConversionHints | null {
    return this.from.heat;
  }
  get installationStartDate(): string | null {
    return this.from.installationStartDate;
  }
}

/** The origins of a batch, each with its quantity for the whole batch (a receipt's: the batch's own). */
export function originsOf(b: Batch): readonly Origin[] {
  const f = b.from;
  return Array.isArray(f) ? f : [{ sd: f.sd, quantity: b.initial, source: f.source, fields: f.fields }];
}

/** Where a withdrawal puts each portion it takes: the delivery's allocation, a conversion's outputs. */
export interface PortionSink {
  portion(account: Account, batch: Batch, quantity: Dec): void;
}

export interface Totals {
  opening: Dec;
  received: Dec;
  produced: Dec;
  consumed: Dec;
  delivered: Dec;
  transferredIn: Dec;
  transferredOut: Dec;
  /** date of the first ledger line of the period whose running balance is below zero */
  firstOverdraft: string | null;
  /** an overdraft finding was raised for this account in the period */
  warned: boolean;
}

export interface Account {
  key: string;
  id: AccountKey;
  unit: string;
  batches: Batch[];
  head: number;
  balance: Dec;
  totals: Totals;
  /** period index the account first appeared in */
  since: number;
  /** its place among its pool's accounts (Pool.accounts), the last tie-break of the oldest credit */
  place: number;
  /** the head batch it is filed under in its pool's order of oldest credit (heads.ts) */
  sortedBy: Batch | undefined;
  /** its row in the run's ledger (LedgerTable.accountRow), -1 until its first line */
  row: number;
  /**
   * Only on the line of withdrawals waiting at product level (Book.waitingFor): no account, kept
   * out of the book's accounts and balances; `id` is the account they fall to at the close.
   */
  waiting?: true;
}

export function emptyTotals(opening: Dec): Totals {
  return {
    opening,
    received: ZERO,
    produced: ZERO,
    consumed: ZERO,
    delivered: ZERO,
    transferredIn: ZERO,
    transferredOut: ZERO,
    firstOverdraft: null,
    warned: false,
  };
}

export function accountKey(site: string, scheme: SchemeName, product: string, c: Characteristics): string {
  return [site, scheme, product, c.rawMaterial, c.countryOfOrigin, c.claim, c.wasteResidue, c.annexIxPart]
    .map((x) => x.toLowerCase())
    .join("|");
}

export function headBatch(a: Account): Batch | undefined {
  while (a.head < a.batches.length) {
    const b = a.batches[a.head] as Batch;
    if (!b.remaining.isZero()) return b;
    a.head++;
  }
  if (a.head > 0) {
    a.batches = [];
    a.head = 0;
  }
  return undefined;
}

/** The head batch of an account `headBatch` just found: valid until the account changes. */
export function headOf(a: Account): Batch {
  return a.batches[a.head] as Batch;
}

/** Takes up to `wanted` from one batch of an account; returns what was taken. */
export function take(account: Account, batch: Batch, wanted: Dec, sink: PortionSink): Dec {
  const all = batch.remaining.lessThan(wanted);
  const q = all ? batch.remaining : wanted;
  if (q.isZero()) return q;
  // Taking the whole batch leaves nothing: no subtraction needed to know that.
  batch.remaining = all ? ZERO : batch.remaining.minus(q);
  account.balance = account.balance.minus(q);
  sink.portion(account, batch, q);
  return q;
}
