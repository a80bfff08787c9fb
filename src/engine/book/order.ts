// The order rows are booked in: by date; within a day credit in first (receipts), then transfers,
// then conversions, then sales, and a count sees the day's end; within that, the rows' own order.
// Each event is one number, (rank of its date × 5 + its kind) × span + its row's seq, so the order
// is one numeric sort of a Float64Array: no object per event and no comparison of date texts.
import type { Process } from "../conversions";
import type { Books, Delivery, Production, Receipt, StockCount, Transfer } from "../records";

/** The kinds of event, in their order within a day. */
export const RECEIPT = 0;
export const TRANSFER = 1;
export const PRODUCTION = 2;
export const DELIVERY = 3;
export const COUNT = 4;
const KINDS = 5;

/** The events of a run in booking order, and each kind's rows (processes) by their seq. */
export interface EventOrder {
  /** one number per event, ascending: decode with `kindOf` and `seqOf` */
  keys: Float64Array;
  /** one more than the largest seq of any row */
  span: number;
  receipts: Receipt[];
  transfers: Transfer[];
  processes: Process[];
  deliveries: Delivery[];
  counts: StockCount[];
}

/** The kind of event (RECEIPT … COUNT) a key stands for. */
export function kindOf(order: EventOrder, key: number): number {
  return Math.floor(key / order.span) % KINDS;
}

/** The seq of the row (for a process: of its head row) a key stands for. */
export function seqOf(order: EventOrder, key: number): number {
  return key % order.span;
}

/** The date of the row an event books. */
export function dateOf(order: EventOrder, key: number): string {
  const seq = seqOf(order, key);
  switch (kindOf(order, key)) {
    case RECEIPT:
      return (order.receipts[seq] as Receipt).date;
    case TRANSFER:
      return (order.transfers[seq] as Transfer).date;
    case PRODUCTION:
      return ((order.processes[seq] as Process).head as Production).date;
    case DELIVERY:
      return (order.deliveries[seq] as Delivery).date;
    default:
      return (order.counts[seq] as StockCount).date;
  }
}

/**
 * Every row to book, in booking order: all receipts, deliveries and stock counts, the transfers
 * not `refused`, and the processes (one event each, at their head row). A seq is unique within its
 * kind (intake numbers each kind's rows), so no two events have the same key.
 */
export function eventOrder(books: Books, processes: Process[], refused: ReadonlySet<number>): EventOrder {
  const transfers = books.transfers.filter((t) => !refused.has(t.seq));
  const heads = processes.map((p) => p.head);
  const lists: readonly { date: string; seq: number }[][] = [
    books.receipts,
    transfers,
    heads,
    books.deliveries,
    books.stockCounts,
  ];
  let span = 1;
  const dates = new Set<string>();
  for (const list of lists) {
    for (const row of list) {
      if (row.seq >= span) span = row.seq + 1;
      dates.add(row.date);
    }
  }
  // the rank of each date in the order of its text, as `<` compares them
  const rank = new Map<string, number>();
  [...dates].sort().forEach((d, i) => rank.set(d, i));
  if (dates.size * KINDS * span > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`too many rows to book in one run (${dates.size} dates, ${span} rows of one kind)`);
  }
  const keys = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let i = 0;
  lists.forEach((list, kind) => {
    for (const row of list) keys[i++] = ((rank.get(row.date) as number) * KINDS + kind) * span + row.seq;
  });
  keys.sort();
  const bySeq = <T extends { seq: number }>(list: readonly T[]): T[] => {
    const out = new Array<T>(span);
    for (const row of list) out[row.seq] = row;
    return out;
  };
  const byHead = new Array<Process>(span);
  for (const p of processes) byHead[p.head.seq] = p;
  return {
    keys,
    span,
    receipts: bySeq(books.receipts),
    transfers: bySeq(transfers),
    processes: byHead,
    deliveries: bySeq(books.deliveries),
    counts: bySeq(books.stockCounts),
  };
}
