// What the pane needs from the layers below, as one small contract. The real binding
// (app-services.ts) wraps the shared use cases; keeping it injectable lets the browser demo and
// tests host the same App without Office.
import type { SettingsInput } from "../engine/model";
import type { Inspection } from "../app/inspect";
import type { CheckOutcome, ClearOutcome, RunOptions } from "../app/types";

export type { Inspection };
import type { PortOptions, WorkbookPort } from "../workbook/port";
import type { ColumnMapping, SheetKind } from "../workbook/types";

/** The field a chosen kind is stored under (workbook/types.ts). */
export { KIND_FIELD } from "../workbook/types";

export interface FieldChoice {
  field: string;
  label: string;
  /** the sheet's rows cannot be read without it */
  required?: boolean;
}

export interface PaneServices {
  inspect(port: WorkbookPort, options?: PortOptions): Promise<Inspection>;
  check(port: WorkbookPort, options: RunOptions): Promise<CheckOutcome>;
  declare(port: WorkbookPort, options: RunOptions): Promise<CheckOutcome>;
  clear(port: WorkbookPort, options: RunOptions): Promise<ClearOutcome>;
  saveColumnMapping(port: WorkbookPort, mapping: ColumnMapping): Promise<void>;
  saveSettings(port: WorkbookPort, settings: SettingsInput): Promise<void>;
  /** the fields a sheet of this kind can map, with the labels users know */
  fieldsFor(kind: SheetKind): FieldChoice[];
}
