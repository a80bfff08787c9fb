// What the workbook layer leaves as typed and the engine must read the same way however it was
// spelled: schemes, yes/no in English and German, GHG methods, claims, names and countries.
import type { SchemeName } from "./model";

/** Plain ASCII with single inner spaces and none at the ends: already clean, told without a regex. */
function isPlainClean(text: string): boolean {
  let space = true; // a space at the start is not clean
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c > 32 && c < 127) space = false;
    else return false;
  }
  return !space || text === "";
}

/** Trims and collapses inner whitespace; the form shown to the user. */
export function clean(text: string | undefined): string {
  if (text === undefined) return "";
  if (isPlainClean(text)) return text;
  if (!/\s\s|[\t\n\r\u00a0]/.test(text) && text.trim() === text) return text;
  return text.replace(/\s+/g, " ").trim();
}

/** Case-insensitive key for products, raw materials and other free text. */
export function textKey(text: string | undefined): string {
  return clean(text).toLowerCase();
}

const LEGAL_SUFFIXES =
  /\b(aktiengesellschaft|gesellschaft mit beschrankter haftung|kommanditgesellschaft|societe anonyme|societe par actions simplifiee|naamloze vennootschap|besloten vennootschap|gmbh|ag|se|sa|s a|sas|sarl|srl|spa|s p a|bv|b v|nv|n v|ltd|limited|plc|inc|llc|co|kg|kgaa|ohg|oy|ab|as|a s|sp z o o|corp|corporation|company)\b/g;

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
    .replace(LEGAL_SUFFIXES, " ")
    .replace(/\s+/g, " ")
    .trim();
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
  return clean(text)
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212/\\_.]+/gu, "");
}

// --- closed vocabularies (domain.md §7) ---------------------------------------------------------
// Yes/no, claims and schemes are read against closed lists in English and German, with negation
// ("not", "nicht", "no", "non-", "kein"). What is outside a list is null: never a yes, never a
// default. The reader gives the finding at the cell; the engine uses the same functions.

/** Lower case, no accents, words split on anything but letters, digits and "+". */
function words(text: string | undefined): string[] {
  return textKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);
}

const NEGATIONS = new Set(["not", "no", "non", "nicht", "kein", "keine", "keiner", "ohne", "without", "un"]);

/** The words of a value and whether it is negated ("Not ISCC compliant", "ISCC compliant: no"). */
function negated(text: string | undefined): { words: string[]; negated: boolean } {
  let list = words(text);
  let neg = false;
  while (list.length > 1 && NEGATIONS.has(list[0] as string)) {
    neg = !neg;
    list = list.slice(1);
  }
  // "ISCC compliant: no", "ISCC-konform nein"
  const last = list[list.length - 1];
  if (list.length > 1 && last !== undefined && (NO.has(last) || YES.has(last))) {
    if (NO.has(last)) neg = !neg;
    list = list.slice(0, -1);
  }
  return { words: list, negated: neg };
}

const SCHEME_WORDS: Record<string, SchemeName> = {
  iscceu: "ISCC EU",
  eu: "ISCC EU",
  isccred: "ISCC EU",
  isccdiv: "ISCC EU",
  iscceured: "ISCC EU",
  iscceuredii: "ISCC EU",
  isccplus: "ISCC PLUS",
  "iscc+": "ISCC PLUS",
  plus: "ISCC PLUS",
  "+": "ISCC PLUS",
};

/** "ISCC-EU", "iscc eu", "EU" → ISCC EU; "ISCC+", "ISCC PLUS" → ISCC PLUS; undefined blank; null otherwise. */
const schemes = new Map<string, SchemeName | null | undefined>();

export function normaliseScheme(text: string | undefined): SchemeName | null | undefined {
  // every row names its scheme, in one of a handful of spellings
  if (schemes.has(text ?? "")) return schemes.get(text ?? "");
  const scheme = schemeOf(text);
  if (schemes.size < 1000) schemes.set(text ?? "", scheme);
  return scheme;
}

function schemeOf(text: string | undefined): SchemeName | null | undefined {
  const { words: w, negated: neg } = negated(text);
  if (w.length === 0) return undefined;
  if (neg) return null;
  // "ISCC EU (RED II)", "ISCC EU System": qualifiers after the name do not change it
  const key = w.filter((x) => x !== "system" || w.length === 1).join("");
  return SCHEME_WORDS[key] ?? SCHEME_WORDS[w.slice(0, 2).join("")] ?? null;
}

const YES = new Set(["yes", "y", "ja", "j", "x", "true", "1", "wahr", "oui", "si", "ok", "✓", "✔"]);
const NO = new Set(["no", "n", "nein", "false", "0", "falsch", "non", "none", "keine", "kein", "-", "–"]);
// waste/residue columns are often answered with the kind rather than yes
const WASTE_WORDS = new Set(["waste", "residue", "abfall", "reststoff", "abfallstoff", "rest", "reststoffe"]);

/**
 * Yes/no as typed in English or German ("yes", "Y", "ja", "x", "true", 1; "no", "nein", "N",
 * "false", 0, "-"), also "waste"/"residue" for yes and negations ("not waste", "kein Abfall") for
 * no. Undefined for blank, null when it is neither: never read as yes.
 */
export function normaliseYesNo(text: string | undefined): boolean | null | undefined {
  const raw = textKey(text);
  if (raw === "") return undefined;
  if (YES.has(raw)) return true;
  if (NO.has(raw)) return false;
  const { words: w, negated: neg } = negated(text);
  if (w.length === 0) return undefined;
  const word = w.join("");
  let value: boolean | null = null;
  if (
    YES.has(word) ||
    WASTE_WORDS.has(word) ||
    (w.length > 1 && w.every((x) => WASTE_WORDS.has(x) || x === "or" || x === "oder"))
  )
    value = true;
  else if (NO.has(word)) value = false;
  if (value === null) return null;
  return neg ? !value : value;
}

/** Waste/residue characteristic: "yes", "no", "" when blank; the cleaned text when it is neither. */
export function normaliseWasteResidue(text: string | undefined): string {
  const v = normaliseYesNo(text);
  if (v === true) return "yes";
  if (v === false) return "no";
  return clean(text);
}

/** Annex IX part: "A", "B", "none", or "" when blank. */
export function normaliseAnnexIx(text: string | undefined): string {
  const t = textKey(text)
    .replace(/annex|anhang|part|teil|ix|[^a-z]/g, " ")
    .trim();
  if (textKey(text) === "") return "";
  if (t === "a") return "A";
  if (t === "b") return "B";
  if (t === "" || NO.has(t) || t === "n a" || t === "na") return "none";
  return clean(text);
}

export type GhgMethod = "TDV" | "DDV" | "AV" | "DDV_AV";

/** "TDV"/"default" → TDV, "DDV"/"disaggregated" → DDV, "AV"/"actual" → AV; null if unrecognised. */
export function normaliseGhgMethod(text: string | undefined): GhgMethod | null | undefined {
  const t = textKey(text).replace(/[^a-z]/g, "");
  if (t === "") return undefined;
  if (t === "tdv" || t === "default" || t === "totaldefault" || t === "totaldefaultvalue") return "TDV";
  if (t === "ddv" || t.startsWith("disaggregated")) return "DDV";
  if (t === "av" || t === "actual" || t === "actualvalue" || t === "actualvalues") return "AV";
  if (t === "ddvav" || t === "avddv") return "DDV_AV";
  return null;
}

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

// Claim words joined without spaces, after "compliant"/"konform"/"claim" and the scheme are dropped.
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
const CLAIM_FILLER = new Set([
  "compliant",
  "konform",
  "claim",
  "claims",
  "with",
  "mit",
  "plus",
  "iscc+",
  "material",
  "ja",
  "yes",
]);

/**
 * A claim as typed, against the closed list of both schemes with negation: "ISCC compliant",
 * "ISCC-konform" → ISCC compliant; "EU RED compliant", "RED II", "EU-RED-konform" → EU RED
 * compliant; "Not ISCC compliant", "nicht ISCC-konform" → EU RED compliant (ISCC's extra claim is
 * denied, RED compliance is not); "not compliant", "nicht RED-konform" → not compliant; ISCC PLUS
 * bio, bio-circular, circular, renewable-energy-derived (English and German). Undefined when
 * blank, null when outside the list (domain.md §7).
 */
const claims = new Map<string, Claim | null | undefined>();

export function readClaim(text: string | undefined): Claim | null | undefined {
  // every row names its claim, in one of a handful of spellings
  const key = text ?? "";
  if (claims.has(key)) return claims.get(key);
  const claim = claimOf(text);
  if (claims.size < 1000) claims.set(key, claim);
  return claim;
}

/** Marks of doubt: a question mark, or words that say the claim is not settled yet. */
const DOUBT = /[?¿]/;
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

function claimOf(text: string | undefined): Claim | null | undefined {
  const { words: w, negated: neg } = negated(text);
  if (w.length === 0) return DOUBT.test(text ?? "") ? null : undefined;
  // "compliant?", "EU RED konform?", "ISCC (tbd)": a doubt is never read as a claim
  if (DOUBT.test(text ?? "") || w.some((x) => DOUBT_WORDS.has(x))) return null;
  // "ISCC" or "EU" alone names a scheme, not a claim: which claim is meant is not said
  if (w.length === 1 && (w[0] === "iscc" || w[0] === "eu")) return null;
  const core = w.filter((x) => !CLAIM_FILLER.has(x));
  // "compliant" alone, or "konform": compliant with the scheme's basic claim
  const key = core.join("") || (w.some((x) => x === "compliant" || x === "konform") ? "red" : "");
  const claim = CLAIM_WORDS[key] ?? (core[0] === "iscc" ? CLAIM_WORDS[core.slice(1).join("")] : undefined);
  if (!claim) return null;
  if (!neg) return claim;
  return claim === "ISCC compliant" ? "EU RED compliant" : "not compliant";
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

/**
 * A certificate's status as the register states it: "valid" (also blank: the dates decide),
 * "suspended", "withdrawn" (revoked, cancelled, terminated), "not valid" (expired, inactive,
 * invalid, under review, pending: any status that says the certificate does not cover material
 * now), or "unknown" (typed "unknown", or a status outside this list). Only "valid" lets a receipt
 * give credit (domain.md §2, §7).
 */
export type CertificateStatus = "valid" | "suspended" | "withdrawn" | "not valid" | "unknown";

/** The statuses a user can type, as said in a finding. */
export const CERTIFICATE_STATUSES = "valid, suspended, withdrawn or expired";

// the whole status, its words joined (accents folded, "ß" as "ss")
const STATUS_WORDS: Record<string, CertificateStatus> = {
  valid: "valid",
  gultig: "valid",
  gueltig: "valid",
  active: "valid",
  aktiv: "valid",
  current: "valid",
  aktuell: "valid",
  certified: "valid",
  zertifiziert: "valid",
  issued: "valid",
  ok: "valid",
  infort: "valid",
  inforce: "valid",
  valide: "valid",
  suspended: "suspended",
  suspension: "suspended",
  ausgesetzt: "suspended",
  suspendiert: "suspended",
  withdrawn: "withdrawn",
  revoked: "withdrawn",
  cancelled: "withdrawn",
  canceled: "withdrawn",
  terminated: "withdrawn",
  zuruckgezogen: "withdrawn",
  zurueckgezogen: "withdrawn",
  entzogen: "withdrawn",
  widerrufen: "withdrawn",
  gekundigt: "withdrawn",
  expired: "not valid",
  abgelaufen: "not valid",
  invalid: "not valid",
  ungultig: "not valid",
  ungueltig: "not valid",
  inactive: "not valid",
  inaktiv: "not valid",
  outdated: "not valid",
  lapsed: "not valid",
  // after a negation is taken off: "no longer valid", "nicht mehr gültig"
  longervalid: "valid",
  longeractive: "valid",
  mehrgultig: "valid",
  mehrgueltig: "valid",
  mehraktiv: "valid",
  underreview: "not valid",
  inreview: "not valid",
  inprufung: "not valid",
  inpruefung: "not valid",
  pending: "not valid",
  ausstehend: "not valid",
  unknown: "unknown",
  unbekannt: "unknown",
};

/**
 * The status as typed, against a closed list in English and German. A negation makes a valid
 * status "not valid" ("not valid", "nicht gültig", "no longer active") and never turns a
 * suspension into validity ("not suspended" is not understood: "unknown"). Anything outside the
 * list is "unknown", never "valid"; blank is "valid" (the register's dates decide).
 */
export function normaliseCertificateStatus(text: string | undefined): CertificateStatus {
  if (textKey(text) === "") return "valid";
  // "valid?": a doubt; "not valid: no": a double negation nobody means to type
  if (DOUBT.test(text ?? "")) return "unknown";
  if (words(text).filter((x) => NEGATIONS.has(x) || NO.has(x)).length > 1) return "unknown";
  const { words: w, negated: neg } = negated(text);
  const status = STATUS_WORDS[w.join("")];
  if (!status) return "unknown";
  if (!neg) return status;
  return status === "valid" ? "not valid" : "unknown";
}
