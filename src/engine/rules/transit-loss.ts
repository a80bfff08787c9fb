// transit-loss (brk22 §9, iscc-rules.md §6.2): a transfer between the company's sites kept with
// the quantity sent and the quantity received. Less arrived: the sending site gives what left, the
// receiving one gets what arrived (book/transfer.ts), the difference lost in transit (info). More
// arrived than left: nothing is moved and both sites' balances are incomplete (error).
import { finding } from "../findings";
import { toText } from "../quantity";
import type { Rule } from "./rule";
import type { CellRef } from "../model";
import type { TransitLossDetails } from "../catalogue/details-balance";

/** (brk25 §0) a loss column's cell that refuses its transfer (intake/transfer-loss.ts): an error. */
export const lossRefusedAt = (at: CellRef | undefined, details: TransitLossDetails) =>
  finding("transit-loss", "error", at, details);

export const transitLoss: Rule<"transit-loss"> = {
  code: "transit-loss",
  facts: {
    transit: (x) =>
      finding("transit-loss", x.more ? "error" : "info", x.at, {
        from: x.from,
        to: x.to,
        product: x.product,
        date: x.date,
        sent: toText(x.sent),
        received: toText(x.received),
        lost: toText(x.sent.minus(x.received).abs()),
        unit: x.unit,
        more: x.more,
      }),
  },
};
