// The certificate register (domain.md §2): entries by certificate number, and whether one covers a
// day. Shared by the supplier check (IN-1, IN-2) and the own-certificate check (MB-06, IN-3).
import type { Certificate } from "./records";

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
 * Why none of a certificate's entries covers `date` (YYYY-MM-DD): "expired", "not yet valid",
 * "suspended" or "withdrawn", with the entry concerned; null when one covers it. A suspended or
 * withdrawn status counts for the entry's whole term: the register does not say since when.
 */
export function validityGap(
  entries: Certificate[],
  date: string,
): { reason: string; certificate: Certificate } | null {
  const covering = entries.find((c) => c.validFrom <= date && date <= c.validUntil);
  const certificate = covering ?? entries[entries.length - 1];
  if (!certificate) return null;
  if (!covering) return { reason: date < certificate.validFrom ? "not yet valid" : "expired", certificate };
  if (certificate.status === "suspended" || certificate.status === "withdrawn")
    return { reason: certificate.status, certificate };
  return null;
}
