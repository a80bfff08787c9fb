// What an error holds back, in the words the pane and the massbal summary both use (issue 12:
// "the pane and CLI say which declarations each error holds back").
import type { CellRef } from "../engine/model";
import { cellsBySheet } from "../engine/catalogue/location";

/**
 * "Holds back the declaration of Deliveries!D2." (or "declarations of …" for several): the delivery
 * cells whose declarations an error keeps from being issued (Finding.holdsBack); "" for none.
 */
export function holdsBackText(cells: readonly CellRef[] | undefined): string {
  if (!cells || cells.length === 0) return "";
  return `Holds back the declaration${cells.length === 1 ? "" : "s"} of ${cellsBySheet(cells)}.`;
}
