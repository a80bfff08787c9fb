// stock-deviation (domain.md §4): a count that differs from the book physical stock by more than
// the tolerance (any difference from a book stock of zero is 100 %). A day's count summed over tanks
// names each tank's count, and points at the first with the others as related cells. Not
// reported where rows missing from the book stock may explain the difference (input-incomplete, a
// row before the first period): a count above the book stock where credit rows are missing, below
// it where any rows are.
import { finding } from "../findings";
import type { Rule } from "./rule";

export const stockDeviation: Rule<"stock-deviation"> = {
  code: "stock-deviation",
  facts: {
    "stock-deviation"(x, ctx) {
      // the rows that could explain the difference: credit for a count above the book stock
      const missing = x.counted.greaterThan(x.book)
        ? ctx.incomplete.lacksCredit(x.site, x.product)
        : ctx.incomplete.affects(x.site, x.product);
      if (missing) return null;
      return finding(
        "stock-deviation",
        "warning",
        x.at,
        {
          product: x.product,
          site: x.site,
          book: x.book.toFixed(),
          counted: x.counted.toFixed(),
          unit: x.unit,
          deviation: x.deviation === null ? "100" : x.deviation.times(100).toDecimalPlaces(2).toFixed(),
          tolerance: x.tolerance.times(100).toFixed(),
          ...(x.tanks
            ? { tanks: x.tanks.map((t) => `${t.tank} ${t.counted.toFixed()} ${x.unit}`).join(", ") }
            : {}),
        },
        x.tanks?.slice(1).map((t) => t.at),
      );
    },
  },
};
