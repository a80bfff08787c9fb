// overdraft (domain.md §4): an account's running balance below zero, once per account and period.
// An error in continuous mode, where no later credit of the period may back it; a warning in
// period mode, where only the closing balance counts. Not reported where the missing credit may
// come only from input the workbook could not read.
import { finding } from "../findings";
import { toText } from "../quantity";
import { accountLabel, type Rule } from "./rule";

export const overdraft: Rule<"overdraft"> = {
  code: "overdraft",
  facts: {
    overdraft(x, ctx) {
      if (ctx.incomplete.lacksCredit(x.account.site, x.account.product, x.date)) return null;
      const continuous = ctx.profile.mode === "continuous";
      return finding("overdraft", continuous ? "error" : "warning", x.at, {
        account: accountLabel(x.account),
        date: x.date,
        running: toText(x.running),
        unit: x.unit,
        continuous,
      });
    },
  },
};
