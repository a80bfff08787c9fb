import { type KeyboardEvent, useEffect } from "react";
import type { GridSheet } from "./grid-model";

interface SheetTabsProps {
  sheets: GridSheet[];
  active: string | null;
  onActivate: (name: string) => void;
}

export function tabId(sheet: string): string {
  return `sheet-tab-${sheet.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The sheet tabs along the bottom, as in Excel; hidden and very hidden sheets get none. */
export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps) {
  // A sheet the task pane goes to may sit far along the tab strip: bring its tab into view.
  useEffect(() => {
    if (active)
      document.getElementById(tabId(active))?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step || sheets.length === 0) return;
    event.preventDefault();
    const at = sheets.findIndex((s) => s.name === active);
    const next = sheets[(at + step + sheets.length) % sheets.length];
    if (!next) return;
    onActivate(next.name);
    document.getElementById(tabId(next.name))?.focus();
  };
  return (
    <div role="tablist" aria-label="Sheets" className="sheet-tabs" onKeyDown={onKeyDown}>
      {sheets.map((sheet) => {
        const selected = sheet.name === active;
        return (
          <button
            type="button"
            role="tab"
            key={sheet.name}
            id={tabId(sheet.name)}
            aria-selected={selected}
            aria-controls="sheet-panel"
            tabIndex={selected ? 0 : -1}
            className={selected ? "sheet-tab sheet-tab-active" : "sheet-tab"}
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
            onClick={() => onActivate(sheet.name)}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}
