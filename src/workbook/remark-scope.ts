// (p-remarks4) The one reader of a remark's words and of how far a denial in it reaches, asked by
// every table of remark words (proof-missing.ts and proof-states.ts of a proof, movement-words.ts
// of toll processing and transfers). Before, each table either read a term wherever it stood, so
// "kein Lohnauftrag", "keine interne Umlagerung", "nicht ohne SD liefern", "kein Verzicht auf SD"
// and "Verzicht auf SD: nein" were read as the very thing they deny, or let a denial anywhere in
// the remark undo it. A denial reaches only the term it stands before, in its own clause:
// - a word of denial or absence right before the term, fillers and articles between aside ("kein
//   Lohnauftrag", "nicht Lohnverarbeitung", "keine interne Umlagerung", "no tolling", "ohne
//   Lohnarbeit", "kein Verzicht auf SD", "nicht ohne SD"); "SD nicht nötig, Lohnverarbeitung" is
//   toll processing (the denial is in the clause before);
// - a denial ending the clause right after the term ("Lohnverarbeitung nicht");
// - "no" given as the answer to a label that holds the term, with no other label between ("Verzicht
//   auf SD: nein", "ohne SD? nein", "Umlagerung: nein"): "Lohnverarbeitung - SD: nein" answers the
//   SD only;
// - a word of "after" right before the term where the remark says the row was sold ("nach interner
//   Umlagerung aus Werk 2 verkauft"): the move came before the row, which is a sale.
// Words are folded (accents off, lower case, "ł" as "l", "ß" as "ss"); marks are tokens of their
// own, a hyphen or an apostrophe between letters is left out ("SD-Nr." is "sd", "nr"). Pure.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";
import { DROPPED, NOT, WITHOUT } from "./proof-words";

// short forms folded to one word each: "n/a", "n.a." → "na", "n.v.t." → "nvt", "k.A." → "ka",
// "n.d." → "nd"; a dash standing alone ("SD: -", "SD - offen") is a mark of its own, not a hyphen
const SHORT: [RegExp, string][] = [
  [/(?<![a-z0-9])n\s*\/\s*a(?![a-z0-9])/g, " na "],
  [/(?<![a-z0-9])n\.\s*a(?![a-z0-9])\.?/g, " na "],
  [/(?<![a-z0-9])n\.?\s*v\.?\s*t(?![a-z0-9])\.?/g, " nvt "],
  [/(?<![a-z0-9])k\.\s*a(?![a-z0-9])\.?/g, " ka "],
  [/(?<![a-z0-9])n\.\s*d(?![a-z0-9])\.?/g, " nd "],
  [/(^|[\s:=(])[-–—]+(?=[\s)]|$)/g, "$1 — "],
];

/** A remark as folded words and marks, each mark a token of its own, a hyphen or apostrophe between letters left out. */
export function remarkTokens(text: string): string[] {
  const folded = SHORT.reduce((t, [re, to]) => t.replace(re, to), plainLetters(fold(text)));
  const toks = folded.match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
  return toks.filter((t) => t !== "-" && t !== "'" && t !== "’");
}

const FILLER = new Set(DROPPED);
/** Marks that end a clause: a denial does not reach past them. */
const CLAUSE = new Set([",", ";", "|", ".", "!", "\n"]);
/** Marks between a label and its answer ("Verzicht auf SD: nein", "ohne SD? nein"). */
const LABEL = new Set([":", "?", "=", ">", "—", "(", ")"]);
/** Answers of no to a label. */
const NO = new Set(["nein", "no", "non", "nee", "nie", "n"]);
/** Words of "after" before a term: the term came before the row ("nach interner Umlagerung … verkauft"). */
const AFTER = new Set(["nach", "after", "apres", "despues", "dopo", "na", "po"]);
/** Words of the row being sold. */
const SOLD =
  /^(?:verkauft|verkauf|sold|sale|vendu|vendue|vendido|vendida|venduto|venduta|verkocht|sprzedane|sprzedano|sprzedany|sprzedana)$/;

const negates = (t: string | undefined) => t !== undefined && (NOT.has(t) || WITHOUT.has(t));
const ends = (t: string | undefined) => t === undefined || CLAUSE.has(t);

/** The token before `s`, fillers and articles passed over. */
function before(toks: string[], s: number): number {
  let i = s - 1;
  while (i >= 0 && FILLER.has(toks[i] as string) && !negates(toks[i])) i--;
  return i;
}

/** Whether the label holding the term at [s, e) is answered no: a label mark, "no", the clause's end. */
function answeredNo(toks: string[], e: number): boolean {
  let i = e;
  while (!ends(toks[i]) && !LABEL.has(toks[i] as string)) i++;
  if (!LABEL.has(toks[i] as string)) return false;
  while (LABEL.has(toks[i] as string)) i++;
  return NO.has(toks[i] as string) && ends(toks[i + 1] === ")" ? toks[i + 2] : toks[i + 1]);
}

/**
 * Whether the term at tokens [s, e) of `toks` (remarkTokens) holds of the row: no denial in its
 * scope, and no word of "after" putting it before a row sold (see the file comment).
 */
export function termHolds(toks: string[], s: number, e: number): boolean {
  const prior = toks[before(toks, s)];
  if (negates(prior)) return false;
  if (NOT.has(toks[e] as string) && ends(toks[e + 1])) return false;
  if (answeredNo(toks, e)) return false;
  return !(AFTER.has(prior as string) && toks.some((t) => SOLD.test(t)));
}

/** A remark's tokens as one line " a b c " for whole-word patterns, and the token a match at `index` starts. */
export function remarkLine(text: string): { toks: string[]; line: string; at(index: number): number } {
  const toks = remarkTokens(text);
  const line = ` ${toks.join(" ")} `;
  return { toks, line, at: (index) => (line.slice(0, index + 1).match(/ /g)?.length ?? 1) - 1 };
}
