// The add-in's own marks read back (app/marks.ts writes them, MB Config keeps each marked cell's
// original fill and note): a cell the add-in marked is filled in a mark colour, which a sheet's
// colour legend would read as the user's ("rot = storniert" matches the error mark's light red), so
// a booked row could be refused, or a legend's own cell change colour, on the next run. The record
// says which cells are ours: such a cell whose fill is still a mark colour is read with the fill
// the user gave it (its original, kept in MB Config). A cell the record does not name is read as it
// is, whatever its colour: a user's row filled like a mark (Excel's "Bad" style is the error
// mark's #FFC7CE) still counts. A marked cell whose fill the user changed to another colour is read
// with that colour. Only a marked cell the user re-filled in exactly a mark colour, and no other
// cell of its row, reads as before the mark (the two cannot be told apart). Pure.
import { tryParseCell } from "./a1";
import type { CellStyleChange, SheetSnapshot } from "./port";
import { withoutOwnNotes } from "./note-text";

/** The fill of a mark by the finding's severity ("#RRGGBB"): light red, light yellow, light blue. */
export const MARK_FILLS = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
} as const;

const OURS = new Set<string>(Object.values(MARK_FILLS));

/**
 * Sheet `sheet` with the fills of the cells the add-in marked (`marks`, MB Config: each marked
 * cell with its original fill, "#RRGGBB" or null) read as the user left them, where the cell's
 * fill is still a mark colour (port.ts SheetSnapshot fills, cellFills); the same sheet where none
 * is. A row whose cells' fills the host did not tell apart (Office.js: fill "" without cellFills)
 * stays unknown: the legend refuses it, never books it as uncoloured.
 */
export function withoutOwnMarks(given: SheetSnapshot, marks: readonly CellStyleChange[]): SheetSnapshot {
  // its notes too: the keeper's words alone (note-text.ts)
  const sheet = withoutOwnNotes(given, marks);
  const ours = marks.filter((m) => m.sheet === sheet.name);
  if (ours.length === 0 || !sheet.fills) return sheet;
  const fills = { ...sheet.fills };
  const cellFills = { ...sheet.cellFills };
  let changed = false;
  for (const mark of ours) {
    const at = tryParseCell(mark.cell.replace(/\$/g, "").toUpperCase());
    if (!at) continue;
    const row = at.row - 1;
    const col = at.col;
    const cells = cellFills[row] ?? alike(sheet, row, col);
    if (!cells || !OURS.has((cells[col] ?? "").toUpperCase())) continue;
    const own = { ...cells };
    if (mark.fill === null || mark.fill.toUpperCase() === "#FFFFFF") delete own[col];
    else own[col] = mark.fill.toUpperCase();
    cellFills[row] = own;
    // the row's fill: its first filled cell's, as the hosts give it
    const first = Object.keys(own)
      .map(Number)
      .sort((a, b) => a - b)[0];
    if (first === undefined) delete fills[row];
    else fills[row] = own[first] as string;
    changed = true;
  }
  if (!changed) return sheet;
  return { ...sheet, fills, cellFills };
}

/**
 * Row `row`'s cells as filled alike (port.ts fills without cellFills: every cell of a value, and
 * the marked cell `col`, holds the row's fill), or undefined where the row has no plain fill ("":
 * unknown cell by cell).
 */
function alike(sheet: SheetSnapshot, row: number, col: number): Record<number, string> | undefined {
  const fill = sheet.fills?.[row];
  if (!fill) return undefined;
  const cells: Record<number, string> = { [col]: fill };
  (sheet.values[row] ?? []).forEach((v, c) => {
    if (v !== null && v !== "") cells[c] = fill;
  });
  return cells;
}
