// Countries as people write them: ISO 3166 codes (alpha-2 or alpha-3) or names in the six languages
// of the books (en, de, fr, es, nl, it), read with i18n-iso-countries (a well-kept library with
// every country's names in each language) rather than a table of our own (a few aliases it lacks
// aside). "DE", "DEU", "Germany", "Deutschland", "Allemagne", "Alemania", "Duitsland" and
// "Germania" are one country (domain.md §7). (p-units3) A name two countries share in some
// language ("Congo": CG and CD) names neither.
import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import nl from "i18n-iso-countries/langs/nl.json";

/** The languages whose country names are read, English first (its comma forms: HEADS). */
export const COUNTRY_LANGUAGES = [en, de, fr, es, nl, it];
for (const locale of COUNTRY_LANGUAGES) countries.registerLocale(locale);

/** A name as looked up: lower case, accents and spacing aside ("Pays-Bas", "pays bas", "España"). */
const nameKey = (t: string): string =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();

/** Every name of every country in the six languages, by nameKey; null where two countries share it. */
const BY_NAME = new Map<string, string | null>();
for (const { locale } of COUNTRY_LANGUAGES)
  for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" })))
    for (const name of names) {
      const key = nameKey(name);
      BY_NAME.set(key, BY_NAME.has(key) && BY_NAME.get(key) !== code ? null : code);
    }

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

/** The names of the six languages, also of "Republic of Moldova" as "Moldova, Republic of", then the aliases. */
function lookUp(t: string): string | null {
  const byName = BY_NAME.get(nameKey(t));
  if (byName !== undefined) return byName;
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
