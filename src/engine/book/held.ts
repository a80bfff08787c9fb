// What issued declarations drew (domain.md §8): an issued declaration cites incoming SDs with their
// quantities in the register, and the books must go on giving it exactly those, whatever rows are
// booked, corrected or inserted before it later. The credit a receipt owes to issued declarations
// is kept out of the oldest-first order when the receipt is booked (`hold`); where the declaration's
// delivery is of another product or site, the production and transfer rows on the way pass that
// credit on, still held (`passHeld`, `keepHeld`), so a receipt dated earlier or a conversion raised
// never moves it to a new declaration; the declaration's delivery draws it back (`drawHeld`), and
// new declarations draw only from what is left. What the register cites that the books no longer
// give (the receipt smaller, gone from the way to the delivery) is noted (`IssuedDraws.unmet`) for
// a finding at the declaration.
import { type Dec, dec, ZERO } from "../quantity";
import type { Delivery, Receipt } from "../records";
import type { LedgerEntryKind } from "../result";
import { type Account, type Batch, originsOf, ReceiptBatch, take } from "./accounts";
import type { Allocation } from "./allocation";
import { refile } from "./heads";
import type { Pool } from "./pool";

/** One incoming SD an issued declaration cites, with the quantity it cites, in the SD's own terms. */
export interface IssuedDraw {
  /** the SD number as the register shows it */
  sd: string;
  /** site|product|SD of the delivery's own pool: the credit held there for it (heldKey) */
  key: string;
  quantity: Dec;
  /** site|product|SD of the pools the credit comes from by production or transfer (none: received in the delivery's pool) */
  upstream: string[];
  /** the credit held for it (with the other deliveries of its pool citing the SD) */
  hold: Hold;
}

/** What the books still owe one delivery's issued declarations. */
export interface Owed {
  /** the declarations' unit: held only where it is the receipts' pool's */
  unit: string;
  /** the numbers of the declarations, for the finding */
  numbers: string;
  /** site|product of the delivery's pool (poolKey): the credit held for it is held for this target */
  target: string;
  draws: IssuedDraw[];
}

/** A citation the books cannot give any more: what the register cites and what is there of it. */
export interface Unmet {
  sd: string;
  cited: Dec;
  drawn: Dec;
}

/** Credit of one incoming SD still to be held for the issued declarations of one pool (`target`). */
export interface Hold {
  target: string;
  quantity: Dec;
  unit: string;
  /** the deliveries citing it still to be booked */
  deliveries: number;
}

/** Credit held in an account of `pool`, for the issued declarations of the target pool. */
export interface Held {
  pool: Pool;
  account: Account;
  batch: Batch;
  target: string;
}

export interface IssuedDraws {
  byDelivery: Map<Delivery, Owed>;
  /**
   * site|product|SD of receipts → the credit still to be held as they are booked, by target pool,
   * and how many of those receipts are still to be booked
   */
  toHold: Map<string, { holds: Hold[]; receipts: number }>;
  /** site|product|SD → the credit held there, in the accounts it went to */
  held: Map<string, Held[]>;
  /** target pool → the pools whose credit reaches it by production or transfer rows */
  upstream: Map<string, Set<string>>;
  /** the deliveries whose issued declarations cite credit the books no longer give them */
  unmet: Map<Delivery, { numbers: string; list: Unmet[] }>;
}

export const NO_DRAWS: IssuedDraws = {
  byDelivery: new Map(),
  toHold: new Map(),
  held: new Map(),
  upstream: new Map(),
  unmet: new Map(),
};

/** The key of a pool (site and product as the books key them). */
export const poolKey = (site: string, productKey: string): string => `${site.toLowerCase()}|${productKey}`;

/** The key of a pool's credit of one incoming SD. */
export const heldKey = (site: string, productKey: string, sdKey: string): string =>
  `${poolKey(site, productKey)}|${sdKey}`;

/** A citation's rest below this (the register writes six decimals) is met. */
const ROUNDING = dec("0.000001");
/** The most the register's six decimals may be below what was drawn: held on top of converted credit. */
export const HALF = dec("0.0000005");

const min = (a: Dec, b: Dec): Dec => (a.lessThan(b) ? a : b);

/** Notes `entry` as held under `key` (site|product|SD). */
export function keep(draws: IssuedDraws, key: string, entry: Held): void {
  const list = draws.held.get(key);
  if (list) list.push(entry);
  else draws.held.set(key, [entry]);
}

/**
 * A sustainable receipt being booked: the part of its credit issued declarations cite (of this
 * pool, or of a pool it reaches by production or transfer), kept out of the oldest-first order for
 * them (nothing where none cites it); returns that part.
 */
export function hold(draws: IssuedDraws, pool: Pool, r: Receipt, account: Account, q: Dec): Dec {
  if (draws.toHold.size === 0) return ZERO;
  const owed = draws.toHold.get(heldKey(r.site, r.productKey, r.sdKey));
  if (!owed) return ZERO;
  owed.receipts--;
  let kept = ZERO;
  for (const h of owed.holds) {
    const left = q.minus(kept);
    if (left.isZero()) break;
    if (h.quantity.isZero() || h.unit !== (pool.unit ?? "t")) continue;
    const part = min(h.quantity, left);
    h.quantity = h.quantity.minus(part);
    kept = kept.plus(part);
    keep(draws, heldKey(r.site, r.productKey, r.sdKey), {
      pool,
      account,
      batch: new ReceiptBatch(r, part),
      target: h.target,
    });
  }
  return kept;
}

/** The credit of `sd` in `quantity` taken from a held batch (one incoming SD): in the SD's own terms. */
function cited(batch: Batch, quantity: Dec): Dec {
  const o = originsOf(batch)[0];
  return !o || o.quantity.equals(batch.initial)
    ? quantity
    : quantity.times(o.quantity).dividedBy(batch.initial);
}

/** The batch's quantity giving `want` of its incoming SD (the inverse of `cited`). */
function giving(batch: Batch, want: Dec): Dec {
  const o = originsOf(batch)[0];
  return !o || o.quantity.equals(batch.initial) ? want : want.times(batch.initial).dividedBy(o.quantity);
}

/**
 * An issued delivery being booked: it draws the credit held for it, incoming SD by incoming SD, from
 * the accounts it may draw on, up to `quantity`; returns what is left for the oldest-first draw. A
 * citation whose credit is yet to come (its receipt, production or transfer dated after the
 * delivery: sold ahead) is released to the oldest-first order; one the books no longer give is
 * noted as unmet. Once the last delivery citing an incoming SD is booked, what is still held of it
 * goes back to the oldest-first order.
 */
export function drawHeld(
  draws: IssuedDraws,
  /** the book's ledger line of a movement (Book.moved) */
  moved: (account: Account, quantity: Dec, kind: LedgerEntryKind) => void,
  d: Delivery,
  alloc: Allocation,
  eligible: readonly Account[],
  quantity: Dec,
): Dec {
  const owed = draws.byDelivery.get(d);
  if (!owed || owed.unit !== alloc.unit) return quantity;
  let left = quantity;
  const unmet: Unmet[] = [];
  for (const draw of owed.draws) {
    draw.hold.deliveries--;
    // in the incoming SD's own terms; converted credit was held with the register's rounding allowed for
    let want = draw.quantity;
    const allow = draw.upstream.length > 0 ? HALF : ZERO;
    const list = (draws.held.get(draw.key) ?? []).filter((e) => e.target === owed.target);
    let free = want;
    for (const e of list) {
      if (want.isZero() || left.isZero()) break;
      if (e.batch.remaining.isZero()) continue;
      if (!eligible.includes(e.account)) {
        // held for a delivery that cannot draw it (another scheme or claim now): not drawn, released
        if (!free.isZero()) free = free.minus(cited(e.batch, release(e, giving(e.batch, free))));
        continue;
      }
      const got = take(e.account, e.batch, min(giving(e.batch, want.plus(allow)), left), alloc);
      if (got.isZero()) continue;
      moved(e.account, got, "delivery");
      want = want.minus(min(cited(e.batch, got), want));
      left = left.minus(got);
    }
    // held beyond what the delivery now is (less than issued: needs-correction) is not wanted
    if (left.isZero()) want = ZERO;
    // credit still on its way (sold ahead): released to the oldest-first order, nothing held of it
    for (const key of [draw.key, ...draw.upstream]) {
      for (const e of key === draw.key ? [] : (draws.held.get(key) ?? [])) {
        if (want.isZero()) break;
        if (e.target === owed.target && !e.batch.remaining.isZero())
          want = want.minus(cited(e.batch, release(e, giving(e.batch, want))));
      }
      const pending = draws.toHold.get(key);
      if (want.isZero() || !pending || pending.receipts <= 0) continue;
      const freed = min(draw.hold.quantity, want);
      draw.hold.quantity = draw.hold.quantity.minus(freed);
      want = want.minus(freed);
    }
    if (want.greaterThan(ROUNDING))
      unmet.push({ sd: draw.sd, cited: draw.quantity, drawn: draw.quantity.minus(want) });
    if (draw.hold.deliveries === 0) {
      // no delivery draws it any more: what is still held of it, in its pool or on its way, back to the oldest-first order
      draw.hold.quantity = ZERO;
      for (const key of [draw.key, ...draw.upstream])
        for (const e of draws.held.get(key) ?? [])
          if (e.target === owed.target && !e.batch.remaining.isZero()) release(e, e.batch.remaining);
    }
  }
  if (unmet.length > 0) draws.unmet.set(d, { numbers: owed.numbers, list: unmet });
  return left;
}

/** A copy of `part` of a batch, its origins in proportion. */
function split(batch: Batch, part: Dec): Batch {
  const from = batch.from;
  if (!Array.isArray(from)) return new ReceiptBatch(from, part);
  const origins = from.map((o) => ({ ...o, quantity: o.quantity.times(part).dividedBy(batch.initial) }));
  return { ...batch, initial: part, remaining: part, from: origins };
}

/**
 * Held credit no declaration draws (its delivery another scheme or claim now, or less than issued,
 * or sold ahead): back into the oldest-first order of its account, at its date's place; returns
 * the part released.
 */
function release(e: Held, want: Dec): Dec {
  const { pool, account, batch } = e;
  const part = min(batch.remaining, want);
  if (part.isZero()) return part;
  batch.remaining = batch.remaining.minus(part);
  // a receipt's credit whole again where the rest of it still waits: one batch, drawn as before it was held
  const own = account.batches.find((b, i) => i >= account.head && b !== batch && b.from === batch.from);
  if (own && !Array.isArray(own.from)) {
    own.remaining = own.remaining.plus(part);
    refile(pool.heads, account);
    return part;
  }
  const back = split(batch, part);
  let i = account.batches.length;
  while (i > account.head) {
    const b = account.batches[i - 1] as Batch;
    if (b.date < back.date || (b.date === back.date && b.seq <= back.seq)) break;
    i--;
  }
  account.batches.splice(i, 0, back);
  refile(pool.heads, account);
  return part;
}
