// (brk22 §6) The words of a cell's note or comment as the keeper wrote them (port.ts SheetSnapshot
// cellNotes): a note is where many keepers say a line was cancelled ("Lieferung storniert - Ware zurück
// an Lieferant") or its SD is missing, and row-state.ts reads such words as a remark column's cell
// would be read. What is no keeper's word is left out: the add-in's own marks (app/marks.ts: lines
// "MB error: …" above the user's own note, which MB Config also keeps), the boilerplate Excel
// writes into the legacy note of a threaded comment (its thread's texts stand indented under
// "Comment:"/"Reply:", in the user's language), and the author's name Excel puts on a note's first
// line ("Müller, Hans:"). Pure.
import { cellAddress, tryParseCell } from "./a1";
import type { Grid } from "./grid";
import type { CellStyleChange, SheetSnapshot } from "./port";
import type { StatusColumn } from "./status-marks";

/** A line of the add-in's own mark (app/marks.ts markNote, render.ts noteText). */
const OWN_LINE = /^MB (?:error|warning|info): /;
/** The link Excel's legacy note of a threaded comment carries in every language. */
const THREADED = /go\.microsoft\.com\/fwlink\/\?linkid=870924/i;
/** A first line that only names the author: a few words ending in a colon. */
const AUTHOR = /^[^\s:][^:\n]{0,40}:\s*$/;

/** The keeper's words of note `text`, on one line; "" where none are left. */
export function noteWords(text: string): string {
  let lines = text.split(/\r?\n/).filter((l) => !OWN_LINE.test(l));
  const link = lines.findIndex((l) => THREADED.test(l));
  if (link >= 0) {
    // the thread's texts are indented under a label ("Comment:", "Kommentar:", "Reply:")
    const after = lines.slice(link + 1);
    const indented = after.filter((l) => /^\s+\S/.test(l));
    lines = indented.length > 0 ? indented : after.filter((l) => !AUTHOR.test(l.trim()));
  } else if (lines.length > 1 && AUTHOR.test(lines[0] as string)) lines = lines.slice(1);
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("; ")
    .replace(/\s+/g, " ");
}

/**
 * Sheet `sheet` with each note read for the keeper's words (noteWords), and the note of a cell the
 * add-in marked (`marks`, MB Config: each marked cell's original note) as the user left it; notes
 * of no words dropped.
 */
export function withoutOwnNotes(sheet: SheetSnapshot, marks: readonly CellStyleChange[]): SheetSnapshot {
  if (!sheet.cellNotes) return sheet;
  const original = new Map<string, string | null>();
  for (const m of marks) {
    if (m.sheet !== sheet.name) continue;
    const at = tryParseCell(m.cell.replace(/\$/g, "").toUpperCase());
    if (at) original.set(`${at.row - 1}:${at.col}`, m.note);
  }
  const notes: Record<number, Record<number, string>> = {};
  for (const [r, cols] of Object.entries(sheet.cellNotes))
    for (const [c, text] of Object.entries(cols)) {
      const key = `${r}:${c}`;
      const words = noteWords(original.has(key) ? (original.get(key) ?? "") : text);
      if (words !== "") (notes[Number(r)] ??= {})[Number(c)] = words;
    }
  const { cellNotes: _, ...rest } = sheet;
  return Object.keys(notes).length > 0 ? { ...rest, cellNotes: notes } : rest;
}

/** How a note is read: as a cell of a remark column ("Bemerkung"), free text where it says no status. */
const AS_REMARK: StatusColumn = { mark: null, free: true, ticked: false };

/**
 * The notes on data row `r`'s cells that `inTable` counts as the table's (a note beside the table,
 * on a legend, is not the row's), left to right, each as a remark cell for row-state.ts: its
 * column, words, how read, and where it is said ("the note on F3").
 */
export function rowNotes(
  grid: Grid,
  r: number,
  inTable: (c: number) => boolean,
): { c: number; v: string; col: StatusColumn; dated: boolean; label: string }[] {
  const notes = grid.sheet.cellNotes?.[r];
  if (!notes) return [];
  return Object.entries(notes)
    .map(([c, v]) => ({ c: Number(c), v }))
    .filter(({ c }) => inTable(c))
    .sort((a, b) => a.c - b.c)
    .map(({ c, v }) => ({
      c,
      v,
      col: AS_REMARK,
      dated: false,
      label: `the note on ${cellAddress(r + 1, c)}`,
    }));
}
