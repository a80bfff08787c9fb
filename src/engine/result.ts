// What the engine returns. Plain data (decimal strings, ISO dates) so every host can render,
// serialise (massbal --json) or write it without knowing decimal.js.
import type { FindingCode, FindingDetails, Severity } from "./catalogue/details";
import type { CellRef, GhgPooling, SchemeName, Source } from "./model";
import type { AccountKey, Characteristics, LedgerLines } from "./result-ledger";

export type { Severity } from "./catalogue/details";

/** The closed catalogue of finding codes (catalogue/codes.ts; domain.md §9). */
export { FINDING_CODES } from "./catalogue/codes";
export type { FindingCode, FindingDetails } from "./catalogue/details";
export type { AccountKey, Characteristics, LedgerEntry, LedgerEntryKind, LedgerLines } from "./result-ledger";

/** What every finding carries, whatever its code. */
export interface FindingBase {
  severity: Severity;
  /**
   * one sentence a person can act on: where, what, how to fix, as massbal --json and MB Findings
   * show it; rendered from code and details by catalogue/render.ts, never written by a producer
   */
  message: string;
  /** the cell the finding concerns; absent only for workbook-wide findings (e.g. period-too-long from a CLI flag) */
  sheet?: string;
  cell?: string;
  related?: CellRef[];
  /**
   * The declarations an error can affect (domain.md §8, "blocking by reach"). Left out, the engine
   * works it out from where the finding points (reach.ts); hosts set it for findings about rows
   * the engine never saw (a row left out while reading, an incomplete sheet).
   */
  reach?: Reach;
  /** the delivery cells whose new declarations this error holds back (set by the engine) */
  holdsBack?: CellRef[];
}

/**
 * A finding: a union on `code`, each code with its own typed details (catalogue/details.ts), so
 * detection states facts and each audience renders them (catalogue/render.ts).
 */
export type Finding = {
  [C in FindingCode]: FindingBase & { code: C; details: FindingDetails[C] };
}[FindingCode];

/**
 * What an error holds back. Every list is optional; an empty object holds nothing back.
 * Sites and products are as typed (the engine compares them case-insensitively).
 */
export interface Reach {
  /** every declaration: settings, a sheet that could not be read, anything workbook-wide */
  all?: boolean;
  /** the declarations of these delivery rows */
  deliveries?: { sheet: string; row: number }[];
  /** the declarations drawing on these accounts (site × scheme × product × characteristics) */
  accounts?: AccountKey[];
  /** the declarations of a product (at a site; a blank site is every site) */
  products?: { site?: string; product: string }[];
  /** every declaration of a site */
  sites?: string[];
  /**
   * (YYYY-MM-DD) of the declarations the accounts, products and sites name, only those of
   * deliveries dated on or after this day (a period closing negative holds back its own and later
   * periods' declarations, never a closed earlier period's); the deliveries named are held whatever their date
   */
  from?: string;
}

export interface Balance extends AccountKey {
  /** stable text form of the account key, for joins and sorting */
  account: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  opening: string;
  received: string;
  produced: string;
  consumed: string;
  delivered: string;
  /** credit moved in from another site (ISCC PLUS multi-site transfer); "0" where none */
  transferredIn: string;
  /** credit moved out to another site; "0" where none */
  transferredOut: string;
  /** transferredIn − transferredOut, kept for hosts that show one column */
  transferred: string;
  /**
   * opening + received + produced + transferredIn − consumed − delivered − transferredOut; every
   * row reconciles on its own (design.md, massbal --json), and carriedForward = closing − lapsed
   */
  closing: string;
  /** counted physical stock at period end (all material of the product at the site), or null */
  physicalStock: string | null;
  /** book physical stock at period end (sustainable or not) */
  bookPhysicalStock: string;
  carriedForward: string;
  /**
   * credit that could not be carried forward: above the counted (or, with no count, the book)
   * physical stock, or all of it where the own certificate is not valid on the next period's
   * first day (domain.md §4, §7)
   */
  lapsed: string;
  /** first date inside the period the running balance went below zero (its first MB Ledger line below zero), or null */
  firstOverdraft: string | null;
  /**
   * false where input was left out (`input-incomplete`, domain.md §4): a sheet that would feed this
   * account could not be read, so its balance is not the whole story and nothing is declared from it
   */
  complete: boolean;
}

export interface GhgValues {
  method: string | null;
  unit: string | null;
  eec: string | null;
  el: string | null;
  ep: string | null;
  etd: string | null;
  eu: string | null;
  esca: string | null;
  eccs: string | null;
  eccr: string | null;
  total: string;
  /** saving against the comparator, as a fraction string ("0.8404"), or null where not computable */
  saving: string | null;
  comparator: string | null;
  /** quantity of the declaration line that carries this value (per-batch pooling); added by the engine owner */
  quantity?: string;
  /**
   * start date of the installation that produced the batches with this value, where they share
   * one; the saving threshold follows it (domain.md §6, iscc-rules.md §4.6)
   */
  installationStartDate?: string | null;
}

export interface DeclarationInput {
  /** incoming SD number (or receipt reference) the credit came from */
  sd: string;
  quantity: string;
  source: CellRef;
}

export interface Party {
  name: string;
  address: string;
  certificate: string;
}

/**
 * - `issued`: in the register already; its content is read back, never recomputed
 * - `new`: issued by this run
 * - `blocked`: would be issued, but an error in its reach holds it back (no number)
 * - `draft`: held back like `blocked`, written as a DRAFT on request (no number)
 * - `cancelled` / `replaced`: issued once and withdrawn (see `correction`); the number stays used
 */
export type DeclarationStatus = "issued" | "new" | "draft" | "blocked" | "cancelled" | "replaced";

/** An error finding as a declaration names it: what holds it back. */
export interface FindingRef {
  code: FindingCode;
  sheet?: string;
  cell?: string;
  message: string;
}

/** Who withdrew an issued declaration, when and why, and what replaced it. */
export interface Correction {
  /** YYYY-MM-DD */
  on: string;
  by: string;
  reason: string;
  /** number(s) of the declaration(s) issued in its place, "; "-separated; "" while none */
  replacedBy: string;
}

export interface Declaration {
  /** "" for drafts and blocked declarations: a number is taken only when a declaration is issued */
  number: string;
  status: DeclarationStatus;
  issueDate: string;
  dispatchDate: string;
  supplier: Party;
  recipient: Party;
  dispatchAddress: string;
  /** the SD's receiving point; "" (or absent in a register of before): the recipient's address */
  receivingAddress?: string;
  site: string;
  scheme: SchemeName;
  product: string;
  characteristics: Characteristics;
  quantity: string;
  unit: string;
  /** MJ, where a heating value is known */
  energyContent: string | null;
  euRedCompliant: boolean;
  isccCompliant: boolean;
  chainOfCustody: "Mass balance";
  /** ISCC PLUS claim category and chain of custody method */
  plusClaim: string | null;
  installationStartDate: string | null;
  /** one entry per distinct GHG value (per-batch pooling) or one worst value */
  ghg: GhgValues[];
  ghgPooling: GhgPooling;
  inputs: DeclarationInput[];
  /** SHA-256 (hex) of the source rows behind it */
  fingerprint: string;
  /** the delivery row it belongs to now (for links; positions are not part of what was issued) */
  delivery: Source;
  /**
   * the SD number the delivery row carries, or should carry: the declaration's own number, the
   * base number of a split (`-1`, `-2`), or for a later top-up the number already on the row
   */
  rowSd: string;
  /** blocked and draft declarations: the errors that hold them back */
  heldBy?: FindingRef[];
  /**
   * a sustainable delivery whose credit falls short (issue/unbacked.ts): the part of `quantity`
   * no credit backs, in `unit` (its inputs add up to the rest); such a declaration is always
   * blocked, never issued or printed as a draft
   */
  unbacked?: string;
  /** cancelled and replaced declarations */
  correction?: Correction;
  /** (brk22 §5) the declarations this one was issued in place of, "; "-separated: withdrawn ones naming it as "Replaced by" */
  replaces?: string;
}

export interface EngineResult {
  /** the host's findings given in the options (in their order), then the engine's own, sorted */
  findings: Finding[];
  balances: Balance[];
  ledger: LedgerLines;
  /**
   * the register after this run, in its order: every declaration ever issued (issued, cancelled,
   * replaced; their content as issued), then this run's new, draft and blocked ones
   */
  declarations: Declaration[];
  periods: { start: string; end: string }[];
}
