import { cellAddress } from "../../workbook/a1";
import { GridCellView } from "./grid-cell";
import type { GridCell, GridSheet } from "./grid-model";

function isBlank(cell: GridCell | undefined): boolean {
  return !cell || cell.value === null || cell.value === "";
}

export interface RowLayout {
  rowHeaderWidth: number;
  /** column widths in pixels, and each column's left edge (one more entry: the right end) */
  widths: number[];
  lefts: number[];
  /** a note whose cell ends right of this x opens leftwards */
  noteRoom: number;
}

interface GridRowViewProps {
  sheet: GridSheet;
  /** 1-based */
  row: number;
  layout: RowLayout;
  selected: string | null;
  /** pixels from the top of the body; absent for frozen rows, which stay in the sticky head */
  top?: number;
  onSelect: (address: string) => void;
}

export function GridRowView({ sheet, row, layout, selected, top, onSelect }: GridRowViewProps) {
  const { rowHeaderWidth, widths, lefts, noteRoom } = layout;
  const cells = widths.map((_, c) => sheet.cell(row, c));
  return (
    <div
      role="row"
      aria-rowindex={row + 1}
      className={top === undefined ? "grid-row grid-row-frozen" : "grid-row"}
      style={{ top, width: rowHeaderWidth + (lefts[widths.length] ?? 0) }}
    >
      <div role="rowheader" className="row-header" style={{ width: rowHeaderWidth }}>
        {row}
      </div>
      {cells.map((cell, c) => {
        const address = cellAddress(row, c);
        return (
          <GridCellView
            key={c}
            address={address}
            cell={cell}
            width={widths[c] ?? 0}
            selected={address === selected}
            spill={isBlank(cells[c + 1])}
            noteLeft={rowHeaderWidth + (lefts[c + 1] ?? 0) > noteRoom}
            onSelect={onSelect}
          />
        );
      })}
    </div>
  );
}
