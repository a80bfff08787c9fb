// Claims as staff type them, in both schemes' words and the workbook's languages (domain.md §3,
// §7): one vocabulary for the reader and the engine. A claim is read exactly, or refused: a
// denied claim ("Not ISCC compliant", "non conforme", "ISCC PLUS - non compliant") gives no
// credit, a claim in doubt or outside the list is never read as a default, and a claim of the
// other scheme ("EU RED compliant" under ISCC PLUS) is refused where the row's scheme is known.
import { claimMark, notApplicableAsBox } from "./claim-marks";
import { type SchemeName } from "./model";
import { clean, words } from "./normalise";
import { byText } from "./text-memo";
import {
  ANSWER_NO,
  ANSWER_YES,
  BRACKET_WORDS,
  type Claim,
  CLAIM_FILLER,
  CLAIM_WORDS,
  COMPLIANT_WORDS,
  DENIALS,
  DOUBT_WORDS,
  GOODS_WORDS,
  NOT_SUSTAINABLE_WORDS,
  PLUS_CLAIMS,
  SUSTAINABLE_WORDS,
} from "./claim-words";

export { type Claim, PLUS_CLAIMS } from "./claim-words";

/**
 * What a claim cell says: a claim ("compliant" where it states compliance without naming a claim:
 * "compliant", "konform", "RED III" alone; refused as unclear under either scheme); a denial, with what it denies in the engine's words ("ISCC compliant",
 * "EU RED compliant", "ISCC PLUS compliant", "bio-circular", or "compliant" for compliance as
 * such: "non-compliant", "no conforme"); or unclear (in doubt, two denials, outside the list).
 */
export type ClaimRead =
  { kind: "claim"; claim: Claim | "compliant" } | { kind: "denied"; denies: string } | { kind: "unclear" };

/** A mark of doubt: a question mark ("ISCC?"), an asterisk or an exclamation mark ("Yes*"). */
export const DOUBT = /[?¿*!]/;

// "ISCC compliant; EU RED compliant", "ISCC compliant / EU RED compliant", "bio-circular and ISCC compliant"
const CLAIM_LIST = /\s*(?:[;,&]|\s\/\s|(?<=\p{L})\/(?=\p{L})|\s\+\s|\b(?:and|und|et|en|y|e)\b)\s*/iu;

const UNCLEAR: ClaimRead = { kind: "unclear" };

/** The names of the directive alone (claim-words.ts keys): "RED", "RED II", "RED III", "RED 3". */
const RED_ALONE = new Set(["red", "redii", "rediii", "red2", "red3"]);

/**
 * What a claim cell says (ClaimRead); undefined when it is blank or holds only spaces. Every row
 * names its claim, in one of a handful of spellings: each read once.
 */
export const claimRead: (text: string | undefined) => ClaimRead | undefined = byText(listOf);

/**
 * The claim a cell names, for a reader that only asks whether a column holds claims: a claim,
 * "not compliant" for a denial, null when unclear, undefined when blank.
 */
export function readClaim(text: string | undefined): Claim | "not compliant" | null | undefined {
  const read = claimRead(text);
  if (read === undefined) return undefined;
  if (read.kind === "unclear") return null;
  if (read.kind === "denied") return "not compliant";
  return read.claim === "compliant" ? "EU RED compliant" : read.claim;
}

function listOf(text: string): ClaimRead | undefined {
  if (text.trim() === "") return undefined;
  // "-", "/", "n/a" alone: a placeholder, not a claim
  if (words(text).length === 0) return UNCLEAR;
  const parts = notApplicableAsBox(text)
    .split(CLAIM_LIST)
    .filter((p) => words(p).length > 0);
  if (parts.length <= 1) return partOf(notApplicableAsBox(text));
  const found = parts.map(partOf);
  const claims = new Set<string>();
  const denied = new Set<string>();
  for (const r of found) {
    if (r.kind === "unclear") return UNCLEAR;
    if (r.kind === "denied") denied.add(r.denies);
    else claims.add(r.claim);
  }
  // "EU RED compliant, not ISCC compliant": RED's claim without ISCC's
  if (claims.size === 1 && claims.has("EU RED compliant") && [...denied].every((x) => x === "ISCC compliant"))
    return { kind: "claim", claim: "EU RED compliant" };
  if (denied.size > 0) return claims.size === 0 && denied.size === 1 ? (found[0] as ClaimRead) : UNCLEAR;
  if (claims.size === 1) return found[0];
  // "ISCC compliant; EU RED compliant", "EU RED + ISCC compliant": the SD's two ticks, EU RED
  // compliant material and ISCC compliant material. They are not two claims to choose from but one
  // inside the other: ISCC compliant material under ISCC EU is EU RED compliant too (other schemes'
  // material is EU RED compliant only), so both ticked is the account claim "ISCC compliant", whose
  // declaration ticks both again (declarations.ts; iscc-rules.md §2.4, §2.5, §5.2, TV-10).
  // "bio-circular, ISCC compliant" is the PLUS category (ISCC PLUS material is ISCC compliant)
  const rest = [...claims].filter((c) => c !== "ISCC compliant");
  if (rest.length === 1 && rest[0] === "EU RED compliant") return { kind: "claim", claim: "ISCC compliant" };
  if (rest.length === 1 && PLUS_CLAIMS.has(rest[0] as Claim))
    return { kind: "claim", claim: rest[0] as Claim };
  return UNCLEAR;
}

/**
 * One claim with the box or mark beside it (claim-marks.ts): ticked is the claim, unticked a
 * denial of it, as "no" is; a mark beside a denial or beside no claim, or two marks, is unclear.
 */
function partOf(text: string): ClaimRead {
  const marked = claimMark(text);
  if (marked === "unclear") return UNCLEAR;
  if (marked.mark === null) return wordsOf(text);
  const read = wordsOf(marked.text);
  if (read.kind !== "claim" || marked.text === "") return UNCLEAR;
  return marked.mark === "ticked" ? read : { kind: "denied", denies: read.claim };
}

/** One claim: its words without filler, denials and answers, against the list. */
function wordsOf(text: string): ClaimRead {
  if (DOUBT.test(text)) return UNCLEAR;
  const bracketed = afterBracket(text);
  if (bracketed) return bracketed;
  let w = words(text);
  if (w.some((x) => DOUBT_WORDS.has(x))) return UNCLEAR;
  const outright = notSustainable(w);
  if (outright) return outright;
  // a claim whose name holds a denial word: "renewable fuels of non-biological origin"
  if (w.some((x) => DENIALS.has(x))) {
    const named = w.filter(
      (x) => !CLAIM_FILLER.has(x) && !COMPLIANT_WORDS.has(x) && !SUSTAINABLE_WORDS.has(x),
    );
    const whole = CLAIM_WORDS[named.join("")];
    if (whole) return { kind: "claim", claim: whole };
  }
  // a trailing answer: "ISCC compliant: yes", "EU RED: nein"
  let answer: boolean | null = null;
  const last = w[w.length - 1] as string;
  if (w.length > 1 && (ANSWER_YES.has(last) || ANSWER_NO.has(last))) {
    answer = ANSWER_YES.has(last);
    w = w.slice(0, -1);
  }
  // "ne … pas" is one denial
  if (w.includes("ne") && w.includes("pas")) w = w.filter((x) => x !== "ne");
  const denials = w.filter((x) => DENIALS.has(x)).length;
  // "no no", "not … : no": a second denial is not read
  if (denials > 1 || (denials === 1 && answer !== null)) return UNCLEAR;
  const denied = denials === 1 || answer === false;
  w = w.filter((x) => !DENIALS.has(x));
  const compliant = w.some((x) => COMPLIANT_WORDS.has(x));
  const sustainable = w.some((x) => SUSTAINABLE_WORDS.has(x));
  let core = w.filter((x) => !CLAIM_FILLER.has(x) && !COMPLIANT_WORDS.has(x) && !SUSTAINABLE_WORDS.has(x));
  let plus = false;
  if (
    core[0] === "iscc+" ||
    (core[0] === "iscc" && core[1] === "plus") ||
    (core[0] === "plus" && core.length > 1)
  ) {
    core = core.slice(core[0] === "iscc" ? 2 : 1);
    plus = true;
  } else if (core[0] === "iscc" && core.length > 1) {
    // "ISCC bio-circular": the PLUS category after the name of ISCC
    const rest = CLAIM_WORDS[core.slice(1).join("")];
    if (rest && PLUS_CLAIMS.has(rest)) {
      core = core.slice(1);
      plus = true;
    }
  }
  const key = core.join("");
  // "ISCC PLUS circular": the scheme's own word for circular economy, which takes in bio-circular
  // material too, or the category circular; the two are kept apart, so it is unclear (brk24 §5).
  // "circular" alone and "ISCC PLUS circular attributed" are the category
  if (plus && CLAIM_WORDS[key] === "circular" && !key.endsWith("attributed")) return UNCLEAR;
  if (key === "") {
    // "ISCC PLUS - non compliant", "non-compliant", "nicht konform", "konform"; "nicht nachhaltig"
    // denies compliance, "nachhaltig" alone names no claim (claim-words.ts SUSTAINABLE_WORDS)
    if (plus) return denied ? { kind: "denied", denies: "ISCC PLUS compliant" } : UNCLEAR;
    // (brk27 N4) "No claim", "kein Claim", "sans claim", "Claim: nein": no claim, so not compliant
    if (denied && !compliant && !sustainable && w.some((x) => CLAIM_NOUNS.has(x)))
      return { kind: "denied", denies: "compliant" };
    if (!compliant && !(sustainable && denied)) return UNCLEAR;
    return denied ? { kind: "denied", denies: "compliant" } : { kind: "claim", claim: "compliant" };
  }
  const claim = CLAIM_WORDS[key];
  // "ISCC" or "EU" alone names a scheme, not a claim; "ISCC PLUS EU RED" names two schemes
  if (!claim || (plus && !PLUS_CLAIMS.has(claim))) return UNCLEAR;
  if (!denied && !compliant && (key === "iscc" || key === "eu")) return UNCLEAR;
  // "RED", "RED III" alone name a directive, not its claim: compliance said, no claim named
  // ("RED compliant", "EU RED" name the EU RED claim)
  if (!denied && !compliant && RED_ALONE.has(key)) return { kind: "claim", claim: "compliant" };
  return denied ? { kind: "denied", denies: claim } : { kind: "claim", claim };
}

/** The words of the claim itself, as "No claim", "kein Claim", "brak claimu" deny it. */
const CLAIM_NOUNS = new Set(["claim", "claims", "claimu"]);

/**
 * (brk27 N4) A cell that says the material is conventional or fossil (claim-words.ts
 * NOT_SUSTAINABLE_WORDS): denied compliance where it says only that ("konventionell", "fossil",
 * "konventionelle Ware"); unclear beside anything else ("fossil ISCC", "nicht fossil"); null where
 * it has no such word.
 */
function notSustainable(w: readonly string[]): ClaimRead | null {
  if (!w.some((x) => NOT_SUSTAINABLE_WORDS.has(x))) return null;
  const only = w.every((x) => NOT_SUSTAINABLE_WORDS.has(x) || GOODS_WORDS.has(x) || CLAIM_FILLER.has(x));
  return only ? { kind: "denied", denies: "compliant" } : UNCLEAR;
}

/**
 * Why a claim cannot be taken under the row's scheme: `not-compliant` (it denies `read`),
 * `claim-unclear` (in doubt or outside the list), `claim-scheme` (`read` is a claim of the other
 * scheme: "EU RED compliant" or "ISCC compliant" alone under ISCC PLUS, a PLUS category under
 * ISCC EU).
 */
export type ClaimRefusal =
  | { reason: "not-compliant"; read: string }
  | { reason: "claim-unclear"; read?: undefined }
  | { reason: "claim-scheme"; read: string };

/** A claim under a scheme: the characteristic it gives, and why it is refused (null: it is not). */
export interface SchemeClaim {
  /** the characteristic; as typed (cleaned) where the claim is refused */
  claim: string;
  refusal: ClaimRefusal | null;
}

// per scheme, by the text as typed: found without joining a key string per row
const underScheme = new Map<SchemeName, Map<string, SchemeClaim>>();

/**
 * A claim as a characteristic of `scheme` (domain.md §3, §7). ISCC EU: "ISCC compliant" or
 * "EU RED compliant"; a claim that states compliance without naming one ("konform") is EU RED
 * compliant, and so is a blank one where no claim column exists (the ISCC FAQ: an SD that states
 * no claim is EU RED compliant; the reader refuses a blank cell of a claim column).
 * ISCC PLUS: bio, bio-circular, circular, renewable-energy-derived; blank is "" (no category, which
 * the declaration check reports). A denied, unclear or other scheme's claim is refused and keeps
 * its text.
 */
export function claimUnder(text: string | undefined, scheme: SchemeName): SchemeClaim {
  let byText = underScheme.get(scheme);
  if (!byText) underScheme.set(scheme, (byText = new Map()));
  let found = byText.get(text ?? "");
  if (!found) {
    found = schemeClaim(text, scheme);
    if (byText.size < 1000) byText.set(text ?? "", found);
  }
  return found;
}

function schemeClaim(text: string | undefined, scheme: SchemeName): SchemeClaim {
  const read = claimRead(text);
  const plus = scheme === "ISCC PLUS";
  if (read === undefined) return { claim: plus ? "" : "EU RED compliant", refusal: null };
  const typed = clean(text);
  if (read.kind === "unclear") return { claim: typed, refusal: { reason: "claim-unclear" } };
  if (read.kind === "denied")
    return { claim: typed, refusal: { reason: "not-compliant", read: read.denies } };
  const claim = read.claim;
  // "compliant", "konform", "RED III" alone name no scheme's claim: unclear under either scheme, as
  // "ISCC" alone and "sustainable" alone (decided after two new-user tests)
  if (claim === "compliant") return { claim: typed, refusal: { reason: "claim-unclear" } };
  if (plus !== PLUS_CLAIMS.has(claim))
    return { claim: typed, refusal: { reason: "claim-scheme", read: claim } };
  return { claim, refusal: null };
}

/** The claim characteristic of `text` under `scheme` (claimUnder), refused or not. */
export function normaliseClaim(text: string | undefined, scheme: SchemeName): string {
  return claimUnder(text, scheme).claim;
}

/**
 * A claim followed by a bracket that adds nothing to it (brk24 §5): a feedstock or waste status
 * ("bio-circular (UCO)", "Circular (post-consumer)") or the scheme's name ("Bio (ISCC PLUS)"), the
 * claim before it read (claim-words.ts BRACKET_WORDS); null where there is no such bracket or it
 * says anything else ("ISCC compliant (EU RED)", "bio (nicht)", "EU RED compliant (to be
 * confirmed)"): the cell is then read as a whole.
 */
function afterBracket(text: string): ClaimRead | null {
  const m = /^([^()]*\S)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!m) return null;
  // the scheme's name ("ISCC PLUS"; "ISCC" alone may mean ISCC compliant), a waste status, a feedstock
  const inside = words(m[2] as string);
  const scheme = inside.join(" ");
  if (!(scheme === "iscc plus" || scheme === "iscc+" || BRACKET_WORDS.has(inside.join("")))) return null;
  const read = wordsOf(m[1] as string);
  return read.kind === "claim" ? read : null;
}
