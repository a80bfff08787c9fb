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
  /\b(gmbh|ag|se|sa|s a|sas|sarl|srl|spa|s p a|bv|b v|nv|n v|ltd|limited|plc|inc|llc|co|kg|kgaa|ohg|oy|ab|as|a s|sp z o o|corp|corporation|company)\b/g;

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

/** Key for document numbers (SD, certificate): case, spaces and dash style do not matter. */
export function numberKey(text: string | undefined): string {
  return clean(text)
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[‐-–—]/g, "-");
}

/** "ISCC-EU", "iscc eu", "EU", "RED" → ISCC EU; "ISCC+", "plus" → ISCC PLUS; null if unrecognised. */
const schemes = new Map<string, SchemeName | null | undefined>();

export function normaliseScheme(text: string | undefined): SchemeName | null | undefined {
  // every row names its scheme, in one of a handful of spellings
  if (schemes.has(text ?? "")) return schemes.get(text ?? "");
  const scheme = schemeOf(text);
  if (schemes.size < 1000) schemes.set(text ?? "", scheme);
  return scheme;
}

function schemeOf(text: string | undefined): SchemeName | null | undefined {
  const t = textKey(text).replace(/[^a-z+]/g, "");
  if (t === "") return undefined;
  if (t.includes("plus") || t.endsWith("+")) return "ISCC PLUS";
  if (t.includes("eu") || t.includes("red")) return "ISCC EU";
  return null;
}

const YES = new Set([
  "yes",
  "y",
  "ja",
  "j",
  "x",
  "true",
  "1",
  "wahr",
  "waste",
  "residue",
  "abfall",
  "reststoff",
  "oui",
]);
const NO = new Set(["no", "n", "nein", "false", "0", "falsch", "-", "non", "none", "keine", "kein"]);

/** Yes/no as typed in English or German; undefined for blank, null when it is neither. */
export function normaliseYesNo(text: string | undefined): boolean | null | undefined {
  const t = textKey(text);
  if (t === "") return undefined;
  if (YES.has(t) || t.startsWith("waste") || t.startsWith("residue")) return true;
  if (NO.has(t)) return false;
  return null;
}

/** Waste/residue characteristic: "yes", "no" or "" when the row leaves it blank. */
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

const PLUS_CLAIMS: Record<string, string> = {
  bio: "bio",
  biobased: "bio",
  biocircular: "bio-circular",
  circular: "circular",
  renewableenergyderived: "renewable-energy-derived",
  red: "renewable-energy-derived",
};

/**
 * Claim as a characteristic. ISCC EU: "ISCC compliant" or "EU RED compliant" (the default when
 * blank, per the ISCC FAQ); ISCC PLUS: bio, bio-circular, circular, renewable-energy-derived.
 */
export function normaliseClaim(text: string | undefined, scheme: SchemeName): string {
  const t = textKey(text).replace(/[^a-z]/g, "");
  if (scheme === "ISCC EU") {
    if (t.includes("iscc")) return "ISCC compliant";
    if (t === "" || t.includes("red") || t.includes("eu")) return "EU RED compliant";
    return clean(text);
  }
  if (t === "") return "";
  return PLUS_CLAIMS[t.replace(/iscc|compliant|plus/g, "")] ?? clean(text);
}

export type CertificateStatus = "valid" | "suspended" | "withdrawn" | "unknown";

export function normaliseCertificateStatus(text: string | undefined): CertificateStatus {
  const t = textKey(text);
  if (t === "" || /valid|gültig|gultig|active|aktiv/.test(t)) {
    return /invalid|ungültig/.test(t) ? "withdrawn" : "valid";
  }
  if (/suspend|ausgesetzt/.test(t)) return "suspended";
  if (/withdraw|revok|zurückgez|entzogen|expired|abgelaufen|terminated|cancel/.test(t)) return "withdrawn";
  return "unknown";
}
