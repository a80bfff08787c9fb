// The wording of site-not-listed (engine/intake/site-register.ts): a row whose site is blank or
// not on the sites sheet is left out, and the balances of its product at every site are incomplete
// (it may be any site's). Moved out of wording-engine.ts to keep that file under 300 lines.
import { remarkBesideNumber } from "../certificate-remark";
import type { CertificateUnstatedDetails } from "./details-declarations";
import type { SiteNotListedDetails } from "./details-receipts";

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);

/** The sentence of a site-not-listed finding: what is wrong with the site, why, and what to type. */
export function siteNotListedText(d: SiteNotListedDetails): string {
  const sites = `${s(d.sites)}${d.more > 0 ? ` and ${d.more} more` : ""}`;
  if (d.noColumn) return noColumnText(d, sites);
  if (d.shared) return sharedCodeText(s(d.value), s(d.shared));
  const what = d.blank ? "the site is blank" : `the site "${s(d.value)}" is not on the sites sheet`;
  const why = d.sitesSheet
    ? d.blank
      ? `, and the sites sheet lists ${sites}`
      : ""
    : `, while other rows name ${sites}`;
  const fix = d.sitesSheet
    ? `type one of ${sites}, or add ${d.blank ? "the site" : `"${s(d.value)}"`} to the sites sheet`
    : `type the row's site (one of ${sites}, or the name of another)`;
  return `${what}${why}, so the row was left out: the balances of its product at every site are incomplete (it may be any site's) and nothing is declared from them until the site is corrected; ${fix}.`;
}

/** A code the sites sheet gives two sites (brk26 N1): the row names neither; which, the user says. */
export function sharedCodeText(code: string, sites: string): string {
  return `the site "${code}" is a code the sites sheet gives to more than one site (${sites}), so it is not known which site the row is, and the row was left out: the balances of its product at every site are incomplete and nothing is declared from them until the site is corrected; type the site's name, or give each site its own code on the sites sheet.`;
}

/** A sheet with no Site column beside books that name sites: said once, at its header. */
function noColumnText(d: SiteNotListedDetails, sites: string): string {
  const rows = d.rows === 1 ? "its row was" : `its ${s(d.rows)} rows were`;
  const named = d.sitesSheet ? `the sites sheet lists ${sites}` : `other sheets name ${sites}`;
  return `this sheet has no Site column, while ${named}, so ${rows} left out, never booked to a guessed site: the balances of their products at every site are incomplete and nothing is declared from them until each row's site is given; add a Site column naming each row's site (${d.sitesSheet ? "one the sites sheet lists" : `one of ${sites}, or the name of another`}).`;
}

/**
 * The sentence of a certificate-unstated finding (engine/rules/certificate-unstated.ts): what the
 * cell says, that no declaration of the site is issued on another certificate, and what to type.
 */
export function certificateUnstatedText(d: CertificateUnstatedDetails): string {
  const cell =
    s(d.value) === ""
      ? `the sites sheet does not state the certificate of site ${s(d.site)} (its certificate cell is blank)`
      : d.pending
        ? `the sites sheet says the certificate of site ${s(d.site)} is "${s(d.value)}": applied for, not yet granted, so the site is not known to be certified`
        : remarkBesideNumber(s(d.value))
          ? `the certificate cell of site ${s(d.site)} ("${s(d.value)}") has a remark after the certificate number, so it is not said that the number is the one valid now: write the certificate number alone and put a remark in another cell`
          : `the sites sheet does not state the certificate of site ${s(d.site)} ("${s(d.value)}" is no certificate number)`;
  return `${cell}. A declaration names the certified site that dispatches it, so no declaration is issued for the site's deliveries (never on the certificate in the settings, which the sites sheet does not give this site), and its balances are shown incomplete; type the site's certificate number in this cell${d.pending ? " once it is granted" : ""}, or, where the site is covered by the company's certificate, type that number here.`;
}

/**
 * invalid-value, reason postcode-digits (h-postcode, workbook/postcode.ts): a postcode (or an
 * address) cell holding a number that shows fewer digits than the country's postcodes have: Excel
 * drops a postcode's leading zeros when it is kept as a number, so which postcode it is is unknown.
 * `label` the heading, `value` what the cell shows, `read` the country as typed, `digits` its length.
 */
export function postcodeDigitsText(d: {
  label: string;
  value?: string;
  read?: string;
  digits?: number;
}): string {
  const shown = s(d.value);
  const country = d.read
    ? `a postcode of ${d.read}`
    : "a postcode (no country the add-in reads is given with it)";
  return `"${shown}" in ${d.label} is a number of ${shown.replace(/\D/g, "").length} digits, and ${country} has ${s(d.digits ?? 5)}: Excel drops a postcode's leading zeros when the cell holds a number (01067 is kept as 1067), so the add-in cannot tell which postcode this is and prints no address with it; the Sustainability Declarations that print this address are held back until it is corrected. Format the cell as text and type the postcode with its leading zero (or type an apostrophe first: '01067), or give the cell the number format 00000.`;
}
