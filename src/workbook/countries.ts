// Countries as people write them: ISO 3166 codes (alpha-2 or alpha-3) or names in English or
// German, read with i18n-iso-countries (a well-kept library with every country's names) rather than
// a table of our own (a few aliases it lacks aside). "DE", "DEU", "Germany" and "Deutschland" are
// one country (domain.md §7).
import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);
countries.registerLocale(de);

const known = new Map<string, string | null>();

// Names the library does not list but books write, each naming one country only: the EU's own
// code for Greece, common English and German long forms, and a few older names. "Korea" is not
// here: it names two countries.
// prettier-ignore
const ALIASES: Record<string, string> = {
  holland: "NL", "viet nam": "VN", moldau: "MD", "republik moldau": "MD",
  "federal republic of germany": "DE", "bundesrepublik deutschland": "DE", brd: "DE",
  "volksrepublik china": "CN", "vr china": "CN", "pr china": "CN", "p.r. china": "CN", prc: "CN",
  espana: "ES", "españa": "ES", syria: "SY", brunei: "BN", burma: "MM", swaziland: "SZ",
  grossbritannien: "GB", "united kingdom of great britain and northern ireland": "GB",
  "cote d'ivoire": "CI", "cote d ivoire": "CI", "côte d'ivoire": "CI", macedonia: "MK",
  "russian federation": "RU",
};

// "Moldova" for the library's "Moldova, Republic of": the part before the comma, where it names
// one country only ("Korea" names two, "Virgin Islands" two, so neither is read).
const HEADS = new Map<string, string | null>([["korea", null]]); // North Korea is listed without a comma form
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  for (const name of names) {
    const comma = name.indexOf(", ");
    if (comma < 0) continue;
    const head = name.slice(0, comma).toLowerCase();
    HEADS.set(head, HEADS.has(head) && HEADS.get(head) !== code ? null : code);
  }
}

/** The library's lookups, also of "Republic of Moldova" as "Moldova, Republic of", then the aliases. */
function lookUp(t: string): string | null {
  const byName = countries.getAlpha2Code(t, "en") ?? countries.getAlpha2Code(t, "de");
  if (byName) return byName;
  const lower = t.toLowerCase().replace(/\s+/g, " ");
  const alias = ALIASES[lower];
  if (alias) return alias;
  const inverted = /^(.+ of) (.+)$/.exec(t);
  if (inverted) {
    const code = countries.getAlpha2Code(`${inverted[2]}, ${inverted[1]}`, "en");
    if (code) return code;
  }
  return HEADS.get(lower) ?? null;
}

/** ISO 3166-1 alpha-2 code of one country as typed, or null when it is not one. */
export function countryCodeOf(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const cached = known.get(t);
  if (cached !== undefined) return cached;
  let code: string | null = null;
  // "EL": the EU's own code for Greece, as EU documents write it
  if (t === "EL") code = "GR";
  else if (/^[A-Za-z]{2,3}$/.test(t) && countries.isValid(t.toUpperCase()))
    code = countries.toAlpha2(t.toUpperCase()) ?? null;
  code ??= lookUp(t);
  // "Oesterreich", "Tuerkei": umlauts typed as two letters
  if (!code && /ae|oe|ue/i.test(t)) {
    const umlauts = t
      .replace(/ae/g, "ä")
      .replace(/oe/g, "ö")
      .replace(/ue/g, "ü")
      .replace(/Ae/g, "Ä")
      .replace(/Oe/g, "Ö")
      .replace(/Ue/g, "Ü");
    code = countries.getAlpha2Code(umlauts, "de") ?? null;
  }
  if (known.size < 10_000) known.set(t, code);
  return code;
}

/**
 * A country of origin as typed: one country, or several ("DE, FR", "Germany / France"), as
 * alpha-2 codes in the order typed, joined by ", "; null when any part is not a country.
 */
export function readCountries(text: string): string | null {
  const one = countryCodeOf(text);
  if (one) return one;
  const parts = text
    .split(/\s*(?:[,;/&+]|\bund\b|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const codes: string[] = [];
  for (const p of parts) {
    const code = countryCodeOf(p);
    if (!code) return null;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.join(", ");
}
