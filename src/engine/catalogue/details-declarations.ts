// The details of the codes about outgoing declarations, and of the app's own codes.
import type { WithdrawnFindingDetails } from "./details-withdrawn";
import type { DeclarationIssuedOutsideDetails, PeriodClosedCodes } from "./details-outside";
export type { DeclarationIssuedOutsideDetails } from "./details-outside";
export interface ClaimExceedsInputDetails {
  quantity: string;
  unit: string;
  claim: string;
  available: string;
}
export interface LinkedSdUnavailableDetails {
  asked: string;
  unit: string;
  sds: string;
  available: string;
}

/**
 * Why a transfer is not allowed or not moved whole (iscc-rules.md §6.2, TV-11), each worded in the
 * message table: `scheme` (not ISCC PLUS), `site-unknown` (a site not in the site register),
 * `same-site`, `company` (not one company or group), `company-unstated` (the sites sheet does not
 * state `site`'s company; `column`: whether it has a Company column), `country` (neither the same country nor
 * neighbours), `country-unstated` (the sites sheet does not state `site`'s country; `column`: whether it
 * has a Country column), `uncertified`, `certificate-unstated` (the sites sheet does not state `site`'s own
 * certificate: a blank cell, or, `column` false, no certificate column; never `uncertified`),
 * `body` (different certification bodies), `body-unstated` (the sites
 * sheet does not state `site`'s certification body; `column`: whether it has a Certification body
 * column), `short` (the sending site
 * held less credit with these characteristics than the transfer asks; only what it held moved).
 */
export type TransferRefusal =
  | "scheme"
  | "site-unknown"
  | "same-site"
  | "company"
  | "company-unstated"
  | "country"
  | "country-unstated"
  | "uncertified"
  | "certificate-unstated"
  | "body"
  | "body-unstated"
  | "short";

export interface TransferNotAllowedDetails {
  from: string;
  to: string;
  reason: TransferRefusal;
  /** site-unknown: the site the register lacks; company-unstated / certificate-unstated / body-unstated: the site whose company / certificate / certification body it does not state */
  site?: string | null;
  /** (brk26 N1) site-unknown: `site` is a code the sites sheet gives two sites (or a code and another site's name): those sites */
  shared?: string | null;
  /** company-unstated / certificate-unstated / body-unstated: the sites sheet has a Company / Certificate / Certification body column (its cell is blank), else it has none */
  column?: boolean | null;
  /** an *-unstated reason where the sites sheet lacks two or more of Company, Country, Certificate, Certification body: all of them ("Country, Certification body") */
  missing?: string | null;
  /** country: the sites' countries as the register gives them */
  fromCountry?: string | null;
  toCountry?: string | null;
  /** short: the credit the sending site held, and what the transfer asked to move (none of it moved), in `unit` of `product` on `date` */
  held?: string | null;
  quantity?: string | null;
  /** short: the sending site's balance is incomplete (credit refused at its cell): what it holds is not known */
  unknown?: boolean | null;
  unit?: string | null;
  product?: string | null;
  date?: string | null;
}

/**
 * A site on the sites sheet whose certificate cell states none (engine/site-certificate.ts): blank,
 * a placeholder ("-", "n/a", "k.A."), or applied for ("beantragt", `pending`). Its declarations are
 * held back (never issued on the settings' certificate) and its balances are incomplete (domain.md
 * §2 Site, §8: the supplier of an SD is the certified site). `value`: the cell as typed ("" blank).
 */
export interface CertificateUnstatedDetails {
  site: string;
  value: string;
  pending: boolean;
}

export interface DeclarationStaleDetails {
  /** the declarations' numbers, "SD-1, SD-2" */
  number: string;
  /** what changed, as the user knows it: "quantity, customer", "the rows behind it" */
  fields?: string | null;
  /** the quantity now delivered beyond what was issued, in `unit`, which a declaration of its own covers */
  extra?: string | null;
  unit?: string | null;
  /** the row's cells that could not be read now, "B5 (customer)": not a change, a cell to correct */
  unread?: string | null;
}

export interface DeclarationNeedsCorrectionDetails {
  /**
   * less: the delivery is now less than declared; gone: no sustainable delivery is found for it;
   * unreadable: its row has (or may have) a cell that could not be read (engine/issue/unread-row.ts);
   * other: its number is on a row that is another delivery (engine/issue/elsewhere.ts);
   * inputs: it cites incoming SD credit the books no longer give its delivery (engine/book/held.ts),
   * `cells` says which: "IN-1: 60 t cited, 20 t there"
   */
  why: "less" | "gone" | "unreadable" | "other" | "inputs";
  /**
   * unreadable: the refused cells, "cell E3 (quantity) of Deliveries row 3; …"; other: what makes
   * the row another delivery, "customer BioFuel AG → Nordic Oy, dispatch date 2025-01-24 → 2025-03-28"
   */
  cells?: string | null;
  /**
   * unreadable and sure: the row, "Deliveries row 3", found where the declaration was issued;
   * other: the rows that are exactly the delivery it was issued for ("" where none is)
   */
  row?: string | null;
  /** unreadable: the row is the one issued (its place, or the delivery bound to it), else it may be; other: `row` names one */
  sure?: boolean | null;
  /**
   * other: whether the row's SD number cell names the declaration; false where the row carries no
   * number and was taken for its delivery by what it is (all but one of date, customer, product,
   * quantity and site alike, bind.ts); absent reads as true
   */
  named?: boolean | null;
  cancel: string;
  number?: string | null;
  declaration?: string | null;
  issued?: string | null;
  now?: string | null;
  unit?: string | null;
}

export interface DeclarationAmbiguousDetails {
  declaration: string;
  number: string;
}

/**
 * (p-folder) declaration-invented (issue/invented.ts): a register line an earlier massbal wrote for
 * the number `typed` on a delivery row before any register held it. `lines`: its lines as the
 * register holds them ("ORH/2025/3-1, ORH/2025/3-2"); `number`: the one at this cell; `split`:
 * the numbers are `typed` with "-1", "-2"… massbal added (else the one line is `typed` itself,
 * with contents massbal computed).
 */
export interface DeclarationInventedDetails {
  number: string;
  typed: string;
  lines: string;
  split: boolean;
}

/** (p-outside) The codes issue/outside.ts finds, and (brk19 §12) app/run.ts's issue-date-run-day; FindingDetails extends it. */
export interface OutsideFindingDetails extends WithdrawnFindingDetails, PeriodClosedCodes {
  "declaration-issued-outside": DeclarationIssuedOutsideDetails;
  "declaration-invented": DeclarationInventedDetails;
  "issue-date-run-day": IssueDateRunDayDetails;
}

/** issue-date-run-day: no issue date in Settings (or no date: `setting` its cell), so `count` new declarations carry `date` (YYYY-MM-DD), the run's day. */
export interface IssueDateRunDayDetails {
  date: string;
  count: number;
  setting?: string;
}

export interface DeclarationNumberDuplicateDetails {
  number: string;
  others: string;
  owner?: string | null;
}

/**
 * Why the record in a register row cannot be read (engine/issue/record.ts), worded in the message
 * table: `other-declaration` (it is the record of the declaration numbered `of`), `foreign` (it is
 * not a record this add-in wrote).
 */
export type RecordProblem = { reason: "other-declaration"; of: string } | { reason: "foreign" };

export type DeclarationRecordUnreadableDetails = { number: string } & RecordProblem;

export interface InputIncompleteDetails {
  kinds: string;
}

/**
 * A field of the PoS a declaration is not issued without (domain.md §8, iscc-rules.md §5.2/§5.3):
 * the own company's name, address and certificate (settings); the recipient's name and address
 * and the dispatch address (the delivery row); raw material, country of origin, installation start
 * date, waste/residue status, GHG values and claim category (the receipts behind it).
 */
export type PosField =
  | "companyName"
  | "companyAddress"
  | "ownCertificate"
  | "customer"
  | "customerAddress"
  | "dispatchAddress"
  | "receivingAddress"
  | "rawMaterial"
  | "countryOfOrigin"
  | "installationStartDate"
  | "wasteResidue"
  | "ghg"
  | "claim";

/** One field the PoS lacks, and where to fill it in. */
export interface MissingPosField {
  field: PosField;
  /** the cells to fill in, in the order found (the message names the first six) */
  cells: { sheet: string; cell: string }[];
  /**
   * Where no cell can be named: the sheets a column for it would be added to (the delivery's for
   * the row's fields, the receipts' behind it for theirs; none for the settings' fields).
   */
  sheets: string[];
  /**
   * ownCertificate: the delivery's site, whose row on the Sites sheet may give it instead;
   * dispatchAddress: the site whose address cell on the Sites sheet is blank (site-address.ts)
   */
  site?: string;
  /** an address cell's reference or placeholder as typed ("wie oben", "-": address-placeholder.ts) */
  typed?: string;
  /** ghg: the quantity that has no GHG values, where it is not the whole declaration */
  quantity?: string;
  unit?: string;
}

export interface DeclarationIncompleteDetails {
  quantity: string;
  unit: string;
  product: string;
  customer: string;
  date: string;
  /** what the PoS lacks, each field once, in the order of the template */
  missing: MissingPosField[];
}

export interface EngineErrorDetails {
  error: string;
}

export interface ReservedSheetNameDetails {
  /** the name the results sheet should have had */
  wanted: string;
  /** the name it was written under */
  written: string;
}

/**
 * issue-date-too-early (engine/rules/issue-date-too-early.ts): the date of issuance a new
 * declaration would carry lies before its delivery's dispatch or before the receipt of an
 * incoming SD it draws on. Dates are YYYY-MM-DD. It is held back; the date is never moved.
 * Where the Settings date is too early for several deliveries it is said once, at its cell.
 */
export interface IssueDateTooEarlyDetails {
  /** the date of issuance it would carry */
  date: string;
  /**
   * where that date comes from: the issue date set in Settings, the day of the run (no issue
   * date set), or, where the host gave none, the delivery's own dispatch date
   */
  from: "settings" | "run" | "dispatch";
  /** the Settings cell of the issue date ("Settings!B8"), where it is typed on the settings sheet */
  setting?: string | null;
  /** the delivery's dispatch date */
  dispatched: string;
  /** the latest receipt of an incoming SD behind it, where it is later than `date` */
  received?: string | null;
  /** that receipt's incoming SD number, and its row's cell ("Receipts!A5") */
  sd?: string | null;
  receipt?: string | null;
  /**
   * (p-misc) the date of the latest production behind it (the output it declares was made then),
   * where it is later than `date`, and that production row's date cell ("Production!A4")
   */
  produced?: string | null;
  production?: string | null;
  /**
   * (p-opening) the date of the latest transfer that brought the credit behind it to the delivering
   * site, where it is later than `date`, and that transfer row's date cell ("Transfers!A3")
   */
  transferred?: string | null;
  transfer?: string | null;
  /** the earliest date of issuance it may carry: the latest of `dispatched`, `received`, `produced` and `transferred` */
  earliest: string;
  /**
   * (p-misc) said once at the Settings cell for the several deliveries its date is too early for:
   * how many it holds back, the date cells of up to eight of them ("Deliveries!A3, Deliveries!A4")
   * and how many more; `dispatched` and `earliest` are then the latest of theirs (the date to set)
   */
  held?: number | null;
  deliveries?: string | null;
  more?: number | null;
}
