// UDB method rules (iscc-rules.md §4.3, TV-12): a total default value (TDV) has no components;
// disaggregated defaults (DDV) allow no reductions (esca, eccs, eccr); the method must be known.
import { cellOf, finding } from "../findings";
import type { GhgMethodProblem } from "../catalogue/details-ghg";
import type { Ghg } from "../records";
import { type Rule, ghgCell, perGhgSet } from "./rule";

/** What is wrong with the method of one GHG set, or null. */
function reasonOf(ghg: Ghg): GhgMethodProblem | null {
  if (ghg.methodText !== "" && ghg.method === null) return "unknown";
  if (ghg.method === "TDV" && Object.keys(ghg.components).length > 0) return "tdv-components";
  if (
    ghg.method === "DDV" &&
    (["esca", "eccs", "eccr"] as const).some((c) => ghg.components[c] && !ghg.components[c]?.isZero())
  )
    return "ddv-reductions";
  return null;
}

export const ghgMethodInvalid: Rule<"ghg-method-invalid"> = {
  code: "ghg-method-invalid",
  records: (books) =>
    perGhgSet(books, reasonOf, (reason, ghg, source) =>
      finding("ghg-method-invalid", "error", cellOf(source, ...ghgCell(source, "method")), {
        method: ghg.methodText || ghg.method,
        reason,
      }),
    ),
};
