// The supplier's certificate must be valid on the dispatch date (receipt date when none is given)
// (iscc-rules.md §5.4 IN-1, IN-2). Only checked when the workbook keeps a certificate register;
// a certificate missing from that register is `certificate-unknown` (its own rule). Either way the
// receipt gives no credit (domain.md §4, §7): an auditor would strike it.
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import {
  certificateRegister,
  isCertificatePlaceholder,
  refusedRegister,
  registerGap,
  type UnreadableRow,
} from "../certificates";
import { validityText } from "../catalogue/wording-certificates";
import type { CellRef } from "../model";
import type { Books, Certificate, Receipt, RefusedCertificate } from "../records";
import type { Finding } from "../result";
import { layoutCell } from "./declaration";
import { type Rule, statusOf } from "./rule";

/**
 * The sustainable receipts and their supplier certificate's entries in the certificate register
 * (undefined: not in it, or no number given), each with the cell to point at: the certificate's
 * (its column where the cell is blank), else the SD number's for a sheet with no certificate
 * column; `missing` where no number is given: the cell is blank, or holds a placeholder ("-",
 * "n/a", "tbd": isCertificatePlaceholder); `refused`, the register rows of the number the reader
 * refused at a cell (Books.refusedCertificates; undefined: none). None when the workbook keeps no
 * register, read or refused (nothing is checked).
 */
export function certifiedReceipts(books: Books): {
  r: Receipt;
  at: CellRef | undefined;
  entries: Certificate[] | undefined;
  refused: RefusedCertificate[] | undefined;
  missing: boolean;
}[] {
  if (books.certificates.length === 0 && !books.refusedCertificates) return [];
  const register = certificateRegister(books.certificates);
  const unread = refusedRegister(books.refusedCertificates);
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
      const key = missing ? "" : documentKey(r.supplierCertificate);
      return {
        r,
        at:
          r.supplierCertificate !== ""
            ? cellOf(r.source, "supplierCertificate")
            : (layoutCell(r.source, "supplierCertificate", books.layout) ?? cellOf(r.source, "sdNumber")),
        entries: missing ? undefined : register.get(key),
        refused: missing ? undefined : unread.get(key),
        missing,
      };
    });
}

export const certificateInvalid: Rule<"certificate-invalid"> = {
  code: "certificate-invalid",
  records(books, _profile, reject) {
    const findings: Finding[] = [];
    for (const { r, at, entries, refused } of certifiedReceipts(books)) {
      if (!entries && !refused) continue;
      const date = r.dispatchDate ?? r.date;
      const gap = registerGap(entries ?? [], refused ?? [], date);
      if (gap?.reason === "unreadable row") {
        // the credit is unknown, not none: the row may say the certificate covers the day
        reject(r, "certificate register row unreadable", at);
        findings.push(unreadableRow(r, at, date, gap));
      } else if (gap) {
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

/** certificate-invalid "unreadable row": the register row of the receipt's certificate that could not be read, named. */
function unreadableRow(r: Receipt, at: CellRef | undefined, date: string, gap: UnreadableRow): Finding {
  const [row, ...more] = gap.refused as [RefusedCertificate, ...RefusedCertificate[]];
  const valid = gap.contradicted && cellOf(gap.contradicted.source, "certificateNumber");
  return finding(
    "certificate-invalid",
    "error",
    at,
    {
      certificate: r.supplierCertificate,
      reason: "unreadable row",
      date,
      row: `${row.at.sheet}!${row.at.cell}`,
      label: row.label,
      value: row.value,
      ...(valid ? { validRow: `${valid.sheet}!${valid.cell}` } : {}),
      noCredit: true,
    },
    [row.at, ...more.map((m) => m.at), ...(valid ? [valid] : [])],
  );
}
