// final-fuel-ghg-per-mass (p-cat; domain.md §6, RED II Art. 29(10), ISCC EU 205): a receipt of a
// final fuel (product-catalogue.ts) whose GHG value is per mass (kg CO2eq/t) has no saving that
// can be shown or checked; its declarations are held (ghg-saving-below-threshold, p-ghg3), and the
// receipt itself is told at its GHG cell to give the value per MJ. Never converted with a heating
// value: the supplier's declaration states the value per MJ, and that is what is to be typed.
import { isFinalFuel } from "../final-fuel";
import { cellOf, finding } from "../findings";
import { isPerMj } from "../ghg";
import { toText } from "../quantity";
import type { Receipt } from "../records";
import type { Finding } from "../result";
import { GHG_VALUE_CELLS, type Rule } from "./rule";

export const finalFuelGhgPerMass: Rule<"final-fuel-ghg-per-mass"> = {
  code: "final-fuel-ghg-per-mass",
  records(books) {
    const findings: Finding[] = [];
    // few products per run: each name is judged once
    const final = new Map<string, boolean>();
    const receipts = books.receipts;
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as Receipt;
      const ghg = r.ghg;
      if (!r.sustainable || !ghg?.total || r.scheme !== "ISCC EU" || isPerMj(ghg)) continue;
      let isFinal = final.get(r.product);
      if (isFinal === undefined) final.set(r.product, (isFinal = isFinalFuel(r.product)));
      if (!isFinal) continue;
      findings.push(
        finding("final-fuel-ghg-per-mass", "warning", cellOf(r.source, ...GHG_VALUE_CELLS), {
          total: toText(ghg.total),
          unit: ghg.unit ?? "",
          product: r.product,
        }),
      );
    }
    return findings;
  },
};
