// A colour legend on one data sheet reaches the data sheets that have none of their own (brk13 c2,
// c11): staff keep one legend near their first table ("rot = storniert" at Wareneingang!K2) and
// colour the rows of their other tables the same way. A red row on Verkauf, which has no legend,
// was booked without a word. Now a sheet without a legend of its own reads the legends of the
// other data sheets (read-plan.ts planSheets) for the colours they name, each said at the row with
// where the legend stands (row-unconfirmed, reason colour-elsewhere): a colour one gives as done
// ("grün = gebucht") is booked as it would be with no legend at all; one that leaves rows out, or
// of any other meaning, is refused. Where two sheets give one colour different meanings, a third
// sheet's row of that colour is refused (colour-ambiguous): each sheet with a legend keeps its own.
// A fill they do not name is read as on a sheet with no legend; a conditional format's fill, which
// only the .xlsx tells (colour-check.ts), is refused as under a legend of its own. A legend of font
// colours ("rote Schrift = storniert") reaches them too (p-legend3; before, it reached none and
// their rows were booked): no host tells a cell's text colour, so no row of theirs is booked, said
// once at the first row with where the legend stands (colour-check.ts, reason colour-fonts). Pure.
import { cellPlace } from "./a1";
import type { Grid } from "./grid";
import type { Legend, LegendEntry } from "./legend";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";

/** A data sheet as first planned: its name and the legend of its own (Grid.legend), if any. */
export interface SheetLegend {
  sheet: string;
  legend: Legend | null;
}

/**
 * The entries of the legends of the data sheets `sheets` (first planned, without legends of other
 * sheets), by sheet name, each naming its cell with its sheet ("Wareneingang!K2") and marked
 * borrowed; font colours' entries too (colour-check.ts refuses every row under them). A sheet of
 * both sides counts once.
 */
export function ownLegends(sheets: readonly SheetLegend[]): Map<string, LegendEntry[]> {
  const own = new Map<string, LegendEntry[]>();
  for (const { sheet, legend } of sheets) {
    if (!legend || own.has(sheet)) continue;
    const entries = legend.entries
      .filter((e) => e.sheet === undefined)
      .map((e) => ({ ...e, cell: cellPlace(sheet, e.cell), sheet, borrowed: true }));
    if (entries.length > 0) own.set(sheet, entries);
  }
  return own;
}

/**
 * The entries sheet `sheet` borrows from the legends of other data sheets (`own`, ownLegends): none
 * where it has a legend of its own, or where every one of them says done (a row of a colour they
 * give as done is booked as with no legend, and one of a colour they do not name likewise).
 */
export function borrowedFor(sheet: string, own: ReadonlyMap<string, LegendEntry[]>): LegendEntry[] {
  if (own.has(sheet)) return [];
  const entries = [...own.values()].flat();
  return entries.some((e) => !e.done) ? entries : [];
}

/**
 * row-unconfirmed (reason colour-ambiguous) at `cell` of row `r` (0-based) of `grid`, filled `fill`,
 * on a sheet without a legend of its own, where the legends of other sheets (`apart`, two or more
 * entries, each with its sheet's cell) give its colour different meanings.
 */
export function apartRefusal(
  apart: readonly LegendEntry[],
  grid: Grid,
  r: number,
  cell: string,
  fill: string,
): Finding {
  const said = apart.map((e) => `${e.cell} ("${e.text}")`);
  return readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
    label: `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}`,
    value: fill || "a colour not shown as such",
    read: String(r + 1),
    reason: "colour-ambiguous",
    dropped: true,
  });
}
