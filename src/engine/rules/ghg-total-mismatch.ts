// A given total must equal its components (domain.md §6). For actual values (AV) the UDB rejects
// a mismatch (TV-12), so it is an error there and a warning otherwise.
import { cellOf, finding } from "../findings";
import { componentTotal } from "../ghg";
import { type Dec, toText } from "../quantity";
import type { Ghg } from "../records";
import { type Rule, ghgCell, perGhgSet } from "./rule";

/** A set's given total and the total of its components, where they differ by more than the tolerance; else null. */
function mismatchOf(ghg: Ghg, tolerance: Dec): { total: Dec; computed: Dec } | null {
  const total = ghg.total;
  if (!ghg.totalGiven || !total || ghg.method === "TDV") return null;
  const computed = componentTotal(ghg);
  return computed && computed.minus(total).abs().greaterThan(tolerance) ? { total, computed } : null;
}

export const ghgTotalMismatch: Rule = {
  code: "ghg-total-mismatch",
  records: (books, profile) =>
    perGhgSet(
      books,
      (ghg) => mismatchOf(ghg, profile.ghgTotalTolerance),
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
