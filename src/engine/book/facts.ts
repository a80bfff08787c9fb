// What the booking observed, as plain data (style.md: beancount's entries, then one validation
// registry). The book records a fact where it sees it and goes on; it never words, weighs or
// filters one. After booking, the rules of the registry (engine/rules/, one file per finding code)
// turn the facts into findings: which code, which severity, which cell, and whether a fact is
// reported at all (an overdraft that may come only from unread input is not, domain.md §4).
import type { CertificateGap } from "../catalogue/details-receipts";
import type { CellRef } from "../model";
import type { Dec } from "../quantity";
import type { AccountKey, LedgerEntryKind } from "../result";
import type { Unconverted } from "../unconverted";
import type { SinceCount } from "./pool";

/** A quantity that could not be expressed in its account's unit (domain.md §4). */
export interface UnitFact {
  kind: "unit";
  /** the row's quantity (else unit) cell */
  at: CellRef | undefined;
  /** the unit as the row gives it */
  unit: string;
  accountUnit: string;
  product: string;
  /**
   * why the row's own conversion value did not help (unconverted.ts), or which side of a
   * production row has none; null when the row gives no value
   */
  why: { row: Unconverted; hint: CellRef | undefined } | "input-side" | "output-side" | null;
}

/** An account's running balance went below zero for the first time in the period (domain.md §4). */
export interface OverdraftFact {
  kind: "overdraft";
  account: AccountKey;
  date: string;
  running: Dec;
  unit: string;
  /** the row that drew it below zero */
  at: CellRef | undefined;
}

/** A conversion row whose output is its input product. */
export interface SameProductFact {
  kind: "same-product";
  at: CellRef | undefined;
  product: string;
}

/** A delivery's linked incoming SDs back less than it asks (domain.md §4, explicit links). */
export interface LinkedShortFact {
  kind: "linked-short";
  at: CellRef | undefined;
  quantityCell: CellRef | undefined;
  sds: readonly string[];
  asked: Dec;
  available: Dec;
  unit: string;
}

/**
 * A transfer asked to move more credit than the sending site holds: not booked, nothing moved
 * (brk22 §11); `unknown` where the sending site's credit is incomplete (brk22 §10).
 */
export interface TransferShortFact {
  kind: "transfer-short";
  at: CellRef | undefined;
  from: string;
  to: string;
  product: string;
  date: string;
  held: Dec;
  /** what the transfer asked to move */
  quantity: Dec;
  /** the sending site's balance lacks credit the workbook could not read: what it holds is not known */
  unknown: boolean;
  unit: string;
}

/**
 * (brk22 §9) A transfer row stating the quantity received beside the quantity sent, where they
 * differ: `more`, more arrived than left (nothing moved, both sites incomplete); else the
 * difference was lost in transit (booked: the sending site gives `sent`, the receiving one gets
 * `received`). Both in `unit`, the sending site's.
 */
export interface TransitFact {
  kind: "transit";
  at: CellRef | undefined;
  from: string;
  to: string;
  product: string;
  date: string;
  sent: Dec;
  received: Dec;
  more: boolean;
  unit: string;
}

/**
 * (h-transfer3) A transfer moved that left its sending site in a period ending `periodEnd` and
 * arrives after it (`arrived`): at that end its `quantity` (in `unit`, the sending site's) is in
 * neither site's balance. `arrivalPeriodEnd`: the end of the period it arrives in, "" beyond the books'.
 */
export interface InTransitFact {
  kind: "in-transit";
  at: CellRef | undefined;
  from: string;
  to: string;
  product: string;
  quantity: Dec;
  unit: string;
  dispatched: string;
  arrived: string;
  periodEnd: string;
  arrivalPeriodEnd: string;
}

/** A count whose difference to the book stock is above the tolerance (or the book stock is zero). */
export interface StockDeviationFact {
  kind: "stock-deviation";
  at: CellRef | undefined;
  product: string;
  site: string;
  book: Dec;
  counted: Dec;
  unit: string;
  /** the difference over the book stock; null when the book stock is zero and the count is not */
  deviation: Dec | null;
  tolerance: Dec;
  /** the day's counts summed into `counted`, one per tank, where there are several */
  tanks: TankCount[] | undefined;
}

/** One tank's count of a day's count summed over tanks, in the pool's unit. */
export interface TankCount {
  tank: string;
  counted: Dec;
  at: CellRef | undefined;
}

/** A delivery with a specific claim that found less credit of that claim than it asks, at the close. */
export interface ClaimShortFact {
  kind: "claim-short";
  at: CellRef | undefined;
  /** the last day of the period at whose close the claim found too little (YYYY-MM-DD) */
  periodEnd: string;
  site: string;
  product: string;
  claim: string;
  quantity: Dec;
  available: Dec;
  unit: string;
}

/** An account closing a period below zero (domain.md §4: a non-conformity). */
export interface NegativeFact {
  kind: "negative";
  account: AccountKey;
  periodStart: string;
  periodEnd: string;
  closing: Dec;
  unit: string;
  /** the oldest withdrawal the credit did not back: its row and kind */
  first: { at: CellRef | undefined; kind: LedgerEntryKind } | undefined;
}

/** Credit above the physical stock lapsed at the period end (TV-4). */
export interface StockLapseFact {
  kind: "stock-lapse";
  /** the count the cap was measured against; false: the book physical stock, with no count */
  counted: boolean;
  at: CellRef | undefined;
  product: string;
  site: string;
  periodEnd: string;
  credit: Dec;
  physical: Dec;
  lapsed: Dec;
  unit: string;
}

/**
 * A period's latest count less what went out after it leaves a physical stock below zero at the
 * period end (brk22 §3): impossible, so the count or the rows after it are wrong.
 */
export interface StockBelowZeroFact {
  kind: "stock-below-zero";
  product: string;
  site: string;
  periodEnd: string;
  since: SinceCount;
  physical: Dec;
  lapsed: Dec;
  unit: string;
}

/** A count dated the day after a period end, with no count of its own at that period end. */
export interface CountNextDayFact {
  kind: "count-next-day";
  /** the count's date cell */
  at: CellRef | undefined;
  product: string;
  site: string;
  date: string;
  periodEnd: string;
  /** no row moves its product at its site on its day: booked at the period end, as its stock */
  booked: boolean;
  /** else the rows that do (their quantity cells) */
  moves: CellRef[];
  /** (brk24 §2) then the most the tank held at the period end, that period's cap ("15 t"), or null where the rows' units do not tell it */
  cap: string | null;
}

/** All credit of a site lapsed because its own certificate does not cover the next day (MB-06). */
export interface OwnCertificateLapseFact {
  kind: "own-lapse";
  at: CellRef | undefined;
  /** the certificate register's row */
  entry: CellRef | undefined;
  certificate: string;
  reason: CertificateGap;
  statusText: string;
  /** the first day not covered */
  date: string;
  validFrom: string;
  validUntil: string;
  site: string;
  periodEnd: string;
  /** the site's first lapse of this period (one warning per site and period) */
  first: boolean;
}

export type Fact =
  | UnitFact
  | OverdraftFact
  | SameProductFact
  | LinkedShortFact
  | TransferShortFact
  | TransitFact
  | InTransitFact
  | StockDeviationFact
  | ClaimShortFact
  | NegativeFact
  | StockLapseFact
  | StockBelowZeroFact
  | CountNextDayFact
  | OwnCertificateLapseFact;

export type FactKind = Fact["kind"];
