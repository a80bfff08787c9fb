// Conversion between exceljs cells and the port's neutral values and styles.
import type { Cell, CellValue as XlCellValue, Fill, Worksheet } from "exceljs";
import { parseSheetReference, cellPlace } from "../a1";
import { normaliseColour, type InspectedCell, type OutCell } from "../out-value";
import type { CellValue, CellStyle, CellRef } from "../port";
import { isDateFormat } from "../dates";
import { scriptText } from "../script-text";

const MS_PER_DAY = 86_400_000;
// Days from Excel's day 0 (1899-12-30 as exceljs counts) to 1970-01-01. exceljs already turns
// 1904-system serials into the right Date; a 1904 workbook's serials are 1462 days fewer.
const EPOCH_OFFSET = 25569;
const DAYS_1904 = 1462;
// exceljs ValueType.Merge: a cell covered by a merge reports its master's value; the port wants null.
const MERGE_TYPE = 1;
// exceljs ValueType.Formula
const FORMULA_TYPE = 6;

/** A date as a serial of the workbook's date system (1904: old Mac workbooks). */
export function dateToSerial(d: Date, date1904 = false): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET - (date1904 ? DAYS_1904 : 0);
}

/** A 1900-system serial (what a patch writes) as a serial of the workbook's system. */
export function serialForWorkbook(serial1900: number, date1904: boolean): number {
  return date1904 ? serial1900 - DAYS_1904 : serial1900;
}

/**
 * A cell's value as the port sees it: cached formula results (a formula without one is a
 * FormulaValue, never empty), rich text as shown (raised and lowered runs in their Unicode forms,
 * script-text.ts: "380" + a raised "1" is "380¹", not 3801), dates as serials of the workbook's
 * date system.
 */
export function readCellValue(cell: Cell, date1904 = false): CellValue {
  if (cell.type === MERGE_TYPE) return null;
  if (cell.type === FORMULA_TYPE) {
    // exceljs's `value` drops a stored result that is falsy (0, "" or FALSE): read its model
    const model = valueModel(cell) as { result?: unknown } | undefined;
    const result = model?.result;
    if (result !== undefined && result !== null && result !== "")
      return convert({ formula: formulaOf(cell.value), result } as XlCellValue, date1904);
  }
  return convert(cell.value, date1904);
}

function convert(v: XlCellValue | undefined, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((t) => scriptText(t.text, t.font?.vertAlign)).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return { formula: formulaOf(v) };
    return convert(result as XlCellValue, date1904);
  }
  if ("hyperlink" in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === "string") return text;
    return convert(text as XlCellValue, date1904);
  }
  return null;
}

/** The formula text of a formula cell's value ("SUBTOTAL(9,D2:D5)"), or "" for a shared one's copy. */
export function formulaOf(v: unknown): string {
  if (!v || typeof v !== "object") return "";
  const f = (v as { formula?: unknown }).formula;
  return typeof f === "string" ? f.replace(/^=/, "") : "";
}

/** Solid fills as "#RRGGBB"; patterns, theme colours and no fill as null. */
export function readFill(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb ? normaliseColour(argb) : null;
}

export function readNote(cell: Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}

export function readStyle(cell: Cell): CellStyle {
  return { fill: readFill(cell.fill), note: readNote(cell) };
}

export function solidFill(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${colour.slice(1)}` } };
}

// exceljs shares style objects between cells read from a file: always give a cell a new one.
export function setFill(cell: Cell, colour: string | null): void {
  const style = { ...cell.style };
  if (colour) style.fill = solidFill(colour);
  else delete style.fill;
  cell.style = style;
  // Saving leaves the style id on the cell's value model and only overwrites it when the new
  // style is not the default one: without this, a restored cell kept the mark of an earlier save.
  const model = valueModel(cell);
  if (model) delete model.styleId;
}

export function setNote(cell: Cell, note: string | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  // exceljs cannot remove a note: drop its comment object, and the copy that saving leaves
  // on the cell's value model (else the note comes back in the next save).
  delete (cell as unknown as { _comment?: unknown })._comment;
  const model = valueModel(cell);
  if (model) delete model.comment;
}

// exceljs internals (4.4.0): the model object that each save reuses for a cell.
function valueModel(cell: Cell): { comment?: unknown; styleId?: unknown; result?: unknown } | undefined {
  return (cell as unknown as { _value?: { model?: { comment?: unknown; styleId?: unknown } } })._value?.model;
}

export function writeOutCell(cell: Cell, out: OutCell, date1904 = false): void {
  if (out.link && out.value !== null) {
    const target = `#${cellPlace(out.link.sheet, out.link.cell)}`;
    cell.value = { text: String(out.value), hyperlink: target };
  } else {
    // Strings are written as strings (shared strings), never as formulas, whatever they start with.
    // A date (a serial of the 1900 system with a date format) is stored in the workbook's system.
    cell.value =
      typeof out.value === "number" && date1904 && isDateFormat(out.numberFormat)
        ? serialForWorkbook(out.value, true)
        : out.value;
  }
  if (!out.bold && !out.fill && !out.numberFormat && !out.link && !out.wrap) return;
  // On top of what the cell took from its column (wrapped text), never instead of it.
  const style: Partial<Cell["style"]> = { ...cell.style };
  if (out.numberFormat) style.numFmt = out.numberFormat;
  if (out.bold || out.link)
    style.font = { bold: out.bold, ...(out.link ? { color: { argb: "FF0563C1" }, underline: true } : {}) };
  if (out.fill) style.fill = solidFill(out.fill);
  if (out.wrap) style.alignment = { wrapText: true, vertical: "top" };
  cell.style = style;
}

export function inspectCell(ws: Worksheet, address: string, date1904 = false): InspectedCell {
  const cell = ws.getCell(address);
  const v = cell.value as unknown;
  let link: CellRef | null = null;
  if (v && typeof v === "object" && "hyperlink" in v) {
    link = parseSheetReference(String((v as { hyperlink: unknown }).hyperlink));
  }
  return {
    value: readCellValue(cell, date1904),
    ...readStyle(cell),
    bold: cell.font?.bold === true,
    link,
    numberFormat: cell.numFmt ?? null,
    wrap: cell.alignment?.wrapText === true,
  };
}
