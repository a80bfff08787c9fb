// Credit held for issued declarations on its way to their delivery (held.ts): a production or a
// transfer takes the credit held in its input's pool for declarations of a pool its output reaches
// before the oldest credit (`passHeld`), and what it makes or moves of it arrives held for them
// still (`keepHeld`), never in the oldest-first order a new declaration draws from.
import type { Dec } from "../quantity";
import type { LedgerEntryKind } from "../result";
import { sdKey } from "../sd-key";
import { type Account, type Batch, originsOf, type PortionSink, take } from "./accounts";
import { type IssuedDraws, keep } from "./held";
import type { Book } from "./book";
import type { Claimant, Pool } from "./pool";

/** Whether credit in pool `at` reaches the target pool (is in it, or upstream of it). */
export const reaches = (draws: IssuedDraws, at: string, target: string): boolean =>
  at === target || (draws.upstream.get(target)?.has(at) ?? false);

/**
 * A production or transfer withdrawing from pool `from`: it takes first the credit held there for
 * issued declarations of a pool its output reaches (`leads`), up to `quantity`; `sink` gets each
 * portion with the target it is held for. Returns what is left for the oldest-first draw.
 */
export function passHeld(
  draws: IssuedDraws,
  moved: (account: Account, quantity: Dec, kind: LedgerEntryKind) => void,
  from: string,
  eligible: readonly Account[],
  quantity: Dec,
  leads: (target: string) => boolean,
  kind: LedgerEntryKind,
  sink: (account: Account, batch: Batch, quantity: Dec, target: string) => void,
): Dec {
  if (draws.held.size === 0) return quantity;
  let left = quantity;
  for (const [key, list] of draws.held) {
    if (!key.startsWith(`${from}|`)) continue;
    for (const e of list) {
      if (left.isZero()) return left;
      if (e.target === from || e.batch.remaining.isZero() || !eligible.includes(e.account)) continue;
      if (!leads(e.target)) continue;
      const to: PortionSink = { portion: (a, b, q) => sink(a, b, q, e.target) };
      const got = take(e.account, e.batch, left, to);
      if (got.isZero()) continue;
      moved(e.account, got, kind);
      left = left.minus(got);
    }
  }
  return left;
}

/** Credit made or moved from held credit arriving in `pool` (key `at`): booked, and held on for `target`. */
export function keepHeld(
  draws: IssuedDraws,
  moved: (account: Account, quantity: Dec, kind: LedgerEntryKind) => void,
  pool: Pool,
  at: string,
  account: Account,
  batch: Batch,
  target: string,
  kind: LedgerEntryKind,
): void {
  account.balance = account.balance.plus(batch.remaining);
  moved(account, batch.remaining, kind);
  const sd = originsOf(batch)[0]?.sd ?? "";
  keep(draws, `${at}|${sdKey(sd)}`, { pool, account, batch, target });
}

/**
 * A production's or transfer's withdrawal from `pool` (key `from`): the credit held there for what
 * its output reaches (`leads`) first, then the oldest credit, every portion to `portion` (with the
 * target it is held for, where it is).
 */
export function withdrawHeldFirst(
  book: Pick<Book, "issuedDraws" | "moved" | "withdraw">,
  pool: Pool,
  from: string,
  eligible: Account[],
  quantity: Dec,
  kind: LedgerEntryKind,
  leads: (target: string) => boolean,
  portion: (account: Account, batch: Batch, quantity: Dec, held?: string) => void,
  claimant: Claimant,
): void {
  const rest = passHeld(book.issuedDraws, book.moved, from, eligible, quantity, leads, kind, portion);
  if (!rest.isZero()) book.withdraw(eligible, pool, rest, kind, { portion }, claimant);
}
