// Where a table's data ends: a blank row, or a totals row (a label that names a total and a row
// structured like one, or a formula adding up its own column); and rows below the end that look
// like bookings, which would silently be left out of the balance.
import { cellAddress, columnIndex } from "./a1";
import { readField } from "./cell-values";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import { parseDecimal } from "../engine/quantity";
import type { Finding } from "../engine/result";
import { type Column, PARTS } from "./table-columns";
import { matchesSum, type Sums } from "./table-sums";
import { TOTALS, monthLabel, totalCell } from "./total-words";
import { CARRY_ALONE } from "./carry-words";
import { tankTotalColumn, tankTotalRow } from "./tank-totals";
import { unnamedSum } from "./unnamed-sum";
import { lackingSum } from "./lacking-sum";
import {
  filledBeside,
  identifies,
  identifyingBlank,
  labelledVerdict,
  type LabelledRow,
} from "./booking-cells";

// A formula that adds up cells of its own column: SUM, SUBTOTAL, AGGREGATE, "+" of cells, ranges.
const AGGREGATE_FUNCTIONS =
  /(?:_xlfn\.)?(?:SUBTOTAL|SUM|AGGREGATE|TEILERGEBNIS|SUMME|AGGREGAT)\s*\((?:\s*\d+\s*[,;])*/gi;

const CELL_REF = /^\$?([A-Z]{1,3})\$?\d+$/;

export function looksLikeBooking(cells: readonly unknown[] | undefined, columns: Column[]): boolean {
  const required = columns.filter((c) => c.field.required);
  return !!cells && required.length > 0 && required.every((c) => !isBlank(cells[c.col] as never));
}

export const LOOK_BELOW = 50;

/**
 * Data ends at a blank or totals row (`end`, 0-based); but rows below it that look like bookings
 * would silently be left out of the balance, so say so once, at the first of them, with
 * `severity` (an error on a sheet that feeds balances: its input is incomplete). Returns that
 * row (0-based) and the cell of the finding, or null when no booking follows.
 */
export function warnRowsBelow(
  grid: Grid,
  end: number,
  columns: Column[],
  findings: Finding[],
  severity: "error" | "warning" = "warning",
): { row: number; cell: string } | null {
  const required = columns.filter((c) => c.field.required);
  if (required.length === 0) return null;
  const last = Math.min(grid.rowCount, end + 1 + LOOK_BELOW);
  for (let r = end + 1; r < last; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || !looksLikeBooking(cells, columns)) continue;
    // a row labelled as a total is skipped only when nothing on it identifies a booking
    // ("TOTAL Deutschland GmbH" with its SD number and certificate is a booking)
    const label = totalsTextColumn(cells);
    const named = label !== null && !totalCell(String(cells[label]), cells);
    if (label !== null && !named && identifyingBlank(cells, columns, label)) continue;
    const cell = cellAddress(r + 1, required[0]!.col);
    findings.push(
      readFinding("rows-after-blank", severity, grid.sheet.name, cell, {
        label: String(end + 1),
        // a line of the sheet's colour legend (colour-legend.ts withLegend) ends the data as a blank does
        ...(legendLine(grid, end) ? { reason: "legend-line" as const } : {}),
      }),
    );
    return { row: r, cell };
  }
  return null;
}

/**
 * What a row is before it is read as data (null: data): a total, with its label (or formula) and
 * its column; or a possible total, refused by its finding.
 */
export type TotalsRow =
  | {
      kind: "total";
      text: string;
      col: number;
      /** a balance word in a row shaped like a booking (opening-rows.ts, balanceLine): refused, never skipped */
      booking?: true;
    }
  | { kind: "suspect"; finding: Finding; restart?: true };

/**
 * Whether a row is a total, a possible one, or data (null). A row is a total when its quantity is
 * a formula adding up cells of its own column (SUM, SUBTOTAL, "=F2+F3"); or when its first text
 * cell names a total AND its structure agrees: the fields that identify a booking (SD number,
 * certificate, counterparty, address) are all blank, or, on a sheet without such fields, its
 * quantity is blank or equals the sum of the rows above it (Sums.matches); or when it has no label
 * and is blank but for quantities that are each the sum of two or more rows above. A row blank but
 * for quantities that are not such sums only looks like a total line, and the add-in cannot tell:
 * it is refused (possible-totals-row, at its first quantity, saying where the quantities merely
 * repeat those of the row above). A dated "Summe Februar" is a total; a supplier "TOTAL
 * Deutschland GmbH" with its own SD number or certificate is a booking, whatever its quantity.
 */
export function totalsRow(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  quantityCols: Column[],
  sums: Sums,
): TotalsRow | null {
  const formulas = grid.sheet.formulas?.[r];
  if (formulas) {
    for (const c of quantityCols) {
      const f = formulas[c.col];
      if (f && aggregatesOwnColumn(f, c.col)) return { kind: "total", text: `=${f}`, col: c.col };
    }
  }
  // (brk22 0) "Summe", "alle Tanks" in a stock count's Tank cell: the tanks' total, never a tank
  const tank = tankTotalColumn(cells, columns);
  if (tank) return tankTotalRow(grid, r, cells, tank, quantityCols, sums);
  const labelCol = totalsTextColumn(cells);
  if (labelCol === null) {
    // no label: a line blank but for quantities that are each the sum of the rows above
    const read = unlabelledSums(grid, r, cells, columns, quantityCols, sums);
    if (!read) {
      const at = { r, cells, columns, quantityCols, sums };
      const unnamed = unnamedSum(grid, at) ?? lackingSum(grid, at);
      return unnamed && { kind: "suspect", finding: unnamed, restart: true };
    }
    if (read.sum) return { kind: "total", text: `${read.text} = the sum of the rows above`, col: read.col };
    const finding = readFinding(
      "possible-totals-row",
      "error",
      grid.sheet.name,
      cellAddress(r + 1, read.col),
      {
        label: quantityCols.find((c) => c.col === read.col)?.field.label ?? "",
        value: read.text,
        read: String(r + 1),
        dropped: true,
        ...(read.repeats ? { repeats: true } : {}),
      },
    );
    return { kind: "suspect", finding };
  }
  const label = { kind: "total" as const, text: String(cells[labelCol]).trim(), col: labelCol };
  const sum = quantityCols.find((c) => matchesSum(grid, r, cells, c, sums));
  const facts: LabelledRow = {
    wordAlone: totalCell(label.text, cells),
    filled: filledBeside(cells, columns, quantityCols, labelCol),
    identifying: !identifies(columns, labelCol)
      ? "none"
      : identifyingBlank(cells, columns, labelCol)
        ? "blank"
        : "filled",
    quantity: sum ? "sum" : quantityCols.every((c) => isBlank(cells[c.col] as never)) ? "blank" : "other",
    dataWord: CARRY_ALONE.test(label.text),
  };
  const verdict = labelledVerdict(facts);
  if (verdict === "data") return null;
  if (verdict === "total" || !sum) return label;
  const at = cellAddress(r + 1, sum.col);
  const value = String(cells[sum.col]).trim();
  const details = { label: sum.field.label, value, read: String(r + 1), named: label.text, dropped: true };
  const finding = readFinding("possible-totals-row", "error", grid.sheet.name, at, {
    ...details,
    reason: "named-sum",
  });
  return { kind: "suspect", finding };
}

/**
 * The first row (0-based) after the totals row `r` that is not a total too ("Summe Q1" then
 * "Übertrag"), looking at most LOOK_BELOW rows down: where the data goes on, or ends.
 */
export function pastTotals(
  grid: Grid,
  r: number,
  columns: Column[],
  quantityCols: Column[],
  sums: Sums,
): number {
  let next = r + 1;
  while (next < grid.rowCount && next - r < LOOK_BELOW) {
    const below = grid.sheet.values[next];
    if (!below || totalsRow(grid, next, below, columns, quantityCols, sums)?.kind !== "total") break;
    next++;
  }
  return next;
}

/** A table's columns that a total line leaves blank, worked out once per table. */
const OTHERS = new WeakMap<Column[], Column[]>();

/**
 * A row with no label, blank but for its quantities (their units, sustainable parts): `sum` when
 * each is the sum of two or more rows above (since the last total, or all of them), a total line
 * added under the data without the word "Total"; otherwise it only looks like one, and the add-in
 * cannot tell (totalsRow); `repeats` where each quantity is that of the row above. Null for any
 * other row.
 */
function unlabelledSums(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  quantityCols: Column[],
  sums: Sums,
): { text: string; col: number; sum: boolean; repeats: boolean } | null {
  // blank but for its quantities (and their units, and sustainable parts that may be summed too)
  let others = OTHERS.get(columns);
  if (!others) {
    others = columns.filter(
      (c) => !quantityCols.includes(c) && c.field.type !== "unit" && !PARTS.has(c.field.id),
    );
    OTHERS.set(columns, others);
  }
  if (others.length === 0 || others.some((c) => !isBlank(cells[c.col] as never))) return null;
  let first: { text: string; col: number } | null = null;
  let sum = true;
  let repeats = true;
  for (const c of quantityCols) {
    const v = cells[c.col];
    if (isBlank(v as never)) continue;
    const read = readField(c.field, v as never, c.conv, grid.format(r, c.col), c.info);
    const n = read.kind === "ok" && typeof read.value === "string" ? parseDecimal(read.value) : null;
    first ??= {
      text: read.kind === "ok" && typeof read.value === "string" ? read.value : String(v),
      col: c.col,
    };
    if (!n || !sums.matches(c.col, n, 2)) sum = false;
    if (!n || !sums.repeats(c.col, n)) repeats = false;
  }
  return first ? { ...first, sum, repeats } : null;
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

/**
 * A row blank in every mapped column but labelled as a total in another ("Übertrag" in an unmapped
 * Beleg column): a total, never the blank row that ends the data (break-test #13); else null.
 */
export function labelledTotal(cells: readonly unknown[]): TotalsRow | null {
  const col = totalsTextColumn(cells);
  return col === null ? null : { kind: "total", text: String(cells[col]).trim(), col };
}

/** The column of a row's first text cell when it names a total ("Summe Februar") or a month alone ("Januar"), else null. */
function totalsTextColumn(cells: readonly unknown[]): number | null {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string" || v.trim() === "") continue;
    return TOTALS.test(v) || monthLabel(v) ? c : null;
  }
  return null;
}

/** Whether row `r` (0-based) of `grid` is a line of the sheet's colour legend, blank in the grid. */
function legendLine(grid: Grid, r: number): boolean {
  const lines = grid.legend?.lines;
  if (!lines || lines.size === 0) return false;
  const width = grid.sheet.values[r]?.length ?? 0;
  for (let c = 0; c < width; c++) if (lines.has(`${r}:${c}`)) return true;
  return false;
}
