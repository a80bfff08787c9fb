// The data rows under a recognised header, turned into engine records with the address of
// every field. Data ends at the first blank row; totals rows are not data. A bad value becomes
// a finding at its cell and, where the field is required, the row is left out; the rest goes on.
import { cellAddress, columnIndex } from "./a1";
import { type Conventions, readField, scalingCommas } from "./cell-values";
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
  /** fields whose cell held a value that could not be read (model.ts Base.unreadable) */
  unreadable?: string[];
}

// Closed vocabularies: a value outside them is an error at the cell and the row is read without it,
// listed as unreadable, so the engine never takes it for a default (domain.md §7).
const VOCABULARY_TYPES = new Set(["yesno", "claim", "scheme", "country", "share"]);

function consequenceOf(fieldId: string): string {
  return fieldId === "sustainable"
    ? "the delivery is not declared as sustainable until it is corrected"
    : "the row gives no sustainable credit until it is corrected";
}

interface Column {
  field: FieldSpec;
  col: number;
  match: ColumnMatch;
  /** the unit or "%" its header names, worked out once per column */
  headerUnit: string | null;
}

const QUANTITY = /^quantity$|Quantity$/;
// Totals and subtotals in English and German: "Total", "Grand Total", "Summe", "Zwischensumme",
// "Gesamtergebnis" at the start, "… Total" and "… Ergebnis" (Excel's Data › Subtotal) at the end.
// The words carry no accents, so the raw text is tested as typed (no folding on every row).
const TOTALS =
  /^\s*(total|totals|sum|summe|summen|gesamt|gesamtsumme|gesamtergebnis|zwischensumme|teilsumme|subtotal|sub total|sub-total|grand total|insgesamt|endsumme|total amount|ergebnis)\b|\s(total|totals|summe|ergebnis|gesamt|insgesamt|subtotal)\s*:?\s*$/i;
// A quantity that is SUBTOTAL or SUM (AGGREGATE) over a range of its own column is a total.
const TOTAL_FORMULA =
  /^\s*=?\s*(?:_xlfn\.)?(SUBTOTAL|SUM|AGGREGATE|TEILERGEBNIS|SUMME)\s*\((?:\s*\d+\s*[,;])*\s*\$?([A-Z]{1,3})\$?\d+\s*:\s*\$?([A-Z]{1,3})\$?\d+\s*\)\s*$/i;

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
    if (match)
      columns.push({ field, col: match.col, match, headerUnit: match.unit ?? percentOf(match.header) });
  }
  const dateCol = rec.columns.get("date")?.col;
  const quantityCols = columns.filter((c) => QUANTITY.test(c.field.id)).map((c) => c.col);
  const sheet = grid.sheet.name;
  const headerRow1 = rec.headerRow + 1;
  const scaledReported = new Set<number>();
  let rows = 0;
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || columns.every((c) => isBlank(cells[c.col]))) {
      warnRowsBelow(grid, r, columns, findings);
      break;
    }
    const total = totalsLabel(grid, r, cells, dateCol, quantityCols);
    if (total !== null) {
      // A total is not data: said once, at its row; the bookings after it (a subtotal) are read.
      const continues = looksLikeBooking(grid.sheet.values[r + 1], columns);
      findings.push(
        readFinding("totals-row", "info", sheet, cellAddress(r + 1, total.col), {
          label: "",
          value: String(r + 1),
          read: total.text,
          consequence: continues ? "continues" : "ends",
        }),
      );
      if (!continues) {
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
    let unreadable: string[] | undefined;
    for (const { field, col, match, headerUnit } of columns) {
      const address = cellAddress(row1, col);
      const format = grid.format(r, col);
      const read = readField(field, cells[col] ?? null, conv, format, headerUnit);
      if (
        format !== null &&
        field.type === "number" &&
        !scaledReported.has(col) &&
        scalingCommas(format) > 0 &&
        typeof cells[col] === "number"
      ) {
        scaledReported.add(col);
        findings.push(
          readFinding("scaled-number", "info", sheet, address, {
            label: field.label,
            value: format,
            read: String(1000 ** scalingCommas(format)),
          }),
        );
      }
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
      // An error cell or an unsaved formula hides a value that exists, and a value outside a closed
      // vocabulary is never a default: errors even in an optional column.
      const vocabulary = VOCABULARY_TYPES.has(field.type);
      const hidden = read.code === "cell-error" || read.code === "formula-without-value";
      const severity = fatal || hidden || vocabulary ? "error" : "warning";
      findings.push(
        readFinding(read.code, severity, sheet, address, {
          label: field.label,
          value: read.text,
          dropped: fatal,
          ...(read.reason ? { reason: read.reason } : {}),
          ...(vocabulary ? { consequence: consequenceOf(field.id) } : {}),
        }),
      );
      if (fatal) dropped = true;
      else if (vocabulary || hidden) (unreadable ??= []).push(field.id);
    }
    if (!dropped)
      emit({
        values,
        source: { sheet, row: row1, cells: addresses },
        units,
        ...(unreadable ? { unreadable } : {}),
      });
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

/** "%" when a header names a percentage ("Sustainable share (%)"), for share columns. */
function percentOf(header: string): string | null {
  return header.includes("%") ? "%" : null;
}

/**
 * The totals label of a row and its column, or null when the row is data: a first text cell
 * naming a total (and no date, unless the label stands in the date column), or a quantity that is
 * a SUBTOTAL or SUM over its own column.
 */
function totalsLabel(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  dateCol: number | undefined,
  quantityCols: number[],
): { text: string; col: number } | null {
  const formulas = grid.sheet.formulas?.[r];
  if (formulas) {
    for (const c of quantityCols) {
      const f = formulas[c];
      const m = f ? TOTAL_FORMULA.exec(f) : null;
      if (m && m[2] === m[3] && sameColumn(m[2] as string, c)) return { text: `=${f}`, col: c };
    }
  }
  const c = totalsTextColumn(cells, dateCol);
  return c === null ? null : { text: String(cells[c]).trim(), col: c };
}

function sameColumn(letters: string, col: number): boolean {
  try {
    return columnIndex(letters) === col;
  } catch {
    return false;
  }
}

function isTotalsRow(cells: readonly unknown[], dateCol: number | undefined): boolean {
  return totalsTextColumn(cells, dateCol) !== null;
}

function totalsTextColumn(cells: readonly unknown[], dateCol: number | undefined): number | null {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string" || v.trim() === "") continue;
    if (!TOTALS.test(v)) return null;
    return dateCol === undefined || dateCol === c || isBlank(cells[dateCol] as never) ? c : null;
  }
  return null;
}
