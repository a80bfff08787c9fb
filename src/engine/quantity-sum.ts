// A running total added in place: the period totals of an account take one addition per ledger
// line (293k on the budget ledger), and chaining Dec.plus made a new Dec for each of them.
import { Dec, ZERO } from "./quantity";

/** Largest integer a double holds exactly: the limit of quantity.ts's integer form. */
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A running total of Dec values, changed in place by add(). Its value() is exactly what chaining
 * `start.plus(a).plus(b)…` gives (the same additions in the same order, so the same value and the
 * same sign of zero): while the total is a scaled integer (quantity.ts) the addition is the same
 * integer addition Dec.plus makes, with no object made; once a value is not, every later addition
 * is Dec.plus itself. No rounding anywhere.
 */
export class Sum {
  /** the total as quantity.ts's scaled integer, while `big` is null */
  private n: number;
  /** the total as a Dec, once an addition left the integer form */
  private big: Dec | null;

  constructor(start: Dec = ZERO) {
    this.n = start.d === undefined ? start.n : 0;
    this.big = start.d === undefined ? null : start;
  }

  /** Adds `x` to the total. */
  add(x: Dec): void {
    if (this.big === null) {
      if (x.d === undefined) {
        const r = this.n + x.n;
        if (r <= SAFE && r >= -SAFE) {
          this.n = r;
          return;
        }
      }
      this.big = new Dec(this.n, undefined).plus(x);
      return;
    }
    this.big = this.big.plus(x);
  }

  /** The total now, as a Dec (a new one while the total is a scaled integer). */
  value(): Dec {
    return this.big ?? new Dec(this.n, undefined);
  }
}
