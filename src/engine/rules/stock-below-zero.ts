// stock-below-zero (brk22 §3, domain.md §4): a period's latest count less what went out after it
// leaves a physical stock below zero at the period end, which no tank holds: an error at the count,
// naming the rows after it. The booking (book/close.ts) shows no counted stock for it, lapses all
// credit and marks the balance incomplete; the finding holds back the declarations of the
// deliveries after the count (their credit rests on a stock that cannot be).
import { cellsBySheet } from "../catalogue/location";
import { cellOf, finding } from "../findings";
import { toText } from "../quantity";
import type { Rule } from "./rule";

/** At most this many rows are named; the rest are counted. */
const NAMED = 5;

export const stockBelowZero: Rule<"stock-below-zero"> = {
  code: "stock-below-zero",
  facts: {
    "stock-below-zero": (x) => {
      const since = x.since;
      const rows = [...since.deliveries, ...since.others];
      const cells = rows.slice(0, NAMED).flatMap((r) => cellOf(r, "quantity", "inputQuantity") ?? []);
      const more = rows.length > NAMED ? ` and ${rows.length - NAMED} more` : "";
      const f = finding("stock-below-zero", "error", since.at, {
        product: x.product,
        site: x.site,
        date: since.date,
        periodEnd: x.periodEnd,
        counted: toText(since.counted),
        in: toText(since.in),
        out: toText(since.out),
        physical: toText(x.physical),
        lapsed: toText(x.lapsed),
        unit: x.unit,
        rows: cellsBySheet(cells) + more,
      });
      // only production took it out: the count's own reach, its product at its site
      if (since.deliveries.length === 0) return f;
      return { ...f, reach: { deliveries: since.deliveries.map((d) => ({ sheet: d.sheet, row: d.row })) } };
    },
  },
};
