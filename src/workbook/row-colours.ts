// (brk22 §6) Rows filled in a colour unlike the table's other rows, on a sheet where no colour
// legend says what a colour means: a keeper may have filled a cancelled or not sustainable line
// red and told no one else. The add-in does not guess what a colour means (a legend, read by
// colour-legend.ts, gives it a status): the rows are booked, and one note per table names them so
// the keeper writes such a status in words. A whole table filled alike, a zebra or banded table
// (every second or third row in one colour), a header's fill, and a single highlighted cell are no
// such rows: nothing is said of them. Pure.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";

/** The most rows a note names; more are counted. */
const NAMED = 10;

/**
 * The fill of row `r` where it fills every value cell of the table alike (`inTable`: whether a
 * column is the table's): "#RRGGBB", "" for a colour the host gives no plain value; null where the
 * row is not filled, or only some of its cells are (a highlighted cell).
 */
function wholeRowFill(grid: Grid, r: number, inTable: (c: number) => boolean): string | null {
  const fill = grid.sheet.fills?.[r];
  if (fill === undefined) return null;
  const cells = grid.sheet.cellFills?.[r];
  if (!cells) return fill;
  let seen: string | null = null;
  for (const [c, v] of (grid.sheet.values[r] ?? []).entries()) {
    if (v === null || v === "" || !inTable(c)) continue;
    const own = cells[c];
    if (own === undefined || (seen !== null && own !== seen)) return null;
    seen = own;
  }
  return seen;
}

/** Whether positions `at` (ascending, of `n` rows) are every second or third row, first to last. */
function banded(at: number[], n: number): boolean {
  if (at.length < 2) return false;
  const step = (at[1] as number) - (at[0] as number);
  if (step < 2 || step > 3) return false;
  return (
    at.every((p, i) => i === 0 || p - (at[i - 1] as number) === step) &&
    (at[0] as number) < step &&
    (at[at.length - 1] as number) >= n - step
  );
}

/**
 * The note at the first of data rows `rows` (0-based, in order) filled in a colour unlike the
 * others' (the most rows' fill, or none; nor a band), naming them; null where there is none.
 * `firstCol` is where a row's own finding goes.
 */
export function colouredRows(
  grid: Grid,
  rows: readonly number[],
  inTable: (c: number) => boolean,
  firstCol: number,
): Finding | null {
  const fills = rows.map((r) => wholeRowFill(grid, r, inTable));
  const at = new Map<string | null, number[]>();
  fills.forEach((f, i) => {
    const list = at.get(f);
    if (list) list.push(i);
    else at.set(f, [i]);
  });
  const most = [...at.values()].reduce((a, b) => (b.length > a.length ? b : a), []);
  const odd: number[] = [];
  for (const [fill, where] of at)
    if (fill !== null && where !== most && !banded(where, rows.length))
      odd.push(...where.map((i) => rows[i] as number));
  if (odd.length === 0) return null;
  odd.sort((a, b) => a - b);
  const named = odd.slice(0, NAMED).map((r) => String(r + 1));
  const label = odd.length > NAMED ? `${named.join(", ")} and ${odd.length - NAMED} more` : named.join(", ");
  return readFinding(
    "rows-coloured",
    "info",
    grid.sheet.name,
    cellAddress((odd[0] as number) + 1, firstCol),
    {
      label,
      value: String(odd.length),
    },
  );
}
