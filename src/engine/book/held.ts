// What issued declarations drew (domain.md §8): an issued declaration cites incoming SDs with their
// quantities in the register, and the books must go on giving it exactly those, whatever rows are
// booked, corrected or inserted before it later. The credit a receipt owes to issued declarations
// is kept out of the oldest-first order when the receipt is booked (`hold`), and the declaration's
// delivery draws it back (`drawHeld`); new declarations draw only from what is left. What the
// register cites that the books no longer give (the receipt smaller, gone from the account the
// delivery draws on) is noted (`IssuedDraws.unmet`) for a finding at the declaration.
import { type Dec, ZERO } from "../quantity";
import type { Delivery, Receipt } from "../records";
import { type Account, type Batch, ReceiptBatch, take } from "./accounts";
import type { Allocation } from "./allocation";
import type { Pool } from "./pool";
import type { LedgerEntryKind } from "../result";
import { refile } from "./heads";

/** One incoming SD an issued declaration cites, with the quantity it cites, in the declaration's unit. */
export interface IssuedDraw {
  /** the SD number as the register shows it */
  sd: string;
  /** site|product|SD: the receipts of the delivery's own pool that carry it (heldKey) */
  key: string;
  quantity: Dec;
}

/** What the books still owe one delivery's issued declarations. */
export interface Owed {
  /** the declarations' unit: held only where it is the pool's */
  unit: string;
  /** the numbers of the declarations, for the finding */
  numbers: string;
  draws: IssuedDraw[];
}

/** A citation the books cannot give any more: what the register cites and what is there of it. */
export interface Unmet {
  sd: string;
  cited: Dec;
  drawn: Dec;
}

export interface IssuedDraws {
  byDelivery: Map<Delivery, Owed>;
  /**
   * site|product|SD → the credit still to be held as receipts carrying that SD are booked, and how
   * many of those receipts are still to be booked
   */
  toHold: Map<string, { quantity: Dec; unit: string; receipts: number }>;
  /** site|product|SD → the credit held, in the accounts the receipts went to */
  held: Map<string, { account: Account; batch: Batch }[]>;
  /** the deliveries whose issued declarations cite credit the books no longer give them */
  unmet: Map<Delivery, { numbers: string; list: Unmet[] }>;
}

export const NO_DRAWS: IssuedDraws = {
  byDelivery: new Map(),
  toHold: new Map(),
  held: new Map(),
  unmet: new Map(),
};

/** The key of a pool's receipts of one incoming SD: site, product and SD as the books key them. */
export const heldKey = (site: string, productKey: string, sdKey: string): string =>
  `${site.toLowerCase()}|${productKey}|${sdKey}`;

/**
 * A sustainable receipt being booked: the part of its credit issued declarations cite, kept out of
 * the oldest-first order for them (nothing where none cites it); returns that part.
 */
export function hold(draws: IssuedDraws, pool: Pool, r: Receipt, account: Account, q: Dec): Dec {
  if (draws.toHold.size === 0) return ZERO;
  const key = heldKey(r.site, r.productKey, r.sdKey);
  const owed = draws.toHold.get(key);
  if (owed) owed.receipts--;
  if (!owed || owed.quantity.isZero() || owed.unit !== (pool.unit ?? "t")) return ZERO;
  const part = owed.quantity.lessThan(q) ? owed.quantity : q;
  owed.quantity = owed.quantity.minus(part);
  const list = draws.held.get(key);
  const entry = { account, batch: new ReceiptBatch(r, part) };
  if (list) list.push(entry);
  else draws.held.set(key, [entry]);
  return part;
}

/**
 * An issued delivery being booked: it draws the credit held for it, incoming SD by incoming SD, from
 * the accounts it may draw on, up to `quantity`; returns what is left for the oldest-first draw. A
 * citation whose receipt is yet to be booked (sold ahead) is released to the oldest-first order;
 * one the books no longer give is noted as unmet.
 */
export function drawHeld(
  draws: IssuedDraws,
  /** the book's ledger line of a movement (Book.moved) */
  moved: (account: Account, quantity: Dec, kind: LedgerEntryKind) => void,
  pool: Pool,
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
    let want = draw.quantity.lessThan(left) ? draw.quantity : left;
    const cited = want;
    // held beyond what the delivery now is (less than issued: needs-correction): back to the oldest-first order
    let free = draw.quantity.minus(want);
    for (const { account, batch } of free.isZero() ? [] : (draws.held.get(draw.key) ?? []))
      if (!free.isZero()) free = free.minus(release(pool, account, batch, free));
    free = want;
    for (const { account, batch } of draws.held.get(draw.key) ?? []) {
      if (want.isZero()) break;
      if (batch.remaining.isZero()) continue;
      if (!eligible.includes(account)) {
        if (!free.isZero()) free = free.minus(release(pool, account, batch, free));
        continue;
      }
      const got = take(account, batch, want, alloc);
      if (got.isZero()) continue;
      moved(account, got, "delivery");
      want = want.minus(got);
      left = left.minus(got);
    }
    // a receipt of the SD still to come (sold ahead): nothing of it is held for this delivery
    const pending = draws.toHold.get(draw.key);
    if (!want.isZero() && pending && pending.receipts > 0 && !pending.quantity.isZero()) {
      const freed = pending.quantity.lessThan(want) ? pending.quantity : want;
      pending.quantity = pending.quantity.minus(freed);
      want = want.minus(freed);
    }
    if (!want.isZero()) unmet.push({ sd: draw.sd, cited, drawn: cited.minus(want) });
  }
  if (unmet.length > 0) draws.unmet.set(d, { numbers: owed.numbers, list: unmet });
  return left;
}

/** Credit held for a delivery that cannot draw it (another scheme or claim now): back into the oldest-first order. */
function release(pool: Pool, account: Account, batch: Batch, want: Dec): Dec {
  const part = batch.remaining.lessThan(want) ? batch.remaining : want;
  batch.remaining = batch.remaining.minus(part);
  account.batches.push(new ReceiptBatch(batch.from as Receipt, part));
  refile(pool.heads, account);
  return part;
}
