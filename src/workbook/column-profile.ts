// What a column's values look like, from a sample of its rows (design.md "Reading staff's
// spreadsheets"): the share of dates, numbers, months, units, countries, certificate numbers.
// Recognition weighs it as evidence; it never reads every row (a 100,000-row sheet costs the same
// as a 100-row one).
import { NO, words, YES } from "../engine/normalise";
import type { FieldSpec } from "./field-spec";
import type { Grid } from "./grid";
import { countryCodeOf } from "./countries";
import { canonicalUnit } from "./normalise";
import { isErrorValue } from "./out-value";
import { statesNoValue } from "./part-unstated";
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
  /** of that text, a yes or a no in words ("yes", "nein", "oui", "j"): a criterion's answer, no number */
  yesno: number;
  /** of the yes and no, a word that stands for nothing ("none", "keine", "kein"): a placeholder as much as a no */
  placeholder: number;
  /** of that text, a tick ("x", "✓", "ok"): a criterion's answer or a placeholder, never a certificate */
  tick: number;
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

/** Ticks and dashes among the yes and no words: no answer in words. */
const MARKS = new Set(["x", "ok", "✓", "✔", "-", "–", ""]);
/** The ticks among them: a column of ticks and blanks says yes or nothing per row. */
const TICKS = new Set(["x", "ok", "✓", "✔"]);
/** The no words that also stand where a value is still missing ("SD number: none"). */
const PLACEHOLDERS = new Set(["none", "keine", "kein"]);

type Class =
  | "blank"
  | "date"
  | "number"
  | "serial"
  | "period"
  | "unit"
  | "country"
  | "certificate"
  | "text"
  | "yesno"
  | "placeholder"
  | "tick";

interface GridCache {
  profiles: Map<number, ColumnProfile>;
  /** each sampled cell's class, by column then row: a cell is read once whatever the header row */
  classes: Map<number, Map<number, Class>>;
}

const cache = new WeakMap<Grid, GridCache>();

/** The profile of column `col` under the header in row `headerRow` (both 0-based); cached per grid. */
export function columnProfile(grid: Grid, headerRow: number, col: number): ColumnProfile {
  let c = cache.get(grid);
  if (!c) cache.set(grid, (c = { profiles: new Map(), classes: new Map() }));
  const key = headerRow * 100_000 + col;
  let p = c.profiles.get(key);
  if (!p) {
    let classes = c.classes.get(col);
    if (!classes) c.classes.set(col, (classes = new Map()));
    p = profile(grid, headerRow, col, classes);
    c.profiles.set(key, p);
  }
  return p;
}

// The first rows under the header, then rows spread evenly over the whole sheet (the same rows
// whichever header row is tried, so each cell is classified once).
function sampleRows(first: number, end: number): number[] {
  const rows: number[] = [];
  for (let r = first; r < end && r < first + HEAD; r++) rows.push(r);
  const step = Math.max(1, Math.floor(end / SPREAD));
  for (let r = step; r < end; r += step) if (r >= first + HEAD) rows.push(r);
  return rows;
}

function profile(grid: Grid, headerRow: number, col: number, classes: Map<number, Class>): ColumnProfile {
  const counts = {
    n: 0,
    date: 0,
    number: 0,
    period: 0,
    unit: 0,
    country: 0,
    certificate: 0,
    text: 0,
    yesno: 0,
    placeholder: 0,
    tick: 0,
  };
  for (const r of sampleRows(headerRow + 1, grid.rowCount)) {
    let k = classes.get(r);
    if (k === undefined) classes.set(r, (k = classify(grid, r, col)));
    if (k === "blank") continue;
    counts.n++;
    if (k === "serial") {
      // a date serial without a date format (1990 to 2100) may be a date or a number
      counts.number++;
      counts.date++;
    } else if (k === "yesno" || k === "placeholder" || k === "tick") {
      counts.text++;
      counts[k]++;
      if (k === "placeholder") counts.yesno++;
    } else counts[k]++;
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
    yesno: counts.yesno / n,
    placeholder: counts.placeholder / n,
    tick: counts.tick / n,
  };
}

function classify(grid: Grid, r: number, col: number): Class {
  const v = grid.value(r, col);
  if (v === null || isErrorValue(v)) return "blank";
  // a checkbox (TRUE/FALSE) is a tick: it answers, and names no certificate
  if (typeof v === "boolean") return "tick";
  if (typeof v === "number") {
    const fmt = grid.format(r, col);
    if (fmt && MONTH_FORMAT.test(fmt)) return "period";
    if (fmt && DATE_FORMAT.test(fmt) && !/^[#0.,\s%]+$/.test(fmt)) return "date";
    return Number.isInteger(v) && v > 32874 && v < 73051 ? "serial" : "number";
  }
  // a formula whose result was never stored says nothing of the column
  if (typeof v !== "string") return "blank";
  const t = v.trim();
  // totals and sign-off lines, and a cell that states nothing ("-", "n/a", "k.A.", "n.v.t.": a
  // value not given), say nothing of the column: four "k.A." and one date are a date column ("SD"
  // alone is a document's name, not "s/d": part-unstated.ts)
  if (t === "" || FOOTER.test(t) || statesNoValue(t)) return "blank";
  if (PERIOD_TEXT.test(t) && (/^\d/.test(t) || MONTHS.test(t) || /^[qh]\d/i.test(t))) return "period";
  // a date that reads two ways ("2/1/2025") is still a date: which day it is, the cell's reading says
  const date = parseDateText(t, null);
  if (date.ok || date.ambiguous) return "date";
  // a number that reads two ways ("1.000": 1 or 1000) is still a number: which, its column says
  const n = parseNumberText(t, null);
  if (n.ok || n.ambiguous) return "number";
  if (CERTIFICATE.test(t)) return "certificate";
  if (canonicalUnit(t) && t.length <= 12) return "unit";
  // "nein", "no", "sí" before a country ("NO" in capitals stays Norway); a mark ("x", "ok", "✓")
  // may stand in any column, a placeholder as much as a tick
  const w = words(t).join(" ");
  if ((YES.has(w) || NO.has(w)) && !MARKS.has(w) && !/^[A-Z]{2}$/.test(t))
    return PLACEHOLDERS.has(w) ? "placeholder" : "yesno";
  if (TICKS.has(t.toLowerCase())) return "tick";
  if (isCountry(t)) return "country";
  return "text";
}

/**
 * Fields whose values name something (a certificate, an SD, a partner), never yes/no. A Claim or
 * Scheme column answered yes/no stays the field, each cell refused at its cell: unmapped, the
 * default claim or scheme would stand for its rows.
 */
const NAMING_TYPES: ReadonlySet<FieldSpec["type"]> = new Set(["text", "list"]);

/**
 * Whether a column answers yes or no where `field` names something (brk11: "Zertifikat" ja/nein,
 * "SD ausgestellt (ja/nein)", a certificate column of ticks): at least 0.6 of its sampled values
 * are yes/no words, ticks counted only for a certificate ("x", "none" in an SD column are refused
 * at their cell, sd-number.ts). Such a column is never the field, however few its rows.
 */
export function answersInsteadOfNaming(field: Pick<FieldSpec, "id" | "type">, p: ColumnProfile): boolean {
  const ticks = /[cC]ertificate/.test(field.id) ? p.tick : 0;
  return NAMING_TYPES.has(field.type) && p.yesno - p.placeholder + ticks >= 0.6;
}

/** A code ("DE") or a country's name in any of six languages ("Allemagne", "Duitsland": countries.ts, p-units3). */
function isCountry(t: string): boolean {
  if (/^[A-Z]{2}$/.test(t)) return true;
  return t.length > 3 && countryCodeOf(t) !== null;
}
