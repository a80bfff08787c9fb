// The pane bound to the shared use cases: the same code the massbal command and the demo run.
import { checkWorkbook, clearMarks, declareWorkbook, saveColumnMapping, saveSettings } from "../app";
import { columnLetter } from "../workbook/a1";
import { fieldsOf } from "../workbook/fields";
import type { CellValue, SheetSnapshot } from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import type { RecognisedSheet } from "../workbook/types";
import type { Inspection, PaneServices } from "./services";

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

export const appServices: PaneServices = {
  async inspect(port, options) {
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
  },
  check: checkWorkbook,
  declare: declareWorkbook,
  clear: clearMarks,
  saveColumnMapping,
  saveSettings,
  fieldsFor: (kind) => fieldsOf(kind).map((f) => ({ field: f.id, label: f.label, required: f.required })),
};
