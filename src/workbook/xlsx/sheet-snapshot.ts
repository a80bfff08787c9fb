// An exceljs worksheet as the port's snapshot: values (dates in the workbook's date system),
// formulas with their cached values, number formats, merges, visibility, hidden rows and rows with
// a struck-through cell (and which of their cells are: a struck note beside a table refuses
// nothing, workbook/row-state.ts), rows with a filled cell (colour-legend.ts), hidden columns.
import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../a1";
import type { CellValue, SheetSnapshot } from "../port";
import { formulaOf, readCellValue } from "./cells";

function visibilityOf(ws: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  return ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible";
}

/** A sheet whose cells were not asked for: listed by name and visibility only. */
export function listedSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  return { name: ws.name, visibility: visibilityOf(ws), values: [], formats: [], merges: [] };
}

// exceljs ValueType.Formula and ValueType.Null (a blank cell, perhaps styled)
const FORMULA_TYPE = 6;
const NULL_TYPE = 0;

/**
 * The fills of one row's cells (port.ts fills, cellFills): the fill of its first filled cell, and
 * each cell's where they are not all alike (a swatch beside a legend's text, one block of a sheet
 * of both sides filled, a filled note) — a row of values all filled alike needs no cell's own.
 */
class RowFills {
  private readonly cells: Record<number, string> = {};
  private first: string | null = null;
  private alike = true;

  /** Cell `col` (0-based) with `fill` (null: none), holding a value or blank. */
  add(col: number, fill: string | null, valued: boolean): void {
    if (fill !== null) {
      this.cells[col] = fill;
      this.first ??= fill;
    }
    if (fill === null ? valued : fill !== this.first) this.alike = false;
  }

  /** Into the sheet's fills (and cellFills where the cells differ), at 0-based row `r`. */
  store(r: number, fills: Record<number, string>, cellFills: Record<number, Record<number, string>>): void {
    if (this.first === null) return;
    fills[r] = this.first;
    if (!this.alike) cellFills[r] = this.cells;
  }
}

/**
 * Whether a rich-text cell strikes part of its text through ("400" struck before " 380": a
 * correction): its text joins every run, struck or not, so the row is refused as struck.
 */
function struckRun(value: ExcelJS.CellValue): boolean {
  if (!value || typeof value !== "object" || !("richText" in value)) return false;
  const runs = (value as ExcelJS.CellRichTextValue).richText;
  return Array.isArray(runs) && runs.some((run) => run.font?.strike === true);
}

export function snapshotSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const struckRows: number[] = [];
  const struckColumns: Record<number, number[]> = {};
  const fills: Record<number, string> = {};
  const cellFills: Record<number, Record<number, string>> = {};
  const fontColours: Record<number, Record<number, string>> = {};
  const notes: Record<number, Record<number, string>> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vals: CellValue[] = [];
    let fmts: (string | null)[] | null = null;
    let fs: (string | null)[] | null = null;
    let struck: number[] | null = null;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const filled = new RowFills();
    // blank cells too (a legend's swatch is a filled blank cell, colour-legend.ts), found without
    // creating the cells the row lacks: the workbook may be written back
    for (let colNumber = 1; colNumber <= row.cellCount; colNumber++) {
      const cell = row.findCell(colNumber);
      if (!cell) continue;
      filled.add(colNumber - 1, fillOf(cell.fill), cell.type !== NULL_TYPE);
      const note = noteOf(cell.note);
      if (note) (notes[rowNumber - 1] ??= {})[colNumber - 1] = note;
      if (cell.type === NULL_TYPE) continue;
      vals[colNumber - 1] = readCellValue(cell, date1904);
      if (cell.font?.strike || struckRun(cell.value)) (struck ??= []).push(colNumber - 1);
      const font = fontColourOf(cell);
      if (font) (fontColours[rowNumber - 1] ??= {})[colNumber - 1] = font;
      const fmt = cell.numFmt;
      if (fmt) {
        fmts ??= [];
        fmts[colNumber - 1] = fmt;
      }
      if (cell.type === FORMULA_TYPE) {
        fs ??= [];
        fs[colNumber - 1] = formulaOf(cell.value);
      }
    }
    filled.store(rowNumber - 1, fills, cellFills);
    values[rowNumber - 1] = fillHoles(vals);
    if (fmts) formats[rowNumber - 1] = fillHoles(fmts);
    if (fs) formulas[rowNumber - 1] = fillHoles(fs);
    if (struck) {
      struckRows.push(rowNumber - 1);
      struckColumns[rowNumber - 1] = struck;
    }
  });
  const hiddenColumns: number[] = [];
  // a column hidden by hand, grouped and collapsed, or narrowed to width 0 shows nothing
  ws.columns?.forEach((col, i) => {
    if (col.hidden || col.width === 0) hiddenColumns.push(i);
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => {
    const r = parseRange(m);
    return rangeAddress(r.start, r.end);
  });
  return {
    name: ws.name,
    visibility: visibilityOf(ws),
    values: fillHoles(values, () => []),
    formats: fillHoles(formats, () => []),
    merges,
    ...(formulas.length ? { formulas: fillHoles(formulas, () => []) } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(struckRows.length ? { struckRows, struckColumns } : {}),
    ...(Object.keys(fills).length ? { fills } : {}),
    ...(Object.keys(cellFills).length ? { cellFills } : {}),
    ...(Object.keys(fontColours).length ? { fontColours } : {}),
    ...(Object.keys(notes).length ? { cellNotes: notes } : {}),
    ...conditionalFills(ws),
  };
}

/**
 * A cell's note as plain text (exceljs: a string, or rich-text runs), null for none. Excel leaves a
 * threaded comment as such a note too, its text under a line of boilerplate (note-text.ts).
 */
function noteOf(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (!note) return null;
  const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
  return text.trim() === "" ? null : text;
}

/** A text cell's font colour as "#RRGGBB" (port.ts fontColours); null for black, white, a theme colour or none. */
function fontColourOf(cell: ExcelJS.Cell): string | null {
  const argb = cell.font?.color?.argb;
  if (!argb || typeof cell.value !== "string") return null;
  const hex = `#${argb.slice(-6).toUpperCase()}`;
  return hex === "#000000" || hex === "#FFFFFF" ? null : hex;
}

/** The ranges of the sheet's conditional-format rules that set a fill (port.ts conditionalFills). */
function conditionalFills(ws: ExcelJS.Worksheet): { conditionalFills?: string[] } {
  // exceljs keeps the rules it read on the sheet, though its types name only addConditionalFormatting
  const read = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const ranges = (read ?? [])
    .filter((cf) => cf.rules.some((rule) => "style" in rule && rule.style?.fill != null))
    .flatMap((cf) => cf.ref.split(/\s+/u).filter((ref) => ref !== ""));
  return ranges.length ? { conditionalFills: ranges } : {};
}

/** A cell's solid fill as "#RRGGBB" ("" for a theme or indexed colour); null for none or white. */
function fillOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  const argb = fill.fgColor?.argb;
  if (!argb) return fill.fgColor ? "" : null;
  const hex = `#${argb.slice(-6).toUpperCase()}`;
  return hex === "#FFFFFF" ? null : hex;
}

// Sparse arrays from exceljs would leave holes that `map` and `forEach` skip.
function fillHoles<T>(arr: T[], make?: () => T): T[] {
  const out = new Array<T>(arr.length);
  for (let i = 0; i < arr.length; i++) out[i] = i in arr ? (arr[i] as T) : make ? make() : (null as T);
  return out;
}
