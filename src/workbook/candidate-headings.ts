// The headings a user has that could hold a field recognition found no column for: the unmapped
// columns of the header row whose values do not speak against the field (a column of dates is no
// Quantity). A finding that asks the user to map the field names these, in their own words, rather
// than only the add-in's word for it (header-not-found, read.ts).
import { columnProfile } from "./column-profile";
import { PART_FIELDS, QUANTITY_FIELDS } from "./fields";
import { headerWords } from "./header-words";
import type { Grid } from "./grid";
import { barredFrom } from "./heading-bars";
import { documentHeadings } from "./heading-groups";
import { valueEvidence } from "./matcher";
import { namesSustainableUnit } from "./part-words";
import type { Recognition } from "./recognition";
import { abbreviatedSide } from "./side-words";

/** At most this many headings are named: a wide sheet's every column is no help. */
const MOST = 5;

/**
 * The headings of the unmapped columns of `rec`'s header row that could hold field `id`, each
 * quoted, in the sheet's order (at most five); "" when there is no header row or none fits.
 */
export function candidateHeadings(grid: Grid, rec: Recognition, id: string): string {
  const spec = rec.spec;
  const row = rec.headerRow;
  const field = spec?.fields.find((f) => f.id === id);
  if (!field || row === null) return "";
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const width = grid.width(row, row + 1);
  const found: string[] = [];
  for (let c = 0; c < width && found.length < MOST; c++) {
    const heading = grid.headerText(row, c);
    if (!heading || mapped.has(c)) continue;
    // "Valide au" is never offered as Valid from, "Peso bruto" never as the Quantity (p-gross)
    if (barredFrom(id, heading) !== null) continue;
    if (valueEvidence(field, columnProfile(grid, row, c)) < 0) continue;
    found.push(`"${heading}"`);
  }
  return found.join(", ");
}

/**
 * p-gross: the headings of `rec`'s header row that name another quantity than field `id`'s (a
 * gross or tare weight, an ordered, planned or invoiced quantity: heading-bars.ts), each quoted,
 * in the sheet's order, as `others`; else (reason part-only) the headings mapped as the sustainable
 * part of a quantity ("Nachhaltige Menge (t)") where `id` is a quantity field; else (reason
 * cut-side, p-xfer2) a ledger's or transfers' headings cut short to a side's word of either meaning
 * ("Ent. (t)", "Sal. (t)", "Sort. (t)"); {} where none is. First of all (p-groups) the headings
 * under an invoice's or order's group word: its quantity among `others`, its date (reason
 * document-date), which is never the day the goods moved (heading-groups.ts).
 * header-not-found names them.
 */
export function otherQuantityHeadings(
  grid: Grid,
  rec: Recognition,
  id: string,
): { others?: string; reason?: "part-only" | "cut-side" | "document-date" } {
  const row = rec.headerRow;
  if (row === null) return {};
  const documents = documentHeadings(grid, row, id);
  if (documents)
    return id === "date" ? { others: documents, reason: "document-date" } : { others: documents };
  const found: string[] = [];
  for (let c = 0; c < grid.width(row, row + 1) && found.length < MOST; c++) {
    const heading = grid.headerText(row, c);
    if (heading && barredFrom(id, heading) === "other-quantity") found.push(`"${heading}"`);
  }
  if (found.length > 0) return { others: found.join(", ") };
  // (p-xfer2) "Ent. (t)", "Sal. (t)", "Sort. (t)": a side cut to a word of either meaning, named
  const cut = cutSides(grid, rec, row);
  if (cut) return { others: cut, reason: "cut-side" };
  // (p-cols) "Nachhaltige Menge (t)", "ISCC-Menge (t)" read as the sustainable part of a quantity
  // the sheet has no column for: named, with how to map it, rather than "no Quantity column" alone.
  // (p-noise) So is "Nachhaltig (t)", "Sustainable (t)", "Durable (t)" alone: the yes/no field's
  // column, but its unit makes it a sustainable quantity (part-words.ts namesSustainableUnit)
  const parts = QUANTITY_FIELDS.includes(id)
    ? [...rec.columns.entries()]
        .filter(([f, m]) => PARTS.has(f) || (f === "sustainable" && namesSustainableUnit(m.header)))
        .filter(([, m]) => !SHARE_UNITS.has(headerWords(m.header).unitClass ?? ""))
        .map(([, m]) => `"${m.header}"`)
    : [];
  return parts.length > 0 ? { others: parts.join(", "), reason: "part-only" } : {};
}

/** The part fields a quantity heading may be read as: a quantity or a share, not yes or no. */
const PARTS = new Set(PART_FIELDS.filter((f) => f !== "sustainable"));
/** Units that say a share of the quantity ("(%)", "(t/t)"), which no quantity is. */
const SHARE_UNITS = new Set(["percent", "ratio"]);

/**
 * The unmapped headings of a ledger's or transfers' header row cut short to a word of either
 * meaning ("Ent. (t)": Entrada, Entrée or Entnahme; "Sal. (t)": Salida or Saldo; "Sort. (t)":
 * Sortie or Sorte; side-words.ts abbreviatedSide), each quoted; null where none is.
 */
function cutSides(grid: Grid, rec: Recognition, row: number): string | null {
  if (rec.kind !== "ledger" && rec.kind !== "transfers") return null;
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const cut: string[] = [];
  for (let c = 0; c < grid.width(row, row + 1) && cut.length < MOST; c++) {
    const heading = grid.headerText(row, c);
    if (!used.has(c) && abbreviatedSide(heading)?.side === "unclear") cut.push(`"${heading}"`);
  }
  return cut.length > 0 ? cut.join(", ") : null;
}
