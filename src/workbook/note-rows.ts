// (brk22 §14) A note typed directly under a table's rows, no blank row between ("Hinweis: Mengen
// laut Waage", "Note: quantities per weighbridge", "Anmerkung: Lieferung 15.03. Teilmenge 10 t an
// Fuel AG umgebucht"): before, read as a booking, three errors (no date, product or quantity) that
// held every declaration of the sheet. A row is a note where its text stands in its first cells
// only (one or two, side by side, from the table's first column or before it) and nothing else of
// the row is filled: no quantity, product, party or SD number can be read from it, so nothing of it
// could be booked. It is said (info) at its cell, with its text: a note that changes a booking is
// the user's to carry into that row. Both ways: text in a quantity column, a date with nothing
// else ("31.02.2025"), a name alone in the party or product column ("Fuel AG": a booking begun)
// are refused as before; a note word ("Hinweis:", "Note:") leads a note wherever it stands.
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { fold, foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import { type Column, readCell } from "./table-columns";
import { TOTALS } from "./total-words";
import type { Finding } from "../engine/result";

/** Cells a note may fill side by side: "Hinweis:" | "Mengen laut Waage". */
const NOTE_CELLS = 2;

/** Words that lead a note, in seven languages (folded), then a colon or dash or nothing more: "Hinweis:", "Note -", "Uwaga:". */
const NOTE_LEAD = new RegExp(
  "^(?:\\*|(?:hinweis|hinweise|anmerkung|anmerkungen|bemerkung|bemerkungen|notiz|achtung|quelle|stand|erstellt" +
    "|gepruft|note|notes|nb|n\\.b\\.?|remark|remarks|comment|comments|kommentar|source|created|prepared|checked" +
    "|remarque|remarques|nota|notas|observacion|observaciones|fuente|osservazioni|fonte|opmerking|opmerkingen" +
    "|let op|bron|uwaga|uwagi|zrodlo)\\s*(?:[:\\-\u2013]|$))",
);

/**
 * Whether row `r` (0-based) of a table of `columns` is a note (see above): if so, totals-row (info,
 * reason note-row) at its first cell goes to `findings`.
 */
export function noteRow(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  ledger: boolean,
  findings: Finding[],
  headerRow?: number,
): boolean {
  if (headerRow !== undefined && repeatedHeader(grid, r, cells, columns, headerRow, findings)) return true;
  const filled = cells.flatMap((v, c) => (isBlank(v as never) ? [] : [c]));
  const first = filled[0];
  const firstCol = Math.min(...columns.map((c) => c.col));
  if (first === undefined || first > firstCol || filled.length > NOTE_CELLS) return false;
  if (filled.some((c, i) => c !== first + i || typeof cells[c] !== "string")) return false;
  const text = filled.map((c) => String(cells[c]).trim()).join(" ");
  if (!/[a-z]{3,}/.test(fold(text))) return false; // "31.02.2025" alone: a date refused, no note
  if (TOTALS.test(String(cells[first]))) return false; // "Summe", "Übertrag": a total's line (table-totals.ts)
  const led = NOTE_LEAD.test(fold(String(cells[first]).trim()));
  for (const c of columns) {
    if (!filled.includes(c.col) || led) continue;
    if (c.field.type === "date" && readCell(grid, r, cells, c, ledger).kind !== "ok") continue;
    return false; // text in a quantity, product, party or SD column: a booking begun, refused as before
  }
  const at = cellAddress(r + 1, first);
  findings.push(
    readFinding("totals-row", "info", grid.sheet.name, at, {
      label: String(r + 1),
      value: text,
      reason: "note-row",
    }),
  );
  return true;
}

/** A cell's text as a heading compares: folded words (normalise.ts). */
const asHeading = (v: unknown) => (typeof v === "string" ? foldedWords(v) : "");

/** The header rows' cells as headings, each folded once while its cell holds the same value (every row of a table is compared to its header). */
const headings = new WeakMap<readonly unknown[], Map<number, { cell: unknown; heading: string }>>();
function headingAt(head: readonly unknown[], col: number): string {
  let row = headings.get(head);
  if (!row) headings.set(head, (row = new Map()));
  const known = row.get(col);
  if (known && known.cell === head[col]) return known.heading;
  const heading = asHeading(head[col]);
  row.set(col, { cell: head[col], heading });
  return heading;
}

/** The sheets whose repeated header is said already: said once per sheet, at the first repetition. */
const said = new WeakSet<Grid>();

/**
 * (brk24 §4b) Whether row `r` repeats the header row `headerRow` (a printed page's header, no blank
 * row before it): every mapped column's cell holds its heading as typed (case, accents and spacing
 * aside), two columns at least. It is no booking (it was seven refusals of "Date" as a date…):
 * passed over, said once per sheet (totals-row info, reason repeated-header).
 */
function repeatedHeader(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  headerRow: number,
  findings: Finding[],
): boolean {
  if (columns.length < 2) return false;
  const head = grid.sheet.values[headerRow] ?? [];
  // every column must hold its heading: the first that does not answers (a booking's date or number at once)
  for (const c of columns) {
    const v = cells[c.col];
    if (typeof v !== "string") return false;
    const h = headingAt(head, c.col);
    if (h === "" || asHeading(v) !== h) return false;
  }
  if (said.has(grid)) return true;
  said.add(grid);
  const first = Math.min(...columns.map((c) => c.col));
  const value = columns.map((c) => String(cells[c.col]).trim()).join(" | ");
  findings.push(
    readFinding("totals-row", "info", grid.sheet.name, cellAddress(r + 1, first), {
      label: String(r + 1),
      value,
      reason: "repeated-header",
    }),
  );
  return true;
}
