// Which side(s) a combined ledger row books, from its type column and its quantity columns (a
// single Quantity column, or separate In and Out columns), and the finding where they disagree or
// say nothing (domain.md §2: the engine sees the same records as from receipts and deliveries).
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import type { TableRow } from "./table-row";

/** One side of a ledger row: a receipt ("in") or a delivery ("out"), and the field holding its quantity. */
export interface LedgerSide {
  side: "in" | "out";
  /** "quantity", "inQuantity" or "outQuantity" */
  field: string;
}

/**
 * The sides of a row, or why it books none. `sides` is empty when the row cannot be booked;
 * `finding` then says why at its cell, unless a finding of the row's own already does (an
 * unreadable quantity) or the record validation will (no column to point at: `sides` empty and
 * no finding). A row whose type cannot be read never reaches here (the table refuses it).
 *
 * - type and a Quantity column: the type's side, its quantity the Quantity cell;
 * - type and In/Out columns: the type's side, its quantity under the type's own column; a
 *   quantity under the other column contradicts the type (`invalid-value`, reason
 *   `side-conflict`, at that cell), also when the type's own column is filled too;
 * - no type: the In column's quantity is a receipt, the Out column's a delivery, both when both
 *   are filled (a row with separate In and Out quantities books each).
 */
export function ledgerSides(
  row: TableRow,
  columns: Recognition["columns"],
): { sides: LedgerSide[]; finding?: Finding; said?: boolean } {
  const v = row.values;
  const dir = v.direction;
  const unreadable = (f: string) => row.unreadable?.includes(f) ?? false;
  const at = (field: string) => {
    const col = columns.get(field);
    return col ? cellAddress(row.source.row, col.col) : null;
  };
  if (dir === "in" || dir === "out") {
    const own = dir === "in" ? "inQuantity" : "outQuantity";
    const other = dir === "in" ? "outQuantity" : "inQuantity";
    if (v[other] !== undefined) {
      const cell = at(other) as string;
      const finding = readFinding("invalid-value", "error", row.source.sheet, cell, {
        label: other === "inQuantity" ? "Quantity in" : "Quantity out",
        value: String(v[other]),
        reason: "side-conflict",
        side: dir,
        dropped: true,
      });
      return { sides: [], finding };
    }
    if (v.quantity !== undefined) {
      if (dir === "out") signedOut(row, columns);
      return { sides: [{ side: dir, field: "quantity" }] };
    }
    if (v[own] !== undefined) return { sides: [{ side: dir, field: own }] };
    // an unreadable quantity has its finding at its cell already
    if (unreadable("quantity") || unreadable(own)) return { sides: [], said: true };
    // no column for the type's quantity at all: said at the type's cell
    const field = columns.has("quantity") ? "quantity" : own;
    const cell = at(field) ?? (at("direction") as string);
    const label = field === "quantity" ? "Quantity" : field === "inQuantity" ? "Quantity in" : "Quantity out";
    return { sides: [], finding: missing(row, cell, label) };
  }
  const sides: LedgerSide[] = [];
  if (v.inQuantity !== undefined) sides.push({ side: "in", field: "inQuantity" });
  if (v.outQuantity !== undefined) sides.push({ side: "out", field: "outQuantity" });
  if (sides.length > 0) return { sides };
  if (unreadable("inQuantity") || unreadable("outQuantity")) return { sides: [], said: true };
  const field = columns.has("direction") ? "direction" : columns.has("inQuantity") ? "inQuantity" : null;
  const cell = field ? at(field) : null;
  if (!field || !cell) return { sides: [] };
  const label = field === "direction" ? "Type (in or out)" : "Quantity in or out";
  return { sides: [], finding: missing(row, cell, label) };
}

/**
 * (brk27 N2) A signed item ledger (Navision's "Artikelposten": "Verkauf" −80000, "Abgang" −2000):
 * an Out row's negative Quantity is the stock going out, its sign agreeing with its type, so the
 * row's quantity becomes its magnitude. Only where the type column is read with confidence (not
 * asked); a negative on an In row disagrees with its type and stays refused by the engine.
 */
function signedOut(row: TableRow, columns: Recognition["columns"]): void {
  const q = row.values.quantity;
  if (columns.get("direction")?.confidence === "uncertain") return;
  if (typeof q === "string" && /^-\d/.test(q)) row.values.quantity = q.slice(1);
}

function missing(row: TableRow, cell: string, label: string): Finding {
  return readFinding("missing-value", "error", row.source.sheet, cell, { label, dropped: true });
}

/**
 * The finding of a combined ledger sheet with `rows` data rows of which none was booked, at its
 * header (`cell`): a ledger never yields nothing without a word (new-user test: a sheet shown as
 * "ledger, 3 rows" gave no balance and no finding). `label` is the sheet kind's label.
 */
export function nothingBooked(sheet: string, cell: string, label: string, rows: number): Finding {
  return readFinding("no-rows-read", "error", sheet, cell, { label, value: String(rows) });
}
