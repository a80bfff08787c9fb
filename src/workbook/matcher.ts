// The scoring matcher (design.md "Reading staff's spreadsheets"): every (column, field) pair of a
// candidate header row is scored on its header's words (token sets after normalising, fuzzy for
// spelling variants, German compounds split), the unit in the header, and the values below it;
// words that say "not this field" count against it. Columns are then given to fields in one global
// one-to-one step (the Hungarian method, from the `munkres` package).
import { munkres } from "munkres";
import { oneAddressField, partyAddress } from "./address-headings";
import { buyerFirst } from "./party-headings";
import { answersInsteadOfNaming, columnProfile, type ColumnProfile } from "./column-profile";
import { type FieldSpec, type KindSpec, QUANTITY_FIELDS as QUANTITY_IDS } from "./fields";
import type { Grid } from "./grid";
import { headerWords, splitWords, unreadMeaningOf } from "./header-words";
import { saysGross, unitEvidence } from "./unit-evidence";
import { refusedAs, unrecognisedAs } from "./heading-bars";
import { INPUT_WITH_UNIT, OUTPUT_WITH_UNIT } from "./field-words";
import { twinProduct } from "./production-twins";
import { namesSustainableUnit } from "./part-words";
import { flowOfHeading } from "./side-words";
import { siteEndHits } from "./transfer-words";
import { ghgTermOf } from "./ghg-term-words";
import { WEAK_SCORE, weakHeading } from "./weak-headings";
export { weakHeading } from "./weak-headings";
import { type Synonym, sumWeights, WORDS, vocabulary, fuzzy, known, similarity } from "./header-vocabulary";

/** How sure a column's mapping is: exact and remembered ones apply silently; uncertain ones are listed for the user to confirm. */
export type Confidence = "exact" | "remembered" | "uncertain";

/** A header's best reading as one field of a kind, before the assignment. */
export interface FieldHit {
  /** index into the kind's fields */
  field: number;
  /** 0…1; 1 is an exact synonym */
  score: number;
  exact: boolean;
  /** the synonym is one that says which kind of sheet this is */
  distinctive: boolean;
  /** a rule of the trade rather than a synonym made the match ("mt" alone is a quantity in tonnes) */
  rule?: string;
}

const OUTPUT_WORDS = new Set(OUTPUT_WITH_UNIT.flatMap((w) => headerWords(w).tokens));
const INPUT_WORDS = new Set(INPUT_WITH_UNIT.flatMap((w) => headerWords(w).tokens));
/** Below this a pair is no match at all. */
export const MATCH_THRESHOLD = 0.55;
const QUANTITY_FIELDS = new Set(QUANTITY_IDS);

/** Remembered headers (from MB Config corrections on any sheet): header words -> field id. */
export type Learned = Map<string, string>;

/** The header's text as the key a remembered mapping is stored under. */
export function learnedKey(header: string): string {
  return splitWords(header).join(" ");
}

const lexicalCache = new Map<string, Map<string, FieldHit[]>>();

/** The fields of `spec` a header may be, by its words and unit alone (no values), best first. */
export function lexicalHits(spec: KindSpec, header: string, learned?: Learned): FieldHit[] {
  if (learned && learned.size > 0) {
    const id = learned.get(learnedKey(header));
    const field = id ? spec.fields.findIndex((x) => x.id === id) : -1;
    if (field >= 0 && !refusedAs(id as string, header))
      return [{ field, score: 1, exact: true, distinctive: false, rule: "remembered" }];
  }
  let byKind = lexicalCache.get(header);
  if (!byKind) {
    byKind = new Map();
    if (lexicalCache.size < 20_000) lexicalCache.set(header, byKind);
  }
  let hits = byKind.get(spec.kind);
  if (!hits) {
    // what the heading's own words bar it from (heading-bar-table.ts): "Nicht nachhaltig" is never
    // Sustainable, "Peso bruto (kg)" never the quantity, "Unité GES" never its unit, "Valide du" never Valid until
    const all = [...siteEndHits(spec, header), ...computeHits(spec, header)];
    const kept = all.filter((h) => !unrecognisedAs(spec.fields[h.field]?.id ?? "", header));
    // (p-shipto2) at most one of the three addresses, never another by a near match; the buyer
    // before the ship-to party (address-headings.ts, party-headings.ts)
    hits = buyerFirst(spec, header, partyAddress(spec, header, oneAddressField(spec, kept)));
    byKind.set(spec.kind, hits);
  }
  return hits;
}

function computeHits(spec: KindSpec, header: string): FieldHit[] {
  const v = vocabulary(spec);
  const words = headerWords(header);
  const best = new Map<number, FieldHit>();
  const keep = (hit: FieldHit) => {
    const old = best.get(hit.field);
    if (!old || hit.score > old.score || (hit.score === old.score && hit.distinctive && !old.distinctive))
      best.set(hit.field, hit);
  };
  const { tokens, qualifiers } = known(words);
  if (tokens.length > 0) {
    const headerWeight = sumWeights(tokens);
    const candidates = new Set<Synonym>();
    for (const t of tokens) {
      for (const s of v.byToken.get(t) ?? []) candidates.add(s);
      if (!WORDS.has(t))
        for (const { word } of fuzzy(t)) for (const s of v.byToken.get(word) ?? []) candidates.add(s);
    }
    for (const s of candidates) {
      const { score, exact } = similarity(s, tokens, headerWeight);
      if (score <= 0) continue;
      keep({ field: s.field, score, exact, distinctive: s.distinctive && score >= 0.8 });
    }
  }
  // a header that is only a unit ("mt", "Liter", "kg netto") is a quantity in that unit
  if (words.unitOnly) {
    spec.fields.forEach((field, i) => {
      if (
        QUANTITY_FIELDS.has(field.id) &&
        field.id !== "sustainableInputQuantity" &&
        !/^(in|out)/.test(field.id)
      )
        keep({ field: i, score: 0.95, exact: true, distinctive: false, rule: "unit-only" });
    });
  }
  // (brk19 0a) the material and its unit alone ("ISCC (t)", "Nachhaltig (t)") is a production row's
  // sustainable input, as it is the sustainable part on receipts and deliveries (part-columns.ts)
  const input = spec.fields.findIndex((x) => x.id === "sustainableInputQuantity");
  if (input >= 0 && namesSustainableUnit(header))
    keep({ field: input, score: 0.95, exact: true, distinctive: false, rule: "sustainable-unit" });
  // a side word with nothing but a quantity unit ("Output (t)", "Ausbringung (t)", "Einsatz (t)")
  // is that side's quantity on a production sheet
  if (words.unitClass === "quantity" && tokens.length === 1) {
    const side = OUTPUT_WORDS.has(tokens[0] as string)
      ? "outputQuantity"
      : INPUT_WORDS.has(tokens[0] as string)
        ? "inputQuantity"
        : null;
    const i = side ? spec.fields.findIndex((x) => x.id === side) : -1;
    if (i >= 0) keep({ field: i, score: 0.95, exact: true, distinctive: false, rule: "side-with-unit" });
  }
  // (p-cols) a combined ledger's side word alone, with a unit or a word for quantity ("Carico (t)",
  // "Scarico (t)", "Entradas", "Uit (t)", "Eing (t)", "Zug."): that side's quantity, which says the kind
  const flow = spec.kind === "ledger" ? flowOfHeading(header) : null;
  const at = flow ? spec.fields.findIndex((x) => x.id === `${flow}Quantity`) : -1;
  if (at >= 0) keep({ field: at, score: 1, exact: true, distinctive: true, rule: "side-word" });
  // (brk22) a term of the GHG formula named in words ("Emissioni da coltivazione", "Emisje z
  // transportu", "Emissions totales") is that term, its saving words no bar (ghg-term-words.ts)
  const term = ghgTermOf(header);
  const termAt = term ? spec.fields.findIndex((x) => x.id === `ghg.${term}`) : -1;
  if (termAt >= 0) keep({ field: termAt, score: 1, exact: true, distinctive: false, rule: "ghg-term" });
  const hits: FieldHit[] = [];
  // a criterion ("Land use change (after 2008)", "Landnutzungsänderung") is no GHG value: only a
  // heading that names an emission is el (unreadMeaningOf); the criterion is said unread instead
  const criterion = unreadMeaningOf(header) !== null;
  for (const hit of best.values()) {
    const field = spec.fields[hit.field] as FieldSpec;
    if (criterion && field.id.startsWith("ghg.")) continue;
    let { score, exact } = hit;
    const not = (t: string) => hit.rule !== "ghg-term" && v.not[hit.field]?.has(t);
    if (tokens.some(not) || qualifiers.some(not)) {
      score -= 0.6;
      exact = false;
    }
    // "gross heating value" loses its qualifier like "net weight" does: the gross calorific value
    // field is only a header that says gross (or upper, Brennwert…), never a plain "Heating value"
    if (/^(gross|inputGross)HeatingValue$/.test(field.id) && !saysGross(tokens, qualifiers)) {
      score -= 0.6;
      exact = false;
    }
    const unit = unitEvidence(field, words);
    if (unit < 0) exact = false;
    score = Math.min(1, score + unit);
    if (score >= MATCH_THRESHOLD * 0.5) hits.push({ ...hit, score, exact: exact && score >= 0.95 });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** What the column's sampled values say for (above 0) or against (below 0) a field; 0 when they say nothing. */
export function valueEvidence(field: FieldSpec, p: ColumnProfile): number {
  // a column answered yes or no is a criterion, however few its rows: never a number (an emission),
  // nor a name (brk11: "Zertifikat" ja/nein or x, "SD ausgestellt (ja/nein)"; an "x" or "none" in an
  // SD column is refused at its cell, sd-number.ts; what a yes/no says, unmapped-sustainable.ts)
  if (field.type === "number" && p.yesno >= 0.6) return -0.8;
  if (answersInsteadOfNaming(field, p)) return -0.8;
  // a handful of rows (a new sheet, a footer under one booking) says nothing
  if (p.n < 5) return 0;
  const id = field.id;
  switch (field.type) {
    case "date":
      // "Month" with 2023-08 is a period, not a date
      if (p.period >= 0.5) return -0.8;
      if (p.date >= 0.6) return 0.05;
      return p.date < 0.3 ? -0.5 : 0;
    case "number":
      if (p.number >= 0.6) return 0.05;
      return p.number < 0.3 ? -0.5 : 0;
    case "unit":
      if (p.unit >= 0.6) return 0.05;
      return p.unit < 0.3 ? -0.5 : 0;
    case "direction":
      // "In"/"Out" or "Eingang"/"Ausgang" are words; SAP's movement types (101, 601) are codes
      return p.number + p.date >= 0.6 ? -0.5 : 0;
    case "text":
    case "list":
      if (id === "sdNumber" || id === "linkedSds") return p.certificate >= 0.6 ? -0.4 : 0;
      if (/[cC]ertificate/.test(id)) return p.certificate >= 0.5 ? 0.05 : 0;
      if (id === "countryOfOrigin" || id === "country") return p.country >= 0.6 ? 0.05 : 0;
      if (p.date + p.period >= 0.8) return -0.4;
      return 0;
    default:
      return 0;
  }
}

/** One column's reading as one field, after values and the assignment. */
export interface Assigned {
  col: number;
  field: number;
  score: number;
  exact: boolean;
  distinctive: boolean;
  /** which header text won: the cell's own, or the cell with its group row above */
  header: string;
  rule?: string;
}

export interface HeaderCell {
  col: number;
  /** the cell's own text */
  own: string;
  /** the cell qualified by the group row above ("Supplier Name"), when there is one */
  combined: string;
}

/**
 * Assigns the header cells of one row to the fields of `spec`: one column per field and one
 * field per column, maximising the total score (Hungarian method). Pairs below the threshold
 * are no match. The values under row `headerRow` are sampled for evidence unless `values` is false.
 */
export function assign(
  spec: KindSpec,
  cells: HeaderCell[],
  grid: Grid,
  headerRow: number,
  learned?: Learned,
  /** false: the header's words and unit alone (a first, cheap pass over candidate rows) */
  values = true,
): Assigned[] {
  type Pair = Assigned;
  const pairs: Pair[] = [];
  const heads = cells.map((c) => c.own);
  for (const cell of cells) {
    const byField = new Map<number, Pair>();
    // (p-prod2) "Einsatz" beside "Einsatz (t)": the side's product, by the headings alone
    const twin = twinProduct(spec, cell.own, heads);
    if (twin >= 0) {
      const hit = { field: twin, score: 1, exact: true, distinctive: false, rule: "side-twin" };
      pairs.push({ col: cell.col, header: cell.own, ...hit, score: 1 - cell.col * 1e-6 });
      continue;
    }
    for (const text of cell.combined ? [cell.combined, cell.own] : [cell.own]) {
      for (const hit of lexicalHits(spec, text, learned)) {
        const old = byField.get(hit.field);
        if (old && old.score >= hit.score) continue;
        byField.set(hit.field, { col: cell.col, header: text, ...hit });
      }
    }
    for (const pair of byField.values()) {
      if (values && pair.rule !== "remembered") {
        const field = spec.fields[pair.field] as FieldSpec;
        const ev = valueEvidence(field, columnProfile(grid, headerRow, cell.col));
        // a heading that names a date field exactly ("Date", "Datum") wins over its values: the
        // column stays the field (uncertain, so the user is asked), and its cells that are no
        // day ("2025", "Q1 2025", "tbd") are refused at each, not the whole sheet at its header.
        // Other fields' values still win: SAP's "Movement Type" holds codes, not a direction.
        const named = pair.exact && pair.score >= 1 && field.type === "date";
        if (ev < 0) pair.exact = false;
        pair.score = Math.min(1, pair.score + ev);
        if (named) pair.score = Math.max(pair.score, MATCH_THRESHOLD + 1e-3);
      }
      // (brk27 N1) "Beschreibung" is the product only where no other column names it
      if (weakHeading(pair.header, spec.fields[pair.field]?.id ?? ""))
        pair.score = Math.min(pair.score, WEAK_SCORE);
      // the leftmost of equal columns wins
      pair.score -= cell.col * 1e-6;
      if (pair.score >= MATCH_THRESHOLD) pairs.push(pair);
    }
  }
  if (pairs.length === 0) return [];
  const cols = [...new Set(pairs.map((p) => p.col))];
  const fields = [...new Set(pairs.map((p) => p.field))];
  const at = new Map(pairs.map((p) => [`${p.col}:${p.field}`, p]));
  const cost = cols.map((c) => fields.map((f) => 1 - (at.get(`${c}:${f}`)?.score ?? 0)));
  const out: Assigned[] = [];
  for (const [y, x] of munkres(cost)) {
    const p = at.get(`${cols[y]}:${fields[x]}`);
    if (p) out.push(p);
  }
  return out.sort((a, b) => a.col - b.col);
}
