// Stage 4, booking: every row in date order through the periods, giving balances, the running
// ledger, the allocation of each sustainable delivery, and the balance findings.
import type { Conversions, Process } from "../conversions";
import type { CellRef, Source } from "../model";
import { ownCertificates } from "../own-certificate";
import type { Period } from "../periods";
import type { RuleProfile } from "../profile";
import type { Books, Delivery, Receipt, StockCount, Transfer } from "../records";
import type { Finding } from "../result";
import type { RuleVerdicts } from "../rules";
import { type Allocation, Book } from "./book";
import { closePeriod, openPeriod } from "./close";
import { COMPLETE, type Incompleteness } from "./incomplete";
import { onDelivery, onReceipt, onStockCount } from "./events";
import { onProduction } from "./production";
import { onTransfer } from "./transfer";
import {
  DELIVERY,
  type EventOrder,
  PRODUCTION,
  RECEIPT,
  TRANSFER,
  dateOf,
  eventOrder,
  kindOf,
  seqOf,
} from "./order";

export interface Booked {
  book: Book;
  allocations: Allocation[];
}

function quantityCell(source: Source): CellRef {
  const c = source.cells;
  return { sheet: source.sheet, cell: c.quantity ?? c.inputQuantity ?? Object.values(c)[0] ?? "" };
}

/** Books one event: its row's date, reference and quantity cell head every ledger line it writes. */
function apply(
  book: Book,
  order: EventOrder,
  key: number,
  factors: Conversions["factors"],
  rejected: Map<number, string>,
): void {
  const seq = seqOf(order, key);
  switch (kindOf(order, key)) {
    case RECEIPT: {
      const r = order.receipts[seq] as Receipt;
      book.begin(r.date, r.sd, quantityCell(r.source));
      onReceipt(book, r, rejected.size > 0 ? rejected.get(seq) : undefined);
      break;
    }
    case TRANSFER: {
      const t = order.transfers[seq] as Transfer;
      const reference = `transfer ${t.fromSite} → ${t.toSite}`;
      book.begin(t.date, reference, quantityCell(t.source));
      onTransfer(book, t);
      break;
    }
    case PRODUCTION: {
      const process = order.processes[seq] as Process;
      const p = process.head;
      const reference = `${p.inputProduct} → ${process.outputs.map((o) => o.outputProduct).join(" + ")}`;
      book.begin(p.date, reference, quantityCell(p.source));
      onProduction(book, process, factors);
      break;
    }
    case DELIVERY: {
      const d = order.deliveries[seq] as Delivery;
      book.begin(d.date, d.sdNumber || d.customer, quantityCell(d.source));
      onDelivery(book, d);
      break;
    }
    default: {
      const s = order.counts[seq] as StockCount;
      book.begin(s.date, "stock count", quantityCell(s.source));
      onStockCount(book, s, false);
    }
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
): { value: Booked; findings: Finding[] } {
  const book = new Book(
    profile,
    books.deliveries.some((d) => d.linkedSds.length > 0),
    ownCertificates(books, profile),
  );
  book.incomplete = incomplete;
  const first = periods[0]?.start ?? "";
  for (const s of books.stockCounts) if (s.date < first) onStockCount(book, s, true);
  const order = eventOrder(books, conversions.processes, verdicts.refusedTransfers);
  const { keys } = order;
  let i = 0;
  periods.forEach((period, index) => {
    openPeriod(book, period, index);
    for (; i < keys.length; i++) {
      const key = keys[i] as number;
      const date = dateOf(order, key);
      if (date > period.end) break;
      if (date >= first) apply(book, order, key, conversions.factors, verdicts.rejected);
    }
    closePeriod(book, period);
  });
  return { value: { book, allocations: book.allocations }, findings: [] };
}
