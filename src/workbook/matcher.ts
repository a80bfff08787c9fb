// The scoring matcher (design.md "Reading staff's spreadsheets"): every (column, field) pair of a
// candidate header row is scored on its header's words (token sets after normalising, fuzzy for
// spelling variants, German compounds split), the unit in the header, and the values below it;
// words that say "not this field" count against it. Columns are then given to fields in one global
// one-to-one step (the Hungarian method, from the `munkres` package).
import { distance } from "fastest-levenshtein";
import { munkres } from "munkres";
import { columnProfile, type ColumnProfile } from "./column-profile";
import { type FieldSpec, KINDS, type KindSpec, PART_FIELDS, QUANTITY_FIELDS as QUANTITY_IDS } from "./fields";
import type { Grid } from "./grid";
import { headerWords, QUALIFIERS, type HeaderWords, splitWords } from "./header-words";

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

/** Below this a pair is no match at all. */
export const MATCH_THRESHOLD = 0.55;
/** Words that say little on their own: "no", "name", "type" weigh less than "supplier". */
const LIGHT = new Set([
  "no",
  "name",
  "type",
  "code",
  "id",
  "description",
  "value",
  "info",
  "art",
  "of",
  "sd",
]);
const QUANTITY_FIELDS = new Set(QUANTITY_IDS);
const PART_IDS = new Set(PART_FIELDS);

interface Synonym {
  field: number;
  tokens: string[];
  distinctive: boolean;
  weight: number;
}

interface KindVocabulary {
  spec: KindSpec;
  byToken: Map<string, Synonym[]>;
  not: Set<string>[];
}

const weightOf = (t: string): number => (LIGHT.has(t) && t !== "sd" ? 0.35 : 1);
const sumWeights = (tokens: readonly string[]): number => tokens.reduce((s, t) => s + weightOf(t), 0);

/** Every word of the vocabulary, by first letter, for fuzzy look-ups and splitting compounds. */
const WORDS = new Set<string>();
const BY_LETTER = new Map<string, string[]>();
const vocabularies = new Map<string, KindVocabulary>();

// Built for every kind at once, so fuzzy look-ups and compounds see the whole vocabulary.
function vocabulary(spec: KindSpec): KindVocabulary {
  if (vocabularies.size === 0) for (const k of KINDS) build(k);
  return vocabularies.get(spec.kind) ?? build(spec);
}

function build(spec: KindSpec): KindVocabulary {
  const byToken = new Map<string, Synonym[]>();
  spec.fields.forEach((field, i) => {
    const seen = new Set<string>();
    for (const raw of field.synonyms) {
      const distinctive = raw.startsWith("!");
      const tokens = headerWords(distinctive ? raw.slice(1) : raw).tokens;
      if (tokens.length === 0) continue;
      const key = tokens.join(" ");
      if (seen.has(key + distinctive)) continue;
      seen.add(key + distinctive);
      const s: Synonym = { field: i, tokens, distinctive, weight: sumWeights(tokens) };
      for (const t of new Set(tokens)) {
        WORDS.add(t);
        const list = byToken.get(t);
        if (list) list.push(s);
        else byToken.set(t, [s]);
      }
    }
  });
  const not = spec.fields.map((field) => new Set((field.not ?? []).flatMap((w) => splitWords(w))));
  BY_LETTER.clear();
  for (const w of WORDS) {
    const letter = w[0] as string;
    const list = BY_LETTER.get(letter);
    if (list) list.push(w);
    else BY_LETTER.set(letter, [w]);
  }
  const v = { spec, byToken, not };
  vocabularies.set(spec.kind, v);
  return v;
}

const fuzzyCache = new Map<string, { word: string; sim: number }[]>();

/** Vocabulary words a header word may be a spelling variant of ("Quantitiy", "Lieferannt"). */
function fuzzy(token: string): { word: string; sim: number }[] {
  let hits = fuzzyCache.get(token);
  if (hits) return hits;
  hits = [];
  if (token.length >= 5 && !/\d/.test(token)) {
    for (const word of BY_LETTER.get(token[0] as string) ?? []) {
      if (Math.abs(word.length - token.length) > 2 || word.length < 5) continue;
      let d = distance(token, word);
      // two letters swapped ("Prodcut") is one slip of the finger, not two
      if (d === 2 && swapped(token, word)) d = 1;
      const sim = 1 - d / Math.max(word.length, token.length);
      if (sim >= 0.8) hits.push({ word, sim });
    }
  }
  if (fuzzyCache.size < 50_000) fuzzyCache.set(token, hits);
  return hits;
}

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff as [number, number];
  return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

const compoundCache = new Map<string, string[] | null>();

/** A German compound of two vocabulary words ("Nettoliefermenge" is not; "Eingangsmenge" is). */
function splitCompound(token: string): string[] | null {
  if (compoundCache.has(token)) return compoundCache.get(token) as string[] | null;
  let parts: string[] | null = null;
  if (token.length >= 7 && !/\d/.test(token)) {
    for (let i = token.length - 3; i >= 3 && !parts; i--) {
      const head = token.slice(0, i);
      const tail = token.slice(i);
      if (!WORDS.has(tail)) continue;
      const known = (h: string) => WORDS.has(h) || QUALIFIERS.has(h);
      if (known(head)) parts = [head, tail];
      else if (head.endsWith("s") && known(head.slice(0, -1))) parts = [head.slice(0, -1), tail];
      else if (known(head + "e")) parts = [head + "e", tail];
    }
  }
  if (compoundCache.size < 50_000) compoundCache.set(token, parts);
  return parts;
}

/**
 * The header's words as the vocabulary knows them: compounds split, qualifiers set aside with
 * the header's own ("Bruttogewicht" is a gross weight, as "Gewicht brutto" is).
 */
function known(words: HeaderWords): { tokens: string[]; qualifiers: readonly string[] } {
  const out: string[] = [];
  let qualifiers: readonly string[] = words.qualifiers;
  for (const t of words.tokens) {
    if (WORDS.has(t)) out.push(t);
    else {
      const parts = splitCompound(t);
      if (parts) {
        out.push(...parts.filter((p) => !QUALIFIERS.has(p)));
        const q = parts.filter((p) => QUALIFIERS.has(p));
        if (q.length) qualifiers = [...qualifiers, ...q];
      } else out.push(t);
    }
  }
  return { tokens: out.filter((t, i) => out.indexOf(t) === i), qualifiers };
}

function similarity(
  synonym: Synonym,
  header: string[],
  headerWeight: number,
): { score: number; exact: boolean } {
  const used = new Set<number>();
  let matched = 0;
  let allExact = true;
  for (const s of synonym.tokens) {
    let best = 0;
    let at = -1;
    for (let i = 0; i < header.length; i++) {
      if (used.has(i)) continue;
      const h = header[i] as string;
      const sim = h === s ? 1 : WORDS.has(h) ? 0 : (fuzzy(h).find((x) => x.word === s)?.sim ?? 0);
      if (sim > best) {
        best = sim;
        at = i;
        if (sim === 1) break;
      }
    }
    if (at >= 0) used.add(at);
    if (best < 1) allExact = false;
    matched += best * weightOf(s);
  }
  const exact = allExact && used.size === header.length && synonym.tokens.length === header.length;
  if (exact) return { score: 1, exact };
  // a header that covers only part of a synonym says little ("From" for "received from"); extra
  // words in the header weigh less ("Supplier name as on invoice" is still the supplier)
  const cS = matched / synonym.weight;
  const cH = matched / headerWeight;
  return { score: 0.9 * cS * (0.5 + 0.5 * cH), exact: false };
}

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
    if (field >= 0) return [{ field, score: 1, exact: true, distinctive: false, rule: "remembered" }];
  }
  let byKind = lexicalCache.get(header);
  if (!byKind) {
    byKind = new Map();
    if (lexicalCache.size < 20_000) lexicalCache.set(header, byKind);
  }
  let hits = byKind.get(spec.kind);
  if (!hits) {
    hits = computeHits(spec, header);
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
  const hits: FieldHit[] = [];
  for (const hit of best.values()) {
    const field = spec.fields[hit.field] as FieldSpec;
    let { score, exact } = hit;
    if (tokens.some((t) => v.not[hit.field]?.has(t)) || qualifiers.some((q) => v.not[hit.field]?.has(q))) {
      score -= 0.6;
      exact = false;
    }
    // "gross heating value" loses its qualifier like "net weight" does: the gross calorific value
    // field is only a header that says gross (or upper, Brennwert…), never a plain "Heating value"
    if (field.id === "grossHeatingValue" && !saysGross(tokens, qualifiers)) {
      score -= 0.6;
      exact = false;
    }
    const unit = unitEvidence(field, words);
    if (unit < 0) exact = false;
    if (QUANTITY_FIELDS.has(field.id) && qualifiers.some((q) => q === "gross" || q === "brutto")) {
      score -= 0.08;
      exact = false;
    }
    score = Math.min(1, score + unit);
    if (score >= MATCH_THRESHOLD * 0.5) hits.push({ ...hit, score, exact: exact && score >= 0.95 });
  }
  return hits.sort((a, b) => b.score - a.score);
}

const GROSS_WORDS = new Set([
  "gross",
  "brutto",
  "higher",
  "upper",
  "oberer",
  "brennwert",
  "hhv",
  "gcv",
  "ho",
  "hs",
  "superieur",
  "pcs",
]);
/** Whether a header names the gross (upper) calorific value rather than the heating value. */
function saysGross(tokens: readonly string[], qualifiers: readonly string[]): boolean {
  return tokens.some((t) => GROSS_WORDS.has(t)) || qualifiers.some((q) => GROSS_WORDS.has(q));
}

/** What the header's unit says for or against a field. */
function unitEvidence(field: FieldSpec, words: HeaderWords): number {
  const cls = words.unitClass;
  if (!cls) return 0;
  const id = field.id;
  // a sustainable part is a quantity ("davon nachhaltig (t)") or a share ("Nachhaltiger Anteil (%)")
  if (PART_IDS.has(id)) return cls === "quantity" || cls === "percent" ? 0.05 : -0.5;
  if (QUANTITY_FIELDS.has(id)) return cls === "quantity" ? 0.05 : -0.7;
  if (id.startsWith("ghg.") && id !== "ghg.unit" && id !== "ghg.method") return cls === "ghg" ? 0.1 : -0.7;
  if (id === "density" || id === "inputDensity")
    return cls === "density" ? 0.15 : cls === "quantity" ? 0 : -0.7;
  // a heating value is per mass or volume: "Energy content (MJ)" is the energy of the lot
  if (id === "heatingValue" || id === "inputHeatingValue") return cls === "heating" ? 0.15 : -0.7;
  if (id === "factor") return cls === "percent" ? 0 : -0.5;
  if (field.type === "date" || field.type === "text" || field.type === "unit" || field.type === "list")
    return cls === "quantity" || cls === "ghg" || cls === "density" || cls === "heating" || cls === "currency"
      ? -0.5
      : 0;
  return cls === "currency" ? -0.5 : 0;
}

/** What the column's sampled values say for or against a field; `null` when they say nothing. */
export function valueEvidence(field: FieldSpec, p: ColumnProfile): number {
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
  for (const cell of cells) {
    const byField = new Map<number, Pair>();
    for (const text of cell.combined ? [cell.combined, cell.own] : [cell.own]) {
      for (const hit of lexicalHits(spec, text, learned)) {
        const old = byField.get(hit.field);
        if (old && old.score >= hit.score) continue;
        byField.set(hit.field, { col: cell.col, header: text, ...hit });
      }
    }
    for (const pair of byField.values()) {
      if (values && pair.rule !== "remembered") {
        const ev = valueEvidence(
          spec.fields[pair.field] as FieldSpec,
          columnProfile(grid, headerRow, cell.col),
        );
        if (ev < 0) pair.exact = false;
        pair.score = Math.min(1, pair.score + ev);
      }
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
