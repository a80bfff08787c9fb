// A colour legend on a sheet of its own (brk10 c1): a sheet "Legende", "Legend", "Farben",
// "Farblegende", "Key", "Colour key", "Légende", "Leyenda", "Legenda", "Kleuren"… holding
// "rot = storniert", a red cell reading "storniert" or a red swatch beside it. Staff keep it for
// the whole workbook, so it covers every table of every sheet (read-plan.ts planSheets), together
// with a sheet's own legend: where the two give one colour different meanings, the meaning that
// leaves rows out wins (colour-legend.ts entryOf: a row of that colour is refused, never booked on
// the word of one of them), and a meaning of neither kind refuses the row too (colour-meaning).
// Only a sheet not read as data is asked. Its legend is read whole where the sheet is named as a
// legend is headed (its other cells, a title or a date, are notes) or holds nothing but a legend
// (headings, colour words with their meanings, filled meanings and their swatches); on a sheet of
// other notes only a colour given in words a meaning not done counts ("rot = storniert" among
// them): such an entry can only refuse rows, while a cell filled green that reads "OK" in a list
// of notes is no word that rows of its colour are booked. Pure.
import { cellPlace } from "./a1";
import { legendFrom } from "./colour-legend";
import { isLegendHeading } from "./colour-words";
import { type Grid, isBlank } from "./grid";
import type { Legend, LegendEntry, Span } from "./legend";
import { bareColour, entriesAt } from "./legend-entries";

/** The most values a sheet that holds a legend is asked for: a longer sheet is data, not notes. */
const MAX_VALUES = 2000;

/**
 * The entries of the colour legend that sheet `grid`, not read as data, holds for the workbook
 * (none where it holds no legend), each naming its cell with the sheet ("Legende!B2") and its `sheet`.
 */
export function legendSheetEntries(grid: Grid): LegendEntry[] {
  const name = grid.sheet.name;
  const named = isLegendHeading(name);
  const entries: LegendEntry[] = [];
  let seen = 0;
  let notes = false; // a value that is no part of a legend
  const values = grid.sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      if (++seen > MAX_VALUES) return [];
      const text = typeof v === "string" ? v : null;
      const found = text === null ? [] : entriesAt(grid, r, c, text, true);
      const part = text !== null && (isLegendHeading(text) || bareColour(row[c - 1]) !== null);
      if (found.length === 0 && !part) notes = true;
      for (const e of found) entries.push({ ...e, cell: cellPlace(name, e.cell), sheet: name });
    }
  }
  // among notes: a colour in words whose meaning is not done
  return named || !notes ? entries : entries.filter((e) => e.hex === null && e.colour !== null && !e.done);
}

/**
 * A sheet's own legend (`own`, null for none) joined by the entries of the workbook's legends on
 * sheets of their own (`shared`), for the tables of columns `spans` on a sheet whose fills the host
 * could (`unread` false) or could not read; `own` where nothing is shared, null where neither is.
 */
export function withShared(
  own: Legend | null,
  shared: readonly LegendEntry[],
  spans: readonly Span[],
  unread: boolean,
): Legend | null {
  if (shared.length === 0) return own;
  const entries = [...(own?.entries ?? []), ...shared];
  return legendFrom(entries, own?.lines ?? new Set(), own?.spans ?? spans, own?.unread ?? unread);
}
