// The one table of how a keeper says that a row's proof of sustainability (SD, PoS, PoC,
// Nachweis, DD, PdD, PdS, certificate…) is missing, still to come or awaited, or that the row goes
// without one, in de, en, fr, es, it and nl: "SD fehlt noch", "Nachweis kommt noch", "SD noch
// nicht da", "PoS not yet received", "awaiting PoS", "DD en attente", "pendiente de PoS",
// "certificato mancante", "nog geen SD", "ohne SD", "SD: nein", "PoS n/a". Every reading asks it,
// so that the same words mean the same wherever they are written: a colour legend's meaning
// (colour-words.ts meaningOf), a Status cell (status-read.ts statusOf, "proof-missing") and a
// remark cell (remark-denials.ts remarkDenial). A receipt so marked gives no credit until its proof
// has come (domain.md §2); on a delivery "SD folgt" is the declaration the add-in is to issue, but
// "ohne SD", "SD: nein", "SD nicht ausstellen" say the delivery goes without one (proofSaid
// "without"; row-state.ts and remark-denials.ts decide by the side and the row's Sustainable cell).
//
// Read by words, clause by clause (a text is cut at "," ";" "|", a line break and a full stop
// before a capital): a clause says missing when it names a proof and a word of missing ("SD
// fehlt", "fehlt: SD", "manca il certificato"), or a word of absence right before a proof ("ohne
// SD", "geen SD", "sans la DD"), or a word of having come denied ("nicht erhalten", "not
// received", "pas reçu", "no recibido", "non ricevuto", "niet ontvangen"), or a proof labelled
// with a value of none, not applicable or not known ("SD: nein", "PoS: none", "PoS n/a", "SD: -",
// "Nachweis: keiner", "PoS = N", "PoS: n.v.t.", "SD: k.A.", "SD erhalten: nein"). A word of missing
// in a clause of its own governs a proof only when that clause names nothing else ("SD, fehlt
// noch"): "SD erhalten, Rechnung fehlt" says the invoice is missing, not the SD. Filler words
// ("noch", "yet", "still", "encore", "todavía", "ancora", "nog", "bisher"…), articles and
// auxiliaries ("ist", "has been", "est") are dropped first, so "steht noch aus", "has not yet been
// received" and "n'est pas encore reçu" read as "steht aus", "not received", "pas reçu". A word of
// missing denied ("nicht fehlend", "not missing", "no longer pending", "SD fehlt nicht (mehr)")
// says the proof is there: it is no missing. Words of a proof that has come ("SD liegt vor", "PoS
// received", "mit SD") are none of these. Pure.
import {
  TIME,
  DROPPED,
  MISSING,
  OPEN,
  CAME,
  ISSUE,
  NOT,
  WITHOUT,
  NONE,
  NOT_APPLICABLE,
  UNKNOWN,
  NUMBER_LABEL,
  SEPARATOR,
  TRAILING,
  LINK,
  HERE,
  JOIN,
  OTHER_DOCUMENT,
  isProofName,
  wordSet,
} from "./proof-words";
import { CAME_MORE, proofStates } from "./proof-states";
import { remarkTokens as tokens } from "./remark-scope";
import { withoutFormer } from "./proof-former";

const DROP = new Set(DROPPED);
const TIMES = wordSet(TIME);

/** Text as tokens, the dropped words left out. */
const words = (text: string) => tokens(text).filter((t) => !DROP.has(t));

/** A list of phrases as word lists, longest first (read by the same words() as the text). */
const phrases = (lines: string[]) =>
  lines
    .flatMap((l) => l.split("|"))
    .map(words)
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);

const MISSING_PHRASES = phrases(MISSING);
const CAME_PHRASES = phrases([...CAME, ...CAME_MORE]);
const ISSUE_PHRASES = phrases(ISSUE);
const NOT_APPLICABLE_PHRASES = phrases(NOT_APPLICABLE);
const HERE_PHRASES = phrases([...CAME, ...HERE]);

const isMark = (t: string | undefined) => t !== undefined && !/^[a-z0-9]+$/.test(t);
// (brk15) proof-states.ts: answers after a question, verbs of later, a proof void or not needed
const STATES = proofStates({
  isProof: isProofName,
  isNot: (t) => NOT.has(t ?? ""),
  isWithout: (t) => WITHOUT.has(t ?? ""),
  phrases,
  spans,
  came: CAME_PHRASES,
});

/** The spans [start, end) of `list`'s phrases in `toks`, none overlapping, longest first. */
function spans(toks: string[], list: string[][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = list.find((p) => p.every((w, k) => toks[i + k] === w));
    if (!hit) continue;
    out.push([i, i + hit.length]);
    i += hit.length - 1;
  }
  return out;
}

/** Whether `toks` is exactly one of `list`'s phrases. */
const isPhrase = (toks: string[], list: string[][]) =>
  list.some((p) => p.length === toks.length && p.every((w, k) => toks[k] === w));

/**
 * What a proof's label followed by a value says ("SD: nein" without, "SD erhalten: nein",
 * "SD: k.A.", "SD: -" missing), or null: the value runs to the clause's end, a bracket after it aside.
 */
function labelled(toks: string[]): ProofSaid | null {
  for (let i = 0; i < toks.length; i++) {
    if (!isProofName(toks[i])) continue;
    let j = i + 1;
    while (NUMBER_LABEL.has(toks[j] ?? "")) j++;
    const came = spans(toks.slice(j), CAME_PHRASES)[0];
    const hasCome = came !== undefined && came[0] === 0;
    if (hasCome) j += came[1];
    const [from, end] = STATES.answer(toks, STATES.label(toks, j, hasCome));
    let value = toks.slice(from, end);
    while (value.length > 1 && TRAILING.has(value[value.length - 1] as string)) value.pop();
    while (value.length > 1 && SEPARATOR.has(value[0] as string)) value = value.slice(1);
    // "SD liegt vor (-)", "SD ja/nein ( )": a bracket holding nothing but a dash (dropped words) is a blank answer
    if (value.length === 0 && toks[from - 1] === "(" && (end >= toks.length || toks[end] === ")"))
      return "missing";
    if (value.length === 0) continue;
    if (value.every((t) => UNKNOWN.has(t))) return "missing";
    const none =
      (value.length === 1 && (NONE.has(value[0] as string) || STATES.none(value[0] as string))) ||
      isPhrase(value, NOT_APPLICABLE_PHRASES);
    if (none) return hasCome ? "missing" : "without";
  }
  return null;
}

/** What one clause's tokens say of a proof (see the file comment); `later`: a filler of time was in it. */
function clauseSaid(toks: string[], later: boolean): ProofSaid | null {
  // (p-remarks4) "ohne SD" without, "nicht ohne SD" nothing, "ohne SD-Nummer" missing (proof-states.ts)
  const absent = STATES.absent(toks);
  if (!absent && !toks.some(isProofName)) return null;
  const state = STATES.said(toks, later);
  if (state) return state === "none" ? null : state;
  const denied = (start: number, end: number) =>
    NOT.has(toks[start - 1] ?? "") ||
    // "SD fehlt nicht", "manque pas": a denial after the word, ending its clause
    (NOT.has(toks[end] ?? "") && (end + 1 >= toks.length || isMark(toks[end + 1])));
  const open = toks.some((t, i) => OPEN.has(t) && (isProofName(toks[i - 1]) || isProofName(toks[i + 1])));
  const value = labelled(toks);
  const missing =
    open ||
    absent === "missing" ||
    value === "missing" ||
    spans(toks, MISSING_PHRASES).some(([s, e]) => !denied(s, e)) ||
    spans(toks, CAME_PHRASES).some(([s]) => NOT.has(toks[s - 1] ?? ""));
  if (missing) return "missing";
  // "SD nicht ausstellen", "do not issue PoS", "ne pas émettre de DD": a denial shortly before
  const unissued = spans(toks, ISSUE_PHRASES).some(([s]) =>
    toks.slice(Math.max(0, s - 3), s).some((t) => NOT.has(t) || WITHOUT.has(t)),
  );
  if (!absent && value !== "without" && !unissued) return null;
  return later ? "missing" : "without";
}

/** Whether a clause holds a word of missing or of having come and, beside it, nothing but denials, links, numbers and marks. */
function onlyMissing(toks: string[]): boolean {
  const taken = new Set<number>();
  for (const [s, e] of [...spans(toks, MISSING_PHRASES), ...spans(toks, CAME_PHRASES), ...STATES.taken(toks)])
    for (let i = s; i < e; i++) taken.add(i);
  return (
    taken.size > 0 &&
    toks.every(
      (t, i) => taken.has(i) || isMark(t) || /^\d+$/.test(t) || NOT.has(t) || LINK.has(t) || STATES.free(t),
    )
  );
}

/** Where a text is cut into clauses: "," ";" "|", a line break, a full stop before a capital. */
const CLAUSE_END = /[,;|\n\r]+|\.\s+(?=\p{Lu})/u;

/** Whether a clause's words say something of their own: a proof's state, or a word of having come or being in order, undenied. */
function states(toks: string[]): boolean {
  if (clauseSaid(toks, false) !== null) return true;
  return spans(toks, [...HERE_PHRASES, ...MISSING_PHRASES]).some(([s]) => !NOT.has(toks[s - 1] ?? ""));
}

/**
 * (p-remarks2) A clause's tokens cut where a word of joining ("und", "and", "et", "y", "en", "e",
 * "-") follows words that say something of their own ("SD erhalten und Rechnung fehlt" → "SD
 * erhalten", "Rechnung fehlt"), not where it starts a phrase ("en attente"). Left whole unless
 * every piece that names a proof says something of it: "SD und Rechnung fehlen", "Rechnung fehlt
 * und SD auch" are one clause, their proof missing.
 */
function pieces(raw: string[]): string[][] {
  const out: string[][] = [];
  let from = 0;
  for (let i = 1; i < raw.length - 1; i++) {
    if (!JOIN.has(raw[i] as string)) continue;
    const rest = [raw[i] as string, ...raw.slice(i + 1).filter((t) => !DROP.has(t))];
    const phrase = spans(rest, [...MISSING_PHRASES, ...HERE_PHRASES])[0];
    if (phrase !== undefined && phrase[0] === 0) continue;
    const before = raw.slice(from, i).filter((t) => !DROP.has(t));
    if (!states(before)) continue;
    out.push(raw.slice(from, i));
    from = i + 1;
  }
  out.push(raw.slice(from));
  const whole = out.every((p) => {
    const toks = p.filter((t) => !DROP.has(t));
    return !toks.some(isProofName) || states(toks);
  });
  return out.length > 1 && whole ? out : [raw];
}

/** What a text says of a row's proof: still missing or to come, or that the row goes without one. */
export type ProofSaid = "missing" | "without" | "void";

/**
 * What `text` (a legend's meaning, a Status or a remark cell) says of a row's proof of
 * sustainability (see the file comment): "missing" ("SD fehlt noch", "PoS not yet received", "en
 * attente de la PdD", "nog geen SD", "no PoS yet", "SD: k.A."), "without" ("ohne SD", "without
 * PoS", "SD: nein", "PoS n/a", "SD nicht ausstellen"), or null ("SD liegt vor", "PoS received",
 * "mit SD", "SD nicht fehlend", "Rechnung fehlt", "SD erhalten, Rechnung fehlt", ""). A clause of
 * missing anywhere makes the whole "missing".
 */
export function proofSaid(text: string): ProofSaid | null {
  const now = withoutFormer(text); // "Original eingegangen (war: Original folgt)": proof-former.ts
  const toks = now === null ? [] : words(now);
  if (states(toks) || spans(toks, CAME_PHRASES).length > 0) return proofSaid(now as string);
  let said: ProofSaid | null = null;
  let missing = false; // (p-remarks4) undone by a clause after it that the proof came ("PoS sent later, received 12.03.")
  let before: string | undefined; // the proof the clause before named, for "SD, fehlt noch"
  for (const raw of text.split(CLAUSE_END).flatMap((part) => pieces(tokens(part)))) {
    let toks = raw.filter((t) => !DROP.has(t));
    const named = toks.find(isProofName);
    const governed = !named && before !== undefined && onlyMissing(toks);
    if (governed) toks = [before as string, ...toks];
    const got = clauseSaid(
      toks,
      raw.some((t) => TIMES.has(t)),
    );
    if (got === "void") return got;
    if (got === "missing") missing = true;
    // a dated receipt of the same proof after it ("received 12.03."): undated, the two contradict
    else if (toks.some(isProofName) && toks.some((t) => /^\d+$/.test(t)) && STATES.received(toks))
      missing = false;
    if (got !== "missing") said ??= got;
    before = named ?? (governed ? before : undefined);
  }
  return missing ? "missing" : said;
}

/**
 * Whether `text` says a proof of sustainability is missing, still to come or awaited, or that the
 * row goes without one (proofSaid): on a receipt either gives no credit.
 */
export const saysProofMissing = (text: string): boolean => {
  const said = proofSaid(text);
  return said === "missing" || said === "without";
};

const OTHERS = new Set(OTHER_DOCUMENT.flatMap((l) => l.split("|")));
const isOther = (t: string) => OTHERS.has(t) || /(?:rechnung|faktura)$/.test(t);
/** Words of "of", "for" between a word of missing and the document ("en attente de facture"). */
const OF = wordSet("von|fur|auf|of|for|de|d|pour|para|del|di|della|per|da|van|voor");

/** Whether a clause's words say only that another document is missing: nothing of the line, no proof. */
function otherOnly(toks: string[]): boolean {
  const taken = new Set<number>();
  for (const [s, e] of spans(toks, MISSING_PHRASES)) for (let i = s; i < e; i++) taken.add(i);
  return (
    taken.size > 0 &&
    toks.some(isOther) &&
    toks.every(
      (t, i) => taken.has(i) || isOther(t) || isMark(t) || /^\d+$/.test(t) || OF.has(t) || LINK.has(t),
    )
  );
}

/**
 * (p-remarks2) `text` without its clauses that only say another document of the row is missing or
 * pending ("Rechnung ausstehend", "pending (invoice)", "en attente de facture", "SD erhalten und
 * Rechnung ausstehend" → "sd erhalten"): a clause cut as proofSaid cuts it, holding a word of
 * missing, a document other than a proof (OTHER_DOCUMENT) and nothing else but marks and numbers
 * ("Lieferung und Rechnung ausstehend" is kept: the delivery is pending too). The clauses kept
 * are joined by ", ", as folded words; `text` itself where none is left out. A Status's word of
 * pending then speaks of the line only where it does (status-read.ts).
 */
export function otherDocumentsLeftOut(text: string): string {
  const kept: string[] = [];
  let out = false;
  for (const raw of text.split(CLAUSE_END).flatMap((part) => pieces(tokens(part)))) {
    if (otherOnly(raw.filter((t) => !DROP.has(t)))) out = true;
    else kept.push(raw.join(" "));
  }
  return out ? kept.filter((k) => k !== "").join(", ") : text;
}
