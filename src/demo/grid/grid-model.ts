// What the grid view needs to draw a workbook, whatever holds it: the demo feeds it from the
// fake Excel host, so marks, notes and generated sheets appear as Excel would show them.
import type { CellValue, SheetVisibility } from "../../workbook/port";

export interface GridCell {
  value: CellValue;
  /** number format, e.g. "dd.mm.yyyy" or "0.000"; null = General */
  numberFormat: string | null;
  /** "#RRGGBB" or null */
  fill: string | null;
  bold: boolean;
  /** note (or comment) text, shown on hover/focus behind a red corner */
  note: string | null;
}

export interface GridSheet {
  name: string;
  visibility: SheetVisibility;
  /** used rows and columns (1-based count), so the grid knows how far to draw */
  rowCount: number;
  colCount: number;
  /** row 1-based, col 0-based; undefined for an empty cell */
  cell(row: number, col: number): GridCell | undefined;
  /** column width in pixels by 0-based column, where the sheet sets one */
  columnWidth?(col: number): number | undefined;
  tabColor?: string | null;
  /** rows frozen at the top (they stay in view while the rest scrolls) */
  freezeRows?: number;
}

export interface GridSelection {
  sheet: string;
  /** A1 address of the selected cell */
  cell: string;
}

export interface GridState {
  sheets: GridSheet[];
  /** the host's active sheet, if it has one */
  activeSheet: string | null;
  /** the cell the host selected (the task pane's "go to cell") */
  selection: GridSelection | null;
}

export interface GridSource {
  getState(): GridState;
  /** called after every change the host applied; returns an unsubscribe function */
  subscribe(listener: () => void): () => void;
}
