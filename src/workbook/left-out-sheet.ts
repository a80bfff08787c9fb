// Input a recognised sheet would have given but reading left out as a whole (domain.md §4): a sheet
// whose required column is unmapped, or whose header stands below the rows recognition scans. Its
// IncompleteInput reaches the products and sites typed under its header; the rows one table
// leaves out are left-out.ts.
import type { IncompleteInput } from "../engine/model";
import { cellAddress } from "./a1";
import { Grid } from "./grid";
import type { Recognition } from "./recognition";
import { HEADER_SCAN_ROWS, recognise } from "./recognise";
import type { SheetKind } from "./types";

/** The fields that name the products a row moves (production: both sides, and a co-product). */
export const PRODUCT_FIELDS = ["product", "inputProduct", "outputProduct", "outputProduct2"];
/** The fields that name the sites a row moves them at (a transfer: both sites). */
export const SITE_FIELDS = ["site", "fromSite", "toSite"];
/** The records a sheet of each kind gives the balances; other kinds feed none. */
export const INCOMPLETE_KINDS: Partial<Record<string, IncompleteInput["kinds"]>> = {
  receipts: ["receipts"],
  deliveries: ["deliveries"],
  ledger: ["receipts", "deliveries"],
  production: ["production"],
  stock: ["stockCounts"],
  transfers: ["transfers"],
};

/** The grid columns of those of `ids` the sheet maps. */
export function columnsOf(rec: Recognition, ids: readonly string[]): number[] {
  return ids.flatMap((id) => {
    const m = rec.columns.get(id);
    return m ? [m.col] : [];
  });
}

const typedText = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

const filled = (grid: Grid, r: number): boolean =>
  (grid.sheet.values[r] ?? []).some((v) => v !== null && v !== "");

/**
 * The texts typed in columns `cols` of the filled rows from `from` on (0-based), as typed; a blank
 * cell counts as "" where `blank` says so (a blank site is the default site). Undefined when the
 * sheet maps none of the columns.
 */
export function typedBelow(grid: Grid, cols: number[], from: number, blank: boolean): string[] | undefined {
  if (cols.length === 0) return undefined;
  const seen = new Set<string>();
  for (let r = from; r < grid.rowCount; r++) {
    if (!filled(grid, r)) continue;
    for (const c of cols) {
      const v = typedText(grid.value(r, c));
      if (v !== "" || blank) seen.add(v);
    }
  }
  return [...seen];
}

/**
 * What a recognised sheet whose required column is unmapped would have given: its kind, and the
 * products and sites typed in its rows where those columns are mapped (any product where a
 * production sheet lacks its output product; any site where no site column says: its rows may be at
 * any). Null when the sheet has no rows under its header, or is of a kind that feeds no balance.
 */
export function incompleteSheet(grid: Grid, rec: Recognition): IncompleteInput | null {
  const kinds = INCOMPLETE_KINDS[rec.kind];
  if (!kinds || rec.headerRow === null) return null;
  let rows = false;
  for (let r = rec.headerRow + 1; r < grid.rowCount && !rows; r++) rows = filled(grid, r);
  if (!rows) return null;
  const told = rec.kind !== "production" || rec.columns.has("outputProduct");
  const products = told ? typedBelow(grid, columnsOf(rec, PRODUCT_FIELDS), rec.headerRow + 1, false) : null;
  const sites = typedBelow(grid, columnsOf(rec, SITE_FIELDS), rec.headerRow + 1, true);
  return {
    kinds,
    ...(products ? { products } : {}),
    ...(sites ? { sites } : {}),
    source: { sheet: grid.sheet.name, cell: cellAddress(rec.headerRow + 1, 0) },
  };
}

/** How far below the rows recognition scans a header of a sheet named for a kind is looked for. */
const LOOK_FOR_HEADER = 5 * HEADER_SCAN_ROWS;

/**
 * A sheet whose header recognition did not find in the rows it scans, but which holds a complete
 * header of a kind that feeds balances further down (below a title block of 34 rows): surely part
 * of the books, so the input under that header is missing. Its IncompleteInput, with the products
 * and sites typed under that header and its source at A1 (where header-not-found is said), and
 * the kind of that header; null where no such header is found.
 */
export function incompleteBelowScan(grid: Grid): { input: IncompleteInput; kind: SheetKind } | null {
  const sheet = grid.sheet;
  for (
    let from = HEADER_SCAN_ROWS;
    from < Math.min(grid.rowCount, LOOK_FOR_HEADER);
    from += HEADER_SCAN_ROWS
  ) {
    const rest = new Grid({
      ...sheet,
      values: sheet.values.slice(from),
      ...(sheet.formats ? { formats: sheet.formats.slice(from) } : {}),
      ...(sheet.formulas ? { formulas: sheet.formulas.slice(from) } : {}),
      merges: [],
    });
    const rec = recognise(rest);
    if (!rec.spec || rec.missing.length > 0) continue;
    const input = incompleteSheet(rest, rec);
    if (input) return { input: { ...input, source: { sheet: sheet.name, cell: "A1" } }, kind: rec.kind };
  }
  return null;
}

/**
 * A sheet whose name says it holds stock counts ("Inventur", "Bestand", "Stock count") but whose
 * header the add-in cannot read (a count kept wide, one column per product), where it holds a
 * number: surely part of the books, and carry-forward depends on its counts (ISCC EU 203: credit
 * carried forward never exceeds the physical stock), so every balance lacks its counts. Its
 * IncompleteInput (any product, any site; source A1 where header-not-found is said), else null.
 */
export function unreadStockSheet(
  grid: Grid,
  rec: Recognition,
): { input: IncompleteInput; kind: SheetKind } | null {
  if (rec.spec || rec.hinted !== "stock") return null;
  const rows = grid.sheet.values.slice(0, LOOK_FOR_HEADER);
  if (rows.some((row) => row?.some((v) => typeof v === "number")))
    return {
      input: { kinds: ["stockCounts"], source: { sheet: grid.sheet.name, cell: "A1" } },
      kind: "stock",
    };
  return null;
}
