// unit-mismatch (domain.md §4): a row's quantity that cannot be expressed in its account's unit is
// not booked; the finding says why the row's own density or heating value did not help, where it
// gives one (unconverted.ts; issue 13 break-tests #12, #14), or which side of a production row
// lacks one.
import { finding } from "../findings";
import type { Rule } from "./rule";

export const unitMismatch: Rule<"unit-mismatch"> = {
  code: "unit-mismatch",
  facts: {
    unit(x) {
      const base = { unit: x.unit, accountUnit: x.accountUnit, product: x.product };
      if (x.why === null) return finding("unit-mismatch", "error", x.at, base);
      if (typeof x.why === "string") return finding("unit-mismatch", "error", x.at, { ...base, why: x.why });
      const w = x.why.row;
      return finding(
        "unit-mismatch",
        "error",
        x.at,
        { ...base, why: w.otherSide ? "other-side" : "per", hintField: w.field, per: w.per, dim: w.dim },
        [x.why.hint],
      );
    },
  },
};
