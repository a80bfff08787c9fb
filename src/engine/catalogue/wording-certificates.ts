// The wording of certificate findings whose register row could not be read, and of the
// declarations an own certificate that cannot be checked holds back (certificate-invalid,
// own-certificate-invalid; engine/certificates.ts registerGap).
import type { CertificateGap, CertificateInvalidDetails, CertificateSchemeDetails } from "./details-receipts";
import type { OwnCertificateInvalidDetails } from "./details-balance";

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);

/** Why a certificate does not cover a day, in words: "expired", 'not valid (status "inactive")'. */
export function validityText(reason: CertificateGap, statusText?: string | null): string {
  if (reason === "not valid") return `not valid (status "${s(statusText)}")`;
  if (reason === "unknown status") return `of unknown status ("${s(statusText)}")`;
  return reason;
}

/**
 * own-certificate-invalid "not in register" / "unreadable row": the declarations it holds back,
 * said once for all (`held` of them, dated `date` to `lastDate`); without a count, the one
 * declaration it is about.
 */
export function heldText(
  held: number | null | undefined,
  date: string,
  lastDate: string | null | undefined,
): string {
  if (held === null || held === undefined)
    return " this declaration is dated, and the declaration is held back";
  const days = lastDate ? `${date} to ${lastDate}` : date;
  return held === 1
    ? ` the one declaration it would be on is dated (${days}), and it is held back`
    : `${lastDate ? "s" : ""} the ${held} declarations it would be on are dated (${days}), and all ${held} are held back`;
}

/**
 * The refused cell of a register row: 'Valid until "unbefristet"', "Valid until is empty"; the
 * label alone where the cell's text is not known (`value` null: an error value in the cell).
 */
function cellText(d: { label?: string | null; value?: string | null }): string {
  const label = s(d.label) || "a cell";
  if (d.value === null || d.value === undefined) return label;
  return d.value ? `${label} "${s(d.value)}"` : `${label} is empty`;
}

/** certificate-invalid "unreadable row": the supplier's register row could not be read. */
export function unreadableRowText(d: CertificateInvalidDetails, noCredit: string): string {
  const beside = d.validRow
    ? ` (the row at ${s(d.validRow)} says valid on that day, but the row that could not be read may say otherwise, so it is not taken as valid)`
    : "";
  return `the certificate register row for ${s(d.certificate)} at ${s(d.row)} could not be read (${cellText(d)}), so it cannot be confirmed that the certificate was valid on ${s(d.date)}${beside}; material from it is not taken in as sustainable until that cell is corrected${d.noCredit ? `: this receipt ${noCredit}; its credit is unknown, not none, so the balances it feeds are incomplete` : ""}. Correct that cell.`;
}

/** own-certificate-invalid "unreadable row": the own certificate's register row could not be read. */
export function ownUnreadableRowText(d: OwnCertificateInvalidDetails): string {
  return `the certificate register row for your own certificate ${s(d.certificate)} at ${s(d.row)} could not be read (${cellText(d)}), so it cannot be checked that the certificate is valid on the day${heldText(d.held, s(d.date), d.lastDate)}; no credit lapses for it, as nothing says the certificate failed. Correct that cell.`;
}

/**
 * (p-sdcell) invalid-value, reason "not-certificate-number": `value` in a supplier's or customer's
 * certificate cell names no certificate: no digit ("ISCC", "n/a", "keins", "-") or a status word
 * (`read`: "abgelaufen", "pending"), which the SD would print as the certificate's number.
 */
export function notCertificateText(
  d: { value?: string | null; label: string; read?: string | null; reason?: string | null },
  consequence: string,
): string {
  if (d.reason === "certificate-several")
    return `"${s(d.value)}" in ${d.label} names ${s(d.read)} certificate numbers, but a declaration names one: it is not known which one is meant, so the cell is not read; keep in the cell the one certificate number the SD states and move the other to a remark column (${consequence}).`;
  const why = d.read
    ? `says the certificate is "${d.read}" (a status, not its number)`
    : "is not a certificate number (a certificate's number has digits, such as EU-ISCC-Cert-DE100-12345)";
  return `"${s(d.value)}" in ${d.label} ${why}, so it is not read and never printed as the certificate's number; type the certificate's number as it stands on the certificate, or, where there is none, leave the cell blank; an expired or applied-for certificate is no valid certificate: say so in a remark column (${consequence}).`;
}

/** The schemes a row of the books can be kept under: a certificate of another is booked nowhere here. */
const KEPT = new Set(["ISCC EU", "ISCC PLUS"]);

/**
 * certificate-scheme (brk20 A6): a supplier's certificate of another scheme than the receipt's
 * account (`noCredit`), or the own certificate of another than the declarations' (`held`).
 */
export function certificateSchemeText(d: CertificateSchemeDetails, noCredit: string): string {
  const stated = s(d.stated);
  const scheme = s(d.scheme);
  const why = d.row
    ? `the certificate register lists it under ${stated} at ${s(d.row)}`
    : "its number says so";
  if (d.held !== undefined && d.held !== null) {
    const days = d.lastDate ? `${s(d.date)} to ${s(d.lastDate)}` : s(d.date);
    const held =
      d.held === 1
        ? `the declaration on it (dated ${days}) is`
        : `the ${d.held} declarations on it (dated ${days}) are`;
    return `your own certificate ${s(d.certificate)} is an ${stated} certificate (${why}), but your declarations are issued under ${scheme}, which must name your ${scheme} certificate; ${held} held back. Type your ${scheme} certificate number as your own certificate (in Settings, or for the site on the sites sheet)${KEPT.has(stated) ? `, or, if your books are kept under ${stated}, set the scheme in Settings to ${stated}` : ""}.`;
  }
  const other = KEPT.has(stated)
    ? `if the material came under ${stated}, write ${stated} in the row's Scheme column (add a column headed "Scheme" if the sheet has none), so it is booked in its own ${stated} balance`
    : `material under ${stated} cannot be booked in an ${scheme} balance`;
  return `supplier certificate ${s(d.certificate)} is an ${stated} certificate (${why}), but this receipt is booked under ${scheme}: credit of one scheme never backs a declaration of another${d.noCredit ? `, so this receipt ${noCredit}` : ""}. If the supplier's SD is an ${scheme} declaration, type the ${scheme} certificate number it states; ${other}.`;
}
