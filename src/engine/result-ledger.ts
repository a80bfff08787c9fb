// The accounts and the MB Ledger as the engine returns them: an account's key, and one line per
// change of credit in date order, held as columns (book/ledger-table.ts). Re-exported by result.ts.
import type { CellRef, SchemeName } from "./model";

/** The characteristic set of an account (domain.md §3): what must match for credit to be withdrawn. */
export interface Characteristics {
  rawMaterial: string;
  countryOfOrigin: string;
  claim: string;
  wasteResidue: string;
  annexIxPart: string;
}

/** An account: site × scheme × product × characteristic set (domain.md §3). */
export interface AccountKey {
  site: string;
  scheme: SchemeName;
  product: string;
  characteristics: Characteristics;
}

export type LedgerEntryKind =
  | "opening"
  | "receipt"
  | "production-in"
  | "production-out"
  | "delivery"
  | "transfer-in"
  | "transfer-out"
  | "carry-forward"
  | "lapse"
  /** a receipt rejected by an incoming check: physical stock only, no change of credit */
  | "not-credited"
  /** a withdrawal sold ahead of credit, backed later: dated and linked by the credit that backs it */
  | "backed"
  /** a withdrawal sold ahead of credit that no credit backed by the period end, booked at the close */
  | "unbacked";

/** One line of the chronological running balance (the `MB Ledger` sheet). */
export interface LedgerEntry {
  date: string;
  account: string;
  kind: LedgerEntryKind;
  /** SD number or other document reference */
  reference: string;
  /** signed change of credit */
  quantity: string;
  running: string;
  unit: string;
  source?: CellRef;
  /**
   * The account's parts, on lines of an account that has no balance row because it never held
   * credit (a receipt given no credit), so hosts can still name it.
   */
  accountId?: AccountKey;
  /**
   * Only on lines of a withdrawal that waits for credit at product level (sold ahead, and no
   * account of its kind holds credit yet): the account it is booked on if none comes by the
   * period end. `account` is then a key of its own, and `running` what waits in all.
   */
  awaiting?: AccountKey;
}

/**
 * The MB Ledger lines of a run in date order, held as columns rather than one object per line
 * (book/ledger-table.ts): a budget ledger has ~300,000 lines, and objects that live as long as the
 * run are what garbage collection copies and marks. `entry(i)` builds line `i` as plain data
 * (`LedgerEntry`); `entries()`, iteration and `toJSON()` build all of them, so `JSON.stringify`
 * of a result writes the array of lines (massbal --json, snapshots). The reads by field answer
 * one field of line `i` without building the line, for hosts that walk every line.
 */
export interface LedgerLines extends Iterable<LedgerEntry> {
  readonly length: number;
  /** line `i` (0 ≤ i < length) as plain data; a new object on every call */
  entry(i: number): LedgerEntry;
  entries(): LedgerEntry[];
  toJSON(): LedgerEntry[];
  /** `entry(i).date` */
  date(i: number): string;
  /** `entry(i).account` */
  account(i: number): string;
  /** `entry(i).unit` */
  unit(i: number): string;
  /** `entry(i).quantity` */
  quantity(i: number): string;
  /** `entry(i).awaiting` */
  awaiting(i: number): AccountKey | undefined;
  /** the running balance of line `i` is below zero (not -0): the engine's test for an overdraft */
  belowZero(i: number): boolean;
}
