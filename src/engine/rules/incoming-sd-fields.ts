// An incoming SD must carry what the outgoing declaration has to repeat (domain.md §7,
// iscc-rules.md §5.2): supplier, supplier certificate, raw material, country of origin. A blank
// cell is reported where the column exists (a blank cell by its column, Books.layout); a column the
// sheet does not have is not a row's fault. A blank supplier certificate in a workbook with a
// certificate register is certificate-unknown's (no credit): not reported twice. A placeholder where
// the number goes ("-", "keins", "n/a", "tbd": isCertificatePlaceholder) is a blank (brk20 A1:
// without a register it went without any finding, quieter than a blank).
import { isCertificatePlaceholder } from "../certificates";
import { finding } from "../findings";
import type { Finding } from "../result";
import type { Receipt } from "../records";
import { layoutCell } from "./declaration";
import type { Rule } from "./rule";

const REQUIRED = ["supplier", "supplierCertificate", "rawMaterial", "countryOfOrigin"] as const;

export const incomingSdFields: Rule = {
  code: "missing-value",
  records(books) {
    const findings: Finding[] = [];
    const registered = books.certificates.length > 0;
    const receipts = books.receipts;
    // an indexed loop: run once, mostly before it is optimised (rule.ts perGhgSet)
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as Receipt;
      if (!r.sustainable) continue;
      // nearly every row gives all four: read by name, each cell looked up only for a blank value
      const c = r.characteristics;
      if (
        r.supplier !== "" &&
        r.supplierCertificate !== "" &&
        !isCertificatePlaceholder(r.supplierCertificate) &&
        c.rawMaterial !== "" &&
        c.countryOfOrigin !== ""
      )
        continue;
      for (const field of REQUIRED) {
        const value =
          field === "rawMaterial" || field === "countryOfOrigin" ? r.characteristics[field] : r[field];
        const blank = value === "" || (field === "supplierCertificate" && isCertificatePlaceholder(value));
        if (!blank || (registered && field === "supplierCertificate")) continue;
        const at = layoutCell(r.source, field, books.layout);
        if (at) findings.push(finding("missing-value", "warning", at, { field, dropped: false }));
      }
    }
    return findings;
  },
};
