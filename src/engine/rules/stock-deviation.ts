// stock-deviation (domain.md §4): a count that differs from the book physical stock by more than
// the tolerance (any difference from a book stock of zero is 100 %).
import { finding } from "../findings";
import type { Rule } from "./rule";

export const stockDeviation: Rule<"stock-deviation"> = {
  code: "stock-deviation",
  facts: {
    "stock-deviation": (x) =>
      finding("stock-deviation", "warning", x.at, {
        product: x.product,
        site: x.site,
        book: x.book.toFixed(),
        counted: x.counted.toFixed(),
        unit: x.unit,
        deviation: x.deviation === null ? "100" : x.deviation.times(100).toDecimalPlaces(2).toFixed(),
        tolerance: x.tolerance.times(100).toFixed(),
      }),
  },
};
