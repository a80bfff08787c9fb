// Rows a colour legend marks as not really there (issue 15 break-test #9, brk9; docs/rules.md
// "Rows and sheets marked as not really there"). A legend belongs to its sheet: wherever staff put
// it — above the header, below the table (with or without a blank line), right of it, under either
// block of a sheet of receipts and deliveries side by side — it covers every table of the sheet.
// It is written in words ("Legende: rot = storniert, grau = noch nicht bestätigt", "red = cancelled",
// "rouge = annulé", "rojo = anulado", "rosso = annullato", "rood = geannuleerd") or shown by a
// fill: a cell filled red that reads "storniert" ("Cancelled", "annulé"…), or a filled swatch
// beside a cell that reads "= storniert". A row filled in a colour the legend says is cancelled,
// unconfirmed or open is refused at its first cell (row-unconfirmed, reason colour-legend, naming
// the legend): a colour is weaker evidence than a status word, so the row is not booked and the
// balances it would feed are incomplete. A filled row whose colour the add-in cannot match to the
// legend (a theme colour, a colour the legend does not name, a legend whose swatch colour the host
// does not tell) is refused likewise; only a colour the legend says is done or confirmed ("grün =
// geprüft", "grün = SD liegt vor", "gebucht am 12.03.2025": legend-meanings.ts) is read, one of any
// other meaning ("rot = nicht nachhaltig") refused quoting it (reason colour-meaning, p-legend2),
// one that says the proof is missing ("gelb = SD fehlt noch") refused on a receipt for its proof
// (colour-proof-missing) and read on a delivery (p-legend3), and any colour given a meaning makes
// a legend (legend-entries.ts).
// A legend of font colours ("rote Schrift = storniert") books no row: said once at it.
// A legend's own lines are no bookings: the grid a table reads has them blank. Where the host
// cannot read fills at all (Office.js without ExcelApi 1.9: SheetSnapshot.fillsUnread) and the sheet
// shows a legend (in words, or a meaning that leaves rows out alone on a line, as a legend shown by
// fills is), no row of its tables is booked: one error at the legend says so. Pure.
import { isLegendHeading } from "./colour-words";
import type { Legend, LegendEntry, Span } from "./legend";
import { bareColour, cellFill, entriesAt } from "./legend-entries";
import { apartRefusal } from "./legend-borrowed";
import { legendMatch } from "./legend-match";
import { Grid, isBlank } from "./grid";
import type { CellValue, SheetSnapshot } from "./port";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";

export { colourOf } from "./colour-words";
export { cellFill } from "./legend-entries";
export type { Legend, LegendEntry, Span } from "./legend";

/** The longest text a legend's cell holds. */
const MAX_TEXT = 500;

/**
 * The colour legend of a sheet whose table (or tables: the blocks of a sheet of both sides) has
 * its header on row `headerRow` (0-based) and its columns in `spans`, or null where no legend
 * gives a colour a meaning that leaves a row out. Above the header any cell may hold it; on and
 * below it, a cell outside every span (right of the header or the table, beyond a block), or
 * below it a line of a span that holds nothing but the legend (under the data, under the shorter
 * block); a legend in words among the headings too. A fill shown as a legend (a filled meaning, a
 * swatch beside one) that is done ("grün = geprüft") counts only on a line of its own: a note on
 * a booking's row may only leave rows out.
 */
export function legendOf(grid: Grid, headerRow: number, spans = headerSpans(grid, headerRow)): Legend | null {
  const entries: LegendEntry[] = [];
  const lines = new Set<string>();
  const values = grid.sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    // the header row: only beyond its headings (a legend right of the header)
    const own = r < headerRow || (r > headerRow && spans.every((s) => !spanFilled(row, s)));
    // per span of this row: whether it holds nothing but a legend (asked once)
    const asked = new Map<Span, boolean>();
    const lineOf = (s: Span) => asked.get(s) ?? asked.set(s, legendLine(grid, r, s)).get(s) ?? false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || isBlank(v) || v.length > MAX_TEXT) continue;
      const span = r < headerRow ? undefined : spans.find((s) => c >= s.first && c <= s.last);
      const line = own || (span !== undefined && r > headerRow && lineOf(span));
      // on the header row a legend in words may stand among the headings: no heading reads "rot =
      // storniert"; kept whatever it means (a meaning not done refuses its rows, never drops out)
      const words = r === headerRow && span !== undefined;
      if (span && !line && !words) continue;
      const found = entriesAt(grid, r, c, v, line, r < headerRow).filter(
        (e) => !words || (e.hex === null && e.colour !== null),
      );
      // right of every table on a booking's row: a legend in words there is no cell of the table
      const beyond = r > headerRow && span === undefined && found.every((e) => e.hex === null);
      if (found.length > 0 || ((line || beyond) && legendPart(row, c, v))) {
        entries.push(...found);
        // a filled meaning beside a booking is the legend and a note on that row: it stays
        if (r <= headerRow || !(line || beyond)) continue;
        lines.add(`${r}:${c}`);
        // its swatches beside it are the legend's too: they colour no booking's row
        for (const d of [c - 1, c + 1])
          if (isBlank(row[d]) && cellFill(grid.sheet, r, d) !== undefined) lines.add(`${r}:${d}`);
      }
    }
  }
  return legendFrom(entries, lines, spans, grid.sheet.fillsUnread === true);
}

/**
 * The legend of `entries` (its `lines` blank in the grid a table of columns `spans` reads; `unread`:
 * the host could not read the sheet's fills), named by its first entry that leaves rows out, else
 * its first of a meaning not done; null for no entry. Any colour given a meaning makes a legend: a
 * row of a colour it does not give as done is refused.
 */
export function legendFrom(
  entries: LegendEntry[],
  lines: Set<string>,
  spans: readonly Span[],
  unread: boolean,
): Legend | null {
  const first = entries.find((e) => e.refuse) ?? entries.find((e) => !e.done) ?? entries[0];
  if (!first) return null;
  const away = first.sheet === undefined ? {} : { sheet: first.sheet };
  return { cell: first.cell, text: first.text, ...away, entries, lines, spans, unread };
}

/**
 * The span of the headings of row `headerRow`: the one table of a sheet (none for an empty row).
 * The headings of a legend laid out as a table right of it, past a blank column ("Farbe |
 * Bedeutung"), are the legend's, not the table's (brk12: its lines were read as the table's cells).
 */
export function headerSpans(grid: Grid, headerRow: number): Span[] {
  const row = grid.sheet.values[headerRow] ?? [];
  let first = 0;
  while (first < row.length && isBlank(row[first])) first++;
  let last = row.length - 1;
  while (last >= first && isBlank(row[last])) last--;
  // a run of legend headings past a blank column ends the table before the blank
  let gap = last;
  while (gap > first && !isBlank(row[gap])) gap--;
  const legend = row.slice(gap + 1, last + 1);
  if (gap > first && legend.every((v) => typeof v === "string" && isLegendHeading(v))) {
    last = gap;
    while (last >= first && isBlank(row[last])) last--;
  }
  return last >= first ? [{ first, last }] : [];
}

/** Whether span `s` of `row` holds a value. */
function spanFilled(row: readonly CellValue[], s: Span): boolean {
  for (let c = s.first; c <= s.last; c++) if (!isBlank(row[c])) return true;
  return false;
}

/** Whether row `r` holds nothing in `span` but a legend: its headings, pairs and filled meanings. */
function legendLine(grid: Grid, r: number, span: Span): boolean {
  const row = grid.sheet.values[r] ?? [];
  const cells: [number, string][] = [];
  // a booking's date or quantity is a number: such a row is never a legend's (asked first, cheaply)
  for (let c = span.first; c <= span.last; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || v.length > MAX_TEXT) return false;
    cells.push([c, v]);
  }
  return (
    cells.length > 0 &&
    cells.every(([c, v]) => legendPart(row, c, v) || entriesAt(grid, r, c, v, true).length > 0)
  );
}

/**
 * Whether cell `c` of `row`, holding `v`, is part of a legend though it gives no colour a meaning
 * itself: a legend's heading ("Legende:", "Farbe", "Bedeutung") or the meaning beside a colour
 * alone in its cell ("gelb" | "SD fehlt noch", a legend laid out as a table).
 */
function legendPart(row: readonly CellValue[], c: number, v: string): boolean {
  return isLegendHeading(v) || bareColour(row[c - 1]) !== null;
}

/**
 * The fill of row `r` where a table is concerned (`colours`: whether a column's fill colours the
 * table's row): its first such filled cell where the host tells cells apart, else the row's fill
 * (port.ts fills); undefined where none is filled.
 */
export function rowFill(
  sheet: SheetSnapshot,
  r: number,
  inTable: (c: number) => boolean,
): string | undefined {
  const cells = sheet.cellFills?.[r];
  if (!cells) return sheet.fills?.[r];
  for (const [c, fill] of Object.entries(cells)) if (inTable(Number(c))) return fill;
  return undefined;
}

/**
 * The refusal of row `r` (0-based) at `cell` where the sheet has a `legend` and the row is filled
 * in a colour the legend says leaves a row out, or in one the add-in cannot match to it; null
 * where there is no legend or fill, or the legend says the colour is done. A cell colours the row
 * where it is one of the table's columns (`inTable`) or outside every table of the sheet (a note
 * beside it); a cell of the other block of a sheet of both sides, an unheaded column inside the
 * table, or the legend's own cells (a legend right of the table on a booking's row) do not. A
 * colour whose meaning says the row's proof is missing (LegendEntry.proof, "gelb = SD fehlt")
 * refuses a receipt for its proof (reason colour-proof-missing) and reads a row that `sells` (0-based
 * row → a delivery): its SD is the one the add-in issues, as a Status cell "SD fehlt" reads it.
 */
export function colourRefusal(
  legend: Legend | null,
  grid: Grid,
  r: number,
  cell: string,
  inTable: (c: number) => boolean = () => true,
  sells: (r: number) => boolean = () => false,
): Finding | null {
  const colours = (c: number) =>
    !legend?.lines.has(`${r}:${c}`) &&
    (inTable(c) || !legend?.spans.some((s) => c >= s.first && c <= s.last));
  const fill = legend ? rowFill(grid.sheet, r, colours) : undefined;
  if (!legend || fill === undefined) return null;
  const { entry, between, apart } = legendMatch(legend, fill);
  if (apart) return apartRefusal(apart, grid, r, cell, fill);
  if (entry?.done || (entry?.proof && sells(r))) return null;
  // legends of other sheets only (the sheet has none of its own): a colour they do not name is no one's word
  if (!entry && !between && legend.entries.every((e) => e.borrowed === true)) return null;
  if (between) {
    const [a, b] = between;
    const at = (e: LegendEntry) => `${e.cell} ("${e.text}")`;
    return readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
      label: a.cell === b.cell ? at(a) : `${at(a)} and ${at(b)}`,
      value: `${fill}, as near to ${a.colour} = ${a.says} as to ${b.colour} = ${b.says}`,
      read: String(r + 1),
      reason: "colour-between",
      dropped: true,
    });
  }
  return readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
    label: entry ? `${entry.cell} ("${entry.text}")` : `${legend.cell} ("${legend.text}")`,
    value: entry ? `${entry.colour ?? entry.hex} = ${entry.says}` : fill || "a colour not shown as such",
    read: String(r + 1),
    reason: !entry
      ? "colour-unmatched"
      : entry.proof
        ? "colour-proof-missing"
        : entry.borrowed
          ? "colour-elsewhere"
          : entry.refuse
            ? "colour-legend"
            : "colour-meaning",
    dropped: true,
  });
}

/**
 * The grid a table of sheet `grid` reads where the sheet has `legend`: the legend's lines below
 * the header blank (a legend line is no booking, and ends the table as a blank line does), and
 * the legend kept with it (Grid.legend) for each table of the sheet. The same grid without one.
 */
export function withLegend(grid: Grid, legend: Legend | null): Grid {
  if (!legend) return grid;
  const values = grid.sheet.values.map((row, r) =>
    row?.some((_, c) => legend.lines.has(`${r}:${c}`))
      ? row.map((v, c) => (legend.lines.has(`${r}:${c}`) ? null : v))
      : row,
  );
  return new Grid({ ...grid.sheet, values }, undefined, legend);
}
