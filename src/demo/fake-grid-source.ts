// Feeds the grid view from the fake Excel's workbook, so the grid shows exactly what the task
// pane's requests did to it: values, fills, bold, notes, new sheets, the selected cell.
import { cellAddress } from "../workbook/a1";
import { getFormat, toCellValue, usedBox } from "./fake-excel/sheet-cells";
import { type FakeSheet, type FakeWorkbookState, cellKey, fromFakeVisibility } from "./fake-excel/state";
import type { GridCell, GridSelection, GridSheet, GridSource, GridState } from "./grid/grid-model";

/** Excel measures column widths in points; the screen in CSS pixels. */
const PX_PER_POINT = 4 / 3;

function gridSheet(sheet: FakeSheet): GridSheet {
  const box = usedBox(sheet, false);
  return {
    name: sheet.name,
    visibility: fromFakeVisibility(sheet.visibility),
    rowCount: box ? box.r1 + 1 : 0,
    colCount: box ? box.c1 + 1 : 0,
    tabColor: sheet.tabColor || null,
    freezeRows: sheet.freezeRows,
    columnWidth: (col) => {
      const points = sheet.columnWidths.get(col);
      return points === undefined ? undefined : Math.round(points * PX_PER_POINT);
    },
    cell: (row, col): GridCell | undefined => {
      const r = row - 1;
      const key = cellKey(r, col);
      const raw = sheet.values[r]?.[col];
      const fill = sheet.fills.get(key) ?? null;
      const note = sheet.notes.get(key) ?? sheet.comments.get(key)?.content ?? null;
      const bold = sheet.bold.has(key);
      if (raw === undefined && !fill && !note && !bold) return undefined;
      const format = getFormat(sheet, r, col);
      return {
        value: toCellValue(raw),
        numberFormat: format === "General" ? null : format,
        fill,
        bold,
        note,
      };
    },
  };
}

/**
 * A GridSource over the fake's state. `subscribe` is the fake's change listener; a new state
 * object is made only after a change, as useSyncExternalStore requires.
 */
export function fakeGridSource(
  workbook: FakeWorkbookState,
  subscribe: (listener: () => void) => () => void,
): GridSource {
  let lastSelection: FakeWorkbookState["selection"] = null;
  let selection: GridSelection | null = null;

  const build = (): GridState => {
    // A new selection object per select() call, so selecting the same cell again still scrolls to it.
    if (workbook.selection !== lastSelection) {
      lastSelection = workbook.selection;
      const sheet = lastSelection ? workbook.sheetById(lastSelection.sheetId) : undefined;
      selection =
        lastSelection && sheet
          ? { sheet: sheet.name, cell: cellAddress(lastSelection.box.r0 + 1, lastSelection.box.c0) }
          : null;
    }
    const active = workbook.activeSheetId === null ? undefined : workbook.sheetById(workbook.activeSheetId);
    return { sheets: workbook.sheets.map(gridSheet), activeSheet: active?.name ?? null, selection };
  };

  let state = build();
  const listeners = new Set<() => void>();
  let unsubscribe: (() => void) | null = null;

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribe) {
        const refresh = () => {
          state = build();
          for (const l of listeners) l();
        };
        unsubscribe = subscribe(refresh);
        // Changes made while nobody listened (between creation and the first render).
        state = build();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
  };
}
