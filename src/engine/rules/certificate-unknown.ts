// certificate-unknown (iscc-rules.md §5.4 IN-1): where the workbook keeps a certificate register,
// a supplier certificate missing from it cannot be checked, so the receipt gives no credit
// (domain.md §4, §7); a warning, as the register may simply lack the entry. A sustainable receipt
// that gives no supplier certificate at all cannot be checked either (the number is a mandatory
// field of the SD, iscc-rules.md §5.2): no credit, and the finding asks for the number from the SD
// (`missing`); so does one whose cell holds a placeholder ("-", "n/a", "k.A.", "tbd"), quoted. Without a register nothing is checked: incoming-sd-fields warns of the blank.
import { finding } from "../findings";
import type { Finding } from "../result";
import { certifiedReceipts } from "./certificate-invalid";
import type { Rule } from "./rule";

export const certificateUnknown: Rule<"certificate-unknown"> = {
  code: "certificate-unknown",
  records(books, _profile, reject) {
    const findings: Finding[] = [];
    for (const { r, at, entries, refused, missing } of certifiedReceipts(books)) {
      // a number on a register row that could not be read is in the register (certificate-invalid)
      if (entries || refused) continue;
      findings.push(
        finding("certificate-unknown", "warning", at, {
          certificate: r.supplierCertificate,
          noCredit: true,
          ...(missing ? { missing: true } : {}),
        }),
      );
      reject(r, missing ? "no supplier certificate number" : "certificate not in the register");
    }
    return findings;
  },
};
