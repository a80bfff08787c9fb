// (p-cols) A second column of a field other than the quantity, headed as the field's column is
// ("Datum | Produkt | Menge | Datum", two "Produkt", two "SD-Nr."): recognition gives the field one
// column, so the other was left out without a word, whatever it said (an unloading date in the
// period after, another product). Its values are held to the read column's as the quantity's
// rivals are (rival-columns.ts): a row where they differ, or where only it holds a value, is
// refused at its cell, and its heading is said once (design.md, first law).
import { cellAddress, columnLetter } from "./a1";
import { type Conventions } from "./cell-read";
import { readField } from "./cell-values";
import { type FieldSpec, type KindSpec } from "./fields";
import { type Grid } from "./grid";
import { type FieldHit, MATCH_THRESHOLD, valueEvidence } from "./matcher";
import { columnProfile } from "./column-profile";
import { readFinding } from "./read-findings";
import { type ColumnMatch, type Rival } from "./recognition";
import { isPlace } from "./site-columns";
import { type Column } from "./table-columns";
import type { Finding } from "../engine/result";

/** Field types whose second column is held equal: a date, a name, a number or list of numbers, a unit, a side. */
const HELD_EQUAL = new Set(["date", "dateOrYear", "text", "list", "unit", "direction"]);

/**
 * The rival of unmapped column `c` of header row `headerRow`, headed `header`, whose best reading
 * (of its `hits`, best first) is exactly one field of these types that recognition read from
 * another column (not the user, whose mapping says which they mean), and whose values do not speak
 * against it; null for any other column. Only an exact heading competes: "Produktcode" beside
 * "Produkt" is no second product.
 */
export function valueRival(
  grid: Grid,
  spec: KindSpec,
  [best, next]: readonly FieldHit[],
  columns: ReadonlyMap<string, ColumnMatch>,
  { c: col, header, headerRow }: { c: number; header: string; headerRow: number },
): Rival | null {
  // a heading of two fields alike ("Gültig": valid from or until; a register's flag) competes with neither
  const alone = best && best.exact && best.score >= MATCH_THRESHOLD && !(next && next.score >= best.score);
  const field = alone ? spec.fields[best.field] : undefined;
  if (!field || !HELD_EQUAL.has(field.type)) return null;
  // "Terminal", "Depot" beside "Standort": a place within the site, said by site-columns.ts
  if (field.id === "site" && isPlace(header)) return null;
  // a column whose values speak against the field ("Received" with amounts) is none of its
  if (valueEvidence(field, columnProfile(grid, headerRow, col)) < 0) return null;
  const main = columns.get(field.id);
  if (!main) return null;
  // (p-xfer2) the user mapped the other column: theirs is read, this one said where it differs
  const chosen = main.confidence === "remembered" ? { chosen: true } : {};
  return { field: field.id, col, header, unit: null, value: true, ...chosen };
}

/** A value as compared: its words lower-cased and spaced once; a list's numbers sorted. */
function plain(v: string | string[]): string {
  const one = (s: string) => s.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim();
  return Array.isArray(v) ? v.map(one).sort().join("\n") : one(v);
}

/** A value as a finding shows it. */
function shown(v: string | string[]): string {
  return Array.isArray(v) ? v.join(", ") : v;
}

/**
 * The refusal of row `r` (0-based) when `rival`'s cell `v` holds another value than the row's
 * `main` column as read (`mine`, undefined when that cell is blank), or one that cannot be read:
 * invalid-value, reason columns-disagree, at the rival's cell, the row dropped. Null when the two
 * are the same (case and spacing aside).
 */
export function valueDisagrees(
  grid: Grid,
  r: number,
  rival: Rival,
  main: Column,
  v: unknown,
  mine: string | string[] | undefined,
  conv: Conventions,
): Finding | null {
  const read = readField(main.field as FieldSpec, v as never, conv, grid.format(r, rival.col));
  const theirs = read.kind === "ok" ? read.value : undefined;
  if (theirs !== undefined && mine !== undefined && plain(theirs) === plain(mine)) return null;
  const text = theirs !== undefined ? shown(theirs) : read.kind === "bad" ? read.text : String(v);
  return readFinding("invalid-value", "error", grid.sheet.name, cellAddress(r + 1, rival.col), {
    label: main.field.label,
    value: text,
    read: `${mine === undefined ? "blank" : shown(mine)} in "${main.match.header}" (column ${columnLetter(main.col)})`,
    reason: "columns-disagree",
    dropped: true,
  });
}

/** mapping-uncertain, reason second-column, at the heading of a value rival that differed on some row. */
export function secondColumnHeading(
  grid: Grid,
  headerRow: number,
  rival: Rival,
  main: Column | undefined,
): Finding {
  return readFinding("mapping-uncertain", "warning", grid.sheet.name, cellAddress(headerRow + 1, rival.col), {
    label: main?.field.label ?? rival.field,
    value: rival.header,
    read: main ? `"${main.match.header}" (column ${columnLetter(main.col)})` : "",
    reason: "second-column",
    // (p-xfer2) the user mapped the column read: this one is not read, and no row was refused
    ...(rival.chosen ? { partial: true } : {}),
  });
}
