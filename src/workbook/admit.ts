// The workbook's boundary: every record a table row becomes passes the engine's one validation of
// a record (engine/validate.ts validateRow, from the record's declaration in record-fields.ts)
// before it joins the ledger. That validation alone decides that a blank cell leaves its row
// unread; the workbook states which cells were blank and says the refusal of the column by its
// label, as staff see it ("Date is empty; …"), where the engine says it of a field ("the date …").
import type { ValidRow } from "../engine/record-derived";
import type { RecordKind } from "../engine/record-fields";
import type { FullSource } from "../engine/source-cells";
import type { Finding } from "../engine/result";
import { validateRow } from "../engine/validate";
import { kindSpec } from "./fields";
import { readFinding } from "./read-findings";
import type { SheetKind } from "./types";

/** A record built from a table row (records.ts), with the cells of its own fields. */
export type Built = Record<string, unknown> & { source: FullSource };

/** What the boundary made of a record: the row it hands across, or the refusals at its blank cells. */
export type Admitted<K extends RecordKind> =
  { row: ValidRow<K> | Built; refusals?: undefined } | { row: null; refusals: Finding[] };

const labels = new Map<SheetKind, Map<string, string>>();

/** The label staff see for a column of a sheet kind (fields.ts), e.g. "Input quantity". */
function labelOf(sheet: SheetKind, field: string): string {
  let byId = labels.get(sheet);
  if (!byId) {
    byId = new Map((kindSpec(sheet)?.fields ?? []).map((f) => [f.id, f.label]));
    labels.set(sheet, byId);
  }
  return byId.get(field) ?? field;
}

/**
 * Validates a record of `kind` built from a row of a sheet of `sheet` kind whose `blank` cells
 * (field id -> address, table.ts TableRow.blank) were empty. Returns the typed row
 * when it is valid; the refusals (missing-value at each blank cell the record cannot do without,
 * said by the column's label) when its blank cells leave it unread. A record the validation
 * refuses for any other reason is handed across as built, so that the engine refuses it at its
 * cell in its own words, as for any caller (a value the workbook read is never refused twice).
 * `pending` names a blank the engine decides across rows (a batch's input, engine/batch-input.ts):
 * the record is handed across as built when that blank is the only one it refuses.
 */
export function admit<K extends RecordKind>(
  kind: K,
  sheet: SheetKind,
  rec: Built,
  blank: Readonly<Record<string, string>> | undefined,
  pending?: string,
): Admitted<K> {
  const found: Finding[] = [];
  const source = blank ? { ...rec.source, cells: { ...blank, ...rec.source.cells } } : rec.source;
  const valid = validateRow(kind, rec, source, found);
  // a valid record is handed across as built, as every other host hands its rows to the engine
  if (valid && found.length === 0) return { row: rec };
  const refusals: Finding[] = [];
  for (const f of found) {
    if (f.code !== "missing-value" || !("field" in f.details) || !f.cell) continue;
    const field = f.details.field;
    if (field === pending || !blank || blank[field] !== f.cell) continue;
    refusals.push(
      readFinding("missing-value", f.severity, rec.source.sheet, f.cell, {
        label: labelOf(sheet, field),
        dropped: true,
      }),
    );
  }
  return refusals.length > 0 ? { row: null, refusals } : { row: rec };
}

/**
 * A row's findings in its columns' order: `found` holds each blank cell's address where its
 * refusal belongs, and the refusal at that cell takes its place (a blank the row can do without
 * says nothing; a cell refused by both records of a ledger row is said once).
 */
export function inColumnOrder(found: readonly (Finding | string)[], refusals: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const refusal = typeof f === "string" ? refusals.find((x) => x.cell === f) : f;
    if (refusal) out.push(refusal);
  }
  return out;
}
