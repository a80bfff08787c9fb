// What an error holds back, in the words the pane and the massbal summary both use (issue 12:
// "the pane and CLI say which declarations each error holds back").
import type { CellRef } from "../engine/model";
import { quoteSheetName } from "../workbook/a1";

/** "Deliveries!D2, D3; 'Sales 2025'!E5": cells grouped by sheet, each sheet named once as Excel writes it. */
export function cellsBySheet(cells: readonly CellRef[]): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet);
    if (!list) bySheet.set(c.sheet, [c.cell]);
    else if (!list.includes(c.cell)) list.push(c.cell);
  }
  return [...bySheet].map(([sheet, list]) => `${quoteSheetName(sheet)}!${list.join(", ")}`).join("; ");
}

/**
 * "Holds back the declaration of Deliveries!D2." (or "declarations of …" for several): the delivery
 * cells whose declarations an error keeps from being issued (Finding.holdsBack); "" for none.
 */
export function holdsBackText(cells: readonly CellRef[] | undefined): string {
  if (!cells || cells.length === 0) return "";
  return `Holds back the declaration${cells.length === 1 ? "" : "s"} of ${cellsBySheet(cells)}.`;
}
