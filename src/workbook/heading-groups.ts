// (p-twoband) A heading of two rows whose upper row groups the lower by the document it is from:
// "Rechnung" over "Nr. | Datum", "Lieferung" over "Datum | Menge (t)", merged over its columns or
// written in the first of them with blanks to its right. The two "Datum" were read as one field
// twice: the invoice's date taken as the row's date, and the delivery's refused as a second date
// "to make agree" on every row where they differ (invoices are dated after the goods arrive). The
// date of a mass balance is the day the material moved (domain.md: receipt and delivery date), so
// the date under the delivery's or receipt's word is the row's date and the one under the
// invoice's is the invoice's own, no field of the sheet. Only where the group words are known and
// each group has one bare date under it; anything else is read as before (a second date a rival).
import { type Grid, isBlank } from "./grid";
import { fold } from "./normalise";

/** What a group word says a column's values are of: the invoice, or the movement of the goods. */
type Group = "invoice" | "movement";

/** Group words, accent-folded, as the whole cell: de, en, fr, es, it, nl, pl. */
const GROUPS: ReadonlyMap<string, Group> = new Map([
  ...words("invoice", "rechnung|invoice|facture|factura|fattura|factuur|faktura"),
  ...words(
    "movement",
    "lieferung|delivery|livraison|entrega|consegna|levering|dostawa|lieferschein|delivery note|bon de livraison|" +
      "wareneingang|eingang|goods receipt|receipt|goods received|reception|recepcion|ricevimento|ricezione|" +
      "ontvangst|goederenontvangst|przyjecie|przyjecie towaru",
  ),
]);

/** A sub-heading that is a date and nothing more: "Datum", "Date", "Fecha", "Data". */
const DATE = new Set(["datum", "date", "fecha", "data", "dato"]);

function words(group: Group, list: string): [string, Group][] {
  return list.split("|").map((w) => [w, group]);
}

/** A cell's words as a key: accent-folded, lower case, no punctuation ("Lieferung:" is "lieferung"). */
const key = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The group word over column `c` of header row `r`: the group row's cell above it (merged over
 * it, or written there), or where that is blank and not merged the nearest filled cell to its left
 * in the group row, with only blanks between; null where it is no known group word.
 */
function groupOver(grid: Grid, r: number, c: number): Group | null {
  let at = c;
  while (at > 0 && grid.headerText(r - 1, at) === "" && isBlank(grid.value(r - 1, at))) at--;
  return GROUPS.get(key(grid.headerText(r - 1, at))) ?? null;
}

/**
 * The columns of header row `r` that hold the invoice's date in a heading grouped by document
 * (the date under "Rechnung", "Invoice", "Facture"… where another group, "Lieferung", "Delivery",
 * "Wareneingang"…, has the one date of the movement): no field of the sheet, neither the row's date
 * nor a second column of it. Empty where the row has no such grouping.
 */
export function invoiceDates(grid: Grid, r: number, width: number): Set<number> {
  const out = new Set<number>();
  if (r < 1) return out;
  let movement = 0;
  for (let c = 0; c < width; c++) {
    if (!DATE.has(key(grid.headerText(r, c)))) continue;
    const group = groupOver(grid, r, c);
    if (group === "invoice") out.add(c);
    if (group === "movement") movement++;
  }
  return movement === 1 ? out : new Set();
}
