// A given total must equal its components (domain.md §6). For actual values (AV) the UDB rejects
// a mismatch (TV-12), so it is an error there and a warning for the other methods stated. Where no
// method is stated, intake refuses the values at the total's cell (intake/ghg-total-unread.ts), so
// this rule never sees them.
import { cellOf, finding } from "../findings";
import { totalMismatch } from "../ghg";
import { toText } from "../quantity";
import { type Rule, ghgCell, perGhgSet } from "./rule";

export const ghgTotalMismatch: Rule = {
  code: "ghg-total-mismatch",
  records: (books, profile) =>
    perGhgSet(
      books,
      (ghg) => totalMismatch(ghg, profile.ghgTotalTolerance),
      ({ total, computed }, ghg, source) =>
        finding(
          "ghg-total-mismatch",
          ghg.method === "AV" ? "error" : "warning",
          cellOf(source, ...ghgCell(source, "total")),
          {
            total: toText(total),
            computed: toText(computed),
            method: ghg.method,
          },
        ),
    ),
};
