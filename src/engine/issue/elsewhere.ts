// An issued declaration whose number is on a row that is another delivery (new user's test #4: the
// issued numbers typed onto swapped rows). The number binds the declaration to its row (bind.ts), but
// a declaration made out to one customer never covers another's delivery: where the row now names
// another customer, another product or a dispatch date more than DATE_TOLERANCE_DAYS from the one
// declared, the declaration is bound to a different delivery. That is declaration-needs-correction
// (why "other"), never declaration-stale with "the extra gets a declaration of its own": the row
// gets no declaration while it names that number, and the delivery the declaration was issued for
// (the rows that are exactly what was issued, identity.ts) gets no second one while it is issued.
// Less quantity than declared is compare.ts's "less".
import { addDays } from "../dates";
import { partyKey, textKey } from "../normalise";
import type { Delivery } from "../records";
import type { Finding } from "../result";
import { correction } from "./compare";
import type { Group } from "./frozen";
import { IdentityIndex } from "./identity";

/**
 * How far (calendar days) a row's date may be from the dispatch date declared and still be the same
 * delivery: a date typed a day or two off and corrected is a correction, not another dispatch.
 */
export const DATE_TOLERANCE_DAYS = 3;

/**
 * The values in which delivery `d` is another delivery than the one `g` was issued for, each as
 * "customer BioFuel AG → Nordic Oy"; empty where it is the same delivery (or a value is blank on
 * either side, which the reading reports at its cell).
 */
export function otherDelivery(g: Group, d: Delivery): string[] {
  const id = g.identity;
  const out: string[] = [];
  if (id.customer && d.customer && partyKey(id.customer) !== partyKey(d.customer))
    out.push(`customer ${id.customer} → ${d.customer}`);
  if (id.product && d.productKey && textKey(id.product) !== d.productKey)
    out.push(`product ${id.product} → ${d.product}`);
  // ISO dates compare as text: outside [declared − tolerance, declared + tolerance] is another dispatch
  const far =
    id.date &&
    d.date &&
    (d.date < addDays(id.date, -DATE_TOLERANCE_DAYS) || d.date > addDays(id.date, DATE_TOLERANCE_DAYS));
  if (far) out.push(`dispatch date ${id.date} → ${d.date}`);
  return out;
}

/** Finds, for each delivery row, the issued groups on it that were issued for another delivery. */
export class Elsewhere {
  private index: IdentityIndex | null = null;

  /** `deliveries`: every delivery row of the books, where the declaration's own delivery is looked for. */
  constructor(private readonly deliveries: readonly Delivery[]) {}

  /**
   * True when an active group bound to `d` was issued for another delivery: a
   * declaration-needs-correction (why "other") for each such group is added to `findings`, its
   * reach the row and the rows that are exactly what the group was issued for (those get no second
   * declaration while it is issued).
   */
  check(d: Delivery, active: readonly Group[], findings: Finding[]): boolean {
    let moved = false;
    for (const g of active) {
      const changed = otherDelivery(g, d);
      if (changed.length === 0) continue;
      moved = true;
      this.index ??= new IdentityIndex(this.deliveries);
      const own = this.index.exact(g).filter((x) => x !== d);
      const row = own.map((x) => `${x.source.sheet} row ${x.source.row}`).join(", ");
      // a row without a number was found by what it is (bind.ts): its SD cell names nothing
      const named = d.sdNumber !== "";
      const f = correction(g, d, "other", null, {
        cells: changed.join(", "),
        row,
        sure: own.length > 0,
        named,
      });
      const reach = f.reach ?? {};
      reach.deliveries = [
        ...(reach.deliveries ?? []),
        ...own.map((x) => ({ sheet: x.source.sheet, row: x.source.row })),
      ];
      f.reach = reach;
      findings.push(f);
    }
    return moved;
  }
}
