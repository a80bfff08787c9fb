// The balances a storage column naming two places feeds, on a sheet with no Site column
// (site-columns.ts storagePlaces): the rows are booked into one account, which may merge two
// sites' stock, so that account is incomplete and holds back its declarations. Its own file:
// recognise.ts imports site-columns.ts, and left-out.ts imports recognise.ts.
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import type { Grid } from "./grid";
import { incompleteSheet } from "./left-out-sheet";
import type { Recognition } from "./recognition";
import { textKey } from "../engine/normalise";
import { readFinding } from "./read-findings";
import { storageColumns } from "./site-columns";

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

// --- storage places across sheets (p-rows4) ---
/** A sheet read as a table, with its own storage-places error (`storagePlaces`) or null. */
export interface StoredSheet {
  grid: Grid;
  rec: Recognition;
  said: Finding | null;
}

/**
 * The storage-places errors of the workbook as a whole: where sheets with no Site column each name
 * one place by name in their storage column ("Lagerort": "Hamburg" on Receipts, "Duisburg" on
 * Sales), all their rows are booked into one account, which may merge two sites' stock (first
 * law) just as one column naming two places does. An error at the storage heading of each such
 * sheet, quoting its own place and one other sheet's, and the input it leaves in doubt
 * (`storageDoubt`), so the balances those rows feed are incomplete. Sheets with their own
 * storage-places error are said already, but their places count for the others. Tank numbers are
 * no places (site-columns.ts isPlaceName); one place name on every sheet is no doubt.
 */
export function storageAcross(
  stored: readonly StoredSheet[],
): { finding: Finding; input: IncompleteInput | null }[] {
  const named = stored.flatMap((s) => {
    const column = storageColumns(s.grid, s.rec)[0];
    return column ? [{ ...s, column, keys: column.places.map(textKey) }] : [];
  });
  const out: { finding: Finding; input: IncompleteInput | null }[] = [];
  for (const s of named) {
    if (s.said || s.keys.length !== 1) continue;
    const other = named.find((o) => o !== s && o.keys.some((k) => k !== s.keys[0]));
    if (!other) continue;
    const place = other.column.places[other.keys.findIndex((k) => k !== s.keys[0])];
    const finding = readFinding("mapping-uncertain", "error", s.grid.sheet.name, s.column.cell, {
      label: "Site",
      value: s.column.header,
      read: `"${s.column.places[0]}" here and "${place}" in "${other.column.header}" on sheet "${other.grid.sheet.name}"`,
      reason: "storage-places",
      consequence: "storage-balances-incomplete",
    });
    out.push({ finding, input: storageDoubt(s.grid, s.rec, finding) });
  }
  return out;
}
// --- end storage places across sheets
