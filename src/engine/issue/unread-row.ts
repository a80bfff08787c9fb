// An issued declaration whose delivery the books no longer give, told apart by what happened to its
// row (new user's test): a row still there with a cell the reading refused ("12,5 t?" under
// Quantity, a date it cannot read, an unknown claim) is not a row deleted or changed. Its
// declaration-needs-correction names the refused cells and says to correct them, and offers no
// cancelling; only a row that is really gone or changed is worded as such (compare.ts correction).
import { fieldName } from "../catalogue/wording-engine";
import type { Delivery } from "../records";
import type { Declaration, Finding } from "../result";
import { correction } from "./compare";
import type { Group } from "./frozen";

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/**
 * The cells of the books the host refused (its error findings at a cell), by sheet and row, each
 * named with its field where the sheet's layout maps its column ("E3 (quantity)").
 */
export class UnreadRows {
  private readonly rows = new Map<string, Map<number, string[]>>();

  /** `host`: the reading's findings; `layout`: column letters of mapped fields by sheet (Ledger.layout). */
  constructor(host: readonly Finding[], layout: Record<string, Record<string, string>>) {
    for (const f of host) {
      const m = f.severity === "error" && f.sheet ? CELL.exec(f.cell ?? "") : null;
      if (!f.sheet || !m) continue;
      const [, column, row] = m as unknown as [string, string, string];
      const field = Object.entries(layout[f.sheet] ?? {}).find(([, c]) => c === column)?.[0];
      const name = field ? `${column}${row} (${fieldName(field)})` : `${column}${row}`;
      const sheet = this.rows.get(f.sheet) ?? new Map<number, string[]>();
      this.rows.set(f.sheet, sheet);
      const cells = sheet.get(Number(row)) ?? [];
      if (!cells.includes(name)) sheet.set(Number(row), [...cells, name]);
    }
  }

  /** the refused cells of one row, [] where none */
  at(sheet: string, row: number): string[] {
    return this.rows.get(sheet)?.get(row) ?? [];
  }

  /** every refused cell of `sheet`, as "Deliveries!E7 (quantity)" */
  on(sheet: string): string[] {
    return [...(this.rows.get(sheet) ?? [])].flatMap(([, cells]) => cells.map((c) => `${sheet}!${c}`));
  }
}

/**
 * The declaration-needs-correction of an issued group whose delivery the books do not give: `d`
 * the delivery bound to it (no longer sustainable), or undefined, when its row is the one the
 * register last placed it on (its Delivery sheet and row; where blank, the row it was issued for,
 * `issuedRow`). Where that row has a refused cell,
 * "unreadable" and sure; where it is not found and other rows of its sheet have refused cells,
 * "unreadable" and may be one of them; else "gone".
 */
export function goneOrUnread(
  g: Group,
  d: Delivery | undefined,
  unread: UnreadRows | undefined,
  issuedRow?: ReadonlyMap<Declaration, number>,
): Finding {
  const first = g.members[0];
  const row = first ? (first.entry.deliveryRow ?? issuedRow?.get(first.declaration) ?? 0) : 0;
  const issuedAt = first
    ? { sheet: first.entry.deliverySheet || first.declaration.delivery.sheet, row }
    : undefined;
  const place = d?.source ?? issuedAt;
  const own = place && place.row > 0 ? (unread?.at(place.sheet, place.row) ?? []) : [];
  if (place && own.length > 0) {
    const cells = `its ${own.length === 1 ? "cell" : "cells"} ${own.join(", ")}`;
    return correction(g, d, "unreadable", null, {
      cells,
      row: `${place.sheet} row ${place.row}`,
      sure: true,
    });
  }
  const elsewhere = !d && issuedAt ? (unread?.on(issuedAt.sheet) ?? []) : [];
  if (elsewhere.length > 0)
    return correction(g, d, "unreadable", null, { cells: elsewhere.join(", "), sure: false });
  return correction(g, d, "gone", null);
}
