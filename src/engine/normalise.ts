// What the workbook layer leaves as typed and the engine must read the same way however it was
// spelled: schemes, yes/no in English and German, GHG methods, claims, names and countries.
import type { SchemeName } from "./model";
import { type GhgMethod, ghgMethodOfText } from "./ghg-method-words";
import { clean, foldedText, INVISIBLE, textKey, words } from "./fold";
import { byText } from "./text-memo";

export { clean, foldedText, plainLetters, textKey, visibleText, words } from "./fold";

export type { GhgMethod };

/** Legal forms as partyKey folds them (an alternation; engine/party-match.ts takes them as LEGAL_FORM_NAMES). */
const LEGAL_FORMS =
  "aktiengesellschaft|gesellschaft mit beschrankter haftung|kommanditgesellschaft|societe anonyme|societe par actions simplifiee|naamloze vennootschap|besloten vennootschap|gmbh|ag|se|sa|s a|sas|s a s|sarl|s a r l|srl|s r l|sl|s l|spa|s p a|bv|b v|nv|n v|ltd|limited|plc|inc|llc|co|kg|kgaa|ohg|oy|ab|as|a s|sp z o o|corp|corporation|company";
// the legal forms at a name's end ("Müller GmbH & Co. KG", "Saipol S.A."): never one inside or
// before it ("AG Processing Inc", "AB Agri Ltd", "SA Recycling" are names of their own)
/** The legal forms partyKey drops at a name's end, each as its folded words ("sp z o o", "gmbh"). */
export const LEGAL_FORM_NAMES: readonly string[] = LEGAL_FORMS.split("|");
const LEGAL_SUFFIXES = new RegExp(`(?:^| )(?:${LEGAL_FORMS})(?: (?:${LEGAL_FORMS}))*$`);

/** Key for parties: "Saipol", "SAIPOL" and "Saipol S.A." are the same supplier. */
const partyKeys = new Map<string, string>();

export function partyKey(text: string | undefined): string {
  const known = partyKeys.get(text ?? "");
  if (known !== undefined) return known;
  const key = computePartyKey(text);
  if (partyKeys.size < 100_000) partyKeys.set(text ?? "", key);
  return key;
}

function computePartyKey(text: string | undefined): string {
  const base = textKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[.,&()/'"-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEGAL_SUFFIXES, "");
  return base === "" ? textKey(text) : base;
}

/** Key for numbers we issue (outgoing SD numbers): case, spaces and dash style do not matter. */
export function numberKey(text: string | undefined): string {
  return clean(text)
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/**
 * Key for numbers others issue (incoming SD, certificate, batch id): case, spaces, dashes of any
 * kind, slashes, underscores and dots do not matter, so "K-1", "k 1", "K/1", "K_1", "K.1" and
 * "K–1" are one number (domain.md §4: an SD is booked once however it was typed). Letters and
 * digits keep their order, so "AB-200" and "AB-20" stay apart. Blank gives "".
 */
export function documentKey(text: string | undefined): string {
  if (text === undefined) return "";
  // plain ASCII (nearly every number): NFKC and collapsing spaces change nothing there, and the
  // ASCII dash and spaces are all the separators it can hold
  const ascii = asciiDocumentKey(text);
  if (ascii !== null) return ascii;
  return clean(text)
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212/\\_.]+/gu, "");
}

/**
 * documentKey of a text of ASCII alone (U+0000 to U+007E; null for any other): without its
 * separators (tab to carriage return, space, "-", ".", "/", "\\", "_"), upper-cased (a-z alone
 * changes). One scan: the runs between separators joined, and a text with neither separators nor
 * lower case returned as it is (an SD number per receipt: no regex replace, p-perf11).
 */
function asciiDocumentKey(text: string): string | null {
  let out = "";
  // the start of the run of kept characters not yet in `out`
  let kept = 0;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126) return null;
    if ((c >= 9 && c <= 13) || c === 32 || c === 45 || c === 46 || c === 47 || c === 92 || c === 95) {
      if (i > kept) out += text.slice(kept, i);
      kept = i + 1;
    } else if (c >= 97 && c <= 122) lower = true;
  }
  if (kept === 0) return lower ? text.toUpperCase() : text;
  if (kept < text.length) out += text.slice(kept);
  return lower ? out.toUpperCase() : out;
}

// --- closed vocabularies (domain.md §7) ---------------------------------------------------------
// Yes/no, claims and schemes are read against closed lists in English and German, with negation
// ("not", "nicht", "no", "non-", "kein"). What is outside a list is null: never a yes, never a
// default. The reader gives the finding at the cell; the engine uses the same functions.

/** A question mark, an asterisk or an exclamation mark says the value is not settled ("yes?", "Yes*"). */
const UNSETTLED = /[?*!]/;

export const NEGATIONS = new Set([
  "not",
  "no",
  "non",
  "nicht",
  "kein",
  "keine",
  "keiner",
  "ohne",
  "without",
  "un",
]);

/**
 * The words of a value and whether it is negated: one leading negation ("Not ISCC compliant",
 * "nicht ISCC-konform", "non-waste") or one trailing yes/no ("ISCC compliant: no", "Abfall: ja").
 * A second negation ("no no", "not not") is not read: the value is outside the vocabulary.
 */
export function negated(text: string | undefined): { words: string[]; negated: boolean } | null {
  if (UNSETTLED.test(text ?? "")) return null;
  let list = words(text);
  let neg = false;
  if (list.length > 1 && NEGATIONS.has(list[0] as string)) {
    neg = true;
    list = list.slice(1);
  }
  const last = list[list.length - 1];
  if (list.length > 1 && last !== undefined && (NO.has(last) || YES.has(last))) {
    if (neg) return null; // "not ISCC compliant: no"
    neg = NO.has(last);
    list = list.slice(0, -1);
  }
  if (list.some((w) => NEGATIONS.has(w) || NO.has(w) || YES.has(w))) return null;
  return { words: list, negated: neg };
}

const SCHEME_WORDS: Record<string, SchemeName> = {
  iscceu: "ISCC EU",
  eu: "ISCC EU",
  isccred: "ISCC EU",
  isccdiv: "ISCC EU",
  iscceured: "ISCC EU",
  iscceuredii: "ISCC EU",
  iscceurediii: "ISCC EU",
  isccplus: "ISCC PLUS",
  "iscc+": "ISCC PLUS",
  plus: "ISCC PLUS",
  "+": "ISCC PLUS",
};
/** Words after a scheme's name that qualify it without changing it ("ISCC EU (RED II)", "ISCC EU System"). */
const SCHEME_QUALIFIERS = new Set([
  "system",
  "scheme",
  "red",
  "ii",
  "iii",
  "redii",
  "rediii",
  "certification",
]);

/**
 * "ISCC-EU", "iscc eu", "EU" → ISCC EU; "ISCC+", "ISCC PLUS" → ISCC PLUS; undefined blank; null
 * otherwise. Every row names its scheme, in one of a handful of spellings: each read once.
 */
export const normaliseScheme: (text: string | undefined) => SchemeName | null | undefined = byText(schemeOf);

/**
 * The one scheme a value names, read on its whole word sequence: "ISCC EU/PLUS", "ISCC EU,
 * ISCC PLUS" or "ISCC PLUS EU" name two and are outside the vocabulary (a row belongs to one).
 */
function schemeOf(text: string | undefined): SchemeName | null | undefined {
  if (words(text).length === 0) return undefined;
  const n = negated(text);
  if (!n || n.negated) return null;
  const w = n.words;
  const core = w.length > 1 ? w.filter((x) => !SCHEME_QUALIFIERS.has(x)) : w;
  return SCHEME_WORDS[core.join("")] ?? null;
}

// Yes and no in the workbook's languages (English, German, French, Spanish, Italian, Portuguese,
// Dutch, Polish, the Nordic ones): the headings the reader recognises in them ("Sostenible",
// "Hållbar") are answered in them ("sí", "nej").
/**
 * (brk28 c22) Excel's TRUE and FALSE as its versions in the seven languages show them, typed as
 * text or pasted from another version's book: en TRUE/FALSE, de WAHR/FALSCH, fr VRAI/FAUX, it
 * VERO/FALSO, es VERDADERO/FALSO, nl WAAR/ONWAAR, pl PRAWDA/FAŁSZ (lower case; "fałsz" also
 * written without its "ł"). The one list every yes/no reader takes them from.
 */
export const EXCEL_BOOLEANS = {
  yes: ["true", "wahr", "vrai", "vero", "verdadero", "waar", "prawda"],
  no: ["false", "falsch", "faux", "falso", "onwaar", "fałsz", "falsz"],
} as const;
export const YES = new Set([
  "yes",
  "y",
  "ja",
  "j",
  "x",
  "oui",
  "si",
  "sí",
  "sì",
  "sim",
  "tak",
  "ok",
  "✓",
  "✔",
  ...EXCEL_BOOLEANS.yes,
]);
export const NO = new Set([
  ..."no n nein non none keine kein nee não nao nie nej nei - –".split(" "),
  ...EXCEL_BOOLEANS.no,
]);
// waste/residue columns are often answered with the kind rather than yes
const WASTE_WORDS = new Set(["waste", "residue", "abfall", "reststoff", "abfallstoff", "rest", "reststoffe"]);
// "sustainable" columns answered with the word itself: "nachhaltig", "nicht nachhaltig", "non-sustainable"
const SUSTAINABLE_WORDS = new Set([
  "sustainable",
  "nachhaltig",
  "certified",
  "zertifiziert",
  "sustainability",
  "compliant",
  "konform",
]);

/** What a yes/no column asks about: its own answer words count as yes ("waste", "nachhaltig"). */
export type YesNoSubject = "waste" | "sustainable";

const SUBJECT_WORDS: Record<YesNoSubject, Set<string>> = {
  waste: WASTE_WORDS,
  sustainable: SUSTAINABLE_WORDS,
};

// "0", "0,0", "0.00", "1", "1.0", "1,00": zero and one in any spelling ("1.000" could be a thousand)
const ZERO_OR_ONE = /^[+]?([01])(?:[.,](0+))?$/;

/**
 * Yes/no as typed, read on the whole normalised word sequence against closed lists: "yes", "Y",
 * "ja", "x", "true", "✓"; "no", "nein", "N", "false", "-", "none"; zero in any spelling ("0",
 * "0,0", "0.00") is no and one ("1", "1.0") is yes. A column about waste or sustainability also
 * takes its own words ("waste", "Abfall", "nachhaltig") and their negation ("not waste", "kein
 * Abfall", "nicht nachhaltig", "non-sustainable") and "waste: yes". Undefined for blank; null for
 * anything else ("n.n.", "N/N", "no no", "yes?", "Y/N", "2"): never read as yes (domain.md §7).
 */
export function normaliseYesNo(text: string | undefined, subject?: YesNoSubject): boolean | null | undefined {
  const raw = textKey(text);
  if (raw === "") return undefined;
  if (YES.has(raw)) return true;
  if (NO.has(raw)) return false;
  const number = ZERO_OR_ONE.exec(raw);
  if (number) {
    if (number[1] === "1" && number[2]?.length === 3) return null;
    return number[1] === "1";
  }
  if (!subject) return null;
  const n = negated(text);
  if (!n || n.words.length === 0) return null;
  const own = SUBJECT_WORDS[subject];
  const w = n.words;
  const isOwn =
    (w.length === 1 && own.has(w[0] as string)) ||
    // "waste or residue", "Abfall/Reststoff"
    (w.length > 1 && w.every((x) => own.has(x) || x === "or" || x === "oder") && own.has(w[0] as string));
  if (!isOwn) return null;
  return !n.negated;
}

/** Waste/residue characteristic: "yes", "no", "" when blank; the cleaned text when it is neither. */
export function normaliseWasteResidue(text: string | undefined): string {
  const v = normaliseYesNo(text, "waste");
  if (v === true) return "yes";
  if (v === false) return "no";
  return clean(text);
}

/**
 * "TDV"/"default"/"Standardwert" → TDV, "DDV"/"disaggregated default" → DDV, "AV"/"actual"/"valor
 * real" → AV, in seven languages (ghg-method-words.ts); null if unrecognised, undefined if blank.
 */
export function normaliseGhgMethod(text: string | undefined): GhgMethod | null | undefined {
  const t = foldedText(text);
  return /[a-zł]/.test(t) ? ghgMethodOfText(t) : undefined;
}
