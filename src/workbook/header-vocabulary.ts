// The words of every kind's field synonyms, built once for all kinds: each synonym's tokens and
// weights, and the look-ups that find a header's word among them despite a spelling variant
// (fuzzy) or a German compound (split into known words).
import { distance } from "fastest-levenshtein";
import { KINDS, type KindSpec } from "./fields";
import { QUALIFIERS } from "./header-word-lists";
import { headerWords, type HeaderWords, splitWords } from "./header-words";

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

export interface Synonym {
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

export const sumWeights = (tokens: readonly string[]): number => tokens.reduce((s, t) => s + weightOf(t), 0);

/** Every word of the vocabulary, by first letter, for fuzzy look-ups and splitting compounds. */
export const WORDS = new Set<string>();

const BY_LETTER = new Map<string, string[]>();

const vocabularies = new Map<string, KindVocabulary>();

// Built for every kind at once, so fuzzy look-ups and compounds see the whole vocabulary.
export function vocabulary(spec: KindSpec): KindVocabulary {
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
export function fuzzy(token: string): { word: string; sim: number }[] {
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
export function known(words: HeaderWords): { tokens: string[]; qualifiers: readonly string[] } {
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

export function similarity(
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
