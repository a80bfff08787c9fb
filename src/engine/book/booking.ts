// Stage 4, booking: every row in date order through the periods, giving balances, the running
// ledger, the allocation of each sustainable delivery, and the balance findings.
import type { Conversions, Process } from "../conversions";
import type { CellRef, Source } from "../model";
import { ownCertificates } from "../own-certificate";
import type { Period } from "../periods";
import type { RuleProfile } from "../profile";
import type { Books } from "../records";
import type { Finding } from "../result";
import type { RuleVerdicts } from "../rules";
import { type Allocation, Book } from "./book";
import { closePeriod, openPeriod } from "./close";
import { COMPLETE, type Incompleteness } from "./incomplete";
import { onDelivery, onReceipt, onStockCount } from "./events";
import { onProduction } from "./production";
import { onTransfer } from "./transfer";

/** Within a day: credit in first, then conversions, then sales; a count sees the day's end. */
type Event =
  | { rank: 0; row: Books["receipts"][number] }
  | { rank: 1; row: Books["transfers"][number] }
  | { rank: 2; row: Books["production"][number]; process: Process }
  | { rank: 3; row: Books["deliveries"][number] }
  | { rank: 4; row: Books["stockCounts"][number] };

export interface Booked {
  book: Book;
  allocations: Allocation[];
}

function events(books: Books, processes: Process[], refused: Set<number>): Event[] {
  const list: Event[] = [];
  for (const row of books.receipts) list.push({ rank: 0, row });
  for (const row of books.transfers) if (!refused.has(row.seq)) list.push({ rank: 1, row });
  for (const process of processes) list.push({ rank: 2, row: process.head, process });
  for (const row of books.deliveries) list.push({ rank: 3, row });
  for (const row of books.stockCounts) list.push({ rank: 4, row });
  list.sort((a, b) =>
    a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.rank - b.rank || a.row.seq - b.row.seq,
  );
  return list;
}

function quantityCell(source: Source): CellRef {
  const c = source.cells;
  return { sheet: source.sheet, cell: c.quantity ?? c.inputQuantity ?? Object.values(c)[0] ?? "" };
}

function reference(e: Event): string {
  switch (e.rank) {
    case 0:
      return e.row.sd;
    case 1:
      return `transfer ${e.row.fromSite} → ${e.row.toSite}`;
    case 2:
      return `${e.row.inputProduct} → ${e.process.outputs.map((p) => p.outputProduct).join(" + ")}`;
    case 3:
      return e.row.sdNumber || e.row.customer;
    case 4:
      return "stock count";
  }
}

function apply(book: Book, e: Event, factors: Conversions["factors"], rejected: Map<number, string>): void {
  book.event = { date: e.row.date, reference: reference(e), source: quantityCell(e.row.source) };
  if (e.rank === 0) onReceipt(book, e.row, rejected.size > 0 ? rejected.get(e.row.seq) : undefined);
  else if (e.rank === 1) onTransfer(book, e.row);
  else if (e.rank === 2) onProduction(book, e.process, factors);
  else if (e.rank === 3) onDelivery(book, e.row);
  else onStockCount(book, e.row, false);
  book.flush();
}

export function bookingStage(
  books: Books,
  periods: Period[],
  conversions: Conversions,
  verdicts: RuleVerdicts,
  profile: RuleProfile,
  incomplete: Incompleteness = COMPLETE,
): { value: Booked; findings: Finding[] } {
  const book = new Book(
    profile,
    books.deliveries.some((d) => d.linkedSds.length > 0),
    ownCertificates(books, profile),
  );
  book.incomplete = incomplete;
  const first = periods[0]?.start ?? "";
  for (const s of books.stockCounts) if (s.date < first) onStockCount(book, s, true);
  const list = events(books, conversions.processes, verdicts.refusedTransfers);
  let i = 0;
  periods.forEach((period, index) => {
    openPeriod(book, period, index);
    for (; i < list.length && (list[i] as Event).row.date <= period.end; i++) {
      const e = list[i] as Event;
      if (e.row.date >= first) apply(book, e, conversions.factors, verdicts.rejected);
    }
    closePeriod(book, period);
  });
  return { value: { book, allocations: book.allocations }, findings: [] };
}
