// A receipt whose claim, scheme, incoming SD number, supplier certificate or a characteristic could
// not be read gives no credit (domain.md §4, §7): a value outside the vocabulary is never taken as
// blank, and blank would mean "EU RED compliant" or an account of other characteristics. The
// reader has already reported the cell itself; this finding says what it costs.
import { cellOf, finding } from "../findings";
import type { Finding } from "../result";
import type { Rule } from "./rule";

/** Receipt fields whose value decides the credit and its account. */
export const CREDIT_FIELDS: readonly string[] = [
  "sdNumber",
  "scheme",
  "claim",
  "rawMaterial",
  "countryOfOrigin",
  "wasteResidue",
  "annexIxPart",
  "supplierCertificate",
];

export const unreadableCharacteristic: Rule = {
  code: "characteristic-unreadable",
  check(books, _profile, reject) {
    const findings: Finding[] = [];
    for (const r of books.receipts) {
      if (r.unreadable.length === 0) continue;
      const fields = CREDIT_FIELDS.filter((f) => r.unreadable.includes(f));
      const first = fields[0];
      // a receipt without an SD number and none unreadable is not sustainable anyway
      if (first === undefined || (!r.sustainable && !fields.includes("sdNumber"))) continue;
      reject(r, "unreadable cell");
      findings.push(
        finding("characteristic-unreadable", "warning", cellOf(r.source, first), {
          fields: fields.join(", "),
          sd: r.sd,
          noCredit: true,
        }),
      );
    }
    return findings;
  },
};
