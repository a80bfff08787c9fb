// Pure A1 address maths. Rows are 1-based (as the user sees them), columns 0-based in code.
import { cellPlace, quoteSheetName } from "../engine/catalogue/location";

export interface CellPosition {
  /** 1-based row */
  row: number;
  /** 0-based column */
  col: number;
}

export interface RangePosition {
  start: CellPosition;
  end: CellPosition;
}

const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;
const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
const LETTERS_PATTERN = /^[A-Za-z]{1,3}$/;

// Filled once: most sheets use a few dozen columns, and this is called for every cell written.
const letterCache: string[] = [];

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index0: number): string {
  const cached = letterCache[index0];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(index0) || index0 < 0 || index0 >= MAX_COLUMNS) {
    throw new RangeError(`Column index ${index0} is outside the sheet (0..${MAX_COLUMNS - 1}).`);
  }
  let n = index0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (index0 < 1024) letterCache[index0] = letters;
  return letters;
}

/** "A" -> 0, "AA" -> 26; case-insensitive. Throws on anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!LETTERS_PATTERN.test(letters)) throw new RangeError(`"${letters}" is not a column (A..XFD).`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new RangeError(`"${letters}" is beyond the last column XFD.`);
  return n - 1;
}

/** (12, 3) -> "D12". */
export function cellAddress(row1: number, col0: number): string {
  if (!Number.isInteger(row1) || row1 < 1 || row1 > MAX_ROWS) {
    throw new RangeError(`Row ${row1} is outside the sheet (1..${MAX_ROWS}).`);
  }
  return columnLetter(col0) + String(row1);
}

/** "D12" (or "$D$12") -> { row: 12, col: 3 }. Throws on anything else. */
export function parseCell(address: string): CellPosition {
  const m = CELL_PATTERN.exec(address.trim());
  if (!m) throw new RangeError(`"${address}" is not a cell address like D12.`);
  const row = Number(m[2]);
  if (row > MAX_ROWS) throw new RangeError(`"${address}" is beyond the last row ${MAX_ROWS}.`);
  return { row, col: columnIndex(m[1] as string) };
}

/** Like parseCell, but null instead of throwing (for text a user may have edited). */
export function tryParseCell(address: string): CellPosition | null {
  try {
    return parseCell(address);
  } catch {
    return null;
  }
}

/** "A1:C3" (either corner order) or a single cell "B2" -> normalised start/end corners. */
export function parseRange(range: string): RangePosition {
  const parts = range.split(":");
  if (parts.length > 2) throw new RangeError(`"${range}" is not a range like A1:C3.`);
  const a = parseCell(parts[0] as string);
  const b = parts.length === 2 ? parseCell(parts[1] as string) : a;
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/** "A1:C3" from corners. */
export function rangeAddress(start: CellPosition, end: CellPosition): string {
  const a = cellAddress(start.row, start.col);
  const b = cellAddress(end.row, end.col);
  return a === b ? a : `${a}:${b}`;
}

export { quoteSheetName, cellPlace };

/** "'My Sheet'!A1" -> { sheet: "My Sheet", cell: "A1" }; null when it is not such a reference. */
export function parseSheetReference(ref: string): { sheet: string; cell: string } | null {
  const text = ref.startsWith("#") ? ref.slice(1) : ref;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  const cell = text.slice(bang + 1).replace(/\$/g, "");
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 2) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (!tryParseCell(cell) && !/^[A-Za-z]{1,3}[0-9]+:[A-Za-z]{1,3}[0-9]+$/.test(cell)) return null;
  return { sheet, cell: cell.toUpperCase() };
}
