// UDB method rules (iscc-rules.md §4.3, TV-12): a total default value (TDV) has no components;
// disaggregated defaults (DDV) allow no reductions (esca, eccs, eccr); the method must be known.
import { cellOf, finding } from "../findings";
import type { Finding } from "../result";
import { type Rule, ghgCell, ghgRecords } from "./rule";

export const ghgMethodInvalid: Rule = {
  code: "ghg-method-invalid",
  check(books) {
    const findings: Finding[] = [];
    for (const { ghg, source } of ghgRecords(books)) {
      const at = cellOf(source, ...ghgCell(source, "method"));
      let reason: string | null = null;
      if (ghg.methodText !== "" && ghg.method === null)
        reason = "is not one of TDV, DDV or AV; use one of them";
      else if (ghg.method === "TDV" && Object.keys(ghg.components).length > 0)
        reason = "a total default value (TDV) has no components; clear the component cells or use DDV/AV";
      else if (
        ghg.method === "DDV" &&
        (["esca", "eccs", "eccr"] as const).some((c) => ghg.components[c] && !ghg.components[c]?.isZero())
      )
        reason = "disaggregated default values (DDV) allow no esca, eccs or eccr; clear them or use AV";
      if (reason)
        findings.push(
          finding("ghg-method-invalid", "error", at, { method: ghg.methodText || ghg.method, reason }),
        );
    }
    return findings;
  },
};
