// The company's own certificate must be valid (not expired, suspended or withdrawn) on every day
// into which credit is carried forward and on which a declaration is dated (domain.md §7; MB-06,
// IN-3 in iscc-rules.md §10 and §5.4; ISCC FAQ: credit carries "as long as the certificate is
// valid"). A site's own certificate is the one in the site register, else the settings' one (never
// where its own cell states none: site-certificate.ts); its
// validity comes from the certificate register. Without a register, or without a number (the
// declaration's mandatory-field check holds that back), nothing is checked here. A number the
// register lacks cannot be checked: no declaration is issued on it (`unchecked`), but credit is
// not lapsed for it, as nothing says the certificate failed. Nor can a number with a register row
// the reader refused at a cell (Books.refusedCertificates): the same, said with that cell, and a
// readable row suspended, withdrawn or not valid over a day still lapses the credit (registerGap).
import { cellOf } from "./findings";
import type { CellRef } from "./model";
import { documentKey } from "./normalise";
import type { RuleProfile } from "./profile";
import type { CertificateGap } from "./catalogue/details-receipts";
import { certificateRegister, refusedRegister, registerGap } from "./certificates";
import { type Books, type Certificate, type RefusedCertificate, type Site, siteKey } from "./records";
import { siteCertificate, type UnstatedCertificate, unstatedCertificate } from "./site-certificate";

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

/**
 * An own certificate number the certificate register lacks, or holds on a row refused at a cell
 * (`refused`: those rows, the first named): its validity cannot be checked.
 */
export interface OwnCertificateUnchecked {
  certificate: string;
  /** where the number is stated (settings or site register) */
  at: CellRef | undefined;
  refused?: readonly RefusedCertificate[];
}

export interface OwnCertificates {
  /** the gap on `date` (YYYY-MM-DD) for `site`, or null when it is valid or cannot be checked */
  gapOn(site: string, date: string): OwnCertificateGap | null;
  /**
   * The site's own certificate when the workbook keeps a certificate register that lacks it
   * (domain.md §7: it must be valid on the day a declaration is dated, so an unknown one holds
   * declarations back); null when it is in the register, or there is no register or no number.
   */
  uncheckedFor(site: string): OwnCertificateUnchecked | null;
  /**
   * The site's certificate cell on the sites sheet where it states none (site-certificate.ts): its
   * declarations are held by certificate-unstated, never issued on the settings' certificate.
   */
  unstatedFor(site: string): UnstatedCertificate | null;
  /** the site's own certificate as stated (site register, else settings), its cell and register rows; null: none */
  statedFor(site: string): { certificate: string; at: CellRef | undefined; entries: Certificate[] } | null;
}

/**
 * The own-certificate check for a run: a site's certificate is the site register's, else the
 * settings' ownCertificate; its terms and status come from the certificate register (numbers
 * compared as documentKey). Checks nothing without a register or without a number.
 */
export function ownCertificates(books: Books, profile: RuleProfile): OwnCertificates {
  const sites = new Map(books.sites.map((s) => [s.key, s]));
  const unstatedFor = (site: string) => unstatedCertificate(sites.get(siteKey(site)), books.layout);
  const register = certificateRegister(books.certificates);
  const numberOf = (own: Site | undefined) => siteCertificate(own, books.layout, profile.ownCertificate);
  const ownOf = (site: string) => sites.get(siteKey(site));
  const atOf = (own: Site | undefined) =>
    own?.certificate
      ? cellOf(own.source, "certificateNumber")
      : cellOf(profile.settingsSource, "ownCertificate");
  const statedFor = (site: string) => {
    const own = ownOf(site);
    const certificate = numberOf(own);
    if (certificate === "") return null;
    return { certificate, at: atOf(own), entries: register.get(documentKey(certificate)) ?? [] };
  };
  // nothing to check: no own certificate number, or no certificate register
  if (books.certificates.length === 0 && !books.refusedCertificates)
    return { gapOn: () => null, uncheckedFor: () => null, unstatedFor, statedFor };
  if (profile.ownCertificate === "" && books.sites.every((s) => s.certificate === ""))
    return { gapOn: () => null, uncheckedFor: () => null, unstatedFor, statedFor };
  const unread = refusedRegister(books.refusedCertificates);
  const unchecked = new Map<string, OwnCertificateUnchecked | null>();
  return {
    unstatedFor,
    statedFor,
    uncheckedFor(site) {
      // asked once per declaration: each site's answer is worked out once
      let answer = unchecked.get(site);
      if (answer === undefined) {
        const own = ownOf(site);
        const number = numberOf(own);
        const refused = unread.get(documentKey(number));
        answer =
          number === ""
            ? null
            : refused
              ? { certificate: number, at: atOf(own), refused }
              : register.has(documentKey(number))
                ? null
                : { certificate: number, at: atOf(own) };
        unchecked.set(site, answer);
      }
      return answer;
    },
    gapOn(site, date) {
      const own = ownOf(site);
      const number = numberOf(own);
      const key = documentKey(number);
      const entries = number === "" ? undefined : register.get(key);
      const refused = number === "" ? undefined : unread.get(key);
      const gap = entries ? registerGap(entries, refused ?? [], date) : null;
      // a day only a row not read could tell is unchecked (uncheckedFor), never lapsed on a guess
      if (!gap || gap.reason === "unreadable row") return null;
      const cert = gap.certificate;
      return {
        certificate: number,
        reason: gap.reason,
        statusText: gap.statusText,
        validFrom: cert.validFrom,
        validUntil: cert.validUntil,
        at: atOf(own),
        entry: cellOf(cert.source, "validUntil", "certificateNumber"),
      };
    },
  };
}
