// The typed facts behind each finding code, one interface per shape: detection fills them, wording-*.ts renders
// them; FindingDetails maps every code to its shape, so a code or detail outside the catalogue does not compile.
import type { PartyCodes } from "./details-parties";
import type { RunDayCodes } from "./details-run-day";
import type { NumberLimit } from "../decimal-text";
import type {
  NegativeBalanceDetails,
  OverdraftDetails,
  CarryOverDetails,
  StockCountMissingDetails,
  OwnCertificateInvalidDetails,
  StockDeviationDetails,
  UnitMismatchDetails,
  StockCountCodes,
} from "./details-balance";
import type {
  ConversionFactorMissingDetails,
  ConversionFactorDeviatesDetails,
  CoProductInputDiffersDetails,
  BatchIdAlikeDetails,
  ProductionInputRepeatedDetails,
  ConversionImpossibleDetails,
} from "./details-conversion";
import type {
  ClaimExceedsInputDetails,
  LinkedSdUnavailableDetails,
  TransferNotAllowedDetails,
  DeclarationStaleDetails,
  DeclarationNeedsCorrectionDetails,
  DeclarationAmbiguousDetails,
  DeclarationNumberDuplicateDetails,
  OutsideFindingDetails,
  DeclarationRecordUnreadableDetails,
  InputIncompleteDetails,
  DeclarationIncompleteDetails,
  EngineErrorDetails,
  ReservedSheetNameDetails,
  IssueDateTooEarlyDetails,
  CertificateUnstatedDetails,
} from "./details-declarations";
import type {
  ProductDetails,
  GhgMissingDetails,
  GhgTotalMismatchDetails,
  GhgSavingDetails,
  GhgValueUnsupportedDetails,
  GhgMethodInvalidDetails,
  FinalFuelGhgPerMassDetails, // p-cat
  GhgUnitsMixedDetails,
  TransferGhgNotUsedDetails,
} from "./details-ghg";
export type { TransferGhgNotUsedDetails } from "./details-ghg";
import type {
  ImplausibleValueDetails,
  SustainableConflictDetails,
  DateIsYearDetails,
  UnknownSchemeDetails,
  DuplicateSdDetails,
  CertificateInvalidDetails,
  CertificateUnknownDetails,
  CertificateSchemeDetails,
  DateOutsidePeriodDetails,
  PeriodTooLongDetails,
  SiteNotListedDetails,
} from "./details-receipts";
import type { Text } from "./text";
import type {
  EnergyContentDiffersDetails,
  EnergyContentDisagreesDetails,
  HeatingValueUnusedDetails,
} from "./details-ghg";

/** How much a finding weighs: an error holds back the declarations it reaches (domain.md §8). */
export type Severity = "error" | "warning" | "info";
export type { BadReason, Consequence } from "./details-reasons";
export type { RemarkReason } from "./details-rows";
export type { ProductionRemarkReason } from "./details-production";
import type { BadReason, CellFacts, Consequence, DateFacts, StatedBalance } from "./details-reasons";

/** A cell the reading stage could not use as it stands (workbook layer, before the engine). */
export interface ReadDetails extends StatedBalance, CellFacts, DateFacts {
  /** the field's label, e.g. "Quantity" (rows-after-blank: the row number that ends the data) */
  label: string;
  /** the cell's text as typed, or the error shown (quoted up to QUOTE_MAX characters) */
  value?: string;
  /** what was read from an ambiguous value; refused-unit: the UnitRefusal (engine/units.ts), worded in the table */
  read?: string;
  /** labels of required fields without a column (header-not-found); unit-conflict: the heading's text where `other` is "heading"; totals-row (opening-credit, opening-line): the products left incomplete where the balance word stands in the product cell */
  missing?: string;
  /** unit-conflict: where the other unit is named, the column's heading or the Unit column */
  other?: "heading" | "unit-column";
  /** true when the row is not read because of this value */
  dropped?: boolean;
  /** why the value could not be read, where the code alone does not say it */
  reason?: BadReason;
  /** what follows when a value is unreadable but the row is read (worded in wording-cells.ts) */
  consequence?: Consequence;
  /** header-not-found on a sheet whose header row was found but lacks a required column */
  partial?: boolean;
  /** header-not-found: the headings that name another quantity (gross, tare, ordered…), quoted (workbook/heading-bars.ts) */
  others?: string;
  /** mapping-uncertain for a column that is not mapped but whose values read as the field's (workbook/unmapped-claims.ts, unmapped-sustainable.ts) */
  unmapped?: boolean;
  /** mapping-uncertain reason negated-heading: the field the user mapped the column as (Sheets tab, MB Config), a mapping set aside (p-misc) */
  mapped?: string;
  /** side-conflict: the side a combined ledger row's type names, "in" (a receipt) or "out" (a delivery); block-kind: a block's */
  side?: "in" | "out";
  /** mixed-conventions: the first values proving each convention, worded (workbook/cell-read.ts proofs) */
  proofs?: string;
  /** possible-totals-row: `repeats` each quantity is that of the data row above; `named` the label ("Summe Fett AG", named-sum) */
  repeats?: boolean;
  named?: string;
}

/** A field of a record the engine refused (field ids as in engine/schemas.ts, e.g. "ghg.unit"). */
export interface FieldDetails {
  field: string;
  value?: Text | null;
  /** the row was left out */
  dropped?: boolean;
  /** what intake did with the row without the value, where it is more than leaving it out (Consequence) */
  consequence?: Consequence | null;
}

/**
 * A record's field that is no decimal, or one beyond a limit of a book value: `reason` names the limit
 * (decimal-text.ts: 10^15 or more, a digit beyond the 20th decimal, over 17 significant digits); absent where no number at all.
 */
export interface InvalidNumberDetails extends FieldDetails {
  /**
   * `ghg-unit-slip` (p-ghg): a positive GHG total below 0.1 g CO2eq/MJ, likely typed in kg CO2eq/MJ;
   * `ghg-total-zero` (brk27 S9): a total of 0 that no component explains, likely typed for "not given"
   */
  reason?: NumberLimit | "ghg-unit-slip" | "ghg-total-zero" | GhgComponentSlip | GhgSignUnclear | null;
}

/** A GHG component but el written negative: a saving (esca, eccs, eccr) or an emission (eec, ep, etd, eu) */
export type GhgSignUnclear = "ghg-credit-negative" | "ghg-emission-negative";
// --- p-ghg2 ---
/** `ghg-component-slip`: GHG components without a total, summed below 0.1 g CO2eq/MJ (kg CO2eq/MJ typed) */
export type GhgComponentSlip = "ghg-component-slip";
// --- end p-ghg2

export interface InvalidDateDetails extends FieldDetails {
  /**
   * Why a date-like value is not a day, where more than "not a date": `threshold-changes`, an installation
   * start given as a year during which the GHG saving threshold changes, so the rule needs the day (domain.md §6).
   */
  reason?: "threshold-changes" | null;
  /** threshold-changes: the saving thresholds before and after the change in that year, percent */
  before?: Text;
  after?: Text;
}

export type { InvalidUnitDetails } from "./details-units";
import type { InvalidUnitDetails } from "./details-units";

export interface InvalidValueDetails {
  field: string;
  value: Text;
  /** the words the field takes (a closed list such as certificate statuses) */
  expected?: string | null;
  /** false: the delivery is not declared sustainable until it is corrected */
  declared?: boolean;
  /**
   * a claim or an Annex IX part the engine refused (wording-claims.ts): `not-compliant` (it
   * denies `read`), `claim-unclear`, `claim-scheme` (`read` is a claim of the other scheme than
   * `scheme`), `annex-point` (`read`: the part it names), `annex-part`
   */
  reason?: "not-compliant" | "claim-unclear" | "claim-scheme" | "annex-point" | "annex-part" | null;
  read?: string | null;
  scheme?: string | null;
  /** what intake did with the row's credit, where it said (Consequence); absent: no-credit or not-declared */
  consequence?: Consequence | null;
}

/**
 * Why a sustainable part cannot be used (intake/part-of.ts, receipt-part.ts): `unit-unknown`, `unconvertible` (not
 * without a density or heating value), `out-of-range` (below zero, above the quantity), `receipt-part` (a receipt's part
 * below its quantity), `receipt-none` (an SD number stated not sustainable, "Nachhaltig": nein; brk12): no credit. */
export type QuantityProblem =
  "unit-unknown" | "unconvertible" | "out-of-range" | "receipt-part" | "receipt-none";

export interface InvalidQuantityDetails extends FieldDetails {
  /** why the value cannot be used; absent or null: a quantity that is not greater than zero */
  reason?: QuantityProblem | null;
  /** unconvertible: the row's unit the part could not be converted to, e.g. "m3" */
  unit?: string | null;
}

/**
 * Every finding code and the shape of its details. Reading codes come from the workbook layer;
 * missing-value … invalid-value are raised by both the reading stage (a cell, by its label) and
 * the engine (a record's field), so they take either shape.
 */
export interface FindingDetails extends OutsideFindingDetails, StockCountCodes, PartyCodes, RunDayCodes {
  // reading (workbook layer)
  "header-not-found": ReadDetails;
  "mapping-uncertain": ReadDetails;
  "cell-error": ReadDetails;
  "ambiguous-date": ReadDetails;
  "ambiguous-number": ReadDetails;
  "rows-after-blank": ReadDetails;
  "formula-without-value": ReadDetails;
  "totals-row": ReadDetails;
  "unit-conflict": ReadDetails;
  "blank-not-sustainable": ReadDetails;
  "gross-calorific-value": ReadDetails;
  "energy-content-column": ReadDetails; // brk22 §4
  "no-rows-read": ReadDetails;
  // rows and sheets marked as not really there (workbook/row-state.ts)
  "row-cancelled": ReadDetails;
  "row-struck": ReadDetails;
  "row-hidden": ReadDetails;
  "sheet-hidden": ReadDetails;
  "rows-coloured": ReadDetails; // brk22 §6
  // statuses that leave a line unconfirmed (p-status, workbook/status-words.ts)
  "row-unconfirmed": ReadDetails;
  // (p-credit) a credit note, return or correction named in a document type column
  "row-credit-note": ReadDetails;
  // (brk27 S1, S3) a copy of a sheet, rows pasted twice, a delivery note booked twice
  "duplicate-row": ReadDetails;
  // reading: headings and total lines (p-headings)
  "second-quantity-column": ReadDetails;
  "quantity-columns-disagree": ReadDetails;
  "possible-totals-row": ReadDetails;
  // reading: cells as Excel shows them (p-xlsx)
  "column-hidden": ReadDetails;
  "value-not-shown": ReadDetails;
  // reading or engine
  "missing-value": ReadDetails | FieldDetails;
  "invalid-number": ReadDetails | InvalidNumberDetails;
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
  "certificate-scheme": CertificateSchemeDetails;
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
  "batch-id-alike": BatchIdAlikeDetails;
  "production-input-repeated": ProductionInputRepeatedDetails;
  "conversion-impossible": ConversionImpossibleDetails;
  "conversion-same-product": ProductDetails;
  "ghg-missing": GhgMissingDetails;
  "ghg-total-mismatch": GhgTotalMismatchDetails;
  "ghg-saving-below-threshold": GhgSavingDetails;
  "ghg-value-unsupported": GhgValueUnsupportedDetails;
  "ghg-method-invalid": GhgMethodInvalidDetails;
  "energy-content-differs": EnergyContentDiffersDetails; // brk22 §4
  "energy-content-disagrees": EnergyContentDisagreesDetails;
  "heating-value-unused": HeatingValueUnusedDetails; // brk24 §3
  "ghg-units-mixed": GhgUnitsMixedDetails;
  "claim-exceeds-input": ClaimExceedsInputDetails;
  "linked-sd-unavailable": LinkedSdUnavailableDetails;
  "transfer-not-allowed": TransferNotAllowedDetails;
  "certificate-unstated": CertificateUnstatedDetails;
  // --- p-cat ---
  "final-fuel-ghg-per-mass": FinalFuelGhgPerMassDetails;
  "transfer-ghg-not-used": TransferGhgNotUsedDetails; // p-ghg2; one GHG value in two columns, `sds` of which name the SD:
  "second-ghg-column": ReadDetails & { sds: number };
  "ghg-columns-disagree": ReadDetails & { sds: number };
  "declaration-stale": DeclarationStaleDetails;
  "declaration-needs-correction": DeclarationNeedsCorrectionDetails;
  "declaration-ambiguous": DeclarationAmbiguousDetails;
  "declaration-number-duplicate": DeclarationNumberDuplicateDetails;
  "declaration-record-unreadable": DeclarationRecordUnreadableDetails;
  "input-incomplete": InputIncompleteDetails;
  "declaration-incomplete": DeclarationIncompleteDetails;
  "issue-date-too-early": IssueDateTooEarlyDetails;
  "engine-error": EngineErrorDetails;
  "site-not-listed": SiteNotListedDetails;
  "reserved-sheet-name": ReservedSheetNameDetails; // app
}

/** Every finding code: reading, engine and app (domain.md §9 lists the stable ones). */
export type FindingCode = keyof FindingDetails;
