// A given total must equal its components (domain.md §6). For actual values (AV) the UDB rejects
// a mismatch (TV-12), so it is an error there and a warning for the other methods stated. Where no
// method is stated, intake refuses the values at the total's cell (intake/ghg-total-unread.ts), so
// this rule never sees them.
import { cellOf, finding } from "../findings";
import { totalMismatch } from "../ghg";
import { toText } from "../quantity";
import { type Rule, ghgCell, perGhgSet } from "./rule";
import type { Source } from "../model";
import type { Finding } from "../result";
import type { GhgTotalUnread } from "../intake/ghg-total-unread";

export const ghgTotalMismatch: Rule = {
  code: "ghg-total-mismatch",
  records: (books, profile) =>
    perGhgSet(
      books,
      (ghg) => totalMismatch(ghg, profile.ghgTotalTolerance),
      ({ total, computed }, ghg, source) =>
        finding(
          "ghg-total-mismatch",
          ghg.method === "AV" || ghg.method === "DDV_AV" ? "error" : "warning",
          cellOf(source, ...ghgCell(source, "total")),
          {
            total: toText(total),
            computed: toText(computed),
            method: ghg.method,
          },
        ),
    ),
};

/**
 * (p-ghg2, brk14 #4) The error intake makes at the total's cell where the row states no method
 * (intake/ghg-total-unread.ts): `ghg-total-mismatch` with `field` "ghg.total" and the total as
 * typed; its consequence for the row (credit unknown, nothing declared, output GHG unknown) is
 * said by the caller (intake/left-out.ts saidGhg).
 */
export function totalUnreadFinding(r: GhgTotalUnread, typed: string, source: Source): Finding {
  return finding("ghg-total-mismatch", "error", cellOf(source, "ghg.total"), {
    total: toText(r.total),
    computed: toText(r.computed),
    method: null,
    field: "ghg.total",
    value: typed,
  });
}
