// transfer-in-transit (h-transfer3, iscc-rules.md §6.2): a transfer between the company's sites that
// left in one period and arrives in a later one (brk26 L4: the sending site debited on the day it
// left, the receiving one credited on the day it arrived) is in neither site's balance at the end of
// the period it left in. The balances have no column for it, so it is said (info) at the arrival
// date's cell with its quantity and both periods: never a quantity that vanishes from the books
// with no word.
import { finding } from "../findings";
import { toText } from "../quantity";
import type { Rule } from "./rule";

export const transferInTransit: Rule<"transfer-in-transit"> = {
  code: "transfer-in-transit",
  facts: {
    "in-transit": (x) =>
      finding("transfer-in-transit", "info", x.at, {
        from: x.from,
        to: x.to,
        product: x.product,
        quantity: toText(x.quantity),
        unit: x.unit,
        dispatched: x.dispatched,
        arrived: x.arrived,
        periodEnd: x.periodEnd,
        arrivalPeriodEnd: x.arrivalPeriodEnd,
      }),
  },
};
