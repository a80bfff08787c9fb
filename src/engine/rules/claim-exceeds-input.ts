// claim-exceeds-input (domain.md §4): a delivery with a specific claim (anything but "EU RED
// compliant") that found less credit of that claim than it asks by the period's close. Not reported
// where the missing credit may come only from input the workbook could not read by that close: a
// row booking could not book dated after it cannot have backed the claim (as negative-balance).
import { finding } from "../findings";
import { toText } from "../quantity";
import type { Rule } from "./rule";

export const claimExceedsInput: Rule<"claim-exceeds-input"> = {
  code: "claim-exceeds-input",
  facts: {
    "claim-short": (x, ctx) =>
      ctx.incomplete.lacksCredit(x.site, x.product, x.periodEnd)
        ? null
        : finding("claim-exceeds-input", "error", x.at, {
            claim: x.claim,
            quantity: toText(x.quantity),
            available: toText(x.available),
            unit: x.unit,
          }),
  },
};
