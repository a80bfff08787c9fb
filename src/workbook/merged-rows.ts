// (brk23 §8) A cell merged over several data rows: "Nordic Fuels Oy" in B2:B3 over two loads of
// one customer. Excel shows the value on every row the merge covers; the file and Office.js keep
// it in the first cell alone, the others blank, so the second load read as a delivery to no one
// (or as a subtotal typed by hand). A name, a product, a date, an address, a certificate, a claim
// or a unit stands for every row it covers: read so. A number merged over several rows (a
// quantity, a GHG value, a sustainable share) is never read twice nor once: read for each row a
// quantity would be counted twice, read once its rows would be booked without theirs; refused at
// each row's cell (merged-rows), to be unmerged and written for each row. A delivery's own SD
// number merged over several delivery rows is neither: read on its first row alone, the others
// looked unissued and were given a NEW declaration for a load already declared; read on each, one
// number would name several declarations. It is refused at each row's cell (sd-merged), the number
// kept taken, no row declared until each row holds its own number. (h-noisy, brk26 N8) A receipt's
// incoming SD number merged over several receipt rows (one SD over two truck loads) is not carried
// down either: an SD is booked once (duplicate-sd), so carried down the second load would be a
// second booking of the same SD, and read on the first row alone the SD would back only that
// row's load. It is refused at each row's cell (sd-merged-incoming): to be booked as one receipt
// of the SD's quantity, or each load with its own SD. A linked SD number merged is left as stored.
// A merge over rows of which only the first holds anything else is one row's cell, read as before.
// Pure.
import { parseRange } from "./a1";
import { Grid, isBlank } from "./grid";
import type { CellValue } from "./port";
import type { Recognition } from "./recognition";
import { SD_FIELDS } from "./sd-number";

/**
 * The grid of `rec`'s table with each merge below its header over several data rows read: a
 * merge's value written into the blank cells it covers in its first column, or, for a number,
 * its cells noted in `spans` (refused by readCell). `grid` itself where no merge is one.
 */
export function mergedDown(grid: Grid, rec: Recognition): Grid {
  const merges = grid.sheet.merges ?? [];
  if (merges.length === 0 || rec.headerRow === null || !rec.spec) return grid;
  const fields = new Map<number, { id: string; type: string }>();
  for (const [id, m] of rec.columns) {
    const field = rec.spec.fields.find((f) => f.id === id);
    if (field) fields.set(m.col, field);
  }
  const values = [...grid.sheet.values];
  const spans = new Map<string, { range: string; value: string }>();
  for (const m of merges) {
    let range;
    try {
      range = parseRange(m);
    } catch {
      continue;
    }
    const [top, col] = [range.start.row - 1, range.start.col];
    const field = fields.get(col);
    if (top <= rec.headerRow || range.end.row - 1 === top || !field) continue;
    if (SD_FIELDS.has(field.id) && !(field.id === "sdNumber" && OWN_OR_INCOMING.has(rec.kind))) continue;
    // the rows the merge covers that hold something else: data rows
    const rows: number[] = [top];
    for (let r = top + 1; r < range.end.row && r < values.length; r++)
      if ((values[r] ?? []).some((v, c) => c !== col && !isBlank(v))) rows.push(r);
    if (rows.length < 2) continue;
    const shown = values[top]?.[col] ?? null;
    if (SD_FIELDS.has(field.id) && isBlank(shown)) continue;
    if (SD_FIELDS.has(field.id) || isNumber(field.type, shown)) {
      const incoming = SD_FIELDS.has(field.id) && !OUTGOING.has(rec.kind) ? { incoming: true } : {};
      for (const r of rows) spans.set(`${r}:${col}`, { range: m, value: String(shown ?? ""), ...incoming });
      continue;
    }
    for (const r of rows.slice(1)) {
      if (!isBlank(values[r]?.[col])) continue;
      const row: CellValue[] = [...(values[r] ?? [])];
      row[col] = shown;
      values[r] = row;
    }
  }
  if (spans.size === 0 && values.every((row, r) => row === grid.sheet.values[r])) return grid;
  const out = new Grid({ ...grid.sheet, values }, undefined, grid.legend);
  for (const [at, m] of spans) out.spans.set(at, m);
  return out;
}

/** The sheet kinds whose SD number cells hold the rows' own declarations (a ledger's out rows). */
const OUTGOING = new Set(["deliveries", "ledger"]);
/** ...and receipts, whose SD number is the supplier's declaration the row's credit rests on. */
const OWN_OR_INCOMING = new Set([...OUTGOING, "receipts"]);

/** Whether a merge's value `v` in a column of `type` is a number of its rows: a quantity, a GHG value, a share ("80 %", 30). */
function isNumber(type: string, v: CellValue): boolean {
  if (type === "number") return true;
  return type === "share" && (typeof v === "number" || (typeof v === "string" && /\d/.test(v)));
}
