// Helpers of the declaration rules (rule.ts `declaration`, domain.md §8): what they know beside the
// declaration, and how they point at a cell. Each such finding holds back only the declaration of
// its own delivery (its reach), never the others.
import type { OwnCertificates } from "../own-certificate";
import type { Period } from "../periods";
import type { RuleProfile } from "../profile";
import type { CellRef, Source } from "../model";
import type { Books, Receipt, Site } from "../records";
import { cellAt } from "../source-cells";

export interface OutgoingContext {
  profile: RuleProfile;
  /** the book's periods (periods.ts), in order; empty where nothing is dated */
  periods: readonly Period[];
  /** column letters of mapped fields by sheet, to point at a blank cell (Ledger.layout) */
  layout: Record<string, Record<string, string>>;
  /** the own certificate's validity by site and day: the one the booking lapses credit by */
  own: OwnCertificates;
  /**
   * ghg-saving-below-threshold's judgements of this run, by "total|installation start date": the
   * saving and minimum (percent texts) where the value falls below it, else null. A run has few
   * distinct pairs and many declaration lines; the map lives and dies with the run.
   */
  shortfalls: Map<string, SavingShortfall | null>;
  /** the run's pinned day (the host's issue date, else its today); undefined: none was given */
  today: string | undefined;
  /** the receipt booked from a row (an origin's source), for the dates behind a declaration */
  receiptOf: (source: Source) => Receipt | undefined;
  /** the sites sheet's rows, for a site's blank address cell (site-address.ts); absent: none */
  sites?: readonly Site[];
  /** the certificate register's rows, read and refused, for the recipient's certificate; absent: none */
  certificates?: Pick<Books, "certificates" | "refusedCertificates">;
}

/** A GHG value's saving below the minimum for its installation's start date, both in percent. */
export interface SavingShortfall {
  saving: string;
  minimum: string;
}

/** A combined ledger keeps some fields of both sides in one column. */
const LEDGER_COLUMNS: Record<string, string> = {
  customer: "counterparty",
  supplier: "counterparty",
  supplierCertificate: "certificate",
};

/** The cell of `field` on the record's row: where it has a value, else where its column is. */
export function fieldCell(source: Source, field: string, ctx: OutgoingContext): CellRef | null {
  return layoutCell(source, field, ctx.layout);
}

/**
 * The cell of `field` on the record's row: where it has a value, else where its column is in
 * `layout` (column letters of mapped fields by sheet); null when the sheet has no such column.
 */
export function layoutCell(
  source: Source,
  field: string,
  layout: Record<string, Record<string, string>> | undefined,
): CellRef | null {
  const cell = cellAt(source, field);
  if (cell) return { sheet: source.sheet, cell };
  const columns = layout?.[source.sheet];
  const column = columns?.[field] ?? columns?.[LEDGER_COLUMNS[field] ?? ""];
  return column && source.row > 0 ? { sheet: source.sheet, cell: `${column}${source.row}` } : null;
}

/** "Sheet!A1", or "Sheet!A1, A2" for cells of one sheet (location.ts). */
export { cellsBySheet as cellList } from "../catalogue/location";
