// The accounts of a pool that hold credit, kept in the order of their oldest credit, so that a
// withdrawal any account of the pool may serve finds the oldest credit (domain.md §3, FIFO) as the
// first of the list instead of comparing every account's head batch for each withdrawal.
import { type Account, type Batch, headBatch } from "./accounts";

/**
 * The pool's accounts with credit, by their head batch's date, then its row (`seq`), then the
 * account's place in the pool: the order in which `Places.oldest` compares eligible accounts.
 * `sortedBy` on each account is the head batch it is filed under (undefined: not in the list).
 */
export type Heads = Account[];

function before(a: Account, x: Batch, b: Account, y: Batch): boolean {
  if (x.date !== y.date) return x.date < y.date;
  return x.seq !== y.seq ? x.seq < y.seq : a.place < b.place;
}

/**
 * Files `a` again under its head batch. Called after anything that may change which batch heads
 * the account (a deposit, a batch drawn down to zero); costs one look when the head is unchanged.
 * The account moves to its place by shifting its neighbours, as pools hold few accounts and it
 * rarely moves far: no list is made (as splice makes one) for each move.
 */
export function refile(heads: Heads, a: Account): void {
  const head = headBatch(a);
  if (head === a.sortedBy) return;
  let i = a.sortedBy === undefined ? heads.push(a) - 1 : heads.indexOf(a);
  a.sortedBy = head;
  if (head === undefined) {
    for (; i < heads.length - 1; i++) heads[i] = heads[i + 1] as Account;
    heads.pop();
    return;
  }
  // `before` is a strict order (the place breaks every tie): after all accounts filed before `a`
  while (i > 0) {
    const m = heads[i - 1] as Account;
    if (!before(a, head, m, m.sortedBy as Batch)) break;
    heads[i--] = m;
  }
  while (i < heads.length - 1) {
    const m = heads[i + 1] as Account;
    if (!before(m, m.sortedBy as Batch, a, head)) break;
    heads[i++] = m;
  }
  heads[i] = a;
}
