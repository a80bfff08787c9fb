// carry-over-exceeds-stock (TV-4, domain.md §4): credit above the counted physical stock lapsed at
// the period end, oldest first. With no count, stock-count-missing reports the same lapse.
import { finding } from "../findings";
import type { StockLapseFact } from "../book/facts";
import { toText } from "../quantity";
import type { Rule } from "./rule";

/** The details both lapse findings share. */
export function lapseDetails(x: StockLapseFact) {
  return {
    product: x.product,
    site: x.site,
    periodEnd: x.periodEnd,
    closing: toText(x.credit),
    physical: toText(x.physical),
    carried: toText(x.credit.minus(x.lapsed)),
    lapsed: toText(x.lapsed),
    unit: x.unit,
  };
}

export const carryOverExceedsStock: Rule<"carry-over-exceeds-stock"> = {
  code: "carry-over-exceeds-stock",
  facts: {
    "stock-lapse": (x) =>
      x.counted ? finding("carry-over-exceeds-stock", "warning", x.at, lapseDetails(x)) : null,
  },
};
