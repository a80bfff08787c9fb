// The details of the codes about balances: overdrafts, carry-forward, stock counts, units.
import type { Text } from "./text";
import type { CertificateGap } from "./details-receipts";

export interface NegativeBalanceDetails {
  account: string;
  periodEnd: string;
  /** the first day of the period that closes negative: the declarations it holds back are of deliveries from then on (reach.ts) */
  periodStart?: string;
  closing: string;
  unit: string;
  /** "production" where the oldest unbacked withdrawal is a production row's sustainable input */
  short?: "production";
}

export interface OverdraftDetails {
  account: string;
  running: string;
  unit: string;
  date: string;
  continuous: boolean;
}

export interface CarryOverDetails {
  product: string;
  /** the site as typed; "" for books kept without sites */
  site: string;
  periodEnd: string;
  closing: string;
  physical: string;
  carried: string;
  lapsed: string;
  unit: string;
}

/** As carry-over-exceeds-stock; with no cell to point at, the finding is placed by its product and site (render.ts findingPlace). */
export type StockCountMissingDetails = CarryOverDetails;

export interface OwnCertificateInvalidDetails {
  certificate: Text;
  /**
   * "not in register": the workbook's certificate register lacks it, so it cannot be checked;
   * "unreadable row": a register row of it was refused at a cell (`row`, `label`, `value`), so
   * whether it covers the day is unclear
   */
  reason: CertificateGap | "not in register" | "unreadable row";
  /** "unreadable row": the refused cell ("Certificates!D7"), its column's label and its text ("" blank) */
  row?: string | null;
  label?: string | null;
  value?: string | null;
  /** the register's status, where the reason is "not valid" or "unknown status" */
  statusText?: string | null;
  date: string;
  validFrom?: string | null;
  validUntil?: string | null;
  /** about carrying credit forward (else about a declaration's date) */
  carry?: boolean;
  site?: string | null;
  periodEnd?: string | null;
  /** what the declaration's date is: the delivery's dispatch, or the day it would be issued */
  dated?: "dispatched" | "issued" | null;
  /** "not in register": the number of declarations held back (said once for all; `date` is the earliest's) */
  held?: number | null;
  /** "not in register": the latest date of those declarations, where they are dated on more than one day */
  lastDate?: string | null;
}

export interface StockDeviationDetails {
  product: string;
  counted: string;
  book: string;
  deviation: string;
  tolerance: string;
  unit: string;
  site?: string;
  /** the counts summed into `counted`, by tank ("T1 30 t, T2 20 t"), where a day's count has several */
  tanks?: string | null;
}

// --- stock-count-conflict (p-certstock) ---
/**
 * Counts of one product at one site on one day that may be of the same tank (intake/stock.ts):
 * `tank` is this row's tank where another count names it too (else ""); `tankColumn` says whether the sheet names
 * tanks at all (if not, the user is asked to add a Tank column for counts of different tanks).
 */
export interface StockCountConflictDetails {
  product: string;
  site: string;
  date: string;
  /** how many counts the day has */
  counts: number;
  tank: string;
  tankColumn: boolean;
  // --- identical counts (p-engine) ---
  /**
   * the day's counts name no tank and state the same quantity (`quantity` `unit` each): most likely
   * one row copied, but two tanks holding the same read the same, so they are still not used
   */
  identical?: boolean;
  quantity?: string;
  unit?: string;
  /** identical: the counts' cells, "Stock!C2, Stock!C3" */
  cells?: string;
  // --- end identical counts ---
}
// --- end stock-count-conflict ---

/**
 * (brk22 §3) A count dated `date`, the day after the period ending `periodEnd`, which has no count
 * of its own: `booked`, no row moved its product at its site that day, so it is that period's
 * closing stock (info); else `moves` names the rows that did ("Deliveries!C7, Receipts!C9"), and it
 * stays the stock at the end of its own day (warning).
 */
export interface StockCountNextDayDetails {
  product: string;
  site: string;
  date: string;
  periodEnd: string;
  booked: boolean;
  moves?: string | null;
  /** (brk24 §2) where rows moved it that day: the most the tank held at the period end, its cap ("15 t") */
  cap?: string | null;
}

/**
 * (brk22 §3) The count of `counted` on `date`, with `in` in and `out` out after it (`rows`: the rows
 * that took stock out, "Deliveries!C7, …"), leaves `physical` (below zero) at the end of `periodEnd`;
 * `lapsed`: the credit that lapsed for it.
 */
export interface StockBelowZeroDetails {
  product: string;
  site: string;
  date: string;
  periodEnd: string;
  counted: string;
  in: string;
  out: string;
  physical: string;
  lapsed: string;
  unit: string;
  rows: string;
}

/**
 * (brk22 §14) A count of `product`, which no row of its site moves, beside `alike`, a product the
 * books keep there with a name alike (the same words, or the same kind of product in the catalogue).
 */
export interface StockCountProductAlikeDetails {
  product: string;
  site: string;
  alike: string;
  unit: string;
}

/**
 * (brk22 §9) A transfer whose row states `received` at `to` beside `sent` from `from` (in `unit`,
 * the sending site's): `more` (error), more arrived than left and nothing moved; else (info) `lost`
 * was lost in transit, the receiving site credited with what arrived.
 */
export interface TransitLossDetails {
  from: string;
  to: string;
  product: string;
  date: string;
  sent: string;
  received: string;
  lost: string;
  unit: string;
  more: boolean;
  /**
   * (brk25 §0, error at the loss cell, intake/transfer-loss.ts; the transfer not booked) `lost` in
   * a loss column ("Transit loss (t)", "Schwund", in `lossUnit`): "unit", not in the quantity's
   * unit; "negative"; "all", all that was sent or more; "disagree", the quantity received beside
   * it is not `sent` − `lost`. (h-transfer3, at a difference column's cell beside both quantities,
   * intake/transfer-difference.ts) "difference": `difference` (in `lossUnit`) is neither `sent` −
   * `received` nor `received` − `sent`; "difference-way": it is one of them, but the column gives
   * the other (`way`) on more of its rows, or each as often (`way` "")
   */
  unread?: "unit" | "negative" | "all" | "disagree" | "difference" | "difference-way";
  lossUnit?: string;
  /** (h-transfer3) the difference as typed, in `lossUnit` */
  difference?: string;
  /** (h-transfer3) which way the column's other rows give the difference; "" where both as often */
  way?: "sent-received" | "received-sent" | "";
}

/**
 * (brk26 L4) arrival-before-dispatch, at a transfer's arrival date cell: the row says it arrived at
 * `to` on `arrived`, before it left `from` on `dispatched` (YYYY-MM-DD); it is not booked.
 */
export interface ArrivalBeforeDispatchDetails {
  from: string;
  to: string;
  product: string;
  dispatched: string;
  arrived: string;
}

/**
 * (h-transfer3) transfer-in-transit, at a transfer's arrival date cell: `quantity` `unit` of
 * `product` left `from` on `dispatched` and arrives at `to` on `arrived`, after `periodEnd`: at the
 * end of that period it is in neither site's balance. `arrivalPeriodEnd`: the end of the period it
 * arrives in ("" where the books' periods do not reach it).
 */
export interface TransferInTransitDetails {
  from: string;
  to: string;
  product: string;
  quantity: string;
  unit: string;
  dispatched: string;
  arrived: string;
  periodEnd: string;
  arrivalPeriodEnd: string;
}

/** The stock-count codes and transit-loss (brk22), arrival-before-dispatch (brk26 L4); FindingDetails extends it. */
export interface StockCountCodes {
  "transit-loss": TransitLossDetails;
  "arrival-before-dispatch": ArrivalBeforeDispatchDetails;
  "transfer-in-transit": TransferInTransitDetails;
  "stock-count-conflict": StockCountConflictDetails; // p-certstock
  "stock-count-next-day": StockCountNextDayDetails;
  "stock-below-zero": StockBelowZeroDetails;
  "stock-count-product-alike": StockCountProductAlikeDetails;
}

export interface UnitMismatchDetails {
  unit: string;
  product: string;
  accountUnit: string;
  /**
   * Why the row's own conversion value does not help (engine/unconverted.ts): "per" (the value is
   * per another unit), "other-side" (the production row's value is the output's), "input-side" or
   * "output-side" (a production side without its own value); absent when the row has none.
   */
  why?: "per" | "other-side" | "input-side" | "output-side";
  /** the field id of the row's density or heating value (why "per" or "other-side") */
  hintField?: string;
  /** the unit the value is per, e.g. "m3" */
  per?: string | null;
  /** the unit of the quantity, e.g. "Nm3" */
  dim?: string;
}
