// The GHG saving must reach the minimum for the installation's start date (RED II Art. 29(10),
// iscc-rules.md §4.6, TV-9). Checked where a receipt gives both a total per MJ and the date; a
// receipt below it cannot be counted as sustainable and gives no credit (domain.md §4).
import { cellOf, finding } from "../findings";
import { comparatorOf, isPerMj, saving } from "../ghg";
import { minimumSaving } from "../profile";
import { dec, roundText, toText } from "../quantity";
import type { Finding } from "../result";
import { type Rule, ghgCell } from "./rule";

export const ghgSavingBelowThreshold: Rule = {
  code: "ghg-saving-below-threshold",
  check(books, profile, reject) {
    const findings: Finding[] = [];
    const comparator = comparatorOf(profile);
    for (const r of books.receipts) {
      const ghg = r.ghg;
      if (!r.sustainable || !ghg?.total || !r.installationStartDate || !isPerMj(ghg)) continue;
      const s = saving(ghg.total, comparator);
      const minimum = minimumSaving(profile, r.installationStartDate);
      if (!s.lessThan(dec(minimum))) continue;
      reject(r, "GHG saving below the threshold");
      findings.push(
        finding(
          "ghg-saving-below-threshold",
          "error",
          cellOf(r.source, ...ghgCell(r.source, "total")),
          {
            total: toText(ghg.total),
            saving: roundText(s.times(100), 2),
            minimum: toText(dec(minimum).times(100)),
            comparator: `${comparator} g CO2eq/MJ`,
            installationDate: r.installationStartDate,
            noCredit: true,
          },
          [cellOf(r.source, "installationStartDate")],
        ),
      );
    }
    return findings;
  },
};
