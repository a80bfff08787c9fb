// stock-count-missing (TV-4, domain.md §4): with no count at the period end, the carry-forward is
// capped at the book physical stock (the profile's capWithoutCount) and what is above it lapses.
// There is no row to point at, so the finding names the product and site it concerns instead.
import { finding } from "../findings";
import { lapseDetails } from "./carry-over-exceeds-stock";
import type { Rule } from "./rule";

export const stockCountMissing: Rule<"stock-count-missing"> = {
  code: "stock-count-missing",
  facts: {
    "stock-lapse": (x) =>
      x.counted
        ? null
        : finding("stock-count-missing", "warning", undefined, lapseDetails(x)),
  },
};
