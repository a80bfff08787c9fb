// (p-noise) A heading of two rows where only some columns have a second row: "Datum | Lieferant |
// … | Nachhaltig" over a row that holds "Anteil (%)" under "Nachhaltig" alone, the other headings
// standing in the upper row (merged down or not). The upper row was read as the header, so
// "Nachhaltig" was the yes/no field, and the lower row a receipt: "Anteil (%)" refused as a
// yes/no value, the row's date, product and quantity as missing, and every share under it as a
// plain number in a yes/no column: no receipt of the sheet credited. The two rows are one heading:
// read at the lower row, each column by its words in both ("Nachhaltig Anteil (%)": the
// sustainable share in %), the upper row's heading standing for a column the lower row leaves blank.
import { dateHint } from "./date-hints";
import { KINDS } from "./fields";
import { type Grid, isBlank } from "./grid";
import { headerWords } from "./header-words";
import { isGroupWord, numbersGroup, spannedAbove } from "./heading-groups";
import { type HeaderCell, lexicalHits, MATCH_THRESHOLD } from "./matcher";

/** A row of headings is at least this wide: a title or a group row over a table is none. */
const LEAST = 3;

/**
 * Whether row `r` (0-based) of `grid` continues the heading of row r - 1: row r - 1 holds at least
 * three filled cells and all of them text, row r fewer, each text under a filled heading of r - 1
 * and a heading itself: a unit in brackets ("Anteil (%)", "(t)"), or words that read as a field of
 * some kind ("Name", "Zertifikat"), with no digit. A row with a number, a date, a value with its
 * unit ("10 t"), a document's number ("SD-1"), a name ("Fett AG") or a code ("DE") is a table's row.
 */
export function continuesHeading(grid: Grid, r: number, width: number): boolean {
  if (r < 1) return false;
  const above = filled(grid, r - 1, width);
  const own = filled(grid, r, width);
  if (above.length < LEAST || own.length === 0) return false;
  // (brk20 A4) as many cells as the row above where each stands under a group word and a label of
  // one row stands beside them ("Kunde | Lieferung … | Rechnung … | Produkt" over "Datum | Nr. | Menge
  // (t)" twice, the labels not merged down): still a heading's second row, never a table's row
  // (brk25 §7) a row of units and date format hints alone ("TT.MM.JJJJ | t | g CO2eq/MJ") is no
  // table's row however many cells it fills: no booking holds a format and units and nothing else
  if (
    own.length >= above.length &&
    !(labelsBeside(grid, r, above) && own.every(({ c }) => grouped(grid, r, c))) &&
    !own.every(({ c }) => hintOrUnit(grid, r, c))
  )
    return false;
  if (![...above, ...own].every((c) => typeof grid.value(c.r, c.c) === "string")) return false;
  // (p-groups) under a group word typed in the first of its columns, not merged: "Rechnung" in B1
  // over B2:C2; "Nr." under a group word is its document's number
  return own.every(({ c }) => {
    const over = spannedAbove(grid, r, c);
    const own = grid.headerText(r, c);
    return (
      over !== "" && (isHeading(own) || numbersGroup(over, own) || unitUnder(over, own) || formatHint(own))
    );
  });
}

/** (brk25 §7) Whether `text` is a date or time format hint alone ("TT.MM.JJJJ", "MM/DD/YYYY", "hh:mm"). */
const formatHint = (text: string) => dateHint(text)?.text === text.trim();

/** Whether the cell (r, c) holds a format hint or a unit under a heading of r - 1 (unitUnder). */
function hintOrUnit(grid: Grid, r: number, c: number): boolean {
  const text = grid.headerText(r, c);
  const over = spannedAbove(grid, r, c);
  return over !== "" && (formatHint(text) || unitUnder(over, text));
}

/**
 * (brk23 §11) Whether `text` is a unit alone ("kg", "t", "MT", "m³", "g CO2eq/MJ") under the heading
 * `over` that is no unit column of its own ("Einheit", "Unit": a "t" under it is a row's unit): a
 * unit row's cell, the unit of its column as if written in brackets.
 */
function unitUnder(over: string, text: string): boolean {
  return (alone(text) || alone(`(${text})`)) && !unitColumn(over);
}

/** A unit row's cell as its column's unit, in brackets ("THG gesamt" over "g CO2eq/MJ": "(g CO2eq/MJ)"); else null. */
function bracketed(over: string, text: string): string | null {
  return !/[([]/.test(text) && alone(`(${text})`) && unitUnder(over, text) ? `(${text})` : null;
}

/** Whether `t` is a unit and nothing else, with no number ("60 %", "10 t" are values; the 2 of CO2 is none). */
const alone = (t: string) =>
  !/\d/.test(t.replace(/co2/gi, "")) && headerWords(t).unit !== null && headerWords(t).tokens.length === 0;

/** Whether the heading `text` reads as a unit column of some kind of sheet ("Einheit", "Unité", "Jednostka"). */
function unitColumn(text: string): boolean {
  return KINDS.some((spec) =>
    lexicalHits(spec, text).some((h) => h.score >= MATCH_THRESHOLD && spec.fields[h.field]?.type === "unit"),
  );
}

/** Whether column `c` of row `r` stands under a known group word of row r - 1 (heading-groups.ts). */
const grouped = (grid: Grid, r: number, c: number) => isGroupWord(spannedAbove(grid, r, c));

/** Whether a filled cell of row r - 1 (`above`) that groups nothing stands over a blank of row `r`. */
function labelsBeside(grid: Grid, r: number, above: readonly { c: number }[]): boolean {
  return above.some(({ c }) => isBlank(grid.value(r, c)) && !isGroupWord(grid.headerText(r - 1, c)));
}

/** Whether a cell's `text` is a heading, not a value (continuesHeading). */
function isHeading(text: string): boolean {
  if (/\d/.test(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ""))) return false;
  const bracketed = /[([][^)\]]+[)\]]/.test(text) && headerWords(text).unit !== null;
  return bracketed || (text.length > 2 && readsAsField(text));
}

/** The header cells of row `r`: each filled cell's text, and with the group row's above it as `combined`. */
export function headerCells(grid: Grid, r: number, width: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const own = grid.headerText(r, c);
    if (!own) continue;
    const above = r > 0 ? grid.headerText(r - 1, c) : "";
    cells.push({ col: c, own, combined: above && above !== own ? `${above} ${own}` : "" });
  }
  return cells;
}

/**
 * The header cells of row `r`, which continues the heading of r - 1 (continuesHeading): each
 * column's own words in row r, or where r is blank the heading above it (as if merged down); its
 * words in both rows as `combined` where both hold one ("Nachhaltig Anteil (%)").
 */
export function bandCells(grid: Grid, r: number, width: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const over = spannedAbove(grid, r, c);
    // (brk25 §7) a format hint is its column's, read with its dates (conventions.ts): the heading
    // above stands for the column, the hint is no word of it
    const typed = grid.headerText(r, c);
    const own = (formatHint(typed) ? "" : typed) || over;
    if (!own) continue;
    const unit = over && over !== own ? (bracketed(over, own) ?? own) : ""; // (brk23 §11)
    cells.push({ col: c, own, combined: unit ? `${over} ${unit}` : "" });
  }
  return cells;
}

/** The filled cells of row `r`, by column. */
function filled(grid: Grid, r: number, width: number): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let c = 0; c < width; c++) if (!isBlank(grid.value(r, c))) out.push({ r, c });
  return out;
}

/** Whether `text` reads as a field of any kind of sheet. */
function readsAsField(text: string): boolean {
  return KINDS.some((spec) => lexicalHits(spec, text).some((h) => h.score >= MATCH_THRESHOLD));
}
