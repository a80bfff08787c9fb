// Contracts of the workbook layer that the app layer and the hosts build on.
import type { Ledger, SettingsInput } from "../engine/model";
import type { Finding } from "../engine/result";
import type { CellStyleChange } from "./port";

/** The `kind` names of the massbal --json contract (design.md). */
export type SheetKind =
  | "receipts"
  | "deliveries"
  | "ledger"
  | "production"
  | "factors"
  | "stock"
  | "certificates"
  | "sites"
  | "transfers"
  | "settings"
  | "unknown";

export interface RecognisedSheet {
  name: string;
  kind: SheetKind;
  /** 1-based row holding the field names (lowest row of a multi-row header), or null when none was found */
  headerRow: number | null;
  /** number of data rows read */
  rows: number;
  /** field -> column letter, e.g. { date: "A", quantity: "D" } */
  columns: Record<string, string>;
  /** field -> unit taken from the header, e.g. { quantity: "kg" } */
  units: Record<string, string>;
  /** header text per mapped field, for showing the user what was matched */
  headers: Record<string, string>;
  /** true when the column mapping comes (partly) from the user's correction in MB Config */
  corrected: boolean;
  /**
   * field -> how sure the mapping is: "exact" (a known heading, or a rule such as a heading that is
   * only a unit), "remembered" (the user's correction in MB Config), "uncertain" (applied, but the
   * user should confirm it)
   */
  confidence: Record<string, "exact" | "remembered" | "uncertain">;
  /** field -> why a column was read as that field when its heading does not say so */
  notes: Record<string, string>;
  /**
   * Where the sheet keeps receipts and deliveries side by side: the columns of the block read as
   * this kind ("A:G"); the sheet is then listed once for each block (workbook/side-blocks.ts).
   */
  block?: string;
}

/**
 * A user's correction: on sheet S, field F is in column C (or "" to unmap it). With the header
 * text the column bore, the correction follows that header when columns move, and the header is
 * remembered: the same header on any sheet (next year's workbook) reads as F.
 */
/**
 * MB Config keeps only mappings that name a field, so a kind the user chose is stored under this
 * field name, which no kind of sheet has (recognition skips it and honours the kind): with column
 * "" the whole sheet's kind, with a column the kind of the block of a sheet of both sides that
 * holds it (read-plan.ts). Entries stored before blocks had kinds of their own have column "".
 */
export const KIND_FIELD = "sheetKind";

export interface ColumnMapping {
  sheet: string;
  field: string;
  /** the column's letter; "" for a field left unmapped, or a kind chosen for the whole sheet */
  column: string;
  /** optionally force the sheet's kind (or, with a column, the kind of the block that holds it) */
  kind?: SheetKind;
  /** the header text of the column when the user mapped it */
  header?: string;
}

/** What the very-hidden `MB Config` sheet holds. Readable by every host. */
export interface MbConfig {
  mappings: ColumnMapping[];
  /** settings saved from the task pane (company, certificate, scheme, period…) */
  settings: SettingsInput;
  /** original fill and note of every cell the add-in marked, for an exact restore */
  marks: CellStyleChange[];
  /** names of the sheets this add-in generated (so a user's sheet is never taken for one) */
  generated: string[];
}

export interface ReadResult {
  sheets: RecognisedSheet[];
  ledger: Ledger;
  /** header-not-found, invalid-number, invalid-date, invalid-unit, missing-value, cell-error, … with cells */
  findings: Finding[];
  config: MbConfig;
}
