// What a sheet's colour legend says (colour-legend.ts reads it; grid.ts keeps it for each table of
// the sheet): each colour it gives a meaning, and the cells of its lines. Types only.
import type { Colour } from "./colour-words";

/** One colour a legend gives a meaning: where, in which words, and whether its rows are left out. */
export interface LegendEntry {
  /** the basic colour, or null where the host gives a swatch's fill as no plain colour ("") */
  colour: Colour | null;
  /** the swatch's own fill as "#RRGGBB" where the legend shows it by a fill, matched before `colour` */
  hex: string | null;
  /** the meaning as written ("storniert", "noch nicht bestätigt") */
  says: string;
  /** a row of this colour is not to be booked (cancelled, unconfirmed, a draft, open…) */
  refuse: boolean;
  /**
   * the meaning says done and nothing else (booked, checked: legend-meanings.ts meansDone), and of a
   * fill: only a row of such a colour is booked; one of a meaning neither done nor `refuse` ("nicht
   * nachhaltig", "gebucht, SD fehlt noch") is refused
   */
  done: boolean;
  /**
   * the meaning says the row's proof is missing (colour-words.ts Meaning.proof): a receipt of
   * this colour is refused for its proof, a delivery read; present only where true
   */
  proof?: true;
  /** the colour is of a cell's text ("rote Schrift = storniert"), which the add-in does not read */
  font?: boolean;
  /** the cell (A1; "Legende!B2" where `sheet` is set) and text of the legend that says it */
  cell: string;
  text: string;
  /**
   * the sheet of a legend on a sheet of its own (legend-sheet.ts), which covers every sheet of the
   * workbook; absent for a legend on the sheet it covers
   */
  sheet?: string;
  /**
   * the legend stands on another data sheet (`sheet`) and is read on a sheet without a legend of
   * its own for the colours it names (legend-borrowed.ts)
   */
  borrowed?: boolean;
}

/** A sheet's colour legend: what each colour it shows says of a row, and the cells of its lines. */
export interface Legend {
  /** the cell (A1) and text of its first entry that leaves rows out, named by every refusal */
  cell: string;
  text: string;
  /** that entry's sheet where it is a legend on a sheet of its own (LegendEntry.sheet) */
  sheet?: string;
  entries: LegendEntry[];
  /** "r:c" (0-based) of the legend's cells below the header: blank in the grid a table reads */
  lines: Set<string>;
  /** the columns of the sheet's tables (both blocks of a sheet of both sides) */
  spans: readonly Span[];
  /**
   * the host could not read the sheet's fills (port.ts SheetSnapshot.fillsUnread): which rows the
   * legend's colours mark is unknown, so no row of its tables is booked (colour-legend.ts colourCheck)
   */
  unread?: boolean;
}

/** Columns of one table of the sheet, 0-based and inclusive: where a legend line is no booking's cell. */
export interface Span {
  first: number;
  last: number;
}
