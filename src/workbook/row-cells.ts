// The cells of one data row read into its field values (table.ts reads the rows): each mapped
// cell is a value with its address and unit, a blank (refused or not by the record validation),
// or a finding at its cell whose policy says what it does to the row (table-columns.ts).
import { cellAddress } from "./a1";
import { type FieldRead } from "./cell-read";
import { readFinding } from "./read-findings";
import { type ColumnMatch, type Recognition } from "./recognition";
import type { Finding } from "../engine/result";
import { type Column, type Policy, consequenceOf, outgoing, readCell, saidOnly } from "./table-columns";
import { takenSdNumbers } from "./sd-number";
import type { TableRow } from "./table-row";
import type { Grid } from "./grid";

/** A data row's cells as read: its values and where they came from, and what could not be read. */
export interface RowCells {
  values: Record<string, string | string[]>;
  addresses: Record<string, string>;
  units: TableRow["units"];
  /** per field: the unit typed in its cell after the number (not a share's %) */
  typedUnits: Record<string, string>;
  /** a cell whose field is required could not be read: the row is not read */
  dropped: boolean;
  /** fields whose cell could not be read, the row read without them */
  unreadable?: string[];
  /** the row's blank cells (field id -> address) */
  blank?: Record<string, string>;
  /** the row's findings in column order; a string holds the place of a blank cell's refusal */
  found: (Finding | string)[];
  /** every mapped field's read, by field id */
  reads: Map<string, FieldRead>;
  /** fields refused later at another cell than their own (value-rivals.ts fills it) */
  refusedAt: Record<string, string>;
}

/** Where a row is read: its table and what the table keeps across rows. */
export interface RowPlace {
  rec: Recognition;
  columns: readonly Column[];
  ledger: boolean;
  /** every SD number seen, also of cells not read (sd-number.ts): never issued again */
  sdNumbers: Set<string>;
  /** a gross calorific value or energy column with a value: said once per column, after the rows */
  grossSeen: Map<ColumnMatch, string>;
}

/**
 * Reads the mapped cells of data row `r` (0-based; `cells` its values) in column order. An error
 * cell, an unsaved formula, a value outside a closed vocabulary or one only a convention could
 * tell is an error even in an optional column; an unreadable optional text a warning.
 */
export function readRowCells(grid: Grid, r: number, cells: readonly unknown[], at: RowPlace): RowCells {
  const { rec, columns, ledger } = at;
  const sheet = grid.sheet.name;
  const row1 = r + 1;
  const headerRow1 = (rec.headerRow ?? 0) + 1;
  const out: RowCells = {
    ...{ values: {}, addresses: {}, units: {}, typedUnits: {}, dropped: false },
    ...{ found: [], reads: new Map<string, FieldRead>(), refusedAt: {} },
  };
  const { values, addresses, units, found, reads } = out;
  for (const c of columns) reads.set(c.field.id, readCell(grid, r, cells, c, ledger));
  saleDenied(rec.kind, reads);
  for (const { field, col, match, policy } of columns) {
    const address = cellAddress(row1, col);
    const read = reads.get(field.id) as FieldRead;
    if (saidOnly(rec.kind, field.id)) {
      // never converted by: said once for each such column (input and output side), below
      if (read.kind !== "blank" && !at.grossSeen.has(match)) at.grossSeen.set(match, field.id);
      continue;
    }
    if (read.kind === "ok") {
      values[field.id] = read.value;
      if (field.id === "sdNumber" && typeof read.value === "string") at.sdNumbers.add(read.value);
      addresses[field.id] = address;
      if (read.unit) {
        units[field.id] = { unit: read.unit, cell: address };
        if (read.unit !== "%") out.typedUnits[field.id] = read.unit;
      } else if (match.unit) units[field.id] = { unit: match.unit, cell: cellAddress(headerRow1, col) };
      continue;
    }
    if (read.kind === "blank") {
      if (field.required && writtenOncePerBatch(rec, field.id, reads)) {
        // a batch's follow-up row: read as its input or refused at this cell (engine/batch-input.ts)
        values[field.id] = "";
        addresses[field.id] = address;
      } else {
        (out.blank ??= {})[field.id] = address;
        found.push(address);
      }
      continue;
    }
    // An error cell or an unsaved formula hides a value that exists, a value outside a closed
    // vocabulary is never a default, and a value only a convention could tell is never guessed:
    // errors even in an optional column.
    const hidden = read.code === "cell-error" || read.code === "formula-without-value";
    const ambiguous = read.code === "ambiguous-number" || read.code === "ambiguous-date";
    // an energy content unread checks nothing and gives nothing: no credit hangs on it (energy-content.ts)
    const effective: Policy =
      policy === "ignored" && hidden && field.id !== "energyContent" ? "credit" : policy;
    const severity = effective !== "ignored" || ambiguous ? "error" : "warning";
    found.push(
      readFinding(read.code, severity, sheet, address, {
        label: field.label,
        value: read.text,
        dropped: effective === "fatal",
        ...(read.reason ? { reason: read.reason } : {}),
        ...(read.detail ? { read: read.detail } : {}),
        ...(read.proofs ? { proofs: read.proofs } : {}),
        ...(read.setting ? { setting: read.setting } : {}),
        ...(read.reason === "reversal" ? { row: row1 } : {}), // brk26 S1 (reversal-row.ts)
        ...(effective === "credit" || effective === "side"
          ? { consequence: consequenceOf(field.id, { kind: rec.kind, reads }) }
          : field.id === "dispatchDate"
            ? { consequence: "receipt-date-used" as const }
            : {}),
      }),
    );
    if (effective === "fatal") out.dropped = true;
    else if (effective !== "ignored") (out.unreadable ??= []).push(field.id);
    // a number marked cancelled or in doubt stays taken: the add-in never issues it again (sd-number.ts)
    if (field.id === "sdNumber") for (const n of takenSdNumbers(read)) at.sdNumbers.add(n);
  }
  return out;
}

/**
 * (brk27 N4) A delivery's claim that denies compliance ("Not ISCC compliant", "konventionell", "No
 * claim") is no refusal at the cell here: it is passed on as typed, and the engine books the row
 * as a sale of material that is not sustainable (engine/intake/deliveries.ts), or refuses the
 * claim where the row states a sustainable part beside it. A receipt's stays refused (no credit).
 */
function saleDenied(kind: string, reads: Map<string, FieldRead>): void {
  const claim = reads.get("claim");
  if (claim?.kind === "bad" && claim.reason === "not-compliant" && outgoing(kind, reads))
    reads.set("claim", { kind: "ok", value: claim.text });
}

/**
 * A required value that layouts write once per batch, left blank on a production row that names
 * a batch: the input quantity of a co-product row (issue 13, break-test #17). The row is passed
 * on with the blank for the engine to decide, as only it sees the batch's first row.
 */
function writtenOncePerBatch(rec: Recognition, field: string, reads: Map<string, FieldRead>): boolean {
  return rec.kind === "production" && field === "inputQuantity" && reads.get("batchId")?.kind === "ok";
}
