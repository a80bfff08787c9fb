// Which certificate a site's declarations are issued on (domain.md §8: the supplier of an SD is the
// certified site that dispatches it; §2 Site: own certificate no.). Where the sites sheet has a
// certificate column, a site's own cell says it: a blank cell, a placeholder ("-", "n/a", "k.A.")
// or a word for a certificate applied for ("beantragt", "pending", "en cours") states none, and the
// settings' own certificate is never put in its place (break test c16: a Duisburg SD went out on
// the certificate the sites sheet gives to no site). Without a sites sheet, or one with no
// certificate column, the settings' own certificate is the company's and is every site's.
import { isCertificatePlaceholder } from "./certificates";
import { certificateStatusWord } from "./certificate-status-words";
import { exactCell } from "./findings";
import type { CellRef } from "./model";
import type { Site } from "./records";

/**
 * Whether a certificate cell says the certificate is applied for, in progress or to come, not
 * granted ("beantragt", "pending", "kommt noch": certificate-status-words.ts, pending);
 * full-width and other compatibility letters ("ｐｅｎｄｉｎｇ") read as their own (NFKC), as
 * certificates.ts reads a number's digits.
 */
export function isCertificatePending(text: string): boolean {
  return certificateStatusWord(text)?.kind === "pending";
}

/**
 * Whether a certificate cell's text states no certificate: blank, a placeholder without a digit
 * ("-", "n/a", "k.A.", "tbd"), or a status word beside or instead of the number: applied for, to
 * come, expired, withdrawn ("beantragt", "kommt noch", "EU-ISCC-… pending", "… abgelaufen":
 * certificate-status-words.ts), which the SD would print as the certificate's number.
 */
export function statesNoCertificate(text: string): boolean {
  const t = text.trim();
  return t === "" || isCertificatePlaceholder(t) || certificateStatusWord(t) !== null;
}

/** A site on the sites sheet whose certificate cell states none (see statesNoCertificate). */
export interface UnstatedCertificate {
  /** the site as the sites sheet spells it */
  site: string;
  /** the certificate cell (where it is blank: the cell of its column on the site's row) */
  at: CellRef | undefined;
  /** the cell's text as typed, trimmed; "" for a blank cell */
  typed: string;
  /** it says the certificate is applied for, not yet granted */
  pending: boolean;
}

type Layout = Record<string, Record<string, string>> | undefined;

/**
 * The site's certificate cell where it states none and its sheet has a certificate column (by
 * `layout`, Books.layout); null where the cell states a number, or the sheet has no such column.
 */
export function unstatedCertificate(site: Site | undefined, layout: Layout): UnstatedCertificate | null {
  if (!site || site.certificate !== "") return null;
  const column = layout?.[site.source.sheet]?.certificateNumber;
  if (!column) return null;
  const raw = site.fields.certificateNumber;
  const typed = typeof raw === "string" ? raw.trim() : raw == null ? "" : String(raw);
  const at = exactCell(site.source, "certificateNumber") ?? {
    sheet: site.source.sheet,
    cell: `${column}${site.source.row}`,
  };
  return { site: site.name, at, typed, pending: isCertificatePending(typed) };
}

/**
 * The certificate number a site's declarations are issued on: its own on the sites sheet, else,
 * where the sites sheet has no certificate column or does not list the site, the settings' own
 * certificate (`settings`); "" where its own cell states none (unstatedCertificate) or neither
 * gives one.
 */
export function siteCertificate(site: Site | undefined, layout: Layout, settings: string): string {
  if (site?.certificate) return site.certificate;
  return unstatedCertificate(site, layout) ? "" : settings;
}
