// negative-balance (domain.md §4, §7): an account closing a period below zero is a non-conformity
// and holds back the declarations it feeds; the finding points at the oldest withdrawal the credit
// did not back. Not reported where the shortfall may come only from input the workbook could not
// read.
import { finding } from "../findings";
import { toText } from "../quantity";
import { accountLabel, type Rule } from "./rule";

export const negativeBalance: Rule<"negative-balance"> = {
  code: "negative-balance",
  facts: {
    negative(x, ctx) {
      if (ctx.incomplete.lacksCredit(x.account.site, x.account.product, x.periodEnd)) return null;
      return finding("negative-balance", "error", x.first?.at, {
        account: accountLabel(x.account),
        periodStart: x.periodStart,
        periodEnd: x.periodEnd,
        closing: toText(x.closing),
        unit: x.unit,
        // only a production input is worded apart: a delivery's wording is the one in use
        ...(x.first?.kind === "production-in" ? { short: "production" as const } : {}),
      });
    },
  },
};
