// What the task pane shows of a recognised sheet: its kind, header row, the column, heading, unit
// and confidence of each field (the mapping editor's starting point).
import { columnLetter } from "./a1";
import { isRowStatus, STATUS_FIELD } from "./fields";
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";
import { statusColumns } from "./status-columns";
import type { RecognisedSheet } from "./types";

/**
 * The description of a sheet read with `rec` and `rows` data rows: columns as letters ("C"),
 * header row 1-based (null where no header was found), per field its heading, unit, confidence and
 * note; the lines' status column found by its heading is shown as the Status field.
 */
export function describe(grid: Grid, rec: Recognition, rows: number): RecognisedSheet {
  const columns: Record<string, string> = {};
  const units: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const confidence: RecognisedSheet["confidence"] = {};
  const notes: Record<string, string> = {};
  for (const [field, m] of rec.columns) {
    columns[field] = columnLetter(m.col);
    if (m.unit) units[field] = m.unit;
    headers[field] = m.header;
    confidence[field] = m.confidence;
    if (m.note) notes[field] = m.note;
  }
  // the lines' status column found by its heading shows as the mapping editor's Status (row-state.ts)
  const own = rec.spec !== null && isRowStatus(rec.spec, STATUS_FIELD) && !columns[STATUS_FIELD];
  const status = own ? statusColumns(grid, rec)[0] : undefined;
  if (status !== undefined) {
    [columns[STATUS_FIELD], confidence[STATUS_FIELD]] = [columnLetter(status), "exact"];
    headers[STATUS_FIELD] = grid.headerText(rec.headerRow as number, status);
  }
  // (p-xfer2) a move's two rows, one at each site, are read as transfers
  const kind = rec.pairs ? "transfers" : rec.spec ? rec.kind : (rec.hinted ?? "unknown");
  return {
    name: grid.sheet.name,
    kind,
    headerRow: rec.spec && rec.headerRow !== null ? rec.headerRow + 1 : null,
    rows,
    columns,
    units,
    headers,
    corrected: rec.corrected,
    confidence,
    notes,
  };
}
