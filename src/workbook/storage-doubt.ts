// The balances a storage column naming two places feeds, on a sheet with no Site column
// (site-columns.ts storagePlaces): the rows are booked into one account, which may merge two
// sites' stock, so that account is incomplete and holds back its declarations. Its own file:
// recognise.ts imports site-columns.ts, and left-out.ts imports recognise.ts.
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import type { Grid } from "./grid";
import { incompleteSheet } from "./left-out-sheet";
import type { Recognition } from "./recognition";

/**
 * The input a storage-places error (`storagePlaces`) leaves in doubt: the records the sheet gives,
 * of the products typed in it, at any site (the sheet has none), said at the error's heading, so
 * the balances its rows feed are incomplete and no Sustainability Declaration is issued from them
 * (domain.md §4; an account merging two sites' stock is not one an auditor accepts). Null where
 * the sheet feeds no balance or has no rows (left-out.ts incompleteSheet).
 */
export function storageDoubt(grid: Grid, rec: Recognition, error: Finding): IncompleteInput | null {
  const input = incompleteSheet(grid, rec);
  if (!input || !error.cell) return input;
  return { ...input, source: { sheet: grid.sheet.name, cell: error.cell } };
}
