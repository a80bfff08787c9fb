// The details of the engine's own codes (rules, booking, conversions, declarations) and the app's.
/** A value quoted or shown in a message: a cell's text, a decimal string, a date, a count. */

export type Text = string | number;

export interface ImplausibleValueDetails {
  field: string;
  value: Text;
  unit: string;
  /** impossible for any product (the row was left out), else merely unusual */
  impossible?: boolean;
  /** what the value more likely is, e.g. "a density in kg/m³" */
  likely?: string | null;
  /** the product's phase ("liquid") the value is unusual for */
  phase?: string | null;
  /** the cell whose unit was used */
  unitCell?: string | null;
}

export interface SustainableConflictDetails {
  quantity: Text;
  flag: Text;
  part: Text;
}

export interface DateIsYearDetails {
  value: Text;
  /** the GHG saving threshold, percent */
  minimum: Text;
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
}

/**
 * Why a certificate does not cover a day (domain.md §2, §7; iscc-rules.md §5.4), worded in the
 * message table (wording-engine.ts, `validityText`).
 */
export type CertificateGap =
  "expired" | "not yet valid" | "suspended" | "withdrawn" | "not valid" | "unknown status";

export interface CertificateInvalidDetails {
  certificate: Text;
  reason: CertificateGap;
  /** the register's status, where the reason is "not valid" or "unknown status" */
  statusText?: string | null;
  date: string;
  validFrom?: string | null;
  validUntil?: string | null;
  noCredit?: boolean;
}

export interface CertificateUnknownDetails {
  certificate: Text;
  noCredit?: boolean;
}

export interface DateOutsidePeriodDetails {
  date: string;
  periodStart: string;
  periodEnd: string;
}

export interface PeriodTooLongDetails {
  months: number;
  max: number;
  scheme: string;
  /** ISCC EU allows 12 months to farms and first gathering points */
  twelve?: boolean;
}

export interface NegativeBalanceDetails {
  account: string;
  periodEnd: string;
  closing: string;
  unit: string;
  /** "production" where the oldest unbacked withdrawal is a production row's sustainable input */
  short?: "production";
}

export interface OverdraftDetails {
  account: string;
  running: string;
  unit: string;
  date: string;
  continuous: boolean;
}

export interface CarryOverDetails {
  product: string;
  periodEnd: string;
  closing: string;
  physical: string;
  carried: string;
  lapsed: string;
  unit: string;
}

export interface StockCountMissingDetails extends CarryOverDetails {
  /** what the finding concerns when it has no cell, e.g. "Rapeseed oil at site Hamburg" */
  where: string;
}

export interface OwnCertificateInvalidDetails {
  certificate: Text;
  reason: CertificateGap;
  /** the register's status, where the reason is "not valid" or "unknown status" */
  statusText?: string | null;
  date: string;
  validFrom: string;
  validUntil: string;
  /** about carrying credit forward (else about a declaration's date) */
  carry?: boolean;
  site?: string | null;
  periodEnd?: string | null;
  /** "dated" or "dispatched": what the declaration's date is */
  dated?: string | null;
}

export interface StockDeviationDetails {
  product: string;
  counted: string;
  book: string;
  deviation: string;
  tolerance: string;
  unit: string;
  site?: string;
}

export interface UnitMismatchDetails {
  unit: string;
  product: string;
  accountUnit: string;
  /**
   * Why the row's own conversion value does not help (engine/unconverted.ts): "per" (the value is
   * per another unit), "other-side" (the production row's value is the output's), "input-side" or
   * "output-side" (a production side without its own value); absent when the row has none.
   */
  why?: "per" | "other-side" | "input-side" | "output-side";
  /** the field id of the row's density or heating value (why "per" or "other-side") */
  hintField?: string;
  /** the unit the value is per, e.g. "m3" */
  per?: string | null;
  /** the unit of the quantity, e.g. "Nm3" */
  dim?: string;
}

export interface ConversionFactorMissingDetails {
  input: string;
  output: string;
  date: string;
}

export interface ConversionFactorDeviatesDetails {
  actual: string;
  factor: string;
  tolerance: string;
  /** the difference, percent */
  deviation?: string;
  /** which of the two the credit follows */
  used?: "yield" | "factor";
}

/** Two batch ids that differ by more than spaces and case but look alike (conversions.ts). */
export interface BatchIdAlikeDetails {
  /** this row's batch id as typed */
  batch: string;
  /** the earlier, alike batch id as typed */
  other: string;
  /** where the earlier id is, e.g. "Production!B3" */
  first: string;
}

export interface CoProductInputDiffersDetails {
  batch: string;
  first: string;
  field: string;
}

export interface ConversionImpossibleDetails {
  /** "incomparable", "co-products", "yield" or "factor" */
  reason: string;
  input?: string | null;
  output?: string | null;
  value?: string | null;
  batch?: string | null;
  inputUnit?: string | null;
  outputUnit?: string | null;
}

export interface ProductDetails {
  product: string;
}

export interface GhgMissingDetails {
  product: string;
  quantity: string;
  unit: string;
  inputs: string;
}

export interface GhgTotalMismatchDetails {
  total: string;
  computed: string;
  /** the GHG method of the row (an error for actual values, else a warning) */
  method?: string | null;
}

export interface GhgSavingDetails {
  total: string;
  saving: string;
  comparator: string;
  minimum: string;
  installationDate?: string | null;
  /** about an outgoing declaration (else an incoming receipt) */
  outgoing?: boolean;
  quantity?: string | null;
  unit?: string | null;
  /** set (maybe "") when the installation date was blank and the strictest threshold was used */
  strictestFrom?: string | null;
  noCredit?: boolean;
}

export interface GhgValueUnsupportedDetails {
  declared: string;
  supported: string;
}

/**
 * What is wrong with a GHG method (UDB, iscc-rules.md §4.3, TV-12), worded in the message table:
 * `unknown` (not TDV, DDV or AV), `tdv-components` (a total default value with components),
 * `ddv-reductions` (disaggregated defaults with esca, eccs or eccr).
 */
export type GhgMethodProblem = "unknown" | "tdv-components" | "ddv-reductions";

export interface GhgMethodInvalidDetails {
  method: string | null;
  reason: GhgMethodProblem;
}

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
 * `same-site`, `company` (not one company or group), `country` (neither the same country nor
 * neighbours), `uncertified`, `body` (different certification bodies), `short` (the sending site
 * held less credit with these characteristics than the transfer asks; only what it held moved).
 */
export type TransferRefusal =
  "scheme" | "site-unknown" | "same-site" | "company" | "country" | "uncertified" | "body" | "short";

export interface TransferNotAllowedDetails {
  from: string;
  to: string;
  reason: TransferRefusal;
  /** site-unknown: the site the register lacks */
  site?: string | null;
  /** country: the sites' countries as the register gives them */
  fromCountry?: string | null;
  toCountry?: string | null;
  /** short: the credit the sending site held, and what was not moved, in `unit` of `product` on `date` */
  held?: string | null;
  notMoved?: string | null;
  unit?: string | null;
  product?: string | null;
  date?: string | null;
}

export interface DeclarationStaleDetails {
  number: string;
  fields?: string | null;
  reason?: string | null;
  extra?: string | null;
}

export interface DeclarationNeedsCorrectionDetails {
  why: "less" | "gone";
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

export interface DeclarationNumberDuplicateDetails {
  number: string;
  others: string;
  owner?: string | null;
}

export interface DeclarationRecordUnreadableDetails {
  number: string;
  reason: string;
}

export interface InputIncompleteDetails {
  kinds: string;
}

export interface DeclarationIncompleteDetails {
  quantity: string;
  unit: string;
  product: string;
  customer: string;
  date: string;
  /** what the PoS lacks, in words */
  missing: string;
  /** the same, as field names */
  fields?: string;
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
