// Stage 4, booking: every row in date order through the periods, giving balances, the running
// ledger, the allocation of each sustainable delivery, and the balance findings.
import type { Conversions, Process } from "../conversions";
import { ownCertificates } from "../own-certificate";
import type { Period } from "../periods";
import type { RuleProfile } from "../profile";
import type { Books, StockCount } from "../records";
import type { Finding } from "../result";
import type { RuleVerdicts } from "../rules";
import { Book } from "./book";
import type { AllocationTable } from "./allocation";
import { closePeriod, openPeriod } from "./close";
import { COMPLETE, type Incompleteness } from "./incomplete";
import { onDelivery, onReceipt, onStockCount } from "./events";
import { nextDayCounts } from "./next-day-counts";
import { onProduction } from "./production";
import { onTransfer } from "./transfer";
import { volumeBooks } from "./kept-in";
import { RowEvent } from "./row-event";
import { type IssuedDraws, NO_DRAWS } from "./held";

export interface Booked {
  book: Book;
  allocations: AllocationTable;
}

/**
 * Within a day: credit in first (receipts, transfers out and, brk26 L4, transfers that arrive that
 * day after leaving on an earlier one), then conversions, then sales; a count sees the day's end.
 */
const RECEIPT = 0;
const TRANSFER = 1;
const ARRIVAL = 2;
const PRODUCTION = 3;
const DELIVERY = 4;
const COUNT = 5;

/** The rows of each kind in booking order, indexed by the kind's rank within a day. */
type Queues = [
  Queue<Books["receipts"][number]>,
  Queue<Books["transfers"][number]>,
  Queue<Books["transfers"][number]>,
  Queue<Process>,
  Queue<Books["deliveries"][number]>,
  Queue<Books["stockCounts"][number]>,
];

interface Dated {
  date: string;
  seq: number;
}

/** After the last date of a queue: later than any date, so never the next (dates are YYYY-MM-DD). */
const PAST = "\uffff";

/** Rows of one kind in booking order, and their dates ending in PAST: what the merge compares. */
interface Queue<T> {
  rows: T[];
  dates: string[];
}

/**
 * Rows of one kind by date, then in workbook order (`head` gives a row's date and row number); a
 * copy only when they are not in that order. One pass reads the dates and checks the order.
 */
function inOrder<T>(rows: readonly T[], head: (x: T) => Dated): Queue<T> {
  const dates = new Array<string>(rows.length + 1);
  let date = "";
  let seq = -Infinity;
  let sorted = true;
  for (let i = 0; i < rows.length; i++) {
    const x = head(rows[i] as T);
    if (x.date < date || (x.date === date && x.seq < seq)) sorted = false;
    dates[i] = date = x.date;
    seq = x.seq;
  }
  dates[rows.length] = PAST;
  if (sorted) return { rows: rows as T[], dates };
  const before = (a: T, b: T) => {
    const x = head(a);
    const y = head(b);
    return x.date < y.date ? -1 : x.date > y.date ? 1 : x.seq - y.seq;
  };
  return inOrder([...rows].sort(before), head);
}

const itself = <T extends Dated>(x: T): Dated => x;

/**
 * Each kind sorted on its own and merged as the rows are booked (`next`), rather than one list of
 * wrapped rows sorted together: the same order (date, rank, row) without an object per row.
 */
function queues(
  books: Books,
  processes: Process[],
  refused: Set<number>,
  countedAt: ReadonlyMap<StockCount, string>,
): Queues {
  const transfers = refused.size > 0 ? books.transfers.filter((t) => !refused.has(t.seq)) : books.transfers;
  return [
    inOrder(books.receipts, itself),
    inOrder(transfers, itself),
    // (brk26 L4) a transfer arriving after the day it left, again on its arrival date
    inOrder(
      transfers.filter((t) => t.arrivalDate !== null),
      (t) => ({ date: t.arrivalDate ?? t.date, seq: t.seq }),
    ),
    inOrder(processes, (p) => p.head),
    inOrder(books.deliveries, itself),
    // a count booked at the period end it closes (next-day-counts.ts) sorts there
    inOrder(books.stockCounts, (s) =>
      countedAt.size > 0 ? { date: countedAt.get(s) ?? s.date, seq: s.seq } : s,
    ),
  ];
}

/** The kind of the next row up to `end` (earliest date, then lowest rank), or -1 when there is none. */
function next(dates: string[][], at: number[], end: string): number {
  let kind = -1;
  let date = end;
  for (let k = RECEIPT; k <= COUNT; k++) {
    const d = (dates[k] as string[])[at[k] as number] as string;
    // strictly earlier: on the same date the lower rank, met first, stays (PAST never is)
    if (d < date || (kind === -1 && d === date)) {
      kind = k;
      date = d;
    }
  }
  return kind;
}

/** Books the row at `i` of the queue of `kind`, under `e`, the event context reused for every row. */
function apply(
  book: Book,
  e: RowEvent,
  q: Queues,
  kind: number,
  i: number,
  factors: Conversions["factors"],
  rejected: Map<number, string>,
): void {
  book.event = e;
  if (kind === PRODUCTION) {
    const p = q[PRODUCTION].rows[i] as Process;
    e.start(
      p.head.source,
      p.head.date,
      `${p.head.inputProduct} → ${p.outputs.map((o) => o.outputProduct).join(" + ")}`,
    );
    onProduction(book, p, factors);
  } else if (kind === RECEIPT) {
    const r = q[RECEIPT].rows[i] as Books["receipts"][number];
    e.start(r.source, r.date, r.sd);
    onReceipt(book, r, rejected.size > 0 ? rejected.get(r.seq) : undefined);
  } else if (kind === TRANSFER) {
    const t = q[TRANSFER].rows[i] as Books["transfers"][number];
    e.start(t.source, t.date, `transfer ${t.fromSite} → ${t.toSite}`);
    onTransfer(book, t);
  } else if (kind === ARRIVAL) {
    const t = q[ARRIVAL].rows[i] as Books["transfers"][number];
    e.start(t.source, t.arrivalDate ?? t.date, `transfer ${t.fromSite} → ${t.toSite}`);
    book.arrive(t.seq);
  } else if (kind === DELIVERY) {
    const d = q[DELIVERY].rows[i] as Books["deliveries"][number];
    e.start(d.source, d.date, d.sdNumber || d.customer);
    onDelivery(book, d);
  } else {
    const s = q[COUNT].rows[i] as Books["stockCounts"][number];
    e.start(s.source, s.date, "stock count");
    onStockCount(book, s, false);
  }
  book.flush();
}

export function bookingStage(
  books: Books,
  periods: Period[],
  conversions: Conversions,
  verdicts: RuleVerdicts,
  profile: RuleProfile,
  incomplete: Incompleteness = COMPLETE,
  /** the credit issued declarations cite, held for them (held.ts; issue/owed.ts reads it from the register) */
  issued: IssuedDraws = NO_DRAWS,
): { value: Booked; findings: Finding[] } {
  const book = new Book(
    profile,
    books.deliveries.some((d) => d.linkedSds.length > 0),
    ownCertificates(books, profile),
  );
  book.incomplete = incomplete;
  book.issuedDraws = issued;
  // the first spelling where the sites sheet lists a site twice, as site-register.ts reads it
  book.siteNames = new Map([...books.sites].reverse().map((s) => [s.key, s.name]));
  book.volumes = volumeBooks(books);
  const first = periods[0]?.start ?? "";
  for (const s of books.stockCounts) if (s.date < first) onStockCount(book, s, true);
  const nextDay = nextDayCounts(books, periods, book.facts);
  const counts =
    nextDay.caps.length > 0 ? { ...books, stockCounts: [...books.stockCounts, ...nextDay.caps] } : books;
  const q = queues(counts, conversions.processes, verdicts.refusedTransfers, nextDay.at);
  const dates = q.map((x: Queue<unknown>) => x.dates);
  const at = [0, 0, 0, 0, 0, 0];
  const e = new RowEvent();
  periods.forEach((period, index) => {
    openPeriod(book, period, index);
    // the context is reused: the close replaces it, so each period's rows get one of their own
    book.event = { date: "", reference: "", source: undefined };
    for (let kind = next(dates, at, period.end); kind !== -1; kind = next(dates, at, period.end)) {
      const i = at[kind] as number;
      at[kind] = i + 1;
      if (((dates[kind] as string[])[i] as string) >= first)
        apply(book, e, q, kind, i, conversions.factors, verdicts.rejected);
    }
    closePeriod(book, period);
    // (h-transfer3) what left a site and has not yet arrived at the other is in neither balance: said
    for (const x of book.onTheRoad.values()) {
      const arrivalPeriodEnd = periods.find((p) => p.start <= x.arrived && x.arrived <= p.end)?.end ?? "";
      book.facts.push({ ...x, periodEnd: period.end, arrivalPeriodEnd });
    }
  });
  return { value: { book, allocations: book.allocations }, findings: [] };
}
