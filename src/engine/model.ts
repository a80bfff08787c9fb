// The records the engine reads (domain.md §2). These are the contract between the workbook
// mapping (src/workbook) and the engine: plain data, no Decimal objects, no host types.
//
// Quantities and GHG numbers are decimal strings ("1234.5"), dates are ISO "YYYY-MM-DD".
// Every field is optional at the type level because a spreadsheet row can lack anything;
// the engine's intake stage validates with zod and turns what is missing or wrong into
// findings that point at `source.cells[field]`.

import type { GHG_FIELDS } from "./record-fields";
import type { InputOf, RecordInput } from "./record-derived";

/**
 * Where a record came from: the sheet, the 1-based row, and the A1 address of each field. Read
 * the addresses with `cellAt` / `cellsOf` (source-cells.ts), never from `cells` directly.
 */
export interface Source {
  sheet: string;
  row: number;
  /**
   * field name (as in the record type) -> A1 address, e.g. { quantity: "D12" }: every cell of the
   * row; with a `shape`, only those the shape leaves to the row (not on the row's own line).
   */
  cells?: Partial<Record<string, string>>;
  /** the fields with a cell and their columns, shared by rows alike (source-cells.ts) */
  shape?: CellShape;
}

/**
 * The fields of a row with a cell, in the order the reader gave them, and the column letters of
 * each ("D"), shared by the rows that have them; "" where the row's own `cells` holds the address
 * (source-cells.ts).
 */
export interface CellShape {
  readonly fields: readonly string[];
  readonly columns: readonly string[];
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export type SchemeName = "ISCC EU" | "ISCC PLUS";

/** GHG values as declared (domain.md §6); fields in record-fields.ts GHG_FIELDS. */
export type GhgInput = InputOf<typeof GHG_FIELDS>;

interface Base {
  source: Source;
  /**
   * Fields whose cell held a value that could not be read (an unknown claim, scheme, country,
   * yes/no or unit), by field id as in the record type ("claim", "sustainable", "countryOfOrigin").
   * The reader gives the finding at the cell and leaves the field out; the engine never reads such
   * a field as a default: no credit from a receipt whose claim or characteristic is unreadable, no
   * declaration for a delivery whose "sustainable" is unreadable (domain.md §7).
   */
  unreadable?: string[];
}

// The records themselves are declared once, in record-fields.ts: their fields, cell types, labels
// and required flags. These types are derived from there; add a field there, not here.

/**
 * Conversion values a row may carry, each in its own unit (domain.md §4): a density (kg/m³, t/m³,
 * kg/L, g/cm³, kg/Nm³) and a lower heating value (MJ/kg, MJ/t, GJ/t, MJ/m³, MJ/L, kWh/Nm³…).
 */
export type ConversionInput = Pick<
  RecordInput<"receipt">,
  "heatingValue" | "heatingValueUnit" | "density" | "densityUnit"
>;

export type ReceiptInput = Base & RecordInput<"receipt">;
export type DeliveryInput = Base & RecordInput<"delivery">;
/** A production row; its conversion values are those of the output product. */
export type ProductionInput = Base & RecordInput<"production">;
export type ConversionFactorInput = Base & RecordInput<"factor">;
export type StockCountInput = Base & RecordInput<"stock">;
export type CertificateInput = Base & RecordInput<"certificate">;
export type SiteInput = Base & RecordInput<"site">;
export type TransferInput = Base & RecordInput<"transfer">;

export type GhgPooling = "per-batch" | "worst-value";
export type OperatorType = "farm" | "first-gathering-point" | "other";
export type BalanceMode = "end-of-period" | "continuous";

/** Settings: from a settings sheet, the task pane, or CLI flags (flags win). All optional. */
export interface SettingsInput {
  source?: Source;
  companyName?: string;
  companyAddress?: string;
  ownCertificate?: string;
  scheme?: SchemeName;
  periodMonths?: number;
  /** first period start, YYYY-MM-DD */
  periodStart?: string;
  sdPrefix?: string;
  mode?: BalanceMode;
  ghgPooling?: GhgPooling;
  /** fraction, e.g. "0.005" for 0.5 % */
  stockTolerance?: string;
  /** fraction, e.g. "0.02" */
  conversionTolerance?: string;
  /** ISCC PLUS: cap carry-forward at physical stock too (default false) */
  plusCapCarryForward?: boolean;
  /**
   * Where a period ends without a stock count, cap the carry-forward at the book physical stock
   * and warn that no count was found (default true; applies where the carry-forward is capped:
   * ISCC EU, and ISCC PLUS with plusCapCarryForward). iscc-rules.md §1.4.
   */
  capWithoutCount?: boolean;
  /**
   * The kind of operator: farms (and plantations) and first gathering points may keep 12-month
   * periods under ISCC EU (iscc-rules.md §1.2, MB-01); everyone else at most 3 months.
   */
  operatorType?: OperatorType;
  /** issuance date for new declarations, YYYY-MM-DD; defaults to the delivery date */
  issueDate?: string;
  /** where cells give per-cell cell refs for settings fields */
  /** comparator and thresholds to apply: "transport" (default), "electricity", "heat", "rfnbo" (added by the engine owner) */
  fuelUse?: "transport" | "electricity" | "heat" | "rfnbo";
  /** keep balances in energy (RED Art. 30(1)(b), TV-7); every quantity needs a heating value (added by the engine owner) */
  energyAccounting?: boolean;
  /** the energy unit of the balances under energy accounting: "MJ" (default) or "kWh" (biomethane books) */
  energyUnit?: "MJ" | "kWh";
  /** the unit of every quantity whose row and header state none, as the workbook's settings say ("t", "Nm3"…) */
  defaultUnit?: string;
  /** the unit of densities whose row and header state none ("kg/m3"…) */
  densityUnit?: string;
  /** the unit of heating values whose row and header state none ("MJ/kg"…) */
  heatingValueUnit?: string;
  /**
   * how the workbook writes text numbers where a sheet's own values do not tell ("24,125"):
   * "comma" (1.234,5) or "point" (1,234.5); read by the workbook layer, ignored by the engine
   */
  decimalSeparator?: "comma" | "point";
  /** how the workbook writes slashed dates where a sheet's own values do not tell ("05/03/2025"): "dmy" or "mdy" */
  dateOrder?: "dmy" | "mdy";
}

/** A row of the workbook's `MB Declarations` register: a declaration issued earlier (record-fields.ts). */
export type IssuedDeclarationInput = Base & RecordInput<"issued">;

/** A request to withdraw an issued declaration (domain.md §8: a correction), from the pane or massbal. */
export interface Cancellation {
  /** the declaration's number; a split's base number withdraws every line of it */
  number: string;
  /** who withdraws it */
  by: string;
  /** why, in the user's words */
  reason: string;
  /** YYYY-MM-DD */
  on: string;
}

/**
 * Input the workbook holds but that could not be read (domain.md §4: a sheet recognised as a kind
 * but missing a required column, or a row refused or left out while reading or at intake). The
 * balances it would have fed are incomplete: reported with
 * `complete: false`, a negative balance that may come only from the missing input is no
 * non-conformity, and nothing is declared from them.
 */
export interface IncompleteInput {
  /** which records are missing; a combined ledger names both receipts and deliveries */
  kinds: ("receipts" | "deliveries" | "production" | "stockCounts" | "transfers")[];
  /** products concerned as typed (the row's, else the sheet's), when they could be read; absent: any product */
  products?: string[];
  /** sites concerned as typed ("" the default site), when they could be read; absent: any site */
  sites?: string[];
  /**
   * where it is said: the cell of its header row where the missing column belongs, or the cell of
   * the error that left a row out (that error then holds back what the row would feed)
   */
  source: CellRef;
}

/**
 * A row of the certificate register that the reader refused at a cell (a validity date that is no
 * day, "unbefristet", a year alone, a blank): it is not in `Ledger.certificates`, but the register
 * holds the certificate. The engine keys `number` as it keys the register's numbers (documentKey)
 * and never says such a certificate is missing from the register: a receipt or own certificate
 * that matches only such rows is unclear, with this cell named (domain.md §2, §7). A row whose
 * number cell itself was refused has no number here and matches nothing.
 */
export interface RefusedCertificateRow {
  /** the certificate number as typed in the row */
  number: string;
  /** the refused cell (the row's first error) */
  source: CellRef;
  /** the column's label as the refusal names it ("Valid until") */
  label: string;
  /** the cell's text as typed ("unbefristet"); "" for a blank cell */
  value: string;
}

export interface Ledger {
  receipts: ReceiptInput[];
  deliveries: DeliveryInput[];
  production: ProductionInput[];
  factors: ConversionFactorInput[];
  stockCounts: StockCountInput[];
  certificates: CertificateInput[];
  sites: SiteInput[];
  transfers: TransferInput[];
  settings: SettingsInput;
  /** declarations already issued (numbers kept, never reused; stale ones detected) */
  issued: IssuedDeclarationInput[];
  /** SD numbers already present anywhere in the workbook, so new numbers never collide */
  usedSdNumbers?: string[];
  /**
   * The column letter of every mapped field, by sheet ({ Deliveries: { customerAddress: "F" } }),
   * so a finding can point at a blank cell that must be filled in. Optional.
   */
  layout?: Record<string, Record<string, string>>;
  /**
   * The 1-based row of each sheet's header (the lowest row of a multi-row header), by sheet name,
   * so a finding about a column the sheet lacks can stand at its header. Optional.
   */
  headerRows?: Record<string, number>;
  /** sheets and rows that could not be read: the balances they would feed are incomplete */
  incomplete?: IncompleteInput[];
  /** certificate register rows refused at a cell, with their numbers (RefusedCertificateRow) */
  refusedCertificates?: RefusedCertificateRow[];
}
