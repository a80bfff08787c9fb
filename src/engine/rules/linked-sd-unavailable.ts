// linked-sd-unavailable (domain.md §4): a delivery that links incoming SDs draws only on them; what
// they cannot back is never taken from other credit, and its declaration is not issued.
import { finding } from "../findings";
import { toText } from "../quantity";
import type { Rule } from "./rule";

export const linkedSdUnavailable: Rule<"linked-sd-unavailable"> = {
  code: "linked-sd-unavailable",
  facts: {
    "linked-short": (x) =>
      finding(
        "linked-sd-unavailable",
        "error",
        x.at,
        { sds: x.sds.join(", "), asked: toText(x.asked), available: toText(x.available), unit: x.unit },
        [x.quantityCell],
      ),
  },
};
