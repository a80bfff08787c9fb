// What a transfer row does to the book (iscc-rules.md §6.2, TV-11): credit the sending site holds
// moves to the receiving site; a transfer never goes into overdraft. (brk26 L4) It leaves the
// sending site's account on the day it left and enters the receiving site's on the day it arrived,
// where its row states a later one: in between it is in neither (in transit).
import { cellOf } from "../findings";
import { textKey } from "../normalise";
import { type Dec, quotient, ZERO } from "../quantity";
import type { Transfer } from "../records";
import { type Account, type Batch, madeOf } from "./accounts";
import type { Book } from "./book";
import { share } from "./events";
import type { Pool } from "./pool";
import type { Claimant } from "./shorts";
import { poolKey } from "./held";
import { keepHeld, reaches, withdrawHeldFirst } from "./held-on";

function matches(a: Account, t: Transfer): boolean {
  if (a.id.scheme !== t.scheme) return false;
  const c = a.id.characteristics;
  const w = t.characteristics;
  const same = (x: string, y: string) => y === "" || textKey(x) === textKey(y);
  return (
    same(c.rawMaterial, w.rawMaterial) &&
    same(c.countryOfOrigin, w.countryOfOrigin) &&
    (w.claim === "" || c.claim === w.claim) &&
    same(c.wasteResidue, w.wasteResidue) &&
    same(c.annexIxPart, w.annexIxPart)
  );
}

/**
 * (brk26 L4) Runs `work`, what transfer `t` does at the receiving site, where it arrives: now, or
 * on its arrival date where its row states one after the day it left (booking.ts, Book.arriving).
 */
function onArrival(book: Book, t: Transfer, work: () => void): void {
  if (t.arrivalDate === null) work();
  else book.arriving(t.seq, work);
}

/** A transfer not booked (unit-mismatch): the sending site lacks the withdrawal, the receiving one the credit (from its arrival). */
function unbooked(book: Book, t: Transfer, from: Pool, to: Pool): void {
  book.unbooked(from, false);
  onArrival(book, t, () => book.unbooked(to, true));
}

/** The quantity received in the sending site's unit (`here`) and the receiving one's (`there`); null where a unit cannot be converted (a unit fact). */
function receivedIn(book: Book, t: Transfer, from: Pool, to: Pool): { here: Dec; there: Dec } | null {
  const r = t.received as NonNullable<Transfer["received"]>;
  const here = book.inUnit(from, r.amount, r.unit, t.source, "received");
  if (!here) return null;
  const there = to.unit === from.unit ? here : book.inUnit(to, r.amount, r.unit, t.source, "received");
  return there ? { here, there } : null;
}

export function onTransfer(book: Book, t: Transfer): void {
  const from = book.pool(t.fromSite, t.productKey, t.product, t.amount, t.unit);
  const q = book.inUnit(from, t.amount, t.unit, t.source, "quantity");
  // a row refused at the sending site sets no unit at the receiving one: its account's unit comes
  // from a row booked there (brk22 §11: never "kept in m³" by a transfer in litres not booked)
  const to = book.pool(t.toSite, t.productKey, t.product, q ? t.amount : undefined, t.unit);
  if (!q) return unbooked(book, t, from, to);
  // what leaves in the sending site's unit arrives in the receiving site's: a site keeping the
  // product in another unit takes it by the row's own conversion, else nothing moves (never a
  // number of tonnes booked as cubic metres)
  const qTo = to.unit === from.unit ? q : book.inUnit(to, t.amount, t.unit, t.source, "quantity");
  if (!qTo) return unbooked(book, t, from, to);
  // (brk22 §9) what arrived where the row states it: never more than left
  const arrived = t.received ? receivedIn(book, t, from, to) : { here: q, there: qTo };
  if (!arrived) return unbooked(book, t, from, to);
  const transit = {
    kind: "transit" as const,
    at: cellOf(t.source, "received", "loss"),
    from: t.fromSite,
    to: t.toSite,
  };
  const said = { ...transit, product: from.product, date: t.date, sent: q, received: arrived.here, unit: from.unit ?? "t" }; // prettier-ignore
  if (arrived.here.greaterThan(q)) {
    book.facts.push({ ...said, more: true });
    return unbooked(book, t, from, to);
  }
  const w = t.characteristics;
  const claimant: Claimant = {
    key: ["transfer", t.scheme, w.rawMaterial, w.countryOfOrigin, w.claim, w.wasteResidue, w.annexIxPart]
      .map(textKey)
      .join("|"),
    serves: (a) => matches(a, t),
    fallback: { site: from.site, scheme: t.scheme, product: from.product, characteristics: w },
  };
  const eligible = from.accounts.filter(claimant.serves);
  // only credit the sending site holds moves: a transfer is never sold ahead, so nothing leaves
  // one site that does not arrive at the other (issue 13 break-test #15). One asking more is not
  // booked at all, never in part (brk22 §11): the row states one quantity, and what it should move
  // is unknown until it is corrected, so both sites lack it; where the sending site's own credit
  // is incomplete, what it holds is not known either (brk22 §10: never "holds only 0 t")
  const held = eligible.reduce((sum, a) => (a.balance.isPositive() ? sum.plus(a.balance) : sum), ZERO);
  if (q.greaterThan(held)) {
    book.facts.push({
      kind: "transfer-short",
      at: cellOf(t.source, "quantity"),
      from: t.fromSite,
      to: t.toSite,
      product: from.product,
      date: t.date,
      held,
      quantity: q,
      unknown: book.incomplete.lacksCredit(from.site, from.product, t.date),
      unit: from.unit ?? "t",
    });
    return unbooked(book, t, from, to);
  }
  const moved = q;
  if (arrived.here.lessThan(q)) book.facts.push({ ...said, more: false });
  const at = poolKey(t.toSite, t.productKey);
  // `held`: the target pool of issued declarations the credit is held for (held.ts), kept so where it leads there
  const portion = (account: Account, batch: Batch, quantity: Dec, held?: string) => {
    // each part sent arrives in the share the row states arrived, in the receiving site's unit
    const arriving = arrived.there === q ? quantity : quotient(quantity.times(arrived.there), q);
    const made = madeOf(batch);
    const moved: Batch = {
      seq: t.seq,
      date: batch.date,
      initial: arriving,
      remaining: arriving,
      from: share(batch, quantity),
      via: [...batch.via, t.fields],
      source: t.source,
      ghg: batch.ghg,
      ...(batch.ghgSource ? { ghgSource: batch.ghgSource } : {}),
      ...(batch.ghgRefused !== undefined ? { ghgRefused: batch.ghgRefused } : {}),
      heat: batch.heat,
      installationStartDate: batch.installationStartDate,
      // the credit is the receiving site's from the day it arrived on (issue-date-too-early)
      transfer: { date: t.arrivalDate ?? t.date, source: t.source },
      ...(made ? { made } : {}),
    };
    // (brk26 L4) the receiving site is credited where it arrives: the day it left, or its arrival date
    onArrival(book, t, () => {
      const target = book.account(to, account.id.scheme, account.id.characteristics);
      if (held && reaches(book.issuedDraws, at, held))
        book.defer(() => keepHeld(book.issuedDraws, book.moved, to, at, target, moved, held, "transfer-in"));
      else book.defer(() => book.deposit(to, target, moved, "transfer-in"));
    });
  };
  // credit held for issued declarations of the receiving site's pool (or beyond) goes first (held.ts)
  const leads = (x: string) => reaches(book.issuedDraws, at, x);
  const fromKey = poolKey(t.fromSite, t.productKey);
  withdrawHeldFirst(book, from, fromKey, eligible, moved, "transfer-out", leads, portion, claimant);
  // (h-transfer3) on the road until it arrives: a period's close in between says so (booking.ts)
  if (t.arrivalDate !== null)
    book.onTheRoad.set(t.seq, {
      ...{ kind: "in-transit", at: cellOf(t.source, "arrivalDate"), from: t.fromSite, to: t.toSite },
      ...{
        product: from.product,
        quantity: q,
        unit: from.unit ?? "t",
        dispatched: t.date,
        arrived: t.arrivalDate,
      },
    });
}
