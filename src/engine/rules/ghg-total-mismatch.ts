// A given total must equal its components (domain.md §6). For actual values (AV) the UDB rejects
// a mismatch (TV-12), so it is an error there and a warning otherwise.
import { cellOf, finding } from "../findings";
import { componentTotal } from "../ghg";
import { toText } from "../quantity";
import type { Finding } from "../result";
import { type Rule, ghgCell, ghgRecords } from "./rule";

export const ghgTotalMismatch: Rule = {
  code: "ghg-total-mismatch",
  records(books, profile) {
    const findings: Finding[] = [];
    for (const { ghg, source } of ghgRecords(books)) {
      if (!ghg.totalGiven || !ghg.total || ghg.method === "TDV") continue;
      const computed = componentTotal(ghg);
      if (!computed || !computed.minus(ghg.total).abs().greaterThan(profile.ghgTotalTolerance)) continue;
      findings.push(
        finding(
          "ghg-total-mismatch",
          ghg.method === "AV" ? "error" : "warning",
          cellOf(source, ...ghgCell(source, "total")),
          {
            total: toText(ghg.total),
            computed: toText(computed),
            method: ghg.method,
          },
        ),
      );
    }
    return findings;
  },
};
