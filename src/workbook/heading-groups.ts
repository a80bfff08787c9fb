// (p-twoband, p-groups) A heading of two rows whose upper row groups the lower by the document or
// the movement it is from: "Rechnung" over "Nr. | Datum", "Lieferung" over "Datum | Menge (t)",
// merged over its columns, or typed in the first of them with blanks to its right ("centre across
// selection"). The date of a mass balance is the day the material moved (domain.md: receipt and
// delivery date), so a date under an invoice's, order's or contract's word (group-words.ts) is the
// document's own and never the row's date: not read where the movement's date stands beside it,
// and where none does, the sheet is refused at its heading naming it (candidate-headings.ts),
// never booked in the invoice's period. A quantity under such a word beside a delivery's or
// receipt's group is the invoiced or ordered one: never the quantity moved, held to it (a rival,
// named by its group) where the movement has one. Only a known group word as the whole cell groups.
import { KINDS, QUANTITY_FIELDS } from "./fields";
import { type Grid, isBlank } from "./grid";
import { DATE_WORDS, type Group, GROUP_WORDS, NUMBER_WORDS } from "./group-words";
import { lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { synonymKey } from "./normalise";
import { plainLetters } from "../engine/fold";

/** The group word over a column: as written, what it groups, and the column it is written in. */
interface Over {
  word: string;
  group: Group;
  at: number;
}

/** The known group word of a cell's text, or null ("Wysyłka": its ł has no accent to fold away). */
const groupOf = (text: string): Group | null => GROUP_WORDS.get(synonymKey(plainLetters(text))) ?? null;

/**
 * The column of group row r - 1 whose text stands over column `c` of header row `r`: c itself
 * where typed there, the first cell of a merge over it, or where its cell is blank and not merged,
 * a known group word typed to its left with only blank cells between, not merged and each over a
 * filled cell of row `r` (as is the word's own); null where none.
 */
function sourceOver(grid: Grid, r: number, c: number): number | null {
  const up = r - 1;
  if (grid.headerText(up, c) !== "") {
    let at = c;
    while (at > 0 && grid.isMerged(up, at) && isBlank(grid.value(up, at))) at--;
    return at;
  }
  if (grid.isMerged(up, c)) return null;
  let at = c;
  while (at > 0 && grid.headerText(r, at) !== "" && isBlank(grid.value(up, at)) && !grid.isMerged(up, at))
    at--;
  const typed = !isBlank(grid.value(up, at)) && !grid.isMerged(up, at) && grid.headerText(r, at) !== "";
  return typed && groupOf(grid.headerText(up, at)) !== null ? at : null;
}

/**
 * The known group word over each column of header row `r`, null where none: a word that stands
 * over every heading of the two rows is a title, no group ("Invoice" over the whole table).
 */
function groupsOf(grid: Grid, r: number, width: number): (Over | null)[] {
  const none = Array.from({ length: width }, () => null);
  if (r < 1) return none;
  let any = false;
  for (let c = 0; c < width && !any; c++) any = groupOf(grid.headerText(r - 1, c)) !== null;
  if (!any) return none;
  const sources = Array.from({ length: width }, (_, c) => sourceOver(grid, r, c));
  const filled = sources.filter((_, c) => grid.headerText(r, c) !== "" || grid.headerText(r - 1, c) !== "");
  return sources.map((at) => {
    if (at === null) return null;
    const word = grid.headerText(r - 1, at);
    const group = groupOf(word);
    if (group === null || filled.every((s) => s === at)) return null;
    return { word, group, at };
  });
}

/**
 * The text over column `c` of header row `r` in its group row: the cell's own or a merge's, or a
 * known group word typed to its left over an unmerged blank (sourceOver); "" where none.
 */
export function spannedAbove(grid: Grid, r: number, c: number): string {
  if (r < 1) return "";
  const at = sourceOver(grid, r, c);
  return at === null ? "" : grid.headerText(r - 1, at);
}

/** Whether `text` is a known group word as the whole cell ("Rechnung", "Lieferung", "Invoice"). */
export const isGroupWord = (text: string): boolean => text !== "" && groupOf(text) !== null;

/** Whether `own` is a document's number ("Nr.", "No.") under the known group word `over` ("Rechnung"). */
export function numbersGroup(over: string, own: string): boolean {
  return groupOf(over) !== null && NUMBER_WORDS.has(synonymKey(own));
}

/** The known group word over column `c` of header row `r` as written ("Rechnung"), or null. */
export function groupWordOver(grid: Grid, r: number, c: number, width: number): string | null {
  return groupsOf(grid, r, width)[c]?.word ?? null;
}

/** Whether a heading names a quantity of material ("Menge (t)", "Qty (MT)", "Quantité"). */
function namesQuantity(text: string): boolean {
  return KINDS.some((spec) => {
    const best = lexicalHits(spec, text)[0];
    return (
      !!best && best.score >= MATCH_THRESHOLD && QUANTITY_FIELDS.includes(spec.fields[best.field]?.id ?? "")
    );
  });
}

/**
 * The columns of header row `r` under a document's group word (group-words.ts): `dates`, a bare
 * date word under it, never the row's date nor a second column of it; `quantities`, a quantity's
 * heading under it where a delivery's or receipt's group stands beside it, never the quantity moved.
 */
export function documentColumns(
  grid: Grid,
  r: number,
  width: number,
): { dates: Set<number>; quantities: Set<number> } {
  const dates = new Set<number>();
  const quantities = new Set<number>();
  const over = groupsOf(grid, r, width);
  const movement = over.some((o) => o?.group === "movement");
  for (let c = 0; c < width; c++) {
    if (over[c]?.group !== "document") continue;
    const own = grid.headerText(r, c);
    if (DATE_WORDS.has(synonymKey(own))) dates.add(c);
    else if (movement && namesQuantity(own)) quantities.add(c);
  }
  return { dates, quantities };
}

/**
 * header-not-found (p-groups): the headings under a document's group word that could be taken for
 * field `id` (a date for the Date, a quantity for a quantity field), each quoted with its group
 * word ('"Datum" under "Rechnung"'), in the sheet's order; "" where none. The header row read and
 * the row below it are looked at: the upper row of two may be the one read.
 */
export function documentHeadings(grid: Grid, row: number, id: string): string {
  const date = id === "date";
  if (!date && !QUANTITY_FIELDS.includes(id)) return "";
  for (const r of [row, row + 1]) {
    const width = grid.width(Math.max(0, r - 1), r + 1);
    const { dates, quantities } = documentColumns(grid, r, width);
    const cols = [...(date ? dates : quantities)];
    const named = cols.map(
      (c) => `"${grid.headerText(r, c)}" under "${groupWordOver(grid, r, c, width) ?? ""}"`,
    );
    if (named.length > 0) return named.join(", ");
  }
  return "";
}
