// The supplier's certificate must be valid on the dispatch date (receipt date when none is given)
// (iscc-rules.md §5.4 IN-1, IN-2). Only checked when the workbook keeps a certificate register;
// a certificate missing from that register is `certificate-unknown` (its own rule). Either way the
// receipt gives no credit (domain.md §4, §7): an auditor would strike it.
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import { certificateRegister, isCertificatePlaceholder, validityGap } from "../certificates";
import { validityText } from "../catalogue/wording-engine";
import type { CellRef } from "../model";
import type { Books, Certificate, Receipt } from "../records";
import type { Finding } from "../result";
import { layoutCell } from "./declaration";
import { type Rule, statusOf } from "./rule";

/**
 * The sustainable receipts and their supplier certificate's entries in the certificate register
 * (undefined: not in it, or no number given), each with the cell to point at: the certificate's
 * (its column where the cell is blank), else the SD number's for a sheet with no certificate
 * column; `missing` where no number is given: the cell is blank, or holds a placeholder ("-",
 * "n/a", "tbd": isCertificatePlaceholder). None when the workbook keeps no register (nothing is
 * checked).
 */
export function certifiedReceipts(
  books: Books,
): { r: Receipt; at: CellRef | undefined; entries: Certificate[] | undefined; missing: boolean }[] {
  if (books.certificates.length === 0) return [];
  const register = certificateRegister(books.certificates);
  // receipts repeat a few certificate numbers: each text is judged once
  const placeholders = new Map<string, boolean>();
  const placeholder = (text: string) => {
    let p = placeholders.get(text);
    if (p === undefined) placeholders.set(text, (p = isCertificatePlaceholder(text)));
    return p;
  };
  return books.receipts
    .filter((r) => r.sustainable)
    .map((r) => {
      const missing = r.supplierCertificate === "" || placeholder(r.supplierCertificate);
      return {
        r,
        at:
          r.supplierCertificate !== ""
            ? cellOf(r.source, "supplierCertificate")
            : (layoutCell(r.source, "supplierCertificate", books.layout) ?? cellOf(r.source, "sdNumber")),
        entries: missing ? undefined : register.get(documentKey(r.supplierCertificate)),
        missing,
      };
    });
}

export const certificateInvalid: Rule<"certificate-invalid"> = {
  code: "certificate-invalid",
  records(books, _profile, reject) {
    const findings: Finding[] = [];
    for (const { r, at, entries } of certifiedReceipts(books)) {
      if (!entries) continue;
      const date = r.dispatchDate ?? r.date;
      const gap = validityGap(entries, date);
      if (gap) {
        const { reason, statusText, certificate: cert } = gap;
        // a status the register gives that is not understood: the credit is unknown, not none
        reject(
          r,
          `certificate ${validityText(reason, statusText)}`,
          reason === "unknown status" ? at : undefined,
        );
        findings.push(
          finding(
            "certificate-invalid",
            "error",
            at,
            {
              certificate: r.supplierCertificate,
              reason,
              ...statusOf(gap),
              date,
              validFrom: cert.validFrom,
              validUntil: cert.validUntil,
              noCredit: true,
            },
            // a valid row over the same day is named too: the register contradicts itself there
            [cert, ...(gap.contradicted ? [gap.contradicted] : [])].map((c) =>
              cellOf(c.source, "certificateNumber"),
            ),
          ),
        );
      }
    }
    return findings;
  },
};
