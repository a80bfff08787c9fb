// In-place marks: a fill by severity and a note on each cell a finding concerns. MB Config keeps
// the FIRST original fill and note of every marked cell, so re-runs and Clear marks restore the
// cell exactly as the user left it, however often it was re-marked in between.
import { noteText } from "../engine/catalogue/render";
import type { Finding, Severity } from "../engine/result";
import type { CellRef, CellStyle, CellStyleChange } from "../workbook/port";
import { parseCell } from "../workbook/a1";
import { MARK_FILLS as OWN_MARK_FILLS } from "../workbook/own-marks";

/** The fill of a mark by severity (workbook/own-marks.ts, which reads them back as the user's fills). */
export const MARK_FILLS: Record<Severity, string> = OWN_MARK_FILLS;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface DesiredMark extends CellRef {
  severity: Severity;
  /** "MB <severity>: <message>", most severe first */
  lines: string[];
}

export function cellKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${normaliseCell(ref.cell)}`;
}

function normaliseCell(cell: string): string {
  return cell.replace(/\$/g, "").toUpperCase();
}

function position(cell: string): { row: number; col: number } | null {
  try {
    return parseCell(normaliseCell(cell));
  } catch {
    return null; // a finding on a range or a malformed address is listed, not marked
  }
}

/**
 * The note a marked cell shows: our lines, then the user's own note (kept visible, and restored
 * untouched by Clear marks).
 */
export function markNote(lines: string[], original: string | null): string {
  const ours = lines.join("\n");
  return original ? `${ours}\n\n${original}` : ours;
}

/**
 * The cells a finding concerns: its own, then its related ones (a column's later dates said once
 * at its first, the other tanks of a count, the register entry of a certificate).
 */
function concerned(f: Finding): CellRef[] {
  const own = f.sheet && f.cell ? [{ sheet: f.sheet, cell: f.cell }] : [];
  return f.related ? [...own, ...f.related] : own;
}

/**
 * One mark per cell of a user sheet that findings concern, their own cell or a related one, in
 * sheet order, then row, then column; a related cell shows the finding's note as its own cell does.
 */
export function desiredMarks(findings: Finding[], userSheets: string[]): DesiredMark[] {
  const order = new Map(userSheets.map((name, i) => [name, i]));
  const byCell = new Map<string, DesiredMark & { ranked: { rank: number; line: string }[] }>();
  for (const f of findings) {
    const line = noteText(f);
    for (const at of concerned(f)) {
      if (!order.has(at.sheet) || !position(at.cell)) continue;
      const ref = { sheet: at.sheet, cell: normaliseCell(at.cell) };
      const key = cellKey(ref);
      const mark = byCell.get(key) ?? { ...ref, severity: f.severity, lines: [], ranked: [] };
      if (RANK[f.severity] > RANK[mark.severity]) mark.severity = f.severity;
      if (!mark.ranked.some((r) => r.line === line)) mark.ranked.push({ rank: RANK[f.severity], line });
      byCell.set(key, mark);
    }
  }
  const marks = [...byCell.values()].map(({ ranked, ...mark }) => ({
    ...mark,
    // a stable sort keeps the engine's order among findings of the same severity
    lines: ranked.sort((a, b) => b.rank - a.rank).map((r) => r.line),
  }));
  return marks.sort((a, b) => compareRefs(a, b, order));
}

export function compareRefs(a: CellRef, b: CellRef, order: Map<string, number>): number {
  const sheet = (order.get(a.sheet) ?? Infinity) - (order.get(b.sheet) ?? Infinity);
  if (sheet !== 0 && !Number.isNaN(sheet)) return sheet;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = position(a.cell);
  const pb = position(b.cell);
  return (pa?.row ?? 0) - (pb?.row ?? 0) || (pa?.col ?? 0) - (pb?.col ?? 0);
}

export interface MarkPlan {
  /** style changes to apply: restores of cells no longer concerned, then the new marks */
  changes: CellStyleChange[];
  /** originals to keep in MB Config */
  originals: CellStyleChange[];
}

/**
 * @param previous originals kept in MB Config by earlier runs
 * @param fresh    current styles of the desired cells that were not marked before
 * @param sheets   names of the sheets that still exist (a mark on a deleted sheet is forgotten)
 */
export function planMarks(
  desired: DesiredMark[],
  previous: CellStyleChange[],
  fresh: Map<string, CellStyle>,
  sheets: string[],
): MarkPlan {
  const existing = new Set(sheets);
  const wanted = new Set(desired.map(cellKey));
  const before = new Map(previous.map((m) => [cellKey(m), m]));
  const restores = previous
    .filter((m) => existing.has(m.sheet) && !wanted.has(cellKey(m)))
    .map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.fill, note: m.note }));
  const originals: CellStyleChange[] = [];
  const marks: CellStyleChange[] = [];
  for (const d of desired) {
    const key = cellKey(d);
    const kept = before.get(key);
    const original: CellStyle = kept ?? fresh.get(key) ?? { fill: null, note: null };
    originals.push({ sheet: d.sheet, cell: d.cell, fill: original.fill, note: original.note });
    marks.push({
      sheet: d.sheet,
      cell: d.cell,
      fill: MARK_FILLS[d.severity],
      note: markNote(d.lines, original.note),
    });
  }
  return { changes: [...restores, ...marks], originals };
}
