// One data row of a table as the reader hands it on: its field values and the cells they came
// from (table.ts reads them; records.ts and ledger-sides.ts turn them into records).
import type { FullSource } from "../engine/source-cells";

/** One data row: field values and where each came from. */
export interface TableRow {
  values: Record<string, string | string[]>;
  source: FullSource;
  /** per field: unit named in its column's header (cell = the header) or typed after the number */
  units: Record<string, { unit: string; cell: string }>;
  /** fields whose cell held a value that could not be read (model.ts Base.unreadable) */
  unreadable?: string[];
  /**
   * the row's blank cells (field id -> address): whether the row can do without them is the
   * record validation's to decide, at the boundary (admit.ts), not the table's
   */
  blank?: Record<string, string>;
  /** a cell of the row could not be read and the row is not read (its finding is made) */
  refused?: boolean;
  /** set by `emit` (records.ts) when a record of the row joined the ledger */
  booked?: boolean;
}
