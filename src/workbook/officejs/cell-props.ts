// Rows whose font or fill a row's properties (read-snapshot.ts) left open, asked cell by cell
// (Range.getCellProperties, ExcelApi 1.9): a few hundred rows per sync.
import { rangeAddress } from "../a1";
import type { SheetSnapshot } from "../port";

/** What the cell-by-cell asks of one sheet need: where its cells are, and which rows to ask. */
export interface CellAsks {
  sheet: SheetSnapshot;
  worksheet: Excel.Worksheet;
  columnIndex: number;
  columnCount: number;
  /** 0-based rows only some of whose cells are struck through, to be asked cell by cell */
  mixed?: number[];
  /** 0-based rows with text raised or lowered (in some cells, or in part of one), asked alike */
  scripted?: number[];
  /** 0-based rows filled differently cell by cell (a legend's swatch, a mark), asked alike */
  swatched?: number[];
}

/** Rows asked cell by cell in one request: a few hundred struck lines are one sync. */
const STRUCK_ROWS_PER_SYNC = 200;
const CELL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { font: { strikethrough: true, superscript: true, subscript: true }, fill: { color: true } },
};
/**
 * The most rows filled differently cell by cell asked for their cells' fills in one read (25
 * requests): beyond them a row's fill stays "" (colour unknown), which a legend refuses, never books.
 */
export const FILL_ROWS = 5_000;

/**
 * Rows whose font or fill the row's properties left open, asked cell by cell: for a row only some
 * of whose cells are struck, the columns of its struck cells (SheetSnapshot.struckColumns); for a
 * row with raised or lowered text, its text cells raised or lowered in part (scriptCells); for a
 * row filled differently cell by cell (a legend's swatch beside its meaning, a note beside the
 * table, a cell the add-in marked), each cell's fill (cellFills), for the first FILL_ROWS of them;
 * a row beyond keeps its fill "" (colour unknown).
 */
export async function readStruckColumns(
  context: Excel.RequestContext,
  reads: CellAsks[],
  signal?: AbortSignal,
) {
  let budget = FILL_ROWS;
  const asks = reads.flatMap((read) => {
    const struck = new Set(read.mixed);
    const swatched = new Set(read.swatched?.slice(0, Math.max(0, budget)));
    budget -= swatched.size;
    const rows = [...new Set([...struck, ...(read.scripted ?? []), ...swatched])];
    return rows.map((row) => ({ read, row, struck: struck.has(row), swatch: swatched.has(row) }));
  });
  for (let i = 0; i < asks.length; i += STRUCK_ROWS_PER_SYNC) {
    signal?.throwIfAborted();
    const batch = asks.slice(i, i + STRUCK_ROWS_PER_SYNC).map(({ read, row, struck, swatch }) => {
      const address = rangeAddress(
        { row: row + 1, col: read.columnIndex },
        { row: row + 1, col: read.columnIndex + read.columnCount - 1 },
      );
      return {
        read,
        row,
        struck,
        swatch,
        props: read.worksheet.getRange(address).getCellProperties(CELL_PROPS),
      };
    });
    await context.sync();
    for (const { read, row, struck, swatch, props } of batch) {
      const cells = props.value[0] ?? [];
      const where = (is: (font: Excel.CellPropertiesFont | undefined) => boolean) =>
        cells.flatMap((p, c) => (is(p.format?.font) ? [read.columnIndex + c] : []));
      if (struck) (read.sheet.struckColumns ??= {})[row] = where((f) => f?.strikethrough === true);
      const scripted = where((f) => f?.superscript === null || f?.subscript === null);
      if (scripted.length > 0) (read.sheet.scriptCells ??= {})[row] = scripted;
      if (swatch) cellFillsOf(read, row, cells);
    }
  }
}

/** Row `row`'s cells' own fills (white: none) into the sheet's cellFills. */
function cellFillsOf(read: CellAsks, row: number, cells: Excel.CellProperties[]): void {
  const fills: Record<number, string> = {};
  cells.forEach((p, c) => {
    const color = p.format?.fill?.color?.toUpperCase();
    if (color && color !== "#FFFFFF") fills[read.columnIndex + c] = color;
  });
  (read.sheet.cellFills ??= {})[row] = fills;
}
