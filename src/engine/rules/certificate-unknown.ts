// certificate-unknown (iscc-rules.md §5.4 IN-1): where the workbook keeps a certificate register,
// a supplier certificate missing from it cannot be checked, so the receipt gives no credit
// (domain.md §4, §7); a warning, as the register may simply lack the entry.
import { finding } from "../findings";
import type { Finding } from "../result";
import { certifiedReceipts } from "./certificate-invalid";
import type { Rule } from "./rule";

export const certificateUnknown: Rule<"certificate-unknown"> = {
  code: "certificate-unknown",
  records(books, _profile, reject) {
    const findings: Finding[] = [];
    for (const { r, at, entries } of certifiedReceipts(books)) {
      if (entries) continue;
      findings.push(
        finding("certificate-unknown", "warning", at, { certificate: r.supplierCertificate, noCredit: true }),
      );
      reject(r, "certificate not in the register");
    }
    return findings;
  },
};
