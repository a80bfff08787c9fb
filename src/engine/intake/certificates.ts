// Intake of the certificate register: numbers, validity and status.
import { cellOf, finding } from "../findings";
import { clean, documentKey, textKey } from "../normalise";
import { CERTIFICATE_STATUSES, normaliseCertificateStatus } from "../certificate-status";
import { type Books } from "../records";
import { type Intake, t } from "./context";

/** One record kind's rows into the Books. */
export function certificates(io: Intake, list: unknown, books: Books): void {
  io.rows("certificate", list, (row, source, seq) => {
    const status = normaliseCertificateStatus(t(row.status));
    if (status === "unknown" && textKey(t(row.status)) !== "")
      // a status not understood is refused at its cell: receipts under it give no credit
      io.findings.push(
        finding("invalid-value", "error", cellOf(source, "status"), {
          field: "status",
          value: clean(t(row.status)),
          expected: CERTIFICATE_STATUSES,
        }),
      );
    books.certificates.push({
      source,
      seq,
      fields: row,
      key: documentKey(t(row.certificateNumber)),
      validFrom: t(row.validFrom),
      validUntil: t(row.validUntil),
      status,
      statusText: clean(t(row.status)),
    });
  });
}
