// The engine's own view of the records after intake: validated, normalised, quantities exact.
// Stages after intake read only these, so spelling and blank cells are settled in one place.
import type { CellRef, IncompleteInput, SchemeName, Source } from "./model";
import type { GhgMethod } from "./normalise";
import type { CertificateStatus } from "./certificate-status";
import type { CertificateScheme } from "./certificate-scheme";
import type { Amount, ConversionHints } from "./amount";
import type { Dec } from "./quantity";
import type { Characteristics, Correction } from "./result";
import type { Unconverted } from "./unconverted";
import { textKey } from "./fold";

export const GHG_COMPONENTS = ["eec", "el", "ep", "etd", "eu", "esca", "eccs", "eccr"] as const;
export type GhgComponent = (typeof GHG_COMPONENTS)[number];

export interface Ghg {
  /** null when blank; "invalid" keeps the typed text for the finding */
  method: GhgMethod | null;
  methodText: string;
  unit: string | null;
  components: Partial<Record<GhgComponent, Dec>>;
  /** the total as given, else the sum of the components, else null */
  total: Dec | null;
  totalGiven: boolean;
  /** identity of the values, for grouping batches that carry exactly the same ones */
  signature: string;
}

interface Rec {
  source: Source;
  /** the row as validated, for the declaration fingerprint */
  fields: Record<string, unknown>;
  /** position in the input, the tie-break that keeps the output order stable */
  seq: number;
}

/** What a receipt and a delivery both are: material moved, measured and certified (intake/movement.ts). */
export interface Movement extends Rec {
  date: string;
  site: string;
  scheme: SchemeName;
  product: string;
  productKey: string;
  unit: string;
  amount: Amount;
  /** why a density or heating value the row gives does not convert its quantity; null for most rows */
  unconverted: Unconverted | null;
}

export interface Receipt extends Movement {
  sustainable: boolean;
  sd: string;
  sdKey: string;
  supplier: string;
  supplierKey: string;
  supplierCertificate: string;
  characteristics: Characteristics;
  ghg: Ghg | null;
  installationStartDate: string | null;
  dispatchDate: string | null;
  /** the row's heating value with its density (amount.ts heatingValueIn), where it states a heating value */
  heat: ConversionHints | null;
  /**
   * the reader could not read its SD number, supplier certificate, claim, scheme or a
   * characteristic (model.ts Base.unreadable): it gives no credit, whatever its SD says
   */
  creditUnreadable: boolean;
}

export interface Delivery extends Movement {
  /** the part sold as sustainable, or null when none */
  sustainableAmount: Amount | null;
  customer: string;
  customerAddress: string;
  customerCertificate: string;
  /** normalised claim the customer asked for, or null when blank */
  claim: string | null;
  sdNumber: string;
  linkedSds: string[];
  dispatchAddress: string;
  /** where the goods were delivered to; "" when the book has no such column (the recipient's address) */
  receivingAddress: string;
  /** (brk22 §4) the row's own heating value with its density, where it states one: the SD's energy content */
  heat?: ConversionHints | null;
  ghg: Ghg | null;
}

export interface Production extends Rec {
  date: string;
  site: string;
  scheme: SchemeName | null;
  inputProduct: string;
  inputKey: string;
  outputProduct: string;
  outputKey: string;
  unit: string;
  inputAmount: Amount;
  /** why the input quantity's conversion values do not convert it (or the row gives only the output's) */
  inputUnconverted: Unconverted | null;
  /** why the output's conversion values do not convert the output quantity */
  outputUnconverted: Unconverted | null;
  /** the output in its own unit (outputUnit, else the row's) and what it converts to */
  outputAmount: Amount | null;
  /** the output's unit (canonical spelling) */
  outputUnit: string;
  /** the output's density and heating value: credit reaches the output's account through them */
  outputHints: ConversionHints;
  /** the input's density and heating value: credit in an energy or volume account reaches the factor's dimension through them */
  inputHints: ConversionHints;
  sustainableInput: Amount;
  rowFactor: Dec | null;
  /** the row factor's unit as its heading states it ("Nm³/t"; factor-units.ts), "" for a bare factor */
  rowFactorUnit?: string;
  /** (h-ghg3) the row's factor kept as input per output ("Einsatz je t Produkt"), as typed; null where none (factor-inverse.ts) */
  rowInverse: Dec | null;
  /** its unit as its heading states it (input unit per output unit, "t/t"), "" for none */
  rowInverseUnit?: string;
  ghg: Ghg | null;
  /** (p-misc) the cell ("F2", "" where none) of the output's own GHG values refused (output-ghg-unknown): unknown, not absent */
  ghgRefused?: string;
  /** the batch or process id as a key ("" when none), trimmed and upper-cased only: rows of a site sharing it are one process */
  batchKey: string;
}

export interface Factor extends Rec {
  inputKey: string;
  outputKey: string;
  factor: Dec;
  /** the factor's unit as its heading states it ("Nm³/t"; factor-units.ts), "" for a bare factor */
  unit?: string;
  validFrom: string | null;
  validTo: string | null;
  siteKey: string;
}

export interface StockCount extends Rec {
  date: string;
  site: string;
  product: string;
  productKey: string;
  unit: string;
  amount: Amount;
  /** the tank or storage location counted, as typed ("" when the sheet does not say) */
  tank: string;
  /**
   * On the first of several counts of one site's product on one day, each in its own tank: every
   * count of that day (itself included), which are booked as one count, their sum.
   */
  tanks?: StockCount[];
  /** counted in another row's `tanks`: not booked on its own */
  merged?: boolean;
  /**
   * (brk24 §2) no count but the most the tank can have held at the period end before a count dated
   * the next day with rows that day (book/next-day-counts.ts): it caps, it is not compared
   */
  upTo?: boolean;
}

export interface Certificate extends Rec {
  key: string;
  validFrom: string;
  validUntil: string;
  /** as the register states it (normalise.ts CertificateStatus); only "valid" gives credit */
  status: CertificateStatus;
  /** the status as typed, for findings */
  statusText: string;
  /** the scheme its scheme cell names exactly (certificate-scheme.ts registerScheme); absent: none said */
  scheme?: CertificateScheme;
}

export interface Site extends Rec {
  /** the site as the sites sheet spells it (clean: spaces collapsed); `key` is its siteKey */
  name: string;
  key: string;
  companyKey: string;
  country: string;
  certificate: string;
  bodyKey: string;
  /** the site's address (the SD's dispatch point, site-address.ts); "" where its cell is blank or there is no such column */
  address: string;
}

export interface Transfer extends Rec {
  /** the day it left `fromSite`: the sending site is debited on it */
  date: string;
  /**
   * (brk26 L4) the day it arrived at `toSite` where the row states one after `date`: the receiving
   * site is credited on it (book/transfer.ts); null where the row states none or the same day
   */
  arrivalDate: string | null;
  fromSite: string;
  toSite: string;
  scheme: SchemeName;
  product: string;
  productKey: string;
  unit: string;
  amount: Amount;
  /** (brk22 §9) the quantity received at `toSite` where the row states it beside the quantity sent, in its own unit */
  received: { amount: Amount; unit: string } | null;
  characteristics: Characteristics;
  ghg: Ghg | null;
  /** its claim or a characteristic is refused at its cell (intake/transfers.ts): it moves no credit */
  creditRefused: boolean;
}

/** A row of the `MB Declarations` register as intake read it; issue/register.ts reads its record. */
export interface Issued extends Rec {
  number: string;
  status: "issued" | "cancelled" | "replaced";
  /** the JSON record of what was issued, verbatim; "" for registers written before records */
  record: string;
  /** from a register kept with another copy of the books: numbers on rows do not find it */
  elsewhere: boolean;
  correction: Correction | null;
  deliverySheet: string;
  deliveryRow: number | null;
  fingerprint: string;
}

/** Each list of records the Books hold, empty: also where a Ledger (workbook/read.ts) starts. */
export function emptyLists(): {
  [
    K in keyof Omit<Books, "issued" | "usedNumbers" | "layout" | "refusedCertificates" | "sharedCodes">
  ]: never[];
} {
  return {
    receipts: [],
    deliveries: [],
    production: [],
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
  };
}

export interface Books {
  receipts: Receipt[];
  deliveries: Delivery[];
  production: Production[];
  factors: Factor[];
  stockCounts: StockCount[];
  certificates: Certificate[];
  sites: Site[];
  transfers: Transfer[];
  issued: Issued[];
  /** every SD number already in the workbook (normalised), never produced again */
  usedNumbers: Set<string>;
  /** column letters of mapped fields by sheet (Ledger.layout): where a blank cell of a row is */
  layout?: Record<string, Record<string, string>>;
  /** (brk26 N1) a cell as typed that is a code two sites share (or a code and another site's name) → those sites (intake/site-codes.ts) */
  sharedCodes?: ReadonlyMap<string, string>;
  /** the rows intake left out of kinds that feed balances: input they lack (intake/left-out.ts) */
  leftOut?: IncompleteInput[];
  /** certificate register rows the reader refused, by number (Ledger.refusedCertificates) */
  refusedCertificates?: RefusedCertificate[];
}

/**
 * A register row refused at a cell (model.ts RefusedCertificateRow), keyed like Certificate.key;
 * `value` null where the cell's text is not known (a row read with its status or validity cell
 * unreadable, intake/certificates.ts).
 */
export interface RefusedCertificate {
  key: string;
  number: string;
  at: CellRef;
  label: string;
  value: string | null;
}

/**
 * Site key: the site as written, case-insensitive, its letters composed and characters that show
 * nothing dropped (fold.ts textKey of a site clean() gave, brk28 N3); "" is the single-site book.
 */
export function siteKey(site: string): string {
  for (let i = 0; i < site.length; i++) if (site.charCodeAt(i) > 126) return textKey(site);
  return site.toLowerCase();
}
