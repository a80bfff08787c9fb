// A read-only grid of one sheet. Only the rows in view are rendered, so a sheet of 100,000 rows
// scrolls as smoothly as one of ten.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetter, parseCell } from "../../workbook/a1";
import { GridCellView } from "./grid-cell";
import type { GridCell, GridSheet } from "./grid-model";

const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 48;
const DEFAULT_COLUMN_WIDTH = 88;
const OVERSCAN = 8;
/** room a note needs beside its cell (its CSS width plus margins) */
const NOTE_WIDTH = 260;
/** Empty space drawn past the used range, as Excel shows blank cells beyond the data. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 10;

function isBlank(cell: GridCell | undefined): boolean {
  return !cell || cell.value === null || cell.value === "";
}

interface SheetGridProps {
  sheet: GridSheet;
  /** A1 address of the selected cell, or null */
  selected: string | null;
  onSelect: (address: string) => void;
}

function useViewportSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function SheetGrid({ sheet, selected, onSelect }: SheetGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const viewport = useViewportSize(scrollRef);

  const rowCount = Math.max(sheet.rowCount + 5, MIN_ROWS);
  const colCount = Math.max(sheet.colCount + 1, MIN_COLUMNS);
  const widths = Array.from({ length: colCount }, (_, c) => sheet.columnWidth?.(c) ?? DEFAULT_COLUMN_WIDTH);
  const lefts = [0];
  for (const w of widths) lefts.push((lefts[lefts.length - 1] ?? 0) + w);
  const totalWidth = ROW_HEADER_WIDTH + (lefts[colCount] ?? 0);

  const first = Math.max(1, Math.floor(scroll.top / ROW_HEIGHT) + 1 - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scroll.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  // A note opens to the left of its cell where the right side has no room, so it is never cut off.
  const noteRoom = scroll.left + viewport.width - NOTE_WIDTH;

  // Bring the selected cell into view (the task pane's "go to cell"), like Excel scrolls to it.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !selected) return;
    const { row, col } = parseCell(selected);
    const top = (row - 1) * ROW_HEIGHT;
    const bodyHeight = el.clientHeight - HEADER_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + bodyHeight) {
      el.scrollTop = Math.max(0, top - Math.floor(bodyHeight / 3));
    }
    const left = lefts[col] ?? 0;
    const right = left + (widths[col] ?? DEFAULT_COLUMN_WIDTH);
    const bodyWidth = el.clientWidth - ROW_HEADER_WIDTH;
    if (left < el.scrollLeft || right > el.scrollLeft + bodyWidth) el.scrollLeft = Math.max(0, left - 40);
    // lefts/widths follow the sheet; re-running on every render would fight the user's scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, sheet.name]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!selected) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const { row, col } = parseCell(selected);
    const next = cellAddress(
      Math.min(rowCount, Math.max(1, row + move[0])),
      Math.min(colCount - 1, Math.max(0, col + move[1])),
    );
    onSelect(next);
    scrollRef.current?.querySelector<HTMLElement>(`[data-address="${next}"]`)?.focus();
  };

  const rows = [];
  for (let r = first; r <= last; r++) {
    const cells = widths.map((_, c) => sheet.cell(r, c));
    rows.push(
      <div
        role="row"
        key={r}
        aria-rowindex={r + 1}
        className="grid-row"
        style={{ top: (r - 1) * ROW_HEIGHT, width: totalWidth }}
      >
        <div role="rowheader" className="row-header" style={{ width: ROW_HEADER_WIDTH }}>
          {r}
        </div>
        {cells.map((cell, c) => {
          const address = cellAddress(r, c);
          return (
            <GridCellView
              key={c}
              address={address}
              cell={cell}
              width={widths[c] ?? DEFAULT_COLUMN_WIDTH}
              selected={address === selected}
              spill={isBlank(cells[c + 1])}
              noteLeft={ROW_HEADER_WIDTH + (lefts[c + 1] ?? 0) > noteRoom}
              onSelect={onSelect}
            />
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label={`Sheet ${sheet.name}`}
      aria-rowcount={rowCount + 1}
      aria-colcount={colCount + 1}
      aria-readonly="true"
      data-sheet={sheet.name}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="grid-head" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="grid-head-row">
          <div className="corner" style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, c) => (
            <div role="columnheader" key={c} className="column-header" style={{ width: w }}>
              {columnLetter(c)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: rowCount * ROW_HEIGHT, width: totalWidth }}>
        {rows}
      </div>
    </div>
  );
}
