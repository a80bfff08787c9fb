// A GHG column of eee ("ee", "e ee", "GHG eee", "Emission saving from excess electricity"): the
// saving from excess electricity from cogeneration of the RED I formula (E = … − eccr − eee). RED
// II has no such term (Annex V part C: E = eec + el + ep + etd + eu − esca − eccs − eccr; excess
// electricity of a cogeneration unit is shared out within the processing emissions, point 16).
// Before, "ee"/"eee" was dropped without a word and "e ee" was read as the GHG total. Such a
// heading is never a GHG field (field-groups.ts); where its column holds a saving (a number other
// than 0, or any text), an error at its heading, and the balances of the products of those rows
// are incomplete: their GHG values are not RED II's, never summed without it nor moved into another term.
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import type { CellValue } from "./port";
import { columnsOf, incompleteSheet, PRODUCT_FIELDS } from "./left-out-sheet";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { namesExcessElectricity } from "./ghg-excess-words";

const said = (v: CellValue | undefined): boolean =>
  !isBlank(v) && v !== 0 && !/^\s*[+-]?0*[.,]?0*\s*$/.test(String(v));

/** A column's refusal at its heading and the input it leaves incomplete (null: none). */
export interface GhgColumnRefusal {
  finding: Finding;
  input: IncompleteInput | null;
}

/**
 * mapping-uncertain, reason ghg-eee, at the heading of each column of recognised sheet `rec` that
 * names eee and holds a saving on some row (module comment), with the products of those rows left
 * incomplete (on a sheet that feeds balances).
 */
export function excessElectricity(grid: Grid, rec: Recognition): GhgColumnRefusal[] {
  return refuseGhgColumns(grid, rec, namesExcessElectricity, said, "ghg-eee");
}

/**
 * mapping-uncertain (error), reason `reason`, at the heading of each unmapped column of `rec` whose
 * heading `names` and which holds a value `filled` on some row: `read` its first such value and
 * cell, `missing` the products of those rows, whose balances are left incomplete (on a sheet that
 * feeds balances). Shared by eee (above) and unread GHG terms (ghg-term-unread.ts).
 */
export function refuseGhgColumns(
  grid: Grid,
  rec: Recognition,
  names: (heading: string) => boolean,
  filled: (v: CellValue | undefined) => boolean,
  reason: "ghg-eee" | "ghg-term-unread",
): GhgColumnRefusal[] {
  const row = rec.headerRow;
  if (!rec.spec || row === null) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const products = columnsOf(rec, PRODUCT_FIELDS);
  const out: GhgColumnRefusal[] = [];
  for (let c = 0; c < grid.width(row, row + 1); c++) {
    const header = grid.headerText(row, c);
    if (used.has(c) || !header || !names(header)) continue;
    const rows = [];
    for (let r = row + 1; r < grid.rowCount; r++) if (filled(grid.value(r, c))) rows.push(r);
    if (rows.length === 0) continue;
    const cell = cellAddress(row + 1, c);
    const named = new Set(
      rows.flatMap((r) => products.map((p) => String(grid.value(r, p) ?? "").trim()).filter((p) => p !== "")),
    );
    const finding = readFinding("mapping-uncertain", "error", grid.sheet.name, cell, {
      label: "GHG",
      value: header,
      read: `${String(grid.value(rows[0] as number, c))} in ${cellAddress((rows[0] as number) + 1, c)}`,
      reason,
      ...(named.size > 0 ? { missing: [...named].join(", ") } : {}),
    });
    const whole = incompleteSheet(grid, rec);
    const input = whole
      ? {
          ...whole,
          ...(products.length > 0 ? { products: [...named] } : {}),
          source: { sheet: grid.sheet.name, cell },
        }
      : null;
    out.push({ finding, input });
  }
  return out;
}
