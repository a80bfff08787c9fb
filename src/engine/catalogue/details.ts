// The typed facts behind each finding code: detection fills them, the wording (wording-*.ts)
// renders them. One interface per shape; FindingDetails maps every code to its shape, so a code
// outside the catalogue, or a detail the code does not take, does not compile.

/** A value quoted or shown in a message: a cell's text, a decimal string, a date, a count. */
export type Text = string | number;

/** Why a cell's value could not be read, beyond its code (the workbook layer decides it). */
export type BadReason =
  | "year-only"
  | "month-only"
  | "formula"
  | "not-compliant"
  | "vocabulary"
  | "decimals"
  | "large"
  | "percent"
  | "date-shown"
  | "time-shown"
  | "conditional-format"
  | "format-unit"
  | "flag-number"
  | "share-number"
  | "range"
  | "unit-kind"
  | "refused-unit"
  | "negative";

/** A cell the reading stage could not use as it stands (workbook layer, before the engine). */
export interface ReadDetails {
  /** the field's label, e.g. "Quantity" (rows-after-blank: the row number that ends the data) */
  label: string;
  /** the cell's text as typed, or the error shown (quoted up to QUOTE_MAX characters) */
  value?: string;
  /** what was read from an ambiguous value, or why a unit is refused */
  read?: string;
  /** labels of required fields without a column (header-not-found); the other cell (unit-conflict) */
  missing?: string;
  /** true when the row is not read because of this value */
  dropped?: boolean;
  /** why the value could not be read, where the code alone does not say it */
  reason?: BadReason;
  /** what follows for the row when a value is unreadable but the row is read: e.g. "gives no credit" */
  consequence?: string;
  /** header-not-found on a sheet whose header row was found but lacks a required column */
  partial?: boolean;
}

/** A field of a record the engine refused (field ids as in engine/schemas.ts, e.g. "ghg.unit"). */
export interface FieldDetails {
  field: string;
  value?: Text | null;
  /** the row was left out */
  dropped?: boolean;
}

export interface InvalidDateDetails extends FieldDetails {
  /** why a date-like value is not a day (e.g. a year only) */
  reason?: string | null;
}

export interface InvalidUnitDetails {
  value: string;
  field?: string | null;
  /** the units the field takes, as a list in words */
  expected?: string | null;
  /** no unit at all was given */
  missing?: boolean;
}

export interface InvalidValueDetails {
  field: string;
  value: Text;
  /** the words the field takes (a closed list such as certificate statuses) */
  expected?: string | null;
  /** false: the delivery is not declared sustainable until it is corrected */
  declared?: boolean;
}

export interface InvalidQuantityDetails extends FieldDetails {
  /** the sentence after the value, where it is not "must be greater than zero" */
  reason?: string | null;
}

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

export interface CertificateInvalidDetails {
  certificate: Text;
  /** "expired", "not yet valid", "suspended", … */
  reason: string;
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
  reason: string;
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

export interface GhgMethodInvalidDetails {
  method: string | null;
  reason: string;
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

export interface TransferNotAllowedDetails {
  from: string;
  to: string;
  reason: string;
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

/**
 * Every finding code and the shape of its details. Reading codes come from the workbook layer;
 * missing-value … invalid-value are raised by both the reading stage (a cell, by its label) and
 * the engine (a record's field), so they take either shape.
 */
export interface FindingDetails {
  // reading (workbook layer)
  "header-not-found": ReadDetails;
  "mapping-uncertain": ReadDetails;
  "cell-error": ReadDetails;
  "ambiguous-date": ReadDetails;
  "ambiguous-number": ReadDetails;
  "rows-after-blank": ReadDetails;
  "formula-without-value": ReadDetails;
  "totals-row": ReadDetails;
  "scaled-number": ReadDetails;
  "unit-conflict": ReadDetails;
  "blank-not-sustainable": ReadDetails;
  "gross-calorific-value": ReadDetails;
  // reading or engine
  "missing-value": ReadDetails | FieldDetails;
  "invalid-number": ReadDetails | FieldDetails;
  "invalid-date": ReadDetails | InvalidDateDetails;
  "invalid-unit": ReadDetails | InvalidUnitDetails;
  "invalid-value": ReadDetails | InvalidValueDetails;
  // engine
  "invalid-quantity": InvalidQuantityDetails;
  "implausible-value": ImplausibleValueDetails;
  "sustainable-conflict": SustainableConflictDetails;
  "date-is-year": DateIsYearDetails;
  "unknown-scheme": UnknownSchemeDetails;
  "duplicate-sd": DuplicateSdDetails;
  "certificate-invalid": CertificateInvalidDetails;
  "certificate-unknown": CertificateUnknownDetails;
  "date-outside-period": DateOutsidePeriodDetails;
  "period-too-long": PeriodTooLongDetails;
  "negative-balance": NegativeBalanceDetails;
  overdraft: OverdraftDetails;
  "carry-over-exceeds-stock": CarryOverDetails;
  "stock-count-missing": StockCountMissingDetails;
  "own-certificate-invalid": OwnCertificateInvalidDetails;
  "stock-deviation": StockDeviationDetails;
  "unit-mismatch": UnitMismatchDetails;
  "conversion-factor-missing": ConversionFactorMissingDetails;
  "conversion-factor-deviates": ConversionFactorDeviatesDetails;
  "co-product-input-differs": CoProductInputDiffersDetails;
  "conversion-impossible": ConversionImpossibleDetails;
  "conversion-same-product": ProductDetails;
  "ghg-missing": GhgMissingDetails;
  "ghg-total-mismatch": GhgTotalMismatchDetails;
  "ghg-saving-below-threshold": GhgSavingDetails;
  "ghg-value-unsupported": GhgValueUnsupportedDetails;
  "ghg-method-invalid": GhgMethodInvalidDetails;
  "claim-exceeds-input": ClaimExceedsInputDetails;
  "linked-sd-unavailable": LinkedSdUnavailableDetails;
  "transfer-not-allowed": TransferNotAllowedDetails;
  "declaration-stale": DeclarationStaleDetails;
  "declaration-needs-correction": DeclarationNeedsCorrectionDetails;
  "declaration-ambiguous": DeclarationAmbiguousDetails;
  "declaration-number-duplicate": DeclarationNumberDuplicateDetails;
  "declaration-record-unreadable": DeclarationRecordUnreadableDetails;
  "input-incomplete": InputIncompleteDetails;
  "declaration-incomplete": DeclarationIncompleteDetails;
  "engine-error": EngineErrorDetails;
  // app
  "reserved-sheet-name": ReservedSheetNameDetails;
}

/** Every finding code: reading, engine and app (domain.md §9 lists the stable ones). */
export type FindingCode = keyof FindingDetails;
