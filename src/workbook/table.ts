// The data rows under a recognised header, turned into engine records with the address of
// every field. Data ends at the first blank row; totals rows are not data. A bad value becomes
// a finding at its cell and, where the field is required, the row is left out; the rest goes on.
import { cellAddress } from "./a1";
import { type Conventions, readField } from "./cell-values";
import type { FieldSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import type { ColumnMatch, Recognition } from "./recognise";
import type { Finding } from "../engine/result";
import type { Source } from "../engine/model";

/** One data row: field values and where each came from. */
export interface TableRow {
  values: Record<string, string | string[]>;
  source: Source;
  /** per field: unit named in its column's header (cell = the header) or typed after the number */
  units: Record<string, { unit: string; cell: string }>;
}

interface Column {
  field: FieldSpec;
  col: number;
  match: ColumnMatch;
}

const QUANTITY = /^quantity$|Quantity$/;
// The words carry no accents, so the raw text is tested as typed (no folding on every row).
const TOTALS =
  /^\s*(total|totals|sum|summe|summen|gesamt|gesamtsumme|zwischensumme|subtotal|sub total|grand total|insgesamt|endsumme|total amount)\b/i;

export interface TableContext {
  conv: Conventions;
  findings: Finding[];
  /** every SD number seen, also on rows left out, so that new numbers never collide */
  sdNumbers: Set<string>;
}

/**
 * Reads the rows of a recognised table; calls `emit` for each row whose required fields are all
 * readable. Returns the number of data rows (rows with findings included).
 */
export function readTable(
  grid: Grid,
  rec: Recognition,
  ctx: TableContext,
  emit: (row: TableRow) => void,
): number {
  const { conv, findings } = ctx;
  const spec = rec.spec;
  if (!spec || rec.headerRow === null) return 0;
  const columns: Column[] = [];
  for (const field of spec.fields) {
    const match = rec.columns.get(field.id);
    if (match) columns.push({ field, col: match.col, match });
  }
  const dateCol = rec.columns.get("date")?.col;
  const sheet = grid.sheet.name;
  const headerRow1 = rec.headerRow + 1;
  let rows = 0;
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || columns.every((c) => isBlank(cells[c.col]))) {
      warnRowsBelow(grid, r, columns, findings);
      break;
    }
    if (isTotalsRow(cells, dateCol)) {
      // A totals row ends the data, unless bookings follow it (a subtotal amid the rows).
      if (!looksLikeBooking(grid.sheet.values[r + 1], columns)) {
        warnRowsBelow(grid, r, columns, findings);
        break;
      }
      continue;
    }
    rows++;
    const row1 = r + 1;
    const values: Record<string, string | string[]> = {};
    const addresses: Record<string, string> = {};
    const units: TableRow["units"] = {};
    let dropped = false;
    for (const { field, col, match } of columns) {
      const address = cellAddress(row1, col);
      const read = readField(field, cells[col] ?? null, conv);
      if (read.kind === "ok") {
        values[field.id] = read.value;
        if (field.id === "sdNumber" && typeof read.value === "string") ctx.sdNumbers.add(read.value);
        addresses[field.id] = address;
        if (read.unit) units[field.id] = { unit: read.unit, cell: address };
        else if (match.unit) units[field.id] = { unit: match.unit, cell: cellAddress(headerRow1, col) };
        if (read.ambiguous) {
          findings.push(
            readFinding(read.ambiguous, "warning", sheet, address, {
              label: field.label,
              value: String(cells[col]),
              read: String(read.value),
            }),
          );
        }
        continue;
      }
      // A row without a usable quantity, unit or direction cannot be booked at all.
      const fatal =
        field.required || field.type === "unit" || field.type === "direction" || QUANTITY.test(field.id);
      if (read.kind === "blank") {
        if (field.required) {
          findings.push(
            readFinding("missing-value", "error", sheet, address, { label: field.label, dropped: true }),
          );
          dropped = true;
        }
        continue;
      }
      // An error cell hides a value that exists: always an error, even in an optional column.
      const severity = fatal || read.code === "cell-error" ? "error" : "warning";
      findings.push(
        readFinding(read.code, severity, sheet, address, {
          label: field.label,
          value: read.text,
          dropped: fatal,
        }),
      );
      if (fatal) dropped = true;
    }
    if (!dropped) emit({ values, source: { sheet, row: row1, cells: addresses }, units });
  }
  return rows;
}

function looksLikeBooking(cells: readonly unknown[] | undefined, columns: Column[]): boolean {
  const required = columns.filter((c) => c.field.required);
  return !!cells && required.length > 0 && required.every((c) => !isBlank(cells[c.col] as never));
}

const LOOK_BELOW = 50;

// Data ends at a blank or totals row; but rows below it that look like bookings would silently be
// left out of the balance, so say so once, at the first of them.
function warnRowsBelow(grid: Grid, end: number, columns: Column[], findings: Finding[]): void {
  const required = columns.filter((c) => c.field.required);
  if (required.length === 0) return;
  const last = Math.min(grid.rowCount, end + 1 + LOOK_BELOW);
  for (let r = end + 1; r < last; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || isTotalsRow(cells, undefined)) continue;
    if (looksLikeBooking(cells, columns)) {
      findings.push(
        readFinding("rows-after-blank", "warning", grid.sheet.name, cellAddress(r + 1, required[0]!.col), {
          label: String(end + 1),
        }),
      );
      return;
    }
  }
}

function isTotalsRow(cells: readonly unknown[], dateCol: number | undefined): boolean {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string" || v.trim() === "") continue;
    if (!TOTALS.test(v)) return false;
    return dateCol === undefined || dateCol === c || isBlank(cells[dateCol] as never);
  }
  return false;
}
