// (brk26 S7) A sheet of dated product movements whose kind nothing tells: "HH-VL", "Tabelle1",
// "HH nach VL" with `Datum | Produkt | Menge (t) | Schwund (t)`. No heading says receipts,
// deliveries, a transfer's From and To, production or a stock count, and its name names no kind,
// so recognition reads it as no table. Before, it was left aside without a word, and the balances
// its rows would have fed (10 t that left Hamburg) were reported complete. Now such a sheet is
// refused at its header (header-not-found, an error, reason movements-kind) and the balances of
// the products it names are incomplete, at any site, of every kind of input, until its kind is said.
//
// The boundary: its header row maps a date, a product and a quantity as some kind of the books
// would read them (the same vocabulary, seven languages), and the rows under it hold dates under
// the date and numbers under the quantity. A price list (Produkt | Preis | gültig ab), a contact
// list, a sheet of notes or a summary without dates per row (not-books.ts) has no such three.
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { columnProfile } from "./column-profile";
import type { Grid } from "./grid";
import { columnsOf, INCOMPLETE_KINDS, PRODUCT_FIELDS, typedBelow } from "./left-out-sheet";
import type { Learned } from "./matcher";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { recognise } from "./recognise";
import type { SheetKind } from "./types";

/** The kinds whose vocabulary the headings are read with, in this order. */
const KINDS: SheetKind[] = ["receipts", "deliveries", "transfers", "stock", "production"];
const QUANTITY_FIELDS = ["quantity", "inQuantity", "outQuantity", "inputQuantity", "outputQuantity"];
/** Every record such a sheet may hold. */
const ALL_KINDS: IncompleteInput["kinds"] = [...new Set(KINDS.flatMap((k) => INCOMPLETE_KINDS[k] ?? []))];

/** Whether most sampled values of column `col` under `header` are of `share` (at least one sampled). */
function mostly(grid: Grid, header: number, col: number, share: "date" | "number"): boolean {
  const p = columnProfile(grid, header, col);
  return p.n > 0 && p[share] >= 0.5;
}

/**
 * header-not-found (error, reason movements-kind) at the header of sheet `grid`, which no kind
 * recognised, where its header row holds a date, a product and a quantity heading with dated rows
 * of quantities under them (see above); with the input it leaves out (every kind, the products
 * typed under its product heading, any site) and its recognition (kind unknown, its header row).
 * Null otherwise.
 */
export function unnamedMovements(
  grid: Grid,
  learned: Learned,
): { said: Finding; input: IncompleteInput; rec: Recognition } | null {
  for (const kind of KINDS) {
    const rec = recognise(grid, { learned, kind });
    const header = rec.headerRow;
    if (header === null) continue;
    const date = rec.columns.get("date")?.col;
    const product = columnsOf(rec, PRODUCT_FIELDS);
    const quantity = columnsOf(rec, QUANTITY_FIELDS);
    if (date === undefined || product.length === 0 || quantity.length === 0) continue;
    if (!mostly(grid, header, date, "date") || !quantity.some((c) => mostly(grid, header, c, "number")))
      continue;
    const cell = cellAddress(header + 1, 0);
    const headings = [date, product[0] as number, quantity[0] as number].map((c) =>
      grid.headerText(header, c),
    );
    const products = typedBelow(grid, product, header + 1, false);
    const said = readFinding("header-not-found", "error", grid.sheet.name, cell, {
      label: "Receipts, deliveries, transfers, production or stock counts",
      reason: "movements-kind",
      read: headings.join(", "),
      partial: true,
    });
    const input: IncompleteInput = {
      kinds: ALL_KINDS,
      ...(products ? { products } : {}),
      source: { sheet: grid.sheet.name, cell },
    };
    const seen: Recognition = { ...rec, kind: "unknown", spec: null, columns: new Map(), missing: [] };
    return { said, input, rec: seen };
  }
  return null;
}
