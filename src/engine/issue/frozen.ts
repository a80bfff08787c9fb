// The shapes of an issued declaration read back from the register (record.ts, columns.ts) and of
// the declarations issued together for one delivery (bind.ts, identity.ts), in one module so that
// the readers and the binders import them without importing each other.
import type { Dec } from "../quantity";
import type { RecordProblem } from "../catalogue/details-declarations";
import type { Issued } from "../records";
import type { Declaration } from "../result";

/** What identifies a delivery without its row position: the delivery row's own values. */
export interface Identity {
  date: string;
  customer: string;
  product: string;
  /** the row's quantity as typed (a decimal text) and its unit */
  quantity: string;
  unit: string;
  site: string;
}

/** A register entry read back: the declaration as issued, and how to find its delivery again. */
export interface Frozen {
  entry: Issued;
  declaration: Declaration;
  /** the base number of the issue it belongs to (a split's lines share it) */
  stem: string;
  /** the number the delivery row carried when it was issued, where it was a later top-up */
  anchor: string;
  /** the row carries its number: only the number binds it, never what the delivery is */
  onRow: boolean;
  identity: Identity;
  /** the delivery row's fields as issued (without its SD number); null for registers without records */
  fields: Record<string, unknown> | null;
  /** the verbatim record text to write back ("" when it is to be written from `declaration`) */
  record: string;
  /** what the register held that could not be read, for a finding */
  unreadable: RecordProblem | null;
}

/** The declarations issued together for one delivery: the lines of one split share a stem. */
export interface Group {
  stem: string;
  anchor: string;
  members: Frozen[];
  /** issued and not withdrawn */
  active: boolean;
  identity: Identity;
  /** an entry frozen from an older register's columns: its quantity is the declared one */
  legacy: boolean;
  /** its number is on its delivery's row: only that number finds the delivery */
  onRow: boolean;
  /** the quantity the group declares, in its unit; null when a line's quantity cannot be read */
  quantity: Dec | null;
  unit: string;
}
