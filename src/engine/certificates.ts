// The certificate register (domain.md §2): entries by certificate number, and whether one covers a
// day. Shared by the supplier check (IN-1, IN-2) and the own-certificate check (MB-06, IN-3).
import type { CertificateGap } from "./catalogue/details-receipts";
import type { Certificate } from "./records";

/** A text of zeros, spaces, punctuation and symbols alone: "0", "000", "-", "?". */
const ZEROS_ONLY = /^[\s0\p{P}\p{S}]*$/u;

/**
 * Whether a supplier certificate cell holds a placeholder for a number not given: "-", "n/a",
 * "k.A.", "none", "tbd", "?", "0". Certificate numbers are free in format but every scheme's
 * carries digits ("EU-ISCC-Cert-DE100-12345678", "REDcert-EU-123", "2BS010001"), so a text without
 * a digit, or with zeros alone, names no certificate: it is refused as missing (certificate-unknown
 * `missing`), never looked up in the register as a number it lacks. Full-width digits count (NFKC).
 */
export function isCertificatePlaceholder(text: string): boolean {
  const t = text.normalize("NFKC");
  return !/\d/.test(t) || ZEROS_ONLY.test(t);
}

/** Entries by normalised certificate number; a number may have several terms. */
export function certificateRegister(certificates: Certificate[]): Map<string, Certificate[]> {
  const register = new Map<string, Certificate[]>();
  for (const c of certificates) {
    const list = register.get(c.key);
    if (list) list.push(c);
    else register.set(c.key, [c]);
  }
  return register;
}

/**
 * Why none of a certificate's entries covers `date` (YYYY-MM-DD), with the entry concerned (for
 * "not valid" and "unknown status" the register's status text says which); null when one covers
 * it. Any status but valid counts for the entry's whole term: the register does not say since
 * when, and a status not understood is never taken as valid (domain.md §2, §7).
 */
export function validityGap(
  entries: Certificate[],
  date: string,
): { reason: CertificateGap; statusText: string; certificate: Certificate } | null {
  const covering = entries.find((c) => c.validFrom <= date && date <= c.validUntil);
  const certificate = covering ?? entries[entries.length - 1];
  if (!certificate) return null;
  const statusText = certificate.statusText;
  if (!covering)
    return { reason: date < certificate.validFrom ? "not yet valid" : "expired", statusText, certificate };
  switch (certificate.status) {
    case "valid":
      return null;
    case "suspended":
    case "withdrawn":
      return { reason: certificate.status, statusText, certificate };
    case "not valid":
      return { reason: "not valid", statusText, certificate };
    case "unknown":
      return { reason: "unknown status", statusText, certificate };
  }
}
