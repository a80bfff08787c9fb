// The lines of one delivery's declaration (domain.md §8): one per characteristic set it drew on,
// each with the portions of credit behind it.
import type { Account } from "./book/accounts";
import type { Portion } from "./book/book";
import { type Dec, ZERO } from "./quantity";

/** The credit one declaration line carries: one account (characteristic set) of one delivery. */
export interface Line {
  account: Account;
  quantity: Dec;
  portions: Portion[];
}

/** Portions grouped by account, in the order the delivery drew on them. */
export function linesOf(portions: readonly Portion[]): Line[] {
  const only = portions.length === 1 ? portions[0] : undefined;
  if (only) return [{ account: only.account, quantity: only.quantity, portions: [only] }];
  const byAccount = new Map<Account, Line>();
  for (const p of portions) {
    const line = byAccount.get(p.account);
    if (line) {
      line.quantity = line.quantity.plus(p.quantity);
      line.portions.push(p);
    } else byAccount.set(p.account, { account: p.account, quantity: p.quantity, portions: [p] });
  }
  return [...byAccount.values()];
}

/**
 * The portions split after `first` of quantity, in drawing order: what an earlier declaration of
 * the delivery covers, and the rest (a top-up). A portion that straddles the cut is split.
 */
export function splitPortions(portions: readonly Portion[], first: Dec): [Portion[], Portion[]] {
  const head: Portion[] = [];
  const tail: Portion[] = [];
  let left = first;
  for (const p of portions) {
    if (left.isZero() || left.isNegative()) tail.push(p);
    else if (!p.quantity.greaterThan(left)) {
      head.push(p);
      left = left.minus(p.quantity);
    } else {
      head.push({ ...p, quantity: left });
      tail.push({ ...p, quantity: p.quantity.minus(left) });
      left = ZERO;
    }
  }
  return [head, tail];
}
