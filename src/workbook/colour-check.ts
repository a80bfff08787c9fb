// The colour check of a table's rows on a sheet with a colour legend (colour-legend.ts reads the
// legend and a row's fill; row-state.ts asks for each data row in order). Where no row's colour can
// be told — the host could not read fills, the legend is one of font colours, or (brk12) a
// conditional format colours rows by a rule, which no host gives as a cell's fill — the rows
// concerned are refused, said once at the legend or the first of them. Pure.
import { parseRange } from "./a1";
import { colourRefusal } from "./colour-legend";
import type { Grid } from "./grid";
import type { Legend } from "./legend";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";

/**
 * The unread legends (Legend.unread) whose error was said, with the cell it was said at: each
 * sheet's legend is found anew per read.
 */
const UNREAD_SAID = new WeakMap<Legend, string>();

/**
 * The colour check of one table's rows on a sheet with `legend` (null: none; row-state.ts asks it
 * for each data row in order): for row `r` (0-based), whose own refusals go at `cell`, the cell
 * of the error that refuses it by its colour (its finding pushed to `out`), or null where its
 * colour refuses nothing. Where the host could not read fills (Legend.unread) every row is
 * refused at the legend's cell, said once there (row-unconfirmed, reason colours-unread): which
 * rows its colours mark is unknown, and a row read as uncoloured might be a cancelled one. A row
 * a conditional format's rule may fill is refused likewise (conditional). `sells`: whether row `r`
 * is a delivery, whose colour saying its proof is missing refuses nothing (colourRefusal).
 */
export function colourCheck(
  legend: Legend | null,
  grid: Grid,
  inTable: (c: number) => boolean,
  sells: (r: number) => boolean = () => false,
): (r: number, cell: string, out: Finding[]) => string | null {
  return (r, cell, out) => {
    if (!legend) return null;
    // fills unread, or a legend of font colours (which no host tells): which rows it marks is unknown
    const font = legend.entries.find((e) => e.font === true && !e.done);
    if (legend.unread || font) {
      // said once for the sheet: both blocks of a sheet of both sides read the one legend; at the
      // legend, or at the first row where it stands on a sheet of its own (legend-sheet.ts)
      const at = font ?? legend;
      const said = UNREAD_SAID.get(legend) ?? (at.sheet === undefined ? at.cell : cell);
      if (!UNREAD_SAID.has(legend))
        out.push(
          readFinding("row-unconfirmed", "error", grid.sheet.name, said, {
            label: `${at.cell} ("${at.text}")`,
            value: at.text,
            read: String(r + 1),
            reason: font ? "colour-fonts" : "colours-unread",
            dropped: true,
          }),
        );
      UNREAD_SAID.set(legend, said);
      return said;
    }
    const rule = conditionalAt(grid, r, inTable);
    if (rule !== undefined) return conditional(legend, grid, r, cell, rule, out);
    const refusal = colourRefusal(legend, grid, r, cell, inTable, sells);
    if (refusal) out.push(refusal);
    return refusal ? cell : null;
  };
}

/** The conditional-format ranges whose refusal was said, with the cell it was said at, by legend. */
const RULE_SAID = new WeakMap<Legend, string>();

/**
 * The range of a conditional-format rule that sets a fill (port.ts conditionalFills) covering row
 * `r` (0-based) in a column of the table (`inTable`), or undefined; a range the add-in cannot read
 * covers every row (what it colours is unknown).
 */
function conditionalAt(grid: Grid, r: number, inTable: (c: number) => boolean): string | undefined {
  const width = grid.sheet.values[r]?.length ?? 0;
  for (const ref of grid.sheet.conditionalFills ?? []) {
    let range;
    try {
      range = parseRange(ref.replace(/\$/g, ""));
    } catch {
      return ref;
    }
    if (r + 1 < range.start.row || r + 1 > range.end.row) continue;
    for (let c = range.start.col; c <= Math.min(range.end.col, width - 1); c++) if (inTable(c)) return ref;
  }
  return undefined;
}

/**
 * (brk12) Row `r` lies where a conditional format's rule sets a fill (`rule`, its range) on a sheet
 * with `legend`: the colour it shows is no cell's fill the add-in sees, so which of these rows the
 * legend marks is unknown. The row is refused; said once for the sheet's legend, at the first such
 * row's `cell` (row-unconfirmed, reason colour-conditional), the cell returned.
 */
function conditional(
  legend: Legend,
  grid: Grid,
  r: number,
  cell: string,
  rule: string,
  out: Finding[],
): string {
  const said = RULE_SAID.get(legend);
  if (said !== undefined) return said;
  out.push(
    readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
      label: `${legend.cell} ("${legend.text}")`,
      value: rule,
      read: String(r + 1),
      reason: "colour-conditional",
      dropped: true,
    }),
  );
  RULE_SAID.set(legend, cell);
  return cell;
}
