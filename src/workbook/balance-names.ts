// Columns whose every row names one and the same balance word ("Saldo" as every row's product, a
// product named so): there the word is a name, never an opening or balance line (opening-rows.ts
// balanceLine, table.ts), and a product the rows feed (left-out.ts).
import { type Grid, isBlank } from "./grid";
import { BALANCE_CELL } from "./total-words";

/**
 * (p-opening) The columns (0-based) below `headerRow` whose every non-blank cell is one and the same
 * balance word, on two rows or more ("Saldo" as the product of every row, a product named so):
 * there the word is a name, not an opening line, so balanceLine does not refuse it row by row. A
 * column that holds the word beside anything else (other products, "Bestand" above "UCO") is no
 * such column: each line with the word is still refused, as the add-in cannot tell which it is.
 */
export function namesThroughout(grid: Grid, headerRow: number): ReadonlySet<number> {
  const values = grid.sheet.values;
  const width = values[headerRow]?.length ?? 0;
  const names = new Set<number>();
  for (let c = 0; c < width; c++) {
    let word: string | null = null;
    let rows = 0;
    for (let r = headerRow + 1; r < values.length && rows >= 0; r++) {
      const v = values[r]?.[c];
      if (isBlank(v as never)) continue;
      const key = typeof v === "string" ? v.trim().toLowerCase() : null;
      if (key === null || (word !== null && key !== word) || (word === null && !BALANCE_CELL.test(key)))
        rows = -1;
      else {
        word = key;
        rows++;
      }
    }
    if (rows >= 2) names.add(c);
  }
  return names;
}
