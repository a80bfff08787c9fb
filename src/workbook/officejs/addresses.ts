// Address lists as Excel writes them ("Sheet1!A1:C1,'My, Sheet'!B2") and builds them for getRanges.
import { cellAddress, parseCell } from "../a1";

/** Split on the commas that are not inside a quoted sheet name. */
export function splitAreaList(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** "'My Sheet'!$A$1:$C$1" -> "A1:C1". */
export function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/**
 * Cells of one sheet as few A1 areas as is cheap to find: horizontal runs of neighbours
 * ("A1:D1"), so a block of 10,000 marked cells does not become 10,000 addresses.
 */
export function cellRuns(cells: string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, col } = parseCell(cell);
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const runs: string[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0] as number;
    let prev = start;
    for (const col of [...sorted.slice(1), Number.NaN]) {
      if (col === prev + 1) {
        prev = col;
        continue;
      }
      runs.push(
        start === prev ? cellAddress(row, start) : `${cellAddress(row, start)}:${cellAddress(row, prev)}`,
      );
      start = col;
      prev = col;
    }
  }
  return runs;
}

/** Group addresses into comma-separated lists short enough for Worksheet.getRanges. */
export function areaLists(addresses: string[], maxChars = 2_000, maxAreas = 200): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length > 0 && (length + a.length + 1 > maxChars || current.length >= maxAreas)) {
      lists.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length > 0) lists.push(current.join(","));
  return lists;
}
