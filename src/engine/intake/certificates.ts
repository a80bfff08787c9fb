// Intake of the certificate register: numbers, validity and status.
import { cellOf, finding } from "../findings";
import { cellAt } from "../source-cells";
import { clean, documentKey, textKey } from "../normalise";
import { CERTIFICATE_STATUSES, normaliseCertificateStatus } from "../certificate-status";
import { isCertificatePlaceholder } from "../certificates";
import { registerScheme } from "../certificate-scheme";
import type { CellRef, RefusedCertificateRow } from "../model";
import { type Books, type RefusedCertificate } from "../records";
import { columnOf } from "../record-derived";
import { type Intake, t, unreadable } from "./context";

// the cells that say whether a row covers a day
const VALIDITY = ["status", "validFrom", "validUntil"] as const;

/**
 * One record kind's rows into the Books. A row whose status or validity cell could not be read
 * (model.ts Base.unreadable: an error value, a formula never calculated) is never read as valid
 * (a blank status would be): it joins the rows refused at a cell (Books.refusedCertificates), its
 * cell found by the sheet's column (Ledger.layout), else the row's first cell.
 */
export function certificates(io: Intake, list: unknown, books: Books): void {
  io.rows("certificate", list, (row, source, seq) => {
    const unread = VALIDITY.find((f) => unreadable(row).includes(f));
    if (unread) {
      // the cell named by the reader (a flag column's: workbook/certificate-flags.ts), else the column's
      const column = books.layout?.[source.sheet]?.[unread];
      const own = cellAt(source, unread);
      const at = own
        ? { sheet: source.sheet, cell: own }
        : column
          ? { sheet: source.sheet, cell: `${column}${source.row}` }
          : cellOf(source);
      const number = t(row.certificateNumber);
      if (at && !isCertificatePlaceholder(number))
        (books.refusedCertificates ??= []).push({
          key: documentKey(number),
          number,
          at,
          label: columnOf("certificate", unread).label,
          value: null,
        });
      return;
    }
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
    const scheme = registerScheme(t(row.scheme));
    books.certificates.push({
      source,
      seq,
      fields: row,
      key: documentKey(t(row.certificateNumber)),
      validFrom: t(row.validFrom),
      validUntil: t(row.validUntil),
      status,
      statusText: clean(t(row.status)),
      ...(scheme ? { scheme } : {}),
    });
  });
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * The register rows the reader refused (Ledger.refusedCertificates), keyed as the register's
 * numbers are (documentKey). An entry with no number, or a number that names no certificate (a
 * placeholder: "-", "n/a", "0"), or without a cell, is passed over: it matches nothing.
 */
export function refusedCertificates(list: unknown, books: Books): void {
  if (!Array.isArray(list)) return;
  const out: RefusedCertificate[] = [];
  for (const raw of list as unknown[]) {
    if (!raw || typeof raw !== "object") continue;
    const r = raw as Partial<Record<keyof RefusedCertificateRow, unknown>>;
    const number = str(r.number).trim();
    const at = r.source as Partial<CellRef> | undefined;
    if (number === "" || isCertificatePlaceholder(number)) continue;
    if (!at || typeof at.sheet !== "string" || typeof at.cell !== "string") continue;
    const key = documentKey(number);
    if (key === "") continue;
    out.push({
      key,
      number,
      at: { sheet: at.sheet, cell: at.cell },
      label: str(r.label),
      value: str(r.value),
    });
  }
  if (out.length > 0) books.refusedCertificates = [...(books.refusedCertificates ?? []), ...out];
}
