import { memo } from "react";
import { alignsRight, formatCell } from "./format-cell";
import type { GridCell } from "./grid-model";

interface GridCellViewProps {
  address: string;
  cell: GridCell | undefined;
  width: number;
  selected: boolean;
  /** text may run on over the empty cells to its right, as in Excel */
  spill: boolean;
  /** open the note to the left of the cell (no room on the right) */
  noteLeft: boolean;
  onSelect: (address: string) => void;
}

/** One cell as Excel draws it: fill, bold, and a red corner when it carries a note. */
export const GridCellView = memo(function GridCellView({
  address,
  cell,
  width,
  selected,
  spill,
  noteLeft,
  onSelect,
}: GridCellViewProps) {
  const text = cell ? formatCell(cell.value, cell.numberFormat) : "";
  const noteId = cell?.note ? `note-${address}` : undefined;
  const classes = ["cell"];
  if (selected) classes.push("cell-selected");
  if (cell && alignsRight(cell.value)) classes.push("cell-number");
  if (cell?.note) classes.push("cell-with-note");
  const spills = spill && typeof cell?.value === "string";
  if (spills) classes.push("cell-spill");
  return (
    <div
      role="gridcell"
      className={classes.join(" ")}
      data-address={address}
      aria-selected={selected}
      aria-describedby={noteId}
      // Cells with a note can be reached by Tab so keyboard users can read the note too.
      tabIndex={selected || cell?.note ? 0 : -1}
      title={text.length > 12 && !cell?.note ? text : undefined}
      style={{
        width,
        background: cell?.fill ?? undefined,
        fontWeight: cell?.bold ? 600 : undefined,
      }}
      onClick={() => onSelect(address)}
      onFocus={() => onSelect(address)}
    >
      {/* Spilled text covers the empty neighbours' gridlines, as in Excel. */}
      <span className="cell-text" style={spills ? { background: cell?.fill ?? "#fff" } : undefined}>
        {text}
      </span>
      {cell?.note ? (
        <>
          <span className="note-mark" aria-hidden="true" />
          <span role="tooltip" id={noteId} className={noteLeft ? "note-popup note-popup-left" : "note-popup"}>
            {cell.note}
          </span>
        </>
      ) : null}
    </div>
  );
});
