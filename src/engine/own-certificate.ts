// The company's own certificate must be valid (not expired, suspended or withdrawn) on every day
// into which credit is carried forward and on which a declaration is dated (domain.md §7; MB-06,
// IN-3 in iscc-rules.md §10 and §5.4; ISCC FAQ: credit carries "as long as the certificate is
// valid"). A site's own certificate is the one in the site register, else the settings' one; its
// validity comes from the certificate register. Where there is no number or no register entry,
// nothing can be checked and nothing is held back (the register check reports the unknown number).
import { cellOf } from "./findings";
import type { CellRef } from "./model";
import { documentKey } from "./normalise";
import type { RuleProfile } from "./profile";
import type { CertificateGap } from "./catalogue/details-receipts";
import { certificateRegister, validityGap } from "./certificates";
import { type Books, siteKey } from "./records";

/** Why the own certificate does not cover a day. */
export interface OwnCertificateGap {
  certificate: string;
  reason: CertificateGap;
  /** the register's status text, which the wording names for "not valid" and "unknown status" */
  statusText: string;
  validFrom: string;
  validUntil: string;
  /** where the number is stated (settings or site register), and the register entry */
  at: CellRef | undefined;
  entry: CellRef | undefined;
}

export interface OwnCertificates {
  /** the gap on `date` (YYYY-MM-DD) for `site`, or null when it is valid or cannot be checked */
  gapOn(site: string, date: string): OwnCertificateGap | null;
}

/** Nothing to check: no own certificate number, or no certificate register. */
const UNCHECKED: OwnCertificates = { gapOn: () => null };

/**
 * The own-certificate check for a run: a site's certificate is the site register's, else the
 * settings' ownCertificate; its terms and status come from the certificate register (numbers
 * compared as documentKey). Checks nothing without a register or without a number.
 */
export function ownCertificates(books: Books, profile: RuleProfile): OwnCertificates {
  if (books.certificates.length === 0) return UNCHECKED;
  if (profile.ownCertificate === "" && books.sites.every((s) => s.certificate === "")) return UNCHECKED;
  const register = certificateRegister(books.certificates);
  const sites = new Map(books.sites.map((s) => [s.key, s]));
  return {
    gapOn(site, date) {
      const own = sites.get(siteKey(site));
      const number = own?.certificate || profile.ownCertificate;
      const entries = number === "" ? undefined : register.get(documentKey(number));
      const gap = entries ? validityGap(entries, date) : null;
      if (!gap) return null;
      const cert = gap.certificate;
      return {
        certificate: number,
        reason: gap.reason,
        statusText: gap.statusText,
        validFrom: cert.validFrom,
        validUntil: cert.validUntil,
        at: own?.certificate
          ? cellOf(own.source, "certificateNumber")
          : cellOf(profile.settingsSource, "ownCertificate"),
        entry: cellOf(cert.source, "validUntil", "certificateNumber"),
      };
    },
  };
}
