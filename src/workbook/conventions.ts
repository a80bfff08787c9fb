// The conventions of text numbers ("1.234,5" or "1,234.5") and slashed dates (day or month first),
// told by the values that prove them (design.md "Values"). Evidence is kept per column and per
// sheet, never per workbook: German receipts and an English ERP export of deliveries live in one
// workbook. An ambiguous date follows its column's evidence, else its sheet's; an ambiguous number
// ("25.000", "1,250") its column's only (break test 15: GHG values pasted from SDs, "9.8", say
// nothing of the kg typed beside them). Else the convention the settings sheet states ("Decimal
// separator", "Date order"); else it is refused. Where the evidence proves the other convention
// than the settings state, it is refused too.
import { type Conventions } from "./cell-read";
import { dateHint } from "./date-hints";
import { formatDateOrder, isDateFormat } from "./dates";
import type { Grid } from "./grid";
import { type Recognition } from "./recognition";
import {
  dateEvidence,
  type DateConvention,
  type DateSeparator,
  type NumberConvention,
  numberEvidence,
  yearEvidence,
  type YearPlace,
  type YearPlaces,
} from "./values";

/** What the settings sheet states: the workbook's decimal separator and date order, where it says. */
export interface StatedConventions {
  number: NumberConvention | null;
  date: DateConvention | null;
  /**
   * The "Date order" setting's cell and value, as a finding names them (`Settings!B7
   * ("YYYY-DD-MM")`), wherever the sheet has one, read or refused (p-dates6): `date` null beside
   * it means it was refused, and no date whose day rests on an order is read by default.
   */
  dateSetting?: string;
}

export const NOTHING_STATED: StatedConventions = { number: null, date: null };

const MAX_SAMPLES = 5000;
const NUMBER_TYPES = new Set(["number", "share"]);
const DATE_TYPES = new Set(["date", "dateOrYear"]);

/** Counts of evidence for each convention in a set of cells, with the first text proving each. */
class Evidence {
  point = 0;
  comma = 0;
  dmy = 0;
  mdy = 0;
  /** separators of dates with a four-digit year written first ("2025-03-05") and last ("05.03.2025") */
  readonly yearFirst = new Set<DateSeparator>();
  readonly yearLast = new Set<DateSeparator>();
  /** the first text proving each convention, quoted ("13/01/2025"), or the date format that does */
  readonly first: Partial<Record<NumberConvention | DateConvention, string>> = {};
  add(o: Evidence): void {
    this.point += o.point;
    this.comma += o.comma;
    this.dmy += o.dmy;
    this.mdy += o.mdy;
    for (const sep of o.yearFirst) this.yearFirst.add(sep);
    for (const sep of o.yearLast) this.yearLast.add(sep);
    for (const [k, v] of Object.entries(o.first) as [NumberConvention | DateConvention, string][])
      this.first[k] ??= v;
  }
  count(kind: NumberConvention | DateConvention, text: string): void {
    this[kind]++;
    this.first[kind] ??= text;
  }
  /** The convention the cells prove: one kind of evidence and none of the other; null otherwise. */
  number(): NumberConvention | null {
    return this.point > 0 && this.comma === 0 ? "point" : this.comma > 0 && this.point === 0 ? "comma" : null;
  }
  date(): DateConvention | null {
    return this.dmy > 0 && this.mdy === 0 ? "dmy" : this.mdy > 0 && this.dmy === 0 ? "mdy" : null;
  }
  /**
   * Where these cells write the year of dates with separator `sep`, where they write it one way
   * only; null where both ways; undefined where no four-digit date of that separator tells.
   */
  year(sep: DateSeparator): YearPlace | null | undefined {
    const first = this.yearFirst.has(sep);
    const last = this.yearLast.has(sep);
    return first ? (last ? null : "first") : last ? "last" : undefined;
  }
  /**
   * Where the cells prove both conventions ("13/01/2025" and "01/25/2025" in one column), the
   * first of each, as the finding quotes them; null where they do not.
   */
  mixed(): Conventions["mixed"] | null {
    const both = (a: NumberConvention | DateConvention, b: NumberConvention | DateConvention) =>
      this[a] > 0 && this[b] > 0
        ? ([this.first[a] ?? "", this.first[b] ?? ""] as [string, string])
        : undefined;
    const number = both("comma", "point");
    const date = both("dmy", "mdy");
    return number || date ? { ...(number && { number }), ...(date && { date }) } : null;
  }
}

function cellEvidence(e: Evidence, v: unknown, format: string | null, dates: boolean, numbers = true): void {
  if (typeof v === "number") {
    // a custom date format chosen by the workbook's people ("dd/mm/yyyy"); built-in ones say nothing
    const order = dates ? formatDateOrder(format) : null;
    if (order) {
      e.count(order, `cells formatted ${format ?? ""}`);
      e.yearLast.add(formatSeparator(format));
    } else if (dates && formatYearFirst(format)) e.yearFirst.add(formatSeparator(format));
    return;
  }
  if (typeof v !== "string") return;
  // numbers prove a separator in number columns only: "3.5" under a date heading is no decimal
  const n = numbers ? numberEvidence(v) : null;
  if (n) e.count(n, v.trim());
  if (dates) {
    const d = dateEvidence(v);
    if (d) e.count(d, v.trim());
    const y = yearEvidence(v);
    if (y) (y.place === "first" ? e.yearFirst : e.yearLast).add(y.separator);
  }
}

/**
 * Whether a custom date format chosen by the workbook's people writes the year first
 * ("yyyy.mm.dd", "yy.mm.dd", "yyyy-mm-dd"): the dates of its column are shown year first, as a
 * typed "2025.03.05" would prove (date-order.ts yearEvidence); built-in formats say nothing.
 */
function formatYearFirst(format: string | null): boolean {
  if (!format || formatDateOrder(format) !== null || !isDateFormat(format)) return false;
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /^\W*y{2,4}\W+m{1,2}\W+d{1,2}/i.test(plain);
}

/**
 * (brk25 §7) What a date format hint in the column's heading proves ("TT.MM.JJJJ" under "Datum",
 * "Date (MM/DD/YYYY)"): its order of day and month and where its year stands, as a custom date
 * format does; quoted as `the heading "MM/DD/YYYY"` where the column's values prove the other order.
 */
function hintEvidence(e: Evidence, heading: string): void {
  const hint = dateHint(heading);
  if (hint?.order) e.count(hint.order, `the heading "${hint.text}"`);
  if (hint?.year) (hint.year.place === "first" ? e.yearFirst : e.yearLast).add(hint.year.separator);
}

/** The separator a custom date format writes ("dd.mm.yyyy" → "."); "/" where it shows none. */
function formatSeparator(format: string | null): DateSeparator {
  const m = /[./-]/.exec((format ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  return (m?.[0] as DateSeparator | undefined) ?? "/";
}

/**
 * The conventions of each mapped column of a table: its own evidence, else (dates only) its
 * sheet's, else what the settings state, else none (an ambiguous value is then refused at its
 * cell). A decimal separator is never borrowed from another column: the only text it settles is
 * one separator before exactly three digits ("25.000"), whose two readings are 1000 times apart,
 * and a sheet's columns come from different hands and sources (a GHG "9.8" copied from an SD, a
 * quantity "25.000" typed in kg): a point there proves nothing of the quantity (first law).
 */
export function tableConventions(
  grid: Grid,
  rec: Recognition,
  stated: StatedConventions,
  dateSystem: Conventions["dateSystem"],
): (col: number) => Conventions {
  const sheet = new Evidence();
  const columns = new Map<number, Evidence>();
  if (rec.spec && rec.headerRow !== null) {
    const end = Math.min(grid.rowCount, rec.headerRow + 1 + MAX_SAMPLES);
    for (const field of rec.spec.fields) {
      const dates = DATE_TYPES.has(field.type);
      if (!dates && !NUMBER_TYPES.has(field.type)) continue;
      const match = rec.columns.get(field.id);
      if (!match || columns.has(match.col)) continue;
      const e = new Evidence();
      if (dates) hintEvidence(e, grid.headerText(rec.headerRow, match.col));
      for (let r = rec.headerRow + 1; r < end; r++) {
        const v = grid.sheet.values[r]?.[match.col];
        if (v === null || v === undefined) continue;
        cellEvidence(e, v, typeof v === "number" ? grid.format(r, match.col) : null, dates, !dates);
      }
      columns.set(match.col, e);
      sheet.add(e);
    }
  }
  const cache = new Map<number, Conventions>();
  const sheetDate = sheet.date();
  const sheetMixed = sheet.mixed();
  return (col) => {
    let c = cache.get(col);
    if (!c) {
      const e = columns.get(col);
      // a column proving both conventions trusts neither; one proving no date order follows its
      // sheet; one proving no decimal separator follows the settings only (see above)
      const own = e?.mixed() ?? null;
      const number = own?.number;
      const date = own?.date ?? (e?.date() ? undefined : sheetDate ? undefined : sheetMixed?.date);
      c = decide(e?.number() ?? null, e?.date() ?? sheetDate, stated, dateSystem);
      c = withYear(c, e, stated);
      if (number || date) c = mix(c, { ...(number && { number }), ...(date && { date }) });
      cache.set(col, c);
    }
    return c;
  };
}

/**
 * The conventions of cells whose values prove `number` and `date` (null: they prove none): what
 * they prove, else what the settings state. Where the settings state one convention and the
 * values prove the other, neither is chosen: ambiguous values are refused (first law), and
 * `contradicted` says why.
 */
function decide(
  number: NumberConvention | null,
  date: DateConvention | null,
  stated: StatedConventions,
  dateSystem: Conventions["dateSystem"],
): Conventions {
  const numberClash = number !== null && stated.number !== null && number !== stated.number;
  const dateClash = date !== null && stated.date !== null && date !== stated.date;
  return {
    number: numberClash ? null : (number ?? stated.number),
    date: dateClash ? null : (date ?? stated.date),
    ...(numberClash || dateClash
      ? { contradicted: { ...(numberClash && { number: true }), ...(dateClash && { date: true }) } }
      : {}),
    ...(dateSystem ? { dateSystem } : {}),
    ...(stated.dateSetting ? { dateSetting: { at: stated.dateSetting, order: stated.date } } : {}),
  };
}

const SEPARATORS: readonly DateSeparator[] = [".", "/", "-"];

/**
 * Conventions with where a two-digit year stands ("13/02/25"), for each separator: where the
 * column's own four-digit dates of that separator write the year (one place only; both places
 * settle nothing: "both"), else last where the settings state a day-month-year or month-day-year order,
 * else unsettled (such a date is refused when its parts allow the year first and last). Dates of
 * another separator or another column never settle it: an ERP's ISO "2025-03-13" says nothing of
 * a typed "05.03.25" beside it. A stated order never loses silently to year-first dates: where
 * both speak, the year is unsettled and `contradicted.year` says why.
 */
function withYear(c: Conventions, e: Evidence | undefined, stated: StatedConventions): Conventions {
  const year: YearPlaces = {};
  let clash = false;
  for (const sep of SEPARATORS) {
    const own = e?.year(sep);
    // year-first dates (alone or beside year-last ones) against a stated order: neither wins, and
    // a dotted two-digit-year date stays open too (not day first by rule, date-order.ts)
    if ((own === "first" || own === null) && stated.date) {
      clash = true;
      year[sep] = "both";
    } else if (own === null) year[sep] = "both";
    else if (own === "first" || own === "last") year[sep] = own;
    else if (own === undefined && stated.date) year[sep] = "last";
  }
  const settled = Object.keys(year).length > 0 ? { ...c, year } : c;
  return clash ? { ...settled, contradicted: { ...settled.contradicted, year: true } } : settled;
}

/**
 * Conventions whose cells prove both conventions of a kind: neither is chosen, not even the one
 * the settings state (first law); an ambiguous value is refused with reason "mixed-conventions".
 */
function mix(c: Conventions, mixed: NonNullable<Conventions["mixed"]>): Conventions {
  const { contradicted, ...rest } = c;
  const left = contradicted && {
    ...(contradicted.number && !mixed.number && { number: true }),
    ...(contradicted.date && !mixed.date && { date: true }),
    ...(contradicted.year && { year: true }),
  };
  return {
    ...rest,
    ...(mixed.number && { number: null }),
    ...(mixed.date && { date: null }),
    ...(left && Object.keys(left).length ? { contradicted: left } : {}),
    mixed,
  };
}

/** The conventions of a settings sheet's values: the evidence among them, else what it states. */
export function settingsConventions(
  grid: Grid,
  cells: { row: number; col: number }[],
  stated: StatedConventions,
  dateSystem: Conventions["dateSystem"],
): Conventions {
  const e = new Evidence();
  for (const { row, col } of cells) cellEvidence(e, grid.value(row, col), grid.format(row, col), true);
  const c = withYear(decide(e.number(), e.date(), stated, dateSystem), e, stated);
  const mixed = e.mixed();
  return mixed ? mix(c, mixed) : c;
}

export { statedDateOrder, statedNumberConvention } from "./stated-conventions";
