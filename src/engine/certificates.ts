// The certificate register (domain.md §2): entries by certificate number, and whether one covers a
// day. Shared by the supplier check (IN-1, IN-2) and the own-certificate check (MB-06, IN-3).
import type { CertificateGap } from "./catalogue/details-receipts";
import type { Certificate, RefusedCertificate } from "./records";
import { STATUS_WEIGHT } from "./certificate-status";

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
  if (asciiWithDigit(text)) return false;
  const t = text.normalize("NFKC");
  return !/\d/.test(t) || ZEROS_ONLY.test(t);
}

/**
 * Whether `text` is ASCII alone with a digit 1-9 in it (nearly every certificate number): then it
 * names a number, read without NFKC (which changes no ASCII) or a regex (once per receipt).
 */
function asciiWithDigit(text: string): boolean {
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return false;
    if (c >= 49 && c <= 57) digit = true;
  }
  return digit;
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

/** Refused register rows (Books.refusedCertificates) by the same key as the register's entries. */
export function refusedRegister(
  rows: readonly RefusedCertificate[] | undefined,
): Map<string, RefusedCertificate[]> {
  const byKey = new Map<string, RefusedCertificate[]>();
  for (const r of rows ?? []) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  return byKey;
}

/** A number's register rows, one of them (at least) refused at a cell: its validity is unclear. */
export interface UnreadableRow {
  reason: "unreadable row";
  /** the refused rows of the number, the first named in the finding */
  refused: readonly RefusedCertificate[];
  /** a valid readable entry over the same day: unclear beside the unread row, never valid */
  contradicted?: Certificate;
}

// a row that says the certificate does not cover the day outweighs a row that could not be read
const DEFINITE: ReadonlySet<CertificateGap> = new Set(["suspended", "withdrawn", "not valid"]);

/**
 * What a certificate's register rows say of `date` (YYYY-MM-DD) where some were refused at a cell
 * (`refused`): a readable row suspended, withdrawn or not valid over the day still refuses it as
 * that row says (validityGap); otherwise the day is unclear ("unreadable row"), whatever the
 * readable rows say: the unread row may hold a suspension, a withdrawal or the term that covers
 * the day, so a valid row beside it is not taken as valid (it is named as `contradicted`), and a
 * day outside every readable term is not called expired. Without refused rows, validityGap.
 */
export function registerGap(
  entries: Certificate[],
  refused: readonly RefusedCertificate[],
  date: string,
): ReturnType<typeof validityGap> | UnreadableRow {
  const gap = validityGap(entries, date);
  if (refused.length === 0 || (gap && DEFINITE.has(gap.reason))) return gap;
  const valid = first(
    entries.filter((c) => c.status === "valid" && c.validFrom <= date && date <= c.validUntil),
    stronger,
  );
  return { reason: "unreadable row", refused, ...(valid ? { contradicted: valid } : {}) };
}

/** A total order on entries by what they say (not where they stand): status weight, then dates, then text. */
function stronger(a: Certificate, b: Certificate): number {
  return (
    STATUS_WEIGHT[b.status] - STATUS_WEIGHT[a.status] ||
    (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0) ||
    (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0) ||
    (a.statusText < b.statusText ? -1 : a.statusText > b.statusText ? 1 : 0)
  );
}

/** The entry of `list` that `order` puts first (undefined for an empty list). */
function first(
  list: Certificate[],
  order: (a: Certificate, b: Certificate) => number,
): Certificate | undefined {
  let best: Certificate | undefined;
  for (const c of list) if (!best || order(c, best) < 0) best = c;
  return best;
}

/**
 * Why a certificate's entries do not cover `date` (YYYY-MM-DD), with the entry concerned (for
 * "not valid" and "unknown status" the register's status text says which); null when a valid
 * entry covers it and no other entry covering it says otherwise. Every entry of the number counts,
 * each for its own term, and the row order never decides (domain.md §2, §7):
 * - an entry whose term covers the day with any status but valid refuses the day, even beside a
 *   valid entry over the same day (a suspension or withdrawal registered from a day inside the
 *   certificate's term, or two rows that contradict each other: never resolved as valid); among
 *   several the strongest is named: withdrawn, suspended, not valid, unknown status, then the
 *   latest start;
 *   `contradicted` is then the valid entry over the same day (its row is named beside the refusing
 *   one, so both cells are shown);
 * - no entry covering the day: "not yet valid" when the day is before every term (the earliest
 *   entry named), else "expired" (the entry whose term ended last before the day).
 * Any status but valid counts for the entry's whole term: the register does not say since when,
 * and a status not understood is never taken as valid.
 */
export function validityGap(
  entries: Certificate[],
  date: string,
): {
  reason: CertificateGap;
  statusText: string;
  certificate: Certificate;
  contradicted?: Certificate;
} | null {
  if (entries.length === 0) return null;
  const covering = entries.filter((c) => c.validFrom <= date && date <= c.validUntil);
  const certificate = first(covering, stronger);
  if (!certificate) {
    const ended = entries.filter((c) => c.validUntil < date);
    const byEnd = (a: Certificate, b: Certificate) =>
      a.validUntil > b.validUntil ? -1 : a.validUntil < b.validUntil ? 1 : stronger(a, b);
    const byStart = (a: Certificate, b: Certificate) =>
      a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : stronger(a, b);
    const named = ended.length > 0 ? first(ended, byEnd) : first(entries, byStart);
    if (!named) return null;
    return {
      reason: ended.length > 0 ? "expired" : "not yet valid",
      statusText: named.statusText,
      certificate: named,
    };
  }
  const statusText = certificate.statusText;
  const valid = first(
    covering.filter((c) => c.status === "valid"),
    stronger,
  );
  const gap = (reason: CertificateGap) => ({
    reason,
    statusText,
    certificate,
    ...(valid ? { contradicted: valid } : {}),
  });
  switch (certificate.status) {
    case "valid":
      return null;
    case "suspended":
    case "withdrawn":
      return gap(certificate.status);
    case "not valid":
      return gap("not valid");
    case "unknown":
      return gap("unknown status");
  }
}
