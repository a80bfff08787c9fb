// stock-count-next-day (brk22 §3, domain.md §4): a count dated the day after a period end that has
// no count of its own. With no row of its product at its site that day it is booked as the period
// end's stock (book/next-day-counts.ts) and an info says so; with rows that day it stays the stock
// at the end of its own day, and a warning names those rows and says what to write.
import { cellsBySheet } from "../catalogue/location";
import { finding } from "../findings";
import type { Rule } from "./rule";

/** At most this many rows are named; the rest are counted. */
const NAMED = 5;

export const stockCountNextDay: Rule<"stock-count-next-day"> = {
  code: "stock-count-next-day",
  facts: {
    "count-next-day": (x) => {
      const { product, site, date, periodEnd, booked } = x;
      const more = x.moves.length > NAMED ? ` and ${x.moves.length - NAMED} more` : "";
      const moves = booked ? null : cellsBySheet(x.moves.slice(0, NAMED)) + more;
      const severity = booked ? "info" : "warning";
      return finding("stock-count-next-day", severity, x.at, {
        product,
        site,
        date,
        periodEnd,
        booked,
        moves,
        cap: booked ? null : x.cap,
      });
    },
  },
};
