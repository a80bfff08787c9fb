// The cells of a fake sheet: raw values and number formats by cell key, input written as Excel
// parses it, the used range, and addresses of cells and boxes.
import { cellAddress, cellPlace, columnLetter, parseCell } from "../../workbook/a1";
import type { CellValue } from "../../workbook/port";
import { invalidArgument } from "./errors";
import { evaluateFormula } from "./formula";
import { type Box, cellKey, type FakeRaw, type FakeSheet, keyCell } from "./state";

export function toCellValue(raw: FakeRaw | undefined): CellValue {
  if (raw === undefined) return null;
  return typeof raw === "object" ? { error: raw.error } : raw;
}

export function getRaw(sheet: FakeSheet, r: number, c: number): FakeRaw | undefined {
  return sheet.values[r]?.[c];
}

export function setRaw(sheet: FakeSheet, r: number, c: number, v: FakeRaw | undefined): void {
  const row = (sheet.values[r] ??= []);
  row[c] = v;
}

export function getFormat(sheet: FakeSheet, r: number, c: number): string {
  return sheet.formats[r]?.[c] ?? "General";
}

export function setFormat(sheet: FakeSheet, r: number, c: number, f: string): void {
  const row = (sheet.formats[r] ??= []);
  row[c] = f === "General" ? undefined : f;
}

/**
 * What Excel does with a value written through `Range.values`: text formatted "@" stays text;
 * otherwise a leading = + - @ makes a formula and numeric or TRUE/FALSE text is converted.
 */
export function writeInput(sheet: FakeSheet, r: number, c: number, input: unknown): void {
  const key = cellKey(r, c);
  sheet.formulas.delete(key);
  if (input === "" || input === undefined) return setRaw(sheet, r, c, undefined);
  if (typeof input === "number" || typeof input === "boolean") return setRaw(sheet, r, c, input);
  const text = String(input);
  if (getFormat(sheet, r, c) === "@") return setRaw(sheet, r, c, text);
  if (text.startsWith("'")) return setRaw(sheet, r, c, text.slice(1));
  if (NUMERIC.test(text)) return setRaw(sheet, r, c, Number(text));
  if (/^(true|false)$/i.test(text)) return setRaw(sheet, r, c, text.toLowerCase() === "true");
  if (/^[=+\-@]/.test(text)) {
    const formula = text.startsWith("=") ? text : `=${text}`;
    sheet.formulas.set(key, formula);
    return setRaw(sheet, r, c, evaluateFormula(formula));
  }
  setRaw(sheet, r, c, text);
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Bounding box of the cells with values (valuesOnly) or with values or formatting. */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
  const box = { r0: Infinity, c0: Infinity, r1: -1, c1: -1 };
  const include = (r: number, first: number, last: number): void => {
    box.r0 = Math.min(box.r0, r);
    box.r1 = Math.max(box.r1, r);
    box.c0 = Math.min(box.c0, first);
    box.c1 = Math.max(box.c1, last);
  };
  const scan = (rows: (unknown[] | undefined)[]): void => {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      let first = -1;
      let last = -1;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === undefined) continue;
        if (first < 0) first = c;
        last = c;
      }
      if (first >= 0) include(r, first, last);
    }
  };
  scan(sheet.values);
  if (!valuesOnly) {
    scan(sheet.formats);
    for (const key of [...sheet.fills.keys(), ...sheet.bold]) {
      const { row0, col0 } = keyCell(key);
      include(row0, col0, col0);
    }
  }
  return box.r1 < 0 ? null : box;
}

export function boxAddress(sheet: FakeSheet, box: Box, withSheet = true): string {
  const a = cellAddress(box.r0 + 1, box.c0);
  const b = cellAddress(box.r1 + 1, box.c1);
  const local = a === b ? a : `${a}:${b}`;
  return withSheet ? cellPlace(sheet.name, local) : local;
}

export function keyAddress(key: number): string {
  const { row0, col0 } = keyCell(key);
  return `${columnLetter(col0)}${row0 + 1}`;
}

export function keyOfAddress(cell: string): number {
  const { row, col } = parseCell(cell);
  return cellKey(row - 1, col);
}

/** What Range.values shows of a stored cell: "" when empty, an error cell's text. */
export function rawValue(raw: FakeRaw | undefined): string | number | boolean {
  if (raw === undefined) return "";
  return typeof raw === "object" ? raw.error : raw;
}

/** What Range.valueTypes says of a stored cell. */
export function rawType(raw: FakeRaw | undefined): string {
  if (raw === undefined) return "Empty";
  if (typeof raw === "object") return "Error";
  if (typeof raw === "string") return "String";
  if (typeof raw === "boolean") return "Boolean";
  return Number.isInteger(raw) ? "Integer" : "Double";
}

/** A 2-D input must match the range; a single value fills it (as Office.js allows). */
export function cellInput(input: unknown, box: Box, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = box.r1 - box.r0 + 1;
  const cols = box.c1 - box.c0 + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(location, `a ${rows}x${cols} array was expected`);
  }
  return (r, c) => (input[r - box.r0] as unknown[])[c - box.c0];
}
