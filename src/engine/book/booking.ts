// Stage 4, booking: every row in date order through the periods, giving balances, the running
// ledger, the allocation of each sustainable delivery, and the balance findings.
import type { FactorBySeq } from "../conversions";
import type { Period } from "../periods";
import type { RuleProfile } from "../profile";
import type { Books } from "../records";
import type { Finding } from "../result";
import { type Allocation, Book } from "./book";
import { closePeriod, openPeriod } from "./close";
import { onDelivery, onProduction, onReceipt, onStockCount, onTransfer } from "./events";

type Event = {
  date: string;
  rank: number;
  seq: number;
  run: (book: Book) => void;
  reference: string;
  source: Books["receipts"][number]["source"];
};

export interface Booked {
  book: Book;
  allocations: Allocation[];
}

function events(books: Books, factors: FactorBySeq, blocked: Set<number>): Event[] {
  const list: Event[] = [];
  for (const r of books.receipts)
    list.push({
      date: r.date,
      rank: 0,
      seq: r.seq,
      run: (b) => onReceipt(b, r),
      reference: r.sd,
      source: r.source,
    });
  for (const t of books.transfers) {
    if (!blocked.has(t.seq))
      list.push({
        date: t.date,
        rank: 1,
        seq: t.seq,
        run: (b) => onTransfer(b, t),
        reference: "transfer",
        source: t.source,
      });
  }
  for (const p of books.production) {
    list.push({
      date: p.date,
      rank: 2,
      seq: p.seq,
      run: (b) => onProduction(b, p, factors.get(p.seq) ?? null),
      reference: `${p.inputProduct} → ${p.outputProduct}`,
      source: p.source,
    });
  }
  for (const d of books.deliveries)
    list.push({
      date: d.date,
      rank: 3,
      seq: d.seq,
      run: (b) => onDelivery(b, d),
      reference: d.sdNumber || d.customer,
      source: d.source,
    });
  for (const s of books.stockCounts)
    list.push({
      date: s.date,
      rank: 4,
      seq: s.seq,
      run: () => undefined,
      reference: "stock count",
      source: s.source,
    });
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || a.seq - b.seq));
  return list;
}

export function bookingStage(
  books: Books,
  periods: Period[],
  factors: FactorBySeq,
  blockedTransfers: Set<number>,
  profile: RuleProfile,
): { value: Booked; findings: Finding[] } {
  const book = new Book(profile);
  const first = periods[0]?.start ?? "";
  const counts = new Map(books.stockCounts.map((s) => [s.seq, s]));
  const list = events(books, factors, blockedTransfers);
  for (const s of books.stockCounts) if (s.date < first) onStockCount(book, s, true);
  let i = 0;
  periods.forEach((period, index) => {
    openPeriod(book, period, index);
    for (; i < list.length && (list[i] as Event).date <= period.end; i++) {
      const e = list[i] as Event;
      if (e.date < first) continue;
      book.event = {
        date: e.date,
        reference: e.reference,
        source: {
          sheet: e.source.sheet,
          cell:
            e.source.cells.quantity ?? e.source.cells.inputQuantity ?? Object.values(e.source.cells)[0] ?? "",
        },
      };
      if (e.rank === 4) {
        const s = counts.get(e.seq);
        if (s) onStockCount(book, s, false);
      } else e.run(book);
    }
    closePeriod(book, period);
  });
  return { value: { book, allocations: book.allocations }, findings: book.findings };
}
