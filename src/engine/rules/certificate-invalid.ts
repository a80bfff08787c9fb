// The supplier's certificate must be valid on the dispatch date (receipt date when none is given)
// (iscc-rules.md §5.4 IN-1, IN-2). Only checked when the workbook keeps a certificate register;
// a certificate missing from that register is `certificate-unknown`. Either way the receipt gives
// no credit (domain.md §4, §7): an auditor would strike it.
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import { certificateRegister, validityGap } from "../certificates";
import type { Finding } from "../result";
import type { Rule } from "./rule";

export const certificateInvalid: Rule = {
  code: "certificate-invalid",
  check(books, _profile, reject) {
    const findings: Finding[] = [];
    if (books.certificates.length === 0) return findings;
    const register = certificateRegister(books.certificates);
    for (const r of books.receipts) {
      if (!r.sustainable || r.supplierCertificate === "") continue;
      const at = cellOf(r.source, "supplierCertificate");
      const entries = register.get(documentKey(r.supplierCertificate));
      if (!entries) {
        findings.push(
          finding("certificate-unknown", "warning", at, {
            certificate: r.supplierCertificate,
            noCredit: true,
          }),
        );
        reject(r, "certificate not in the register");
        continue;
      }
      const date = r.dispatchDate ?? r.date;
      const gap = validityGap(entries, date);
      if (gap) {
        const { reason, certificate: cert } = gap;
        reject(r, `certificate ${reason}`);
        findings.push(
          finding(
            "certificate-invalid",
            "error",
            at,
            {
              certificate: r.supplierCertificate,
              reason,
              date,
              validFrom: cert.validFrom,
              validUntil: cert.validUntil,
              noCredit: true,
            },
            [cellOf(cert.source, "certificateNumber")],
          ),
        );
      }
    }
    return findings;
  },
};
