// Claims as staff type them, in both schemes' words (domain.md §3): one vocabulary for the
// reader and the engine; a claim outside it, or in doubt, is never read as a default.
import { type SchemeName } from "./model";
import { clean, words, negated } from "./normalise";

/** The claims of both schemes, as the engine names them. */
export type Claim =
  | "ISCC compliant"
  | "EU RED compliant"
  | "bio"
  | "bio-circular"
  | "circular"
  | "renewable-energy-derived"
  /** a claim that says the material is not compliant at all: it carries no sustainability */
  | "not compliant";

// Claim words joined without spaces, after "compliant"/"konform"/"claim" are dropped.
const CLAIM_WORDS: Record<string, Claim> = {
  iscc: "ISCC compliant",
  eured: "EU RED compliant",
  red: "EU RED compliant",
  redii: "EU RED compliant",
  rediii: "EU RED compliant",
  eurediii: "EU RED compliant",
  euredii: "EU RED compliant",
  eu: "EU RED compliant",
  "20182001": "EU RED compliant",
  bio: "bio",
  biobased: "bio",
  biobasiert: "bio",
  bioattributed: "bio",
  biocircular: "bio-circular",
  biozirkular: "bio-circular",
  biocircularattributed: "bio-circular",
  circular: "circular",
  zirkular: "circular",
  circularattributed: "circular",
  renewableenergyderived: "renewable-energy-derived",
  renewablefuelsofnonbiologicalorigin: "renewable-energy-derived",
  ausnerneuerbarerenergie: "renewable-energy-derived",
};
const CLAIM_FILLER = new Set(["compliant", "konform", "claim", "claims", "with", "mit", "material"]);
// PLUS claims may carry the scheme's name before them ("ISCC PLUS bio-circular", "ISCC+ circular")
const PLUS_CLAIMS = new Set<Claim>(["bio", "bio-circular", "circular", "renewable-energy-derived"]);
// "ISCC compliant; EU RED compliant", "ISCC compliant / EU RED compliant": a list of claims
const CLAIM_LIST = /\s*(?:[;,&]|\s\/\s|(?<=\p{L})\/(?=\p{L})|\s\+\s|\band\b|\bund\b)\s*/iu;

/**
 * A claim as typed, against the closed list of both schemes, read on its whole word sequence with
 * negation: "ISCC compliant", "ISCC-konform" → ISCC compliant; "EU RED compliant", "RED II",
 * "EU-RED-konform" → EU RED compliant; "Not ISCC compliant", "nicht ISCC-konform" → EU RED
 * compliant (ISCC's extra claim is denied, RED compliance is not); "not compliant", "nicht
 * RED-konform", and "Non-ISCC material", "kein ISCC", "no ISCC" (no ISCC material at all) → not
 * compliant; ISCC PLUS bio, bio-circular, circular, renewable-energy-derived (English and German,
 * also after "ISCC PLUS"). "ISCC compliant; EU RED compliant" is ISCC compliant (which implies EU
 * RED). Undefined when blank; null when outside the list: "ISCC PLUS compliant", "ISCC EU
 * compliant", "ISCC compliant?" (domain.md §7).
 */
const claims = new Map<string, Claim | null | undefined>();

export function readClaim(text: string | undefined): Claim | null | undefined {
  // every row names its claim, in one of a handful of spellings
  const key = text ?? "";
  if (claims.has(key)) return claims.get(key);
  const claim = claimList(text);
  if (claims.size < 1000) claims.set(key, claim);
  return claim;
}

/** Marks of doubt: a question mark, or words that say the claim is not settled yet. */
export const DOUBT = /[?¿]/;
const DOUBT_WORDS = new Set([
  "tbd",
  "tbc",
  "tba",
  "pending",
  "unclear",
  "unknown",
  "maybe",
  "perhaps",
  "possibly",
  "probably",
  "check",
  "prufen",
  "pruefen",
  "klaren",
  "klaeren",
  "offen",
  "open",
  "unklar",
  "vielleicht",
  "evtl",
  "eventuell",
  "vermutlich",
  "wahrscheinlich",
  "expected",
  "planned",
  "geplant",
  "todo",
  "angefragt",
  "requested",
  "ausstehend",
]);

function claimList(text: string | undefined): Claim | null | undefined {
  if (words(text).length === 0) return DOUBT.test(text ?? "") ? null : undefined;
  const parts = (text ?? "").split(CLAIM_LIST).filter((p) => words(p).length > 0);
  if (parts.length <= 1) return claimOf(text);
  const found = new Set(parts.map(claimOf));
  if (found.size === 1) return [...found][0] ?? null;
  if (found.size === 2 && found.has("ISCC compliant") && found.has("EU RED compliant"))
    return "ISCC compliant";
  return null;
}

function claimOf(text: string | undefined): Claim | null | undefined {
  const n = negated(text);
  if (!n) return null;
  const w = n.words;
  if (w.length === 0) return undefined;
  // "ISCC (tbd)", "pending": a doubt is never read as a claim
  if (w.some((x) => DOUBT_WORDS.has(x))) return null;
  // "ISCC" or "EU" alone names a scheme, not a claim: which claim is meant is not said
  if (!n.negated && w.length === 1 && (w[0] === "iscc" || w[0] === "eu")) return null;
  const compliant = w.some((x) => x === "compliant" || x === "konform");
  let core = w.filter((x) => !CLAIM_FILLER.has(x));
  let plusPrefix = false;
  if (core.length > 1 && (core[0] === "iscc+" || (core[0] === "iscc" && core[1] === "plus"))) {
    core = core.slice(core[0] === "iscc+" ? 1 : 2);
    plusPrefix = true;
  } else if (core.length > 1 && core[0] === "iscc" && core[1] !== "eu") {
    const rest = CLAIM_WORDS[core.slice(1).join("")];
    if (rest && PLUS_CLAIMS.has(rest)) {
      core = core.slice(1);
      plusPrefix = true;
    }
  }
  // "compliant" alone, or "konform": compliant with the scheme's basic claim
  const key = core.join("") || (compliant && !plusPrefix ? "red" : "");
  const claim = CLAIM_WORDS[key];
  if (!claim || (plusPrefix && !PLUS_CLAIMS.has(claim))) return null;
  if (!n.negated) return claim;
  // "no ISCC", "Non-ISCC material": not ISCC material at all, not merely without ISCC's extra claim
  if (claim === "ISCC compliant" && compliant) return "EU RED compliant";
  return "not compliant";
}

/**
 * Claim as a characteristic. ISCC EU: "ISCC compliant" or "EU RED compliant" (the default when
 * blank, per the ISCC FAQ); ISCC PLUS: bio, bio-circular, circular, renewable-energy-derived
 * ("RED" there is renewable-energy-derived). A claim outside the list keeps its text.
 */
export function normaliseClaim(text: string | undefined, scheme: SchemeName): string {
  const claim = readClaim(text);
  if (scheme === "ISCC EU") {
    if (claim === undefined) return "EU RED compliant";
    return claim ?? clean(text);
  }
  if (claim === undefined) return "";
  if (claim === "EU RED compliant" && /\bred\b/i.test(clean(text)) && !/\beu\b/i.test(clean(text)))
    return "renewable-energy-derived";
  return claim ?? clean(text);
}
