// The inspect use case: what a host shows before any check — the sheets recognised, the settings
// saved and in effect, and the columns a user can pick from. The task pane shows it; it lives here
// with the other use cases so every host reads a workbook the same way (design.md, layers).
import type { SettingsInput } from "../engine/model";
import { columnLetter } from "../workbook/a1";
import type { CellValue, PortOptions, SheetSnapshot, WorkbookPort } from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import type { RecognisedSheet } from "../workbook/types";

/** What a host shows before any check: the sheets it recognised and the saved settings. */
export interface Inspection {
  /** the workbook's file name as the host knows it */
  workbook: string;
  sheets: RecognisedSheet[];
  /** the settings saved from the pane (MB Config) */
  settings: SettingsInput;
  /** what a check will use: a settings sheet of the workbook, overridden by the saved ones */
  effective: SettingsInput;
  /** per sheet: the column letters in use, each with its header text ("" where blank) */
  columns: Record<string, { letter: string; header: string }[]>;
}

function headerText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "error" in v ? v.error : "";
  return String(v).trim();
}

/** The columns a user can pick for a field: every column in use, named by its header cell. */
function columnsOf(snapshot: SheetSnapshot, sheet: RecognisedSheet): Inspection["columns"][string] {
  const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 0);
  const header = sheet.headerRow === null ? [] : (snapshot.values[sheet.headerRow - 1] ?? []);
  return Array.from({ length: width }, (_, i) => ({
    letter: columnLetter(i),
    header: headerText(header[i]),
  }));
}

/**
 * Reads the workbook behind `port` (all sheets, or `options.sheets`) and recognises its sheets
 * without checking them. Errors: whatever the port's `readSnapshot` throws (cancellation, host
 * errors); reading itself never throws on a user's cell, it records findings on the sheets.
 */
export async function inspectWorkbook(port: WorkbookPort, options?: PortOptions): Promise<Inspection> {
  const snapshot = await port.readSnapshot(options);
  const read = readWorkbook(snapshot);
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const columns: Inspection["columns"] = {};
  for (const sheet of read.sheets) {
    const s = byName.get(sheet.name);
    if (s) columns[sheet.name] = columnsOf(s, sheet);
  }
  return {
    workbook: snapshot.name,
    sheets: read.sheets,
    settings: read.config.settings,
    effective: read.ledger.settings,
    columns,
  };
}
