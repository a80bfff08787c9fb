// (brk22 0) A stock count's total of its tanks written in the Tank cell ("Summe", "Total", "gesamt",
// "alle Tanks", "Zwischensumme", "Totale", "Suma", "Razem", "Totaal", "Σ"): the keeper's sum of the
// tanks counted above it, never one more tank (summed, it would count the stock twice). Told by
// its words alone: a tank is never named so. Skipped as a total where its quantity is blank or the
// sum of the rows above; where it is not, the tanks and their total disagree and the add-in cannot
// tell which is the stock, so the line is refused (table-totals.ts).
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import { toText } from "../engine/quantity";
import type { Column } from "./table-columns";
import { quantityOf, type Sums } from "./table-sums";
import type { Finding } from "../engine/result";
import { totalCell } from "./total-words";

// "all tanks" in the seven languages: a word for "all", then a word for the tanks or the store
const ALL_TANKS = new RegExp(
  "^\\s*(?:alle|all|sämtliche|gesamte|tous les|toutes les|todos los|todas las|tutti i|tutte le|wszystkie|całe|cały)\\s+" +
    "(?:tanks?|silos?|behälter|lager|lagertanks|réservoirs?|cuves?|tanques?|depósitos?|serbatoi|cisterne|silo|" +
    "opslagtanks|zbiorniki|magazyny?)\\s*$",
  "iu",
);

/** Whether a Tank cell names a total of tanks, not a tank ("Summe", "gesamt", "alle Tanks", "Gesamt Biodiesel" on a Biodiesel row). */
export function tankTotal(text: string, row: readonly unknown[]): boolean {
  return totalCell(text, row) || ALL_TANKS.test(text);
}

/** The Tank column of a row whose Tank cell names a total of tanks (tankTotal), else null. */
export function tankTotalColumn(cells: readonly unknown[], columns: Column[]): Column | null {
  const tank = columns.find((c) => c.field.id === "tank");
  const v = tank ? cells[tank.col] : undefined;
  return tank && typeof v === "string" && v.trim() !== "" && tankTotal(v, cells) ? tank : null;
}

/**
 * Why a row whose Tank cell names a total of tanks is refused (table-totals.ts totalsRow), or null
 * for a total (skipped): each quantity blank or the sum of the rows above (since the last total, or
 * all: Sums.matches); else a possible total refused at its first quantity (reason tank-total, `stated` its quantity,
 * `sum` the tanks' since the last total): never counted as a tank.
 */
export function tankTotalRow(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  tank: Column,
  quantityCols: Column[],
  sums: Sums,
): Finding | null {
  const text = String(cells[tank.col]).trim();
  for (const c of quantityCols) {
    const n = quantityOf(grid, r, cells, c);
    if (isBlank(cells[c.col] as never) || (n && sums.matches(c.col, n))) continue;
    const sum = sums.lastSum(c.col);
    const finding = readFinding("possible-totals-row", "error", grid.sheet.name, cellAddress(r + 1, c.col), {
      label: c.field.label,
      value: String(cells[c.col]).trim(),
      read: String(r + 1),
      named: text,
      dropped: true,
      reason: "tank-total",
      stated: n ? toText(n) : String(cells[c.col]).trim(),
      sum: sum ? toText(sum) : "0",
    });
    return finding;
  }
  return null;
}
