// (brk22 0) A stock count's total of its tanks written in the Tank cell ("Summe", "Total", "gesamt",
// "alle Tanks", "Zwischensumme", "Totale", "Suma", "Razem", "Totaal", "Σ"): the keeper's sum of the
// tanks counted above it, never one more tank (summed, it would count the stock twice). Told by
// its words alone: a tank is never named so; but for words that also name a store (TANK_NAMES,
// brk23 9), a total only where its quantity is the sum of the tanks above. Skipped as a total where its quantity is blank or the
// sum of the rows above; where it is not, the tanks and their total disagree and the add-in cannot
// tell which is the stock, so the line is refused (table-totals.ts).
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import { type Dec, toText } from "../engine/quantity";
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

// (brk23 9) Words of a total, a carry-over or a balance that also name a store: "Transport" (stock
// in transit), "Overdracht", "Bestand", "Saldo", "Som", "Stock", "Voorraad", "Giacenza", alone or
// with a tank's number ("Bestand 2"): in a Tank cell the total only with the tanks' sum (tankTotalRow)
const TANK_NAMES = new RegExp(
  "^\\s*(?:transport|overdracht|report|bestand|saldo|som|stock|stand|balance|voorraad|existencias|giacenza|" +
    "rimanenza|inventur|inventar|inventory|inventaire)(?:\\s*[-#.]?\\s*\\d{1,3}[a-z]?)?\\s*$",
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
 * What a row whose Tank cell names a total of tanks (tankTotalColumn) is: a total (skipped) where
 * each quantity is blank or the sum of the tanks above (since the last total, or all: Sums.matches;
 * on a row that names a product, that product's tanks of that day: table-group-sums.ts); else a
 * possible total refused at its first quantity (reason tank-total, `stated` its quantity, `sum`
 * the tanks' since the last total): never counted as a tank. A word that also names a store
 * (TANK_NAMES: "Transport", "Bestand", "Som") is the total only where its quantities are such sums
 * of two tanks or more; where they repeat the one tank above, the add-in cannot tell (refused,
 * `repeats`); otherwise, and where its quantity is blank, it is a tank (null: read as data).
 */
export function tankTotalRow(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  tank: Column,
  quantityCols: Column[],
  sums: Sums,
): TankTotal | null {
  const text = String(cells[tank.col]).trim();
  const total = { kind: "total" as const, text, col: tank.col };
  const filled = quantityCols
    .filter((c) => !isBlank(cells[c.col] as never))
    .map((c) => ({ c, n: quantityOf(grid, r, cells, c) }));
  const sumOf = (rows: number) => (q: { c: Column; n: Dec | null }) =>
    !!q.n && sums.matches(q.c.col, q.n, rows, cells);
  if (TANK_NAMES.test(text)) {
    if (filled.length === 0 || !filled.every(sumOf(1))) return null;
    if (filled.every(sumOf(2))) return total;
  } else {
    const differs = filled.find((q) => !sumOf(1)(q));
    if (!differs) return total;
    return { kind: "suspect", finding: refused(grid, r, cells, differs, text, sums) };
  }
  return { kind: "suspect", finding: refused(grid, r, cells, filled[0] as Quantity, text, sums, true) };
}

type Quantity = { c: Column; n: Dec | null };
/** A total of tanks (skipped), or a possible one refused by its finding (table-totals.ts TotalsRow). */
type TankTotal = { kind: "total"; text: string; col: number } | { kind: "suspect"; finding: Finding };

/** The refusal of a tank-total row at its quantity `q` (tankTotalRow); `repeats`: it repeats the one tank above. */
function refused(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  { c, n }: Quantity,
  named: string,
  sums: Sums,
  repeats = false,
): Finding {
  const sum = sums.lastSum(c.col, cells);
  return readFinding("possible-totals-row", "error", grid.sheet.name, cellAddress(r + 1, c.col), {
    label: c.field.label,
    value: String(cells[c.col]).trim(),
    read: String(r + 1),
    named,
    dropped: true,
    reason: "tank-total",
    stated: n ? toText(n) : String(cells[c.col]).trim(),
    sum: sum ? toText(sum) : "0",
    ...(repeats ? { repeats: true } : {}),
  });
}
