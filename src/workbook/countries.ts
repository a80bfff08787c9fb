// Countries as people write them: ISO 3166 codes (alpha-2 or alpha-3) or names in English or
// German, read with i18n-iso-countries (a well-kept library with every country's names) rather than
// a table of our own. "DE", "DEU", "Germany" and "Deutschland" are one country (domain.md §7).
import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);
countries.registerLocale(de);

const known = new Map<string, string | null>();

/** ISO 3166-1 alpha-2 code of one country as typed, or null when it is not one. */
export function countryCodeOf(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const cached = known.get(t);
  if (cached !== undefined) return cached;
  let code: string | null = null;
  if (/^[A-Za-z]{2,3}$/.test(t) && countries.isValid(t.toUpperCase()))
    code = countries.toAlpha2(t.toUpperCase()) ?? null;
  code ??= countries.getAlpha2Code(t, "en") ?? countries.getAlpha2Code(t, "de") ?? null;
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
