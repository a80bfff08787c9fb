// (brk12 #2) A heading that names sustainable material and a unit but no part word: "Nachhaltig
// (t)", "ISCC (t)", "Sustainable (t)", "Certified (t)", "durable (t)", "Bio (t)", "nachhaltig: ja
// (t)", "zertifiziert [t]", "sostenibile (t)", "duurzaam (t)", "sostenible (t)". Beside the
// quantity it holds the row's sustainable part in that unit (or a share, "(%)"). Such a column was
// left unread where the matcher did not know it ("ISCC (t)", "Bio (t)": a receipt of 100 t credited
// whole where it says 60) or where a yes/no column had the Sustainable field already ("Nachhaltig"
// ja beside "Nachhaltig (t)" 50: 80 t declared). Here it is read as the sustainable part where that
// field is free, else as Sustainable, and the two are read together (engine/intake/stated-part.ts:
// a row where they disagree is refused). Where both are taken it is said at its heading and the
// sheet's rows held (unplacedParts). The unit decides: "Nachhaltig" alone over ja/nein is the yes/no
// field, "ISCC" alone is held until the user maps it (scheme-headings.ts). Pure: headings only.
import { words } from "../engine/normalise";
import { parseQuantityUnit } from "../engine/units";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type KindSpec } from "./fields";
import type { Grid } from "./grid";
import { headerWords } from "./header-words";
import { type HeaderCell, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { PART_MEANINGS, SHARED_MEANINGS } from "./part-words";
import { readFinding } from "./read-findings";
import { type ColumnMatch, type Recognition } from "./recognition";
import type { ColumnMapping } from "./types";
import { unmappedSustainable } from "./unmapped-sustainable";

/** The fields a row's sustainable part is read into, the part column first. */
const FIELDS = ["sustainablePart", "sustainable"] as const;
/** The quantity columns a part stands beside: a receipt's or delivery's, a ledger's two sides. */
const QUANTITIES = ["quantity", "inQuantity", "outQuantity"];

/** The words that say which material (every language's part meanings, ISCC, bio). */
const MEANINGS = new Set([...Object.values(PART_MEANINGS).flat(), ...SHARED_MEANINGS]);
/**
 * Words a heading may add without changing what it names: the yes of a marker ("nachhaltig: ja
 * (t)"; de, en, fr, es, it, nl) and nouns of the material itself ("ISCC-Ware (t)", "Certified
 * material (t)", "Matière durable (t)", "Materiale sostenibile (t)", "Duurzaam materiaal (t)").
 */
const ALSO = new Set([
  ...["ja", "yes", "oui", "si", "sim"],
  ...["ware", "material", "materiale", "materiaal", "matiere", "goods"],
  ...["eu", "plus"], // "ISCC EU (t)", "ISCC PLUS (t)"
  ...["in", "en"], // the unit's preposition: "Nachhaltig in t", "Durable en t"
]);

/**
 * Whether a heading names sustainable material and a unit of a quantity or "%", nothing else: its
 * words, the unit set aside, are meanings (at least one) or the words of ALSO. A negation ("nicht
 * nachhaltig (t)", "non durable (t)"), a part word ("davon", "Anteil": part-words.ts) or another
 * field's word ("Nachhaltig Datum") is none of them, so such a heading is not this one.
 */
export function namesSustainableUnit(heading: string): boolean {
  const hw = headerWords(heading);
  if (hw.unitClass !== "quantity" && hw.unitClass !== "percent") return false;
  // the unit's own words set aside ("t", "MT", "m3"), in brackets or not
  const named = words(heading.replace(/[([{][^)\]}]*[)\]}]/g, " ")).filter((w) => !parseQuantityUnit(w));
  return named.some((w) => MEANINGS.has(w)) && named.every((w) => MEANINGS.has(w) || ALSO.has(w));
}

/** The unmapped header cells, in the sheet's order, whose heading names sustainable material and its unit. */
function unitHeadings(headers: readonly HeaderCell[], columns: Map<string, ColumnMatch>): HeaderCell[] {
  const used = new Set([...columns.values()].map((m) => m.col));
  return headers.filter((h) => !used.has(h.col) && namesSustainableUnit(h.own));
}

/** Whether a heading is best read as the sustainable part ("ISCC-Menge (t)", "davon nachhaltig (t)": part-words.ts). */
function namesPart(spec: KindSpec, heading: string): boolean {
  const best = lexicalHits(spec, heading)[0];
  return !!best && spec.fields[best.field]?.id === FIELDS[0] && best.score >= MATCH_THRESHOLD;
}

/**
 * Maps, in `columns`, each unmapped column of `headers` (the header row's cells) whose heading
 * names sustainable material and its unit (namesSustainableUnit) as the sheet's sustainable part
 * (`sustainablePart`, else `sustainable`), where the sheet's kind has that field, a quantity column
 * is mapped, and the field is free and not one the user mapped (`userFields`). Uncertain, with a
 * note saying why. Returns the fields it mapped.
 */
export function unitParts(
  spec: KindSpec,
  headers: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  userFields: ReadonlySet<string> = new Set(),
): string[] {
  if (!QUANTITIES.some((q) => columns.has(q))) return [];
  const out: string[] = [];
  for (const { col, own: header } of unitHeadings(headers, columns)) {
    const field = FIELDS.find(
      (f) => spec.fields.some((x) => x.id === f) && !columns.has(f) && !userFields.has(f),
    );
    if (!field) break;
    columns.set(field, {
      col,
      header,
      unit: headerWords(header).unit,
      confidence: "uncertain",
      note: `a quantity of sustainable material beside the quantity: read as the sustainable part of each row`,
    });
    out.push(field);
  }
  return out;
}

/**
 * The columns unitParts could not place, each said at its heading (mapping-uncertain
 * `part-unplaced`): a heading that names sustainable material and its unit, unmapped on a sheet
 * whose sustainable part is read from other columns already. What it says of each row is unknown,
 * never dropped: the sheet's deliveries are not declared, the balances its receipts feed are
 * incomplete (the caller holds them, as for unmappedSustainable). Empty where a user's correction
 * unmapped the column's field, or the sheet has no sustainable part.
 */
export function unplacedParts(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[] = [],
): Finding[] {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null || !FIELDS.every((f) => spec.fields.some((x) => x.id === f))) return [];
  if (!QUANTITIES.some((q) => rec.columns.has(q))) return [];
  const ours = (m: ColumnMapping) => m.sheet === grid.sheet.name && m.column === "";
  if (corrections.some((m) => ours(m) && (FIELDS as readonly string[]).includes(m.field))) return [];
  const width = (grid.sheet.values[header] ?? []).length;
  const headers: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const own = grid.headerText(header, c);
    headers.push({ col: c, own, combined: own });
  }
  const read = FIELDS.flatMap((f) => rec.columns.get(f) ?? [])
    .sort((a, b) => a.col - b.col)
    .map((m) => `"${m.header}"`);
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  // a third part column ("ISCC-Menge (t)" beside "Nachhaltig" and "davon nachhaltig (t)") too
  const third = headers.filter((h) => !used.has(h.col) && h.own !== "" && namesPart(spec, h.own));
  const unplaced = [...unitHeadings(headers, rec.columns), ...third].sort((a, b) => a.col - b.col);
  return unplaced.map((h) =>
    readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, h.col), {
      label: spec.fields.find((f) => f.id === FIELDS[0])?.label ?? FIELDS[0],
      value: h.own,
      read: firstValue(grid, header, h.col),
      missing: read.join(" and "),
      reason: "part-unplaced",
      consequence: rec.kind === "receipts" ? "receipts-held" : "deliveries-not-declared",
    }),
  );
}

/** The first value under a heading, as typed ("" where the column is blank). */
function firstValue(grid: Grid, header: number, col: number): string {
  for (let r = header + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, col);
    if (v !== null && v !== undefined && String(v).trim() !== "") return String(v).trim();
  }
  return "";
}

/**
 * The columns that leave a row's sustainable part unknown, each an error at its heading: an
 * unmapped yes/no column (unmappedSustainable; `said`: headings said already) and a part column
 * that could not be placed (unplacedParts). The caller holds the sheet's rows for each.
 */
export function heldParts(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[],
  said: ReadonlySet<string>,
): Finding[] {
  return [...unmappedSustainable(grid, rec, corrections, said), ...unplacedParts(grid, rec, corrections)];
}
