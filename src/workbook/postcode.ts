// (h-postcode) A postcode kept as a number loses its leading zeros: "01067" typed into a cell of
// General format is stored as 1067, and only a number format of zeros ("00000", "00-000") shows it
// whole again. A postcode on a Sustainability Declaration is part of an address, the party's or
// the site's identity: "1067 Dresden" is another place than "01067 Dresden". So a postcode cell
// holding a number is read as the cell shows it (its number format applied), and where what it
// shows has fewer digits than the country's postcodes (POSTCODE_DIGITS; five where the country is
// not known), it is refused at its cell: the add-in never pads it (is 1067 "01067" or "10670"?),
// and never prints it short. A postcode typed as text, a number of all its digits, house numbers
// and phone numbers are read as before. No library in node_modules keeps postcode formats (none
// is installed; i18n-iso-countries has the countries only), so the table is our own.
import { excelNumber } from "./values";

/**
 * The digits of a postcode by country (ISO 3166-1 alpha-2), for countries whose postcodes are
 * digits, a separator or a letter suffix aside (NL "1012 AB": 4 digits; PL "00-950": 5; PT
 * "1000-001": 7; BR "01310-100": 8). Sources: each country's postal service (Universal Postal
 * Union addressing guide, "Postal addressing systems in member countries").
 */
// prettier-ignore
export const POSTCODE_DIGITS: Readonly<Record<string, number>> = {
  // five digits
  DE: 5, FR: 5, IT: 5, ES: 5, PL: 5, FI: 5, SE: 5, CZ: 5, SK: 5, GR: 5, HR: 5, EE: 5, LT: 5,
  MC: 5, SM: 5, VA: 5, UA: 5, TR: 5, US: 5, MX: 5, MY: 5, ID: 5, TH: 5, KR: 5, MA: 5, DZ: 5,
  TN: 4, EG: 5, PE: 5, UY: 5, RS: 5, ME: 5, BA: 5, MD: 4,
  // four digits
  NL: 4, AT: 4, CH: 4, LI: 4, BE: 4, DK: 4, LU: 4, NO: 4, HU: 4, BG: 4, SI: 4, CY: 4, LV: 4,
  MK: 4, AL: 4, GE: 4, AM: 4, AU: 4, NZ: 4, ZA: 4, PH: 4, AR: 4,
  // six and more
  RO: 6, RU: 6, BY: 6, KZ: 6, UZ: 6, IN: 6, CN: 6, SG: 6, VN: 6, CO: 6, NG: 6,
  PT: 7, JP: 7, CL: 7, IL: 7, BR: 8,
  // three
  IS: 3, FO: 3,
};

/** How many digits a postcode has where the country is not known: the most of the books' countries (DE, FR, IT, ES, PL). */
export const UNKNOWN_COUNTRY_DIGITS = 5;

/** A number format's first section without colours, conditions and locales ("[$-407]00000" → "00000"). */
function firstSection(format: string): string {
  return (format.split(";")[0] ?? "").replace(/\[[^\]]*\]/g, "");
}

/**
 * A whole number as a number format made of digit placeholders and literals shows it: "00000"
 * shows 1067 as "01067", "00-000" 1234 as "01-234", "00000-0000" a ZIP+4; null where the format
 * is none of those (General, "@", decimals, dates), or `n` is no whole number of 0 or more.
 */
function shownByZeros(n: number, format: string): string | null {
  if (!Number.isInteger(n) || n < 0) return null;
  const code = firstSection(format);
  // the format as tokens: a placeholder ("0", "#", "?") or a literal character
  const tokens: { place?: string; literal?: string }[] = [];
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === "0" || ch === "#" || ch === "?") tokens.push({ place: ch });
    else if (ch === "\\" && i + 1 < code.length) tokens.push({ literal: code[++i] as string });
    else if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return null;
      for (const l of code.slice(i + 1, end)) tokens.push({ literal: l });
      i = end;
    } else if (/[-\s()/]/.test(ch)) tokens.push({ literal: ch });
    else return null;
  }
  const places = tokens.filter((t) => t.place).length;
  if (places === 0) return null;
  const digits = String(n);
  // digits fill the placeholders from the right; what is more goes with the first (as Excel)
  const extra = Math.max(0, digits.length - places);
  let k = digits.length - Math.min(digits.length, places); // index of the next digit to place
  let seen = 0;
  let out = "";
  for (const t of tokens) {
    if (t.literal !== undefined) {
      out += t.literal;
      continue;
    }
    const slot = seen++;
    const missing = places - Math.min(digits.length, places);
    if (slot === 0 && extra > 0) out += digits.slice(0, extra);
    if (slot < missing) out += t.place === "0" ? "0" : t.place === "?" ? " " : "";
    else out += digits[k++] ?? "";
  }
  return out.trim();
}

/** A number cell's text as its number format shows it where that is made of zeros ("00000": 01067), else as stored (excelNumber). */
export function shownNumber(n: number, format: string | null): string {
  return (format && shownByZeros(n, format)) ?? excelNumber(n);
}

/** A number postcode refused: the text its cell shows and the digits the country's postcodes have. */
export interface ShortPostcode {
  /** the cell as shown ("1067") */
  shown: string;
  /** the digits a postcode of the country has (POSTCODE_DIGITS), or UNKNOWN_COUNTRY_DIGITS */
  digits: number;
}

/**
 * Whether a postcode cell holding the number `n` (number format `format`) shows fewer digits than
 * a postcode of `country` (ISO alpha-2; null: not known, 5) has: its leading zeros may have been
 * dropped by Excel, so the postcode is not known. Null where it shows them all (a 5-digit number
 * in Germany, 1067 formatted "00000"); never a padded guess.
 */
export function shortPostcode(
  n: number,
  format: string | null,
  country: string | null,
): ShortPostcode | null {
  const shown = shownNumber(n, format);
  const digits = (country && POSTCODE_DIGITS[country]) || UNKNOWN_COUNTRY_DIGITS;
  return shown.replace(/\D/g, "").length < digits ? { shown, digits } : null;
}
