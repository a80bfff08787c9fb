// The data rows under a recognised header, turned into engine records with the address of
// every field. Data ends at the first blank row; totals rows are not data. A bad value becomes
// a finding at its cell and, where the field is required, the row is left out; the rest goes on.
import { cellAddress, columnIndex } from "./a1";
import { type ColumnInfo, type Conventions, type FieldRead, type PartKind, readField } from "./cell-values";
import { NOTHING_STATED, type StatedConventions, tableConventions } from "./conventions";
import { type FieldSpec, PART_FIELDS, QUANTITY_FIELDS } from "./fields";
import { type Grid, isBlank } from "./grid";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import type { ColumnMatch, Recognition } from "./recognise";
import { type Dec, parseDecimal, ZERO } from "../engine/quantity";
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

/**
 * What an unreadable value does to its row: "fatal" — the row is not read (a required field, a
 * quantity, a unit, a density or heating value or factor that would convert it); "credit" — the
 * row is read without it and gives no sustainable credit (a closed vocabulary, a sustainable
 * part, a GHG value, a hidden value); "side" — one side of a combined ledger row is not booked;
 * "ignored" — the value is left out with a warning (an optional date or text).
 */
type Policy = "fatal" | "credit" | "side" | "ignored";

/** The gross calorific value's column: recognised so as to say it is not used, never read as a heating value. */
const GROSS = "grossHeatingValue";
const CONVERTING = new Set(["density", "heatingValue", "inputDensity", "inputHeatingValue", "factor"]);
const QUANTITIES = new Set(QUANTITY_FIELDS);
const PARTS = new Set(PART_FIELDS);

function policyOf(field: FieldSpec, ledger: boolean): Policy {
  if (ledger && (field.id === "inQuantity" || field.id === "outQuantity")) return "side";
  if (field.required || field.type === "unit" || field.type === "direction") return "fatal";
  if (QUANTITIES.has(field.id) || CONVERTING.has(field.id)) return "fatal";
  if (VOCABULARY_TYPES.has(field.type) || field.id.startsWith("ghg.")) return "credit";
  return "ignored";
}

function consequenceOf(fieldId: string, ghgTotal = false): string {
  // a GHG component beside a readable total: the total stands (the engine's rule, intake.ts)
  if (ghgTotal && fieldId.startsWith("ghg.") && fieldId !== "ghg.total" && fieldId !== "ghg.unit")
    return "the row's GHG total is used; correct the component so that declarations show it";
  if (fieldId === "sustainable" || fieldId === "sustainablePart")
    return "the delivery is not declared as sustainable until it is corrected";
  if (fieldId === "sustainableInputQuantity")
    return "no sustainable input is counted for this row until it is corrected";
  if (fieldId === "inQuantity") return "the receipt (in) of this row is not booked until it is fixed";
  if (fieldId === "outQuantity") return "the delivery (out) of this row is not booked until it is fixed";
  return "the row gives no sustainable credit until it is corrected";
}

/** The unit column a value's unit may also stand in, by the value's field. */
function unitColumnOf(fieldId: string): string | null {
  if (QUANTITIES.has(fieldId)) return "unit";
  if (fieldId === "density" || fieldId === "heatingValue") return `${fieldId}Unit`;
  if (fieldId === "inputDensity" || fieldId === "inputHeatingValue") return `${fieldId}Unit`;
  return null;
}

interface Column {
  field: FieldSpec;
  col: number;
  match: ColumnMatch;
  info: ColumnInfo;
  conv: Conventions;
  policy: Policy;
}

// Totals and subtotals in English and German: "Total", "Grand Total", "Summe", "Zwischensumme",
// "Gesamtergebnis", "Σ", page carry-overs ("Übertrag", "Carried forward") at the start, "… Total"
// and "… Ergebnis" (Excel's Data › Subtotal) at the end. Such a word alone does not make a total
// ("TOTAL Deutschland GmbH" is a customer): the row's structure must say so too (totalsLabel).
const TOTALS =
  /^\s*(?:(total|totals|sum|summe|summen|gesamt|gesamtsumme|gesamtergebnis|zwischensumme|teilsumme|subtotal|sub total|sub-total|grand total|insgesamt|endsumme|total amount|ergebnis|übertrag|uebertrag|carried forward|carry forward|brought forward|vortrag)\b|Σ|∑)|\s(total|totals|summe|ergebnis|gesamt|insgesamt|subtotal)\s*:?\s*$/i;
// A formula that adds up cells of its own column: SUM, SUBTOTAL, AGGREGATE, "+" of cells, ranges.
const AGGREGATE_FUNCTIONS =
  /(?:_xlfn\.)?(?:SUBTOTAL|SUM|AGGREGATE|TEILERGEBNIS|SUMME|AGGREGAT)\s*\((?:\s*\d+\s*[,;])*/gi;
const CELL_REF = /^\$?([A-Z]{1,3})\$?\d+$/;
// Fields that identify a booking: blank on a labelled row, they say the row is a total.
const IDENTIFYING = [
  "sdNumber",
  "supplierCertificate",
  "customerCertificate",
  "certificate",
  "customerAddress",
  "dispatchAddress",
  "linkedSds",
  "supplier",
  "customer",
  "counterparty",
];

export interface TableContext {
  /** the workbook's date system; the conventions of each column are the table's own */
  conv: Conventions;
  /** what the settings sheet states of decimal separators and date order */
  stated?: StatedConventions;
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
  const { findings } = ctx;
  const spec = rec.spec;
  if (!spec || rec.headerRow === null) return 0;
  const convOf = tableConventions(grid, rec, ctx.stated ?? NOTHING_STATED, ctx.conv.dateSystem);
  const ledger = rec.kind === "ledger";
  const columns: Column[] = [];
  for (const field of spec.fields) {
    const match = rec.columns.get(field.id);
    if (!match) continue;
    const headerUnit = match.unit ?? (match.header.includes("%") ? "%" : null);
    const info: ColumnInfo = {
      headerUnit,
      ...(PARTS.has(field.id) ? { part: partKind(field.id, match) } : {}),
    };
    columns.push({
      field,
      col: match.col,
      match,
      info,
      conv: convOf(match.col),
      policy: policyOf(field, ledger),
    });
  }
  const sheet = grid.sheet.name;
  const headerRow1 = rec.headerRow + 1;
  const quantityCols = columns.filter((c) => QUANTITIES.has(c.field.id));
  const sums = new Sums(quantityCols.map((c) => [c.col, c.field.id]));
  const scaledReported = new Set<number>();
  const partCols = columns.filter((c) => c.field.id === "sustainable" || c.field.id === "sustainablePart");
  let blankParts = 0;
  let grossSeen: ColumnMatch | undefined;
  let rows = 0;
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || columns.every((c) => isBlank(cells[c.col]))) {
      warnRowsBelow(grid, r, columns, findings);
      break;
    }
    const total = totalsLabel(grid, r, cells, columns, quantityCols, sums);
    if (total !== null) {
      // A total is not data: said once, at its row; the bookings after it (a subtotal) are read,
      // also after several totals in a row ("Summe Q1", "Übertrag").
      let next = r + 1;
      while (next < grid.rowCount && next - r < LOOK_BELOW) {
        const below = grid.sheet.values[next];
        if (!below || totalsLabel(grid, next, below, columns, quantityCols, sums) === null) break;
        next++;
      }
      const continues = looksLikeBooking(grid.sheet.values[next], columns);
      findings.push(
        readFinding("totals-row", "info", sheet, cellAddress(r + 1, total.col), {
          label: "",
          value: String(r + 1),
          read: total.text,
          consequence: continues ? "continues" : "ends",
        }),
      );
      sums.restart();
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
    const typedUnits: Record<string, string> = {};
    let dropped = false;
    let unreadable: string[] | undefined;
    const reads = new Map<string, FieldRead>();
    for (const c of columns) reads.set(c.field.id, readCell(grid, r, cells, c, ledger));
    for (const { field, col, match, policy } of columns) {
      const address = cellAddress(row1, col);
      const read = reads.get(field.id) as FieldRead;
      if (field.id === GROSS) {
        // never converted by: said once for the column, below
        if (read.kind !== "blank") grossSeen ??= match;
        continue;
      }
      if (read.kind === "ok") {
        values[field.id] = read.value;
        if (field.id === "sdNumber" && typeof read.value === "string") ctx.sdNumbers.add(read.value);
        addresses[field.id] = address;
        if (read.unit) {
          units[field.id] = { unit: read.unit, cell: address };
          if (read.unit !== "%") typedUnits[field.id] = read.unit;
        } else if (match.unit) units[field.id] = { unit: match.unit, cell: cellAddress(headerRow1, col) };
        if (read.scaled && !scaledReported.has(col)) {
          scaledReported.add(col);
          findings.push(
            readFinding("scaled-number", "info", sheet, address, {
              label: field.label,
              value: grid.format(r, col) ?? "",
              read: String(1000 ** read.scaled),
            }),
          );
        }
        continue;
      }
      if (read.kind === "blank") {
        if (field.required && writtenOncePerBatch(rec, field.id, reads)) {
          // a batch's follow-up row: the engine reads it as the batch's input or refuses it at
          // this cell (engine/batch-input.ts)
          values[field.id] = "";
          addresses[field.id] = address;
        } else if (field.required) {
          findings.push(
            readFinding("missing-value", "error", sheet, address, { label: field.label, dropped: true }),
          );
          dropped = true;
        }
        continue;
      }
      // An error cell or an unsaved formula hides a value that exists, a value outside a closed
      // vocabulary is never a default, and a value only a convention could tell is never guessed:
      // errors even in an optional column.
      const hidden = read.code === "cell-error" || read.code === "formula-without-value";
      const ambiguous = read.code === "ambiguous-number" || read.code === "ambiguous-date";
      const effective: Policy = policy === "ignored" && hidden ? "credit" : policy;
      const severity = effective !== "ignored" || ambiguous ? "error" : "warning";
      findings.push(
        readFinding(read.code, severity, sheet, address, {
          label: field.label,
          value: read.text,
          dropped: effective === "fatal",
          ...(read.reason ? { reason: read.reason } : {}),
          ...(read.detail ? { read: read.detail } : {}),
          ...(effective === "credit" || effective === "side"
            ? { consequence: consequenceOf(field.id, reads.get("ghg.total")?.kind === "ok") }
            : {}),
        }),
      );
      if (effective === "fatal") dropped = true;
      else if (effective !== "ignored") (unreadable ??= []).push(field.id);
    }
    // A unit named twice must be the same unit: the cell's own, its header's, its unit column's.
    for (const { field, col, match, policy } of columns) {
      if (values[field.id] === undefined) continue;
      const conflict = unitConflict(field.id, typedUnits[field.id], match, values);
      if (!conflict) continue;
      const cell =
        conflict.at === "unit"
          ? (addresses[conflict.unitField] ?? cellAddress(row1, col))
          : cellAddress(row1, col);
      findings.push(
        readFinding("unit-conflict", "error", sheet, cell, {
          label: field.label,
          value: conflict.a,
          read: conflict.b,
          missing: conflict.where,
          dropped: policy === "fatal",
          ...(policy !== "fatal" ? { consequence: consequenceOf(field.id) } : {}),
        }),
      );
      delete values[field.id];
      if (policy === "fatal") dropped = true;
      else (unreadable ??= []).push(field.id);
    }
    if (!dropped) {
      sums.add(values);
      // a blank "sustainable" cell of a sheet that has such a column is not sustainable (domain.md §7)
      if (
        partCols.length > 0 &&
        isDelivery(rec.kind, values) &&
        partCols.every((c) => values[c.field.id] === undefined)
      ) {
        if (!unreadable?.some((f) => f === "sustainable" || f === "sustainablePart")) {
          const c = partCols[0] as Column;
          values[c.field.id] = "no";
          addresses[c.field.id] = cellAddress(row1, c.col);
          blankParts++;
        }
      }
      emit({
        values,
        source: { sheet, row: row1, cells: addresses },
        units,
        ...(unreadable ? { unreadable } : {}),
      });
    }
  }
  if (grossSeen) {
    findings.push(
      readFinding("gross-calorific-value", "warning", sheet, cellAddress(headerRow1, grossSeen.col), {
        label: grossSeen.header,
      }),
    );
  }
  if (blankParts > 0) {
    const c = partCols[0] as Column;
    findings.push(
      readFinding("blank-not-sustainable", "info", sheet, cellAddress(headerRow1, c.col), {
        label: c.match.header,
        value: String(blankParts),
      }),
    );
  }
  return rows;
}

function isDelivery(kind: string, values: Record<string, string | string[]>): boolean {
  if (kind === "deliveries") return true;
  return kind === "ledger" && (values.direction === "out" || values.outQuantity !== undefined);
}

/** What a sustainable part's header says the column holds: a share, a quantity, or yes/no. */
function partKind(fieldId: string, match: ColumnMatch): PartKind {
  if (match.header.includes("%")) return "share";
  if (match.unit) return "quantity";
  const h = ` ${fold(match.header).replace(/[^a-z]+/g, " ")} `;
  if (/ (share|anteil|portion|proportion|percentage|prozent|prozentsatz|quote|quota) /.test(h))
    return "share";
  if (
    / (quantity|qty|menge|amount|part|teil|davon|thereof|which|volume|volumen|mass|masse|weight|gewicht|tonnage)/.test(
      h,
    )
  )
    return "quantity";
  return fieldId === "sustainableInputQuantity" ? "quantity" : "flag";
}

// In a combined ledger with In and Out columns, the column a row does not use often holds 0 or "-".
const UNUSED = /^\s*(?:0+(?:[.,]0+)?|[-–—])\s*$/;

function readCell(grid: Grid, r: number, cells: readonly unknown[], c: Column, ledger: boolean): FieldRead {
  const v = (cells[c.col] ?? null) as Parameters<typeof readField>[1];
  if (ledger && (c.field.id === "inQuantity" || c.field.id === "outQuantity")) {
    // 0 or "-" in the column a row does not use is blank; the row's other column holds its quantity
    if (v === 0 || (typeof v === "string" && UNUSED.test(v))) return { kind: "blank" };
  }
  const read = readField(c.field, v, c.conv, grid.format(r, c.col), c.info);
  if (read.kind === "ok" && (c.field.id === "inQuantity" || c.field.id === "outQuantity")) {
    const n = parseDecimal(read.value);
    if (n && n.isNegative())
      return { kind: "bad", code: "invalid-number", text: read.value as string, reason: "negative" };
  }
  return read;
}

/** Two units named for one value that differ: the cell's typed one, its header's, its unit column's. */
function unitConflict(
  fieldId: string,
  typed: string | undefined,
  match: ColumnMatch,
  values: Record<string, string | string[]>,
): { a: string; b: string; where: string; at: "cell" | "unit"; unitField: string } | null {
  const header = match.unit && match.unit !== "%" ? match.unit : undefined;
  const unitField = unitColumnOf(fieldId);
  const column = unitField ? (values[unitField] as string | undefined) : undefined;
  if (typed && header && typed !== header)
    return {
      a: typed,
      b: header,
      where: `the heading "${match.header}"`,
      at: "cell",
      unitField: unitField ?? "",
    };
  if (typed && column && typed !== column)
    return { a: typed, b: column, where: "the Unit column", at: "cell", unitField: unitField ?? "" };
  if (header && column && header !== column && unitField)
    return { a: column, b: header, where: `the heading "${match.header}"`, at: "unit", unitField };
  return null;
}

/** Running sums of each quantity column since the start and since the last total. */
class Sums {
  private readonly sinceStart = new Map<number, Dec>();
  private readonly sinceLast = new Map<number, Dec>();
  constructor(private readonly cols: [number, string][]) {}
  add(values: Record<string, string | string[]>): void {
    for (const [col, id] of this.cols) {
      const v = values[id];
      const n = typeof v === "string" ? parseDecimal(v) : null;
      if (!n) continue;
      this.sinceStart.set(col, (this.sinceStart.get(col) ?? ZERO).plus(n));
      this.sinceLast.set(col, (this.sinceLast.get(col) ?? ZERO).plus(n));
    }
  }
  restart(): void {
    this.sinceLast.clear();
  }
  /** Whether `n` in column `col` is the sum of the rows above it (since the last total, or all). */
  matches(col: number, n: Dec): boolean {
    if (n.isZero()) return false;
    const last = this.sinceLast.get(col);
    const start = this.sinceStart.get(col);
    return (!!last && last.equals(n)) || (!!start && start.equals(n));
  }
}

/**
 * A required value that layouts write once per batch, left blank on a production row that names
 * a batch: the input quantity of a co-product row (issue 13, break-test #17). The row is passed
 * on with the blank for the engine to decide, as only it sees the batch's first row.
 */
function writtenOncePerBatch(rec: Recognition, field: string, reads: Map<string, FieldRead>): boolean {
  return rec.kind === "production" && field === "inputQuantity" && reads.get("batchId")?.kind === "ok";
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
    if (!cells || !looksLikeBooking(cells, columns)) continue;
    // a row labelled as a total is skipped only when nothing on it identifies a booking
    // ("TOTAL Deutschland GmbH" with its SD number and certificate is a booking)
    const label = totalsTextColumn(cells);
    if (label !== null && identifyingBlank(cells, columns, label)) continue;
    findings.push(
      readFinding("rows-after-blank", "warning", grid.sheet.name, cellAddress(r + 1, required[0]!.col), {
        label: String(end + 1),
      }),
    );
    return;
  }
}

/**
 * The totals label of a row and its column, or null when the row is data. A row is a total when
 * its quantity is a formula adding up cells of its own column (SUM, SUBTOTAL, "=F2+F3"), or when
 * its first text cell names a total AND its structure agrees: the fields that identify a booking
 * (SD number, certificate, counterparty, address) are all blank, or, on a sheet without such
 * fields, its quantity is blank or equals the sum of the rows above it (since the last total, or
 * all of them). A dated "Summe Februar" is a total; a supplier "TOTAL Deutschland GmbH" with its
 * own SD number or certificate is a booking, whatever its date or quantity.
 */
function totalsLabel(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  quantityCols: Column[],
  sums: Sums,
): { text: string; col: number } | null {
  const formulas = grid.sheet.formulas?.[r];
  if (formulas) {
    for (const c of quantityCols) {
      const f = formulas[c.col];
      if (f && aggregatesOwnColumn(f, c.col)) return { text: `=${f}`, col: c.col };
    }
  }
  const labelCol = totalsTextColumn(cells);
  if (labelCol === null) return null;
  const label = { text: String(cells[labelCol]).trim(), col: labelCol };
  // where the sheet has fields that identify a booking, they decide: a "TOTAL Deutschland GmbH"
  // with its SD number or certificate is a booking, whatever its quantity
  if (columns.some((c) => IDENTIFYING.includes(c.field.id) && c.col !== labelCol))
    return identifyingBlank(cells, columns, labelCol) ? label : null;
  let anyQuantity = false;
  for (const c of quantityCols) {
    const v = cells[c.col];
    if (isBlank(v as never)) continue;
    anyQuantity = true;
    const read = readField(c.field, v as never, c.conv, grid.format(r, c.col), c.info);
    const n = read.kind === "ok" && typeof read.value === "string" ? parseDecimal(read.value) : null;
    if (n && sums.matches(c.col, n)) return label;
  }
  return anyQuantity ? null : label;
}

/** Whether the fields that identify a booking (SD number, certificate, counterparty…) are all blank, besides the label's. */
function identifyingBlank(cells: readonly unknown[], columns: Column[], labelCol: number): boolean {
  const identifying = columns.filter((c) => IDENTIFYING.includes(c.field.id) && c.col !== labelCol);
  return identifying.length > 0 && identifying.every((c) => isBlank(cells[c.col] as never));
}

/** Whether a formula adds up cells of column `col` only ("SUM(F2:F9)", "SUBTOTAL(9,F2:F5)", "F2+F3"). */
function aggregatesOwnColumn(formula: string, col: number): boolean {
  const body = formula.replace(/^\s*=/, "").replace(AGGREGATE_FUNCTIONS, "(");
  const tokens = body.split(/[\s+(),;]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  let cellsCounted = 0;
  for (const t of tokens) {
    const parts = t.split(":");
    if (parts.length > 2) return false;
    for (const p of parts) {
      const m = CELL_REF.exec(p);
      if (!m || !sameColumn(m[1] as string, col)) return false;
    }
    cellsCounted += parts.length === 2 ? 2 : 1;
  }
  return cellsCounted >= 2;
}

function sameColumn(letters: string, col: number): boolean {
  try {
    return columnIndex(letters) === col;
  } catch {
    return false;
  }
}

/** The column of a row's first text cell when it names a total ("Summe Februar"), else null. */
function totalsTextColumn(cells: readonly unknown[]): number | null {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string" || v.trim() === "") continue;
    return TOTALS.test(v) ? c : null;
  }
  return null;
}
