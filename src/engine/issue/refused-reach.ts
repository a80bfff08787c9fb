// (brk27 N4) What an error at a delivery that is not declared makes unknown (domain.md §8). A
// delivery whose claim or sustainable part is refused ("-", "n/a" in its Claim cell) is booked as
// a sale without credit, but it may have been a sustainable one: the credit it draws, none or all
// of its quantity, is unknown. That changes the declarations drawn after it (their backing inputs
// and GHG values may be other ones), never those drawn before it, unless its quantity could make
// its period close negative (which holds back the period's withdrawals, reach.ts). Its error held
// back every declaration of the product at its site, also the deliveries before it that drew on
// credit that was there (the 31 t EU RED compliant delivery of 01.03. held by a "-" on 02.03.).
// Here such a reach is narrowed to the delivery itself and the product's declarations dated on or
// after it; from its period's start where the credit left at that period's end in any account of
// the product is less than its quantity.
import { dec } from "../quantity";
import { clean, textKey } from "../normalise";
import { type AccountUnit } from "../amount";
import { type Books, type Delivery, siteKey } from "../records";
import type { Balance, Finding, Reach } from "../result";

/** Balance findings keep their own reach: a period closing negative is the period's (reach.ts). */
const BALANCE_CODES = new Set(["negative-balance", "overdraft", "unit-mismatch", "claim-exceeds-input"]);

/** The deliveries of the books that are not declared, by row, and the balances that tell their period's credit. */
export class RefusedDeliveries {
  private readonly byRow = new Map<string, Delivery>();

  /**
   * `books`: the run's records; `booked`: the deliveries booked as sustainable (never narrowed);
   * `balances`: every account's balance per period (the booking's), in the accounts' units.
   */
  constructor(
    books: Books,
    booked: ReadonlySet<Delivery>,
    private readonly balances: readonly Balance[],
  ) {
    for (const d of books.deliveries)
      if (d.sustainableAmount === null && !booked.has(d))
        this.byRow.set(`${d.source.sheet}\u0000${d.source.row}`, d);
  }

  /**
   * The reach of error `f` narrowed as the file comment says, where `reach` is what it would
   * otherwise hold back: the delivery at its row and that delivery's product at its site, on every
   * date. Any other reach (an account, a site, everything, another product, a date already given)
   * and any balance finding is returned as it is.
   */
  narrow(f: Finding, reach: Reach): Reach {
    if (
      reach.all ||
      reach.accounts ||
      reach.sites ||
      reach.from ||
      !reach.products ||
      BALANCE_CODES.has(f.code)
    )
      return reach;
    const row = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(f.cell ?? "")?.[1];
    const d = row && f.sheet ? this.byRow.get(`${f.sheet}\u0000${row}`) : undefined;
    if (!d || !d.scheme) return reach;
    const own = (p: { site?: string; product: string }) =>
      siteKey(clean(p.site)) === siteKey(d.site) && textKey(p.product) === d.productKey;
    if (!reach.products.every(own)) return reach;
    const from = this.from(d);
    return from ? { ...reach, from } : reach;
  }

  /**
   * The first day whose declarations `d` may change: its own date where the credit left at its
   * period's end in each account of the product at its site (in one unit) covers its quantity,
   * else its period's first day; undefined where that cannot be told (no balance, two units).
   */
  private from(d: Delivery): string | undefined {
    const list = this.balances.filter(
      (b) =>
        b.scheme === d.scheme &&
        siteKey(b.site) === siteKey(d.site) &&
        textKey(b.product) === d.productKey &&
        b.periodStart <= d.date &&
        d.date <= b.periodEnd,
    );
    const first = list[0];
    if (!first || list.some((b) => b.unit !== first.unit)) return undefined;
    const quantity = d.amount[first.unit as AccountUnit];
    if (!quantity) return undefined;
    // its characteristic set is unknown: every account it might draw on must cover it alone
    // (a sum over the accounts would let one account's credit cover another's shortfall)
    const covered = list.every((b) => dec(b.closing).greaterThanOrEqualTo(quantity));
    return covered ? d.date : first.periodStart;
  }
}
