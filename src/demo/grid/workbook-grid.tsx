// The whole workbook as Excel shows it: formula bar with the selected cell, the active sheet's
// grid, and the sheet tabs. It follows the host: when the task pane selects a cell, the grid
// switches to that sheet and outlines it.
import { useEffect, useState, useSyncExternalStore } from "react";
import { parseCell } from "../../workbook/a1";
import { formatCell } from "./format-cell";
import type { GridSource } from "./grid-model";
import { SheetGrid } from "./sheet-grid";
import { SheetTabs, tabId } from "./sheet-tabs";

export function WorkbookGrid({ source }: { source: GridSource }) {
  const state = useSyncExternalStore(source.subscribe, source.getState);
  const visible = state.sheets.filter((s) => s.visibility === "visible");
  const [chosen, setChosen] = useState<string | null>(null);
  const [cells, setCells] = useState<Record<string, string>>({});

  // Each host selection is a new object, so choosing the same cell again still brings it back.
  useEffect(() => {
    const selection = state.selection;
    if (!selection) return;
    setChosen(selection.sheet);
    setCells((c) => ({ ...c, [selection.sheet]: selection.cell }));
  }, [state.selection]);
  useEffect(() => {
    if (state.activeSheet) setChosen(state.activeSheet);
  }, [state.activeSheet]);

  const sheet = visible.find((s) => s.name === chosen) ?? visible[0];
  if (!sheet) return <p className="grid-empty">This workbook has no visible sheets.</p>;
  const selected = cells[sheet.name] ?? "A1";
  const { row, col } = parseCell(selected);
  const cell = sheet.cell(row, col);

  return (
    <div className="workbook-grid">
      <div className="formula-bar">
        <output className="name-box" aria-label="Selected cell" data-testid="name-box">
          {`${sheet.name}!${selected}`}
        </output>
        <span className="formula-text" aria-label="Cell content">
          {cell ? formatCell(cell.value, cell.numberFormat) : ""}
        </span>
      </div>
      <div id="sheet-panel" role="tabpanel" aria-labelledby={tabId(sheet.name)} className="sheet-panel">
        <SheetGrid
          key={sheet.name}
          sheet={sheet}
          selected={selected}
          onSelect={(address) => setCells((c) => ({ ...c, [sheet.name]: address }))}
        />
      </div>
      <SheetTabs sheets={visible} active={sheet.name} onActivate={setChosen} />
    </div>
  );
}
