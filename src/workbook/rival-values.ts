// (p-cols) A second column of a field other than the quantity, headed as the field's column is
// ("Datum | Produkt | Menge | Datum", two "Produkt", two "SD-Nr."): recognition gives the field one
// column, so the other was left out without a word, whatever it said (an unloading date in the
// period after, another product). Its values are held to the read column's as the quantity's
// rivals are (rival-columns.ts): a row where they differ, or where only it holds a value, is
// refused at its cell, and its heading is said once (design.md, first law).
import { cellAddress, columnLetter } from "./a1";
import { type KindSpec, QUANTITY_FIELDS } from "./fields";
import { type Grid } from "./grid";
import { headerWords } from "./header-words";
import { type FieldHit, lexicalHits, MATCH_THRESHOLD, valueEvidence } from "./matcher";
import { columnProfile } from "./column-profile";
import { readFinding } from "./read-findings";
import { type ColumnMatch, type Rival } from "./recognition";
import { withoutDocument } from "./rival-document-words";
import { shipToBesideBuyer } from "./party-headings";
import { isPlace } from "./site-columns";
import { type Column, GROSS } from "./table-columns";
import type { Finding } from "../engine/result";

/**
 * Field types whose second column is held equal: a date, a name, a number or list of numbers, a
 * unit, a side, and (p-rivals) a country, claim, scheme, yes/no or Annex IX part (compared as read:
 * "DE" and "Deutschland" agree) and a number other than a quantity (a density, a heating value, a
 * factor: the same number in the same unit). A quantity's second column is rival-columns.ts's, a
 * GHG value's rival-rules.ts's, a sustainable part's second-part.ts's.
 */
const HELD_EQUAL = new Set([
  ...["date", "dateOrYear", "text", "list", "unit", "direction"],
  ...["country", "claim", "scheme", "yesno", "annexIx", "number"],
]);

/**
 * Number fields whose second column is none of this file's: a quantity of material (rival-columns.ts),
 * and the gross calorific value, a column recognised only to say it is not read (table-columns.ts).
 */
const AMOUNTS = new Set([...QUANTITY_FIELDS, "outputQuantity2", ...GROSS]);

/** The one field a heading's `hits` (best first) name exactly and better than any other, or undefined. */
function exactField(spec: KindSpec, [best, next]: readonly FieldHit[]) {
  // a heading of two fields alike ("Gültig": valid from or until; a register's flag) competes with neither
  const alone = best && best.exact && best.score >= MATCH_THRESHOLD && !(next && next.score >= best.score);
  return alone ? spec.fields[best.field] : undefined;
}

/**
 * The rival of unmapped column `c` of header row `headerRow`, headed `header`, whose best reading
 * (of its `hits`, best first) is exactly one field of these types that recognition read from
 * another column, and whose values do not speak against it; null for any other column. Only an
 * exact heading competes: "Produktcode" beside "Produkt" is no second product. (p-rivals) A heading
 * that names the document its value is taken from ("Lieferant lt. SD", "Supplier as per PoS",
 * "Kunde lt. Vertrag": rival-document-words.ts) competes as its other words do: the SD's supplier
 * is the one an auditor checks, and a row whose SD names another is refused, never credited to the
 * first (a GHG value's is rival-rules.ts ghgRival's, but beside the user's mapping). Not the row's own date: an SD's date ("Datum lt. SD") is its date of issue, another date.
 * Where the user mapped the field's column, the rival is `chosen`: said at its heading, not refused.
 */
export function valueRival(
  grid: Grid,
  spec: KindSpec,
  hits: readonly FieldHit[],
  columns: ReadonlyMap<string, ColumnMatch>,
  { c: col, header, headerRow }: { c: number; header: string; headerRow: number },
): Rival | null {
  const rest = withoutDocument(header);
  const named = exactField(spec, hits)
    ? undefined
    : rest
      ? exactField(spec, lexicalHits(spec, rest))
      : undefined;
  const field = named ?? exactField(spec, hits);
  if (!field || !HELD_EQUAL.has(field.type) || AMOUNTS.has(field.id)) return null;
  if (named && field.id === "date") return null;
  // "Terminal", "Depot" beside "Standort": a place within the site, said by site-columns.ts
  if (field.id === "site" && isPlace(header)) return null;
  // a column whose values speak against the field ("Received" with amounts) is none of its
  if (valueEvidence(field, columnProfile(grid, headerRow, col)) < 0) return null;
  const main = columns.get(field.id);
  if (!main) return null;
  // (p-xfer2) the user mapped the other column: theirs is read, this one said where it differs
  // (p-shipto2) a ship-to party beside the buyer: the buyer is read, this one said, never refusing
  const shipTo = shipToBesideBuyer(field.id, main.header, header);
  const chosen = main.confidence === "remembered" || shipTo ? { chosen: true } : {};
  // (p-units3) a number's heading unit ("Dichte lt. SD (t/m³)"): its values are compared in it
  const unit = field.type === "number" ? headerWords(header).unit : null;
  return { field: field.id, col, header, unit, value: true, ...chosen };
}

/**
 * The refusal of a row when a second column of `main`'s field, at `cell`, holds `text` (its value
 * as shown, or the text it could not read) where the row's `main` column reads `mine` (undefined
 * when blank): invalid-value, reason columns-disagree, at the second column's cell, the row
 * dropped (value-rivals.ts). `missing` (p-units3): the heading of the one of two numbers that names
 * no unit where the other does, so that they could not be compared (rival-magnitudes.ts).
 */
export function valueRefusal(
  sheet: string,
  cell: string,
  main: Column,
  text: string,
  mine: string | string[] | undefined,
  missing?: string,
): Finding {
  const read = mine === undefined || mine === "" ? "blank" : Array.isArray(mine) ? mine.join(", ") : mine;
  return readFinding("invalid-value", "error", sheet, cell, {
    label: main.field.label,
    value: text,
    read: `${read} in "${main.match.header}" (column ${columnLetter(main.col)})`,
    reason: "columns-disagree",
    // (p-units3) the heading of the column whose number names no unit where the other's does
    ...(missing ? { missing } : {}),
    dropped: true,
  });
}

/** mapping-uncertain, reason second-column, at the heading of a value rival that differed on some row. */
export function secondColumnHeading(
  grid: Grid,
  headerRow: number,
  rival: Pick<Rival, "field" | "col" | "header" | "chosen">,
  main: Column | undefined,
): Finding {
  return readFinding("mapping-uncertain", "warning", grid.sheet.name, cellAddress(headerRow + 1, rival.col), {
    label: main?.field.label ?? rival.field,
    value: rival.header,
    read: main ? `"${main.match.header}" (column ${columnLetter(main.col)})` : "",
    // (p-shipto2) the ship-to party beside the buyer read as the customer: its own words
    // (brk21 5) the customer's registered office beside its address: its own words
    reason:
      main && shipToBesideBuyer(rival.field, main.match.header, rival.header)
        ? rival.field === "customerAddress"
          ? "registered-office"
          : "ship-to-party"
        : "second-column",
    // (p-xfer2) the user mapped the column read: this one is not read, and no row was refused
    ...(rival.chosen ? { partial: true } : {}),
  });
}
