// What each kind of row does to the book (domain.md §§3–5): receipts, deliveries and stock counts
// here; production rows in production.ts, transfers in transfer.ts.
import { cellOf } from "../findings";
import { type Dec, ZERO } from "../quantity";
import { worst, type Worst } from "../ghg";
import type { Delivery, Receipt, StockCount } from "../records";
import type { SchemeName } from "../model";
import type { AccountKey, Characteristics } from "../result";
import { type Account, type Batch, type Origin, ReceiptBatch } from "./accounts";
import type { Portion } from "./allocation";
import type { Book, Pool } from "./book";
import type { TankCount } from "./facts";
import type { Claimant } from "./shorts";
import { drawHeld, hold } from "./held";

const NO_CHARACTERISTICS: Characteristics = {
  rawMaterial: "",
  countryOfOrigin: "",
  claim: "",
  wasteResidue: "",
  annexIxPart: "",
};

/** Origins of `quantity` taken from a batch, in the origins' own terms. */
export function share(batch: Batch, quantity: Dec): Origin[] {
  const from = batch.from;
  // a receipt's own batch: its share is the quantity itself, exactly what o × q / initial gives,
  // without the division
  if (!Array.isArray(from)) {
    const q = quantity.equals(batch.initial) ? batch.initial : quantity;
    return [{ sd: from.sd, quantity: q, source: from.source, fields: from.fields }];
  }
  if (quantity.equals(batch.initial)) return from;
  const only = from.length === 1 ? from[0] : undefined;
  // one origin of the whole batch: likewise
  if (only && only.quantity.equals(batch.initial))
    return [{ sd: only.sd, quantity, source: only.source, fields: only.fields }];
  return from.map((o) => ({
    sd: o.sd,
    quantity: o.quantity.times(quantity).dividedBy(batch.initial),
    source: o.source,
    fields: o.fields,
  }));
}

/**
 * A receipt adds to the physical stock; a sustainable one adds credit too, unless an incoming check
 * rejected it (`rejected` says why): then it gives no credit and the ledger shows it as such.
 */
export function onReceipt(book: Book, r: Receipt, rejected?: string): void {
  const pool = book.pool(r.site, r.productKey, r.product, r.amount, r.unit);
  const q = book.inUnit(pool, r.amount, r.unit, r.source, "quantity", r.unconverted);
  // not booked (unit-mismatch): the pool lacks its stock, and its credit where it gave some
  if (!q) return book.unbooked(pool, r.sustainable && rejected === undefined);
  book.stock(pool, q);
  if (rejected !== undefined) return book.notCredited(pool, r.scheme, r.characteristics, q, rejected);
  if (!r.sustainable) return;
  const account = book.account(pool, r.scheme, r.characteristics);
  const held = hold(book.issuedDraws, pool, r, account, q);
  const batch = new ReceiptBatch(r, held.isZero() ? q : q.minus(held));
  if (book.linking) {
    const list = pool.bySd.get(r.sdKey);
    if (list) list.push({ account, batch });
    else pool.bySd.set(r.sdKey, [{ account, batch }]);
  }
  book.deposit(pool, account, batch, "receipt", held);
}

/** ISCC compliant credit may be sold as EU RED compliant, never the other way round. */
function serves(a: Account, scheme: SchemeName, claim: string | null): boolean {
  if (a.id.scheme !== scheme) return false;
  if (claim === null || claim === "EU RED compliant") return true;
  return a.id.characteristics.claim === claim;
}

/** The account a short is booked on at the close when no credit of its kind exists at all. */
export function blank(pool: Pool, scheme: SchemeName, claim: string): AccountKey {
  return {
    site: pool.site,
    scheme,
    product: pool.product,
    characteristics: { ...NO_CHARACTERISTICS, claim },
  };
}

/** Deliveries of one scheme and claim from a pool are one kind of withdrawal: one claimant serves all. */
function deliveryClaimant(pool: Pool, d: Delivery): Claimant {
  let byClaim = pool.claimants.get(d.scheme);
  if (!byClaim) pool.claimants.set(d.scheme, (byClaim = new Map()));
  let claimant = byClaim.get(d.claim);
  if (!claimant) {
    const key = `delivery|${d.scheme}|${d.claim ?? ""}`;
    const { scheme } = d;
    const wanted = d.claim;
    const claim = wanted ?? (scheme === "ISCC EU" ? "EU RED compliant" : "");
    claimant = {
      key,
      serves: (a) => serves(a, scheme, wanted),
      fallback: blank(pool, scheme, claim),
    };
    byClaim.set(d.claim, claimant);
  }
  return claimant;
}

export function onDelivery(book: Book, d: Delivery): void {
  const pool = book.pool(d.site, d.productKey, d.product, d.amount, d.unit);
  const q = book.inUnit(pool, d.amount, d.unit, d.source, "quantity", d.unconverted);
  if (!q) return book.unbooked(pool, false);
  book.unstock(pool, q, d.source, true);
  if (!d.sustainableAmount) return;
  const sq = d.sustainableAmount[(pool.unit ?? "t") as keyof typeof d.sustainableAmount] ?? q;
  const claimant = deliveryClaimant(pool, d);
  const eligible = book.eligible(pool, claimant.key, claimant.serves);
  const alloc = book.allocations.add(d, sq, pool.unit ?? "t");
  // What the withdrawal leaves unfilled is what it returns (the same subtractions in the same
  // order), so its portions need no second count; credit filling the short later counts down.
  // what its issued declarations cite first (held.ts), then the oldest credit
  const rest = drawHeld(book.issuedDraws, book.moved, d, alloc, eligible, sq);
  if (rest.isZero() && rest !== sq) alloc.drew(ZERO);
  else alloc.drew(book.withdraw(eligible, pool, rest, "delivery", alloc, claimant, d.linkedSds));
  if (d.linkedSds.length > 0 && !alloc.unfilled.isZero()) {
    // the links cannot back it all: no declaration names credit the user did not link
    book.allocations.fail(alloc.index);
    book.facts.push({
      kind: "linked-short",
      at: cellOf(d.source, "linkedSds", "quantity"),
      quantityCell: cellOf(d.source, "quantity"),
      sds: d.linkedSds,
      asked: sq,
      available: sq.minus(alloc.unfilled),
      unit: alloc.unit,
    });
  }
  if (book.profile.ghgPooling === "worst-value")
    book.allocations.setPoolWorst(alloc.index, poolWorst(alloc.portions));
}

/**
 * The worst GHG value of each account drawn on: its batches left in the pool and those just taken;
 * MixedUnits where they carry values of different units (never compared, ghg.ts worst).
 */
function poolWorst(portions: readonly Portion[]): Map<Account, Worst> {
  const out = new Map<Account, Worst>();
  for (const p of portions) {
    if (!out.has(p.account))
      out.set(p.account, worst(p.account.batches.slice(p.account.head).map((b) => b.ghg)));
    out.set(p.account, worst([out.get(p.account) ?? null, p.batch.ghg]));
  }
  return out;
}

/**
 * A count resets the physical stock; the difference to the book is checked against the tolerance.
 * A day's counts of several tanks (intake/stock.ts) are one count, their sum, booked at the first.
 */
export function onStockCount(book: Book, s: StockCount, opening: boolean): void {
  if (s.merged) return;
  const pool = book.pool(s.site, s.productKey, s.product, s.amount, s.unit);
  let counted: Dec | null = null;
  let tanks: TankCount[] | undefined;
  if (s.tanks) {
    counted = ZERO;
    tanks = [];
    for (const part of s.tanks) {
      const q = book.inUnit(pool, part.amount, part.unit, part.source, "quantity");
      if (!q) return book.unbooked(pool, false);
      counted = counted.plus(q);
      tanks.push({ tank: part.tank, counted: q, at: cellOf(part.source, "quantity") });
    }
  } else counted = book.inUnit(pool, s.amount, s.unit, s.source, "quantity");
  // a count refused (unit-mismatch): the balance lacks its count, unknown, not none (domain.md §4)
  if (!counted) return book.unbooked(pool, false);
  const at = cellOf(s.source, "quantity");
  if (opening) {
    pool.book = counted;
    pool.actual = counted;
    return;
  }
  const bookStock = pool.actual;
  // (brk24 §2) the most the tank held: it caps the book stock, it is no count to compare with it
  if (s.upTo) counted = bookStock.lessThan(counted) ? bookStock : counted;
  const diff = bookStock.minus(counted).abs();
  const deviation = bookStock.isZero() ? (diff.isZero() ? ZERO : null) : diff.dividedBy(bookStock.abs());
  if (!s.upTo && (deviation === null || deviation.greaterThan(book.profile.stockTolerance))) {
    book.facts.push({
      kind: "stock-deviation",
      at,
      product: pool.product,
      site: pool.site,
      book: bookStock,
      counted,
      unit: pool.unit ?? "t",
      deviation,
      tolerance: book.profile.stockTolerance,
      tanks,
    });
  }
  pool.actual = counted;
  pool.counted = true;
  pool.countSource = at;
  pool.since = { date: s.date, at, counted, in: ZERO, out: ZERO, deliveries: [], others: [] };
}
