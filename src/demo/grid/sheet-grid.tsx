// A read-only grid of one sheet. Only the rows in view are rendered, so a sheet of 100,000 rows
// scrolls as smoothly as one of ten.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetter, parseCell } from "../../workbook/a1";
import type { GridSheet } from "./grid-model";
import { GridRowView, type RowLayout } from "./grid-row";

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
  // Frozen rows (generated sheets freeze their headings) stay under the column letters.
  const frozen = Math.min(sheet.freezeRows ?? 0, rowCount);

  const first = Math.max(frozen + 1, Math.floor(scroll.top / ROW_HEIGHT) + 1 + frozen - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scroll.top + viewport.height) / ROW_HEIGHT) + frozen + OVERSCAN);
  const layout: RowLayout = {
    rowHeaderWidth: ROW_HEADER_WIDTH,
    widths,
    lefts,
    // A note opens to the left of its cell where the right side has no room, so it is never cut off.
    noteRoom: scroll.left + viewport.width - NOTE_WIDTH,
  };

  // Bring the selected cell into view (the task pane's "go to cell"), like Excel scrolls to it.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !selected) return;
    const { row, col } = parseCell(selected);
    const top = (row - 1 - frozen) * ROW_HEIGHT;
    const bodyHeight = el.clientHeight - HEADER_HEIGHT - frozen * ROW_HEIGHT;
    if (row > frozen && (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + bodyHeight)) {
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
    const top = (r - 1 - frozen) * ROW_HEIGHT;
    rows.push(
      <GridRowView
        key={r}
        sheet={sheet}
        row={r}
        layout={layout}
        selected={selected}
        top={top}
        onSelect={onSelect}
      />,
    );
  }
  const frozenRows = Array.from({ length: frozen }, (_, i) => (
    <GridRowView
      key={i + 1}
      sheet={sheet}
      row={i + 1}
      layout={layout}
      selected={selected}
      onSelect={onSelect}
    />
  ));

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
      <div role="rowgroup" className="grid-head" style={{ width: totalWidth }}>
        <div role="row" aria-rowindex={1} className="grid-head-row">
          <div className="corner" style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, c) => (
            <div role="columnheader" key={c} className="column-header" style={{ width: w }}>
              {columnLetter(c)}
            </div>
          ))}
        </div>
        {frozenRows}
      </div>
      <div
        role="rowgroup"
        className="grid-body"
        style={{ height: (rowCount - frozen) * ROW_HEIGHT, width: totalWidth }}
      >
        {rows}
      </div>
    </div>
  );
}
