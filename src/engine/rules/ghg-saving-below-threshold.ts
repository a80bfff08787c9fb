// The GHG saving must reach the minimum for the installation's start date (RED II Art. 29(10),
// iscc-rules.md §4.6, TV-9). Checked where a receipt gives both a total per MJ and the date; a
// receipt below it cannot be counted as sustainable and gives no credit (domain.md §4). An ISCC EU
// receipt without a readable start date is held to the strictest threshold, and where it falls
// below that the finding asks for the date: the check is never skipped (issue 13 break-test #7).
import { cellOf, finding } from "../findings";
import { comparatorOf, isPerMj, saving } from "../ghg";
import { minimumSaving, strictestSaving } from "../profile";
import { type Dec, dec, toText } from "../quantity";
import { roundText } from "../quantity-text";
import { type Ghg } from "../records";
import type { Finding } from "../result";
import { GHG_VALUE_CELLS, type Rule } from "./rule";

/** The GHG total's cell, else the first component's (a row giving components only), never the date. */
const GHG_CELLS = GHG_VALUE_CELLS;

export const ghgSavingBelowThreshold: Rule = {
  code: "ghg-saving-below-threshold",
  check(books, profile, reject) {
    const findings: Finding[] = [];
    const comparator = comparatorOf(profile);
    // rows share their GHG set (intake reads one per distinct set) and few minimums exist: the
    // saving (a division) is worked out once per set and each minimum read once, in this run
    const savings = new Map<Ghg, Dec>();
    const minimums = new Map<string, Dec>();
    for (const r of books.receipts) {
      const ghg = r.ghg;
      if (!r.sustainable || !ghg?.total || !isPerMj(ghg)) continue;
      const dated = r.installationStartDate;
      if (!dated && r.scheme !== "ISCC EU") continue;
      let s = savings.get(ghg);
      if (s === undefined) savings.set(ghg, (s = saving(ghg.total, comparator)));
      const strictest = dated ? null : strictestSaving(profile);
      const minimum = dated ? minimumSaving(profile, dated) : (strictest?.minimum ?? "0");
      let least = minimums.get(minimum);
      if (least === undefined) minimums.set(minimum, (least = dec(minimum)));
      if (!s.lessThan(least)) continue;
      reject(r, "GHG saving below the threshold");
      findings.push(
        finding(
          "ghg-saving-below-threshold",
          "error",
          // the date is what to fill in, where the sheet has a column for it
          dated || !r.source.cells.installationStartDate
            ? cellOf(r.source, ...GHG_CELLS)
            : cellOf(r.source, "installationStartDate"),
          {
            total: toText(ghg.total),
            saving: roundText(s.times(100), 2),
            minimum: toText(dec(minimum).times(100)),
            comparator: `${comparator} g CO2eq/MJ`,
            installationDate: dated ?? "",
            strictestFrom: strictest ? strictest.from : null,
            noCredit: true,
          },
          [cellOf(r.source, "installationStartDate"), cellOf(r.source, ...GHG_CELLS)],
        ),
      );
    }
    return findings;
  },
};
