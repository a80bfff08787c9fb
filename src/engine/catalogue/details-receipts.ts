// The details of the codes about incoming receipts: implausible values, certificates, SDs, dates.
import type { Text } from "./text";

export interface ImplausibleValueDetails {
  field: string;
  value: Text;
  unit: string;
  /** impossible for any product, or for the row's phase (the row was left out), else merely unusual */
  impossible?: boolean;
  /** the unit of the same kind under which the value would be usual, e.g. "t/m³" (engine/plausibility.ts) */
  likely?: string | null;
  /** the product's phase the value is unusual or impossible for (engine/plausibility.ts Phase) */
  phase?: "liquid" | "gas" | "liquid-or-solid" | null;
  /** the cell whose unit was used */
  unitCell?: string | null;
  // --- p-heat2: a named product's heating value (product-heating.ts), a density not used ---
  /** the product whose heating value (or, p-cat, density band) it misses ("biomethane"): refused */
  product?: string;
  /** that product's usual lower heating value ("33–40 MJ/Nm³ (9.2–11.1 kWh/Nm³)") or density band */
  usual?: string;
  /** a density per m³ on a row kept in Nm³: not used, since only a density per Nm³ converts it */
  unused?: "Nm3";
  // --- end p-heat2 ---
  // --- p-cat: a heating value per m³ judged at the row's density per m³ ---
  /** the row's density ("120 kg/m³") and the value per mass at it ("0.292 MJ/kg") */
  atDensity?: { density: string; perMass: string };
  // --- end p-cat ---
}

export interface SustainableConflictDetails {
  quantity: Text;
  flag: Text;
  part: Text;
  /** (brk12) the row is a receipt: it gives no credit, its balances incomplete (intake/receipt-part.ts) */
  receipt?: boolean;
}

export interface DateIsYearDetails {
  value: Text;
  /** the GHG saving threshold, percent */
  minimum: Text;
}

/**
 * A row's site that the books do not list (intake/site-register.ts): `value` as typed ("" where
 * `blank`), `sitesSheet` whether the sites sheet lists sites (else `sites` are those other rows
 * name), `sites` up to eight of them joined with ", ", `more` how many more there are.
 */
export interface SiteNotListedDetails {
  value: Text;
  blank: boolean;
  sitesSheet: boolean;
  sites: Text;
  more: number;
  /**
   * (p-misc) the sheet has no Site column at all: said once at its header for its `rows` rows
   * (each left out), rather than at each row
   */
  noColumn?: boolean | null;
  rows?: number | null;
  /** (brk26 N1) `value` is a code the sites sheet gives two sites (or a code and another site's name): the sites it may be */
  shared?: Text | null;
}

export interface UnknownSchemeDetails {
  value: Text;
  used: string;
}

export interface DuplicateSdDetails {
  sd: Text;
  supplier?: Text | null;
  /** "Sheet!Cell" of the first booking */
  first: string;
  noCredit?: boolean;
  // --- p-sdno2: a spelling that may be the same number
  /** the first booking's spelling where it differs from `sd` only in leading zeros ("012345" and 12345) */
  alike?: Text;
  // --- end p-sdno2
  // --- p-sd6: how the two spellings differ (engine/sd-alike.ts); absent: in leading zeros
  /** "zeros": leading zeros; "year": a year of two digits or four; "letter-o": a letter O for a zero; "letter-l": a letter l or I for a one (p-sd7); "label": a letter glued to the digits of one, set aside as a label ("N4711" beside "4711", p-sd8) */
  alikeBy?: readonly ("zeros" | "year" | "letter-o" | "letter-l" | "label")[];
  // --- end p-sd6
  // --- p-sd9: a delivery's own number that is an incoming SD's (`first`: the receipt's SD cell)
  incoming?: boolean;
  // --- end p-sd9
}

/**
 * Why a certificate does not cover a day (domain.md §2, §7; iscc-rules.md §5.4), worded in the
 * message table (wording-engine.ts, `validityText`).
 */
export type CertificateGap =
  "expired" | "not yet valid" | "suspended" | "withdrawn" | "not valid" | "unknown status";

export interface CertificateInvalidDetails {
  certificate: Text;
  /**
   * "unreadable row": a register row of the certificate was refused at a cell (`row`, `label`,
   * `value`), so whether it covers the day is unclear (engine/certificates.ts registerGap)
   */
  reason: CertificateGap | "unreadable row";
  /** the register's status, where the reason is "not valid" or "unknown status" */
  statusText?: string | null;
  date: string;
  validFrom?: string | null;
  validUntil?: string | null;
  noCredit?: boolean;
  /** "unreadable row": the refused cell ("Certificates!D7"), its column's label and its text ("" blank) */
  row?: string | null;
  label?: string | null;
  value?: string | null;
  /** "unreadable row": a readable row that says valid on the day ("Certificates!A3") */
  validRow?: string | null;
}

export interface CertificateUnknownDetails {
  certificate: Text;
  noCredit?: boolean;
  /**
   * the receipt gives no supplier certificate number: its cell is blank, the sheet has no such
   * column, or it holds a placeholder (`certificate` is then the placeholder as typed: "n/a", "-")
   */
  missing?: boolean;
}

/**
 * certificate-scheme (engine/rules/certificate-scheme.ts): a certificate whose number or register
 * row names another scheme than the receipt's account (a supplier's: the receipt gives no credit)
 * or the declarations' (the own certificate: they are held back).
 */
export interface CertificateSchemeDetails {
  certificate: Text;
  /** the scheme the certificate's number or register row names ("ISCC PLUS", "ISCC CORSIA") */
  stated: string;
  /** the scheme of the receipt's account, or of the declarations */
  scheme: string;
  /** the register row that names `stated` ("Certificates!C3"); absent: the number's own prefix does */
  row?: string | null;
  /** a supplier's certificate: the receipt gives no credit */
  noCredit?: boolean;
  /** the company's own certificate: the declarations it holds back, the first and last dated */
  held?: number;
  date?: string | null;
  lastDate?: string | null;
}

/** A row left out because its date lies outside the periods (periods.ts); its balances are incomplete. */
export interface DateOutsidePeriodDetails {
  /** the row's date, YYYY-MM-DD */
  date: string;
  /** the first period's start and the last period's end, YYYY-MM-DD */
  periodStart: string;
  periodEnd: string;
  /**
   * a row before a first period start set in Settings: the start (YYYY-MM-DD, the first day of the
   * quarter of the earliest row) that would take every row in
   */
  setStart?: string;
}

export interface PeriodTooLongDetails {
  months: number;
  max: number;
  scheme: string;
  /** ISCC EU allows 12 months to farms and first gathering points */
  twelve?: boolean;
}
