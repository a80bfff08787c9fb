// What a column's values look like, from a sample of its rows (design.md "Reading staff's
// spreadsheets"): the share of dates, numbers, months, units, countries, certificate numbers.
// Recognition weighs it as evidence; it never reads every row (a 100,000-row sheet costs the same
// as a 100-row one).
import { countryCode } from "../engine/countries";
import { textKey } from "../engine/normalise";
import type { Grid } from "./grid";
import { canonicalUnit } from "./normalise";
import { isErrorValue } from "./out-value";
import { parseDateText, parseNumberText } from "./values";

/** Shares (0…1) of the sampled non-blank cells; `n` is how many were sampled. */
export interface ColumnProfile {
  n: number;
  /** date cells, date serials and date text */
  date: number;
  /** numbers and number text */
  number: number;
  /** months and periods: "2023-08", "08/2023", "Aug 2023", or a serial formatted as a month */
  period: number;
  /** a unit the engine knows: "t", "MT", "Liters" */
  unit: number;
  /** an ISO country code or a country's name */
  country: number;
  /** a certificate number: "EU-ISCC-Cert-DE105-40012345", "ISCC-PLUS-Cert-…" */
  certificate: number;
  /** text that is none of the above */
  text: number;
}

/** Rows sampled below the header: the first ones, then evenly spread over the rest. */
const HEAD = 20;
const SPREAD = 20;

const PERIOD_TEXT =
  /^(\d{4}[-/.](0?[1-9]|1[0-2])|(0?[1-9]|1[0-2])[-/.]\d{4}|[a-zäéû]{3,9}\.?[\s-]+(\d{2}|\d{4})|(q[1-4]|h[12])[\s/-]*\d{2,4}|\d{4}[\s/-]*(q[1-4]|h[12]))$/i;
const MONTHS =
  /^(jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez|janv|fev|fév|avr|juin|juil|aou|aoû|sept|janvier|fevrier|mars|avril|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)/i;
const CERTIFICATE = /(iscc|redcert|2bsvs|kzr|sure)[-\s_]?.*\d|cert[-\s_]?[a-z]{0,3}\d/i;
const DATE_FORMAT = /[dy]/i;
/** Totals and sign-off lines under the data say nothing about the column. */
const FOOTER =
  /^(total|totals|sum|summe|summen|gesamt|gesamtsumme|zwischensumme|subtotal|average|durchschnitt|mittelwert|checked|gepruft|geprüft|signed|unterschrift)\b/i;
const MONTH_FORMAT = /^[^d]*m{1,4}[^d]*y+[^d]*$|^[^d]*y+[^d]*m{1,4}[^d]*$/i;

const cache = new WeakMap<Grid, Map<number, ColumnProfile>>();

/** The profile of column `col` under the header in row `headerRow` (both 0-based); cached per grid. */
export function columnProfile(grid: Grid, headerRow: number, col: number): ColumnProfile {
  let byGrid = cache.get(grid);
  if (!byGrid) cache.set(grid, (byGrid = new Map()));
  const key = headerRow * 100_000 + col;
  let p = byGrid.get(key);
  if (!p) {
    p = profile(grid, headerRow, col);
    byGrid.set(key, p);
  }
  return p;
}

function sampleRows(first: number, end: number): number[] {
  const rows: number[] = [];
  for (let r = first; r < end && r < first + HEAD; r++) rows.push(r);
  const rest = end - (first + HEAD);
  if (rest > 0) {
    const step = Math.max(1, Math.floor(rest / SPREAD));
    for (let r = first + HEAD; r < end && rows.length < HEAD + SPREAD; r += step) rows.push(r);
  }
  return rows;
}

function profile(grid: Grid, headerRow: number, col: number): ColumnProfile {
  const counts = { n: 0, date: 0, number: 0, period: 0, unit: 0, country: 0, certificate: 0, text: 0 };
  for (const r of sampleRows(headerRow + 1, grid.rowCount)) {
    const v = grid.value(r, col);
    if (v === null || isErrorValue(v)) continue;
    if (typeof v === "boolean") {
      counts.n++;
      counts.text++;
      continue;
    }
    if (typeof v === "number") {
      counts.n++;
      const fmt = grid.format(r, col);
      if (fmt && MONTH_FORMAT.test(fmt)) counts.period++;
      else if (fmt && DATE_FORMAT.test(fmt) && !/^[#0.,\s%]+$/.test(fmt)) counts.date++;
      else {
        counts.number++;
        // a date serial without a date format (1990 to 2100) may still be a date
        if (Number.isInteger(v) && v > 32874 && v < 73051) counts.date++;
      }
      continue;
    }
    const t = v.trim();
    if (t === "" || FOOTER.test(t)) continue;
    counts.n++;
    if (PERIOD_TEXT.test(t) && (/^\d/.test(t) || MONTHS.test(t) || /^[qh]\d/i.test(t))) counts.period++;
    else if (parseDateText(t, null).ok) counts.date++;
    else if (parseNumberText(t, null).ok) counts.number++;
    else if (CERTIFICATE.test(t)) counts.certificate++;
    else if (canonicalUnit(t) && t.length <= 12) counts.unit++;
    else if (isCountry(t)) counts.country++;
    else counts.text++;
  }
  const n = counts.n || 1;
  return {
    n: counts.n,
    date: counts.date / n,
    number: counts.number / n,
    period: counts.period / n,
    unit: counts.unit / n,
    country: counts.country / n,
    certificate: counts.certificate / n,
    text: counts.text / n,
  };
}

function isCountry(t: string): boolean {
  if (/^[A-Z]{2}$/.test(t)) return true;
  const code = countryCode(t);
  return /^[A-Z]{2}$/.test(code) && code !== textKey(t).toUpperCase();
}
