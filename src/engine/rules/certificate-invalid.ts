// The supplier's certificate must be valid on the dispatch date (receipt date when none is given)
// (iscc-rules.md §5.4 IN-1, IN-2). Only checked when the workbook keeps a certificate register;
// a certificate missing from that register is `certificate-unknown`.
import { cellOf, finding } from "../findings";
import { numberKey } from "../normalise";
import type { Certificate } from "../records";
import type { Finding } from "../result";
import type { Rule } from "./rule";

export const certificateInvalid: Rule = {
  code: "certificate-invalid",
  check(books) {
    const findings: Finding[] = [];
    if (books.certificates.length === 0) return findings;
    const register = new Map<string, Certificate[]>();
    for (const c of books.certificates) register.set(c.key, [...(register.get(c.key) ?? []), c]);
    for (const r of books.receipts) {
      if (!r.sustainable || r.supplierCertificate === "") continue;
      const at = cellOf(r.source, "supplierCertificate");
      const entries = register.get(numberKey(r.supplierCertificate));
      if (!entries) {
        findings.push(finding("certificate-unknown", "warning", at, { certificate: r.supplierCertificate }));
        continue;
      }
      const date = r.dispatchDate ?? r.date;
      const covering = entries.find((c) => c.validFrom <= date && date <= c.validUntil);
      const cert = covering ?? entries[entries.length - 1];
      if (!cert) continue;
      let reason: string | null = null;
      if (!covering) reason = date < cert.validFrom ? "not yet valid" : "expired";
      else if (cert.status === "suspended" || cert.status === "withdrawn") reason = cert.status;
      if (reason) {
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
            },
            [cellOf(cert.source, "certificateNumber")],
          ),
        );
      }
    }
    return findings;
  },
};
