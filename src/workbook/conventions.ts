// The conventions of text numbers ("1.234,5" or "1,234.5") and slashed dates (day or month first),
// told by the values that prove them (design.md "Values"). Evidence is kept per column and per
// sheet, never per workbook: German receipts and an English ERP export of deliveries live in one
// workbook. An ambiguous value follows its column's evidence, else its sheet's, else the
// convention the settings sheet states ("Decimal separator", "Date order"); else it is refused.
// Where the evidence proves the other convention than the settings state, it is refused too.
import { type Conventions } from "./cell-read";
import { formatDateOrder } from "./dates";
import type { Grid } from "./grid";
import { type Recognition } from "./recognition";
import { dateEvidence, type DateConvention, type NumberConvention, numberEvidence } from "./values";

/** What the settings sheet states: the workbook's decimal separator and date order, where it says. */
export interface StatedConventions {
  number: NumberConvention | null;
  date: DateConvention | null;
}

export const NOTHING_STATED: StatedConventions = { number: null, date: null };

const MAX_SAMPLES = 5000;
const NUMBER_TYPES = new Set(["number", "share"]);
const DATE_TYPES = new Set(["date", "dateOrYear"]);

/** Counts of evidence for each convention in a set of cells. */
class Evidence {
  point = 0;
  comma = 0;
  dmy = 0;
  mdy = 0;
  add(o: Evidence): void {
    this.point += o.point;
    this.comma += o.comma;
    this.dmy += o.dmy;
    this.mdy += o.mdy;
  }
  /** The convention the cells prove: one kind of evidence and none of the other; null otherwise. */
  number(): NumberConvention | null {
    return this.point > 0 && this.comma === 0 ? "point" : this.comma > 0 && this.point === 0 ? "comma" : null;
  }
  date(): DateConvention | null {
    return this.dmy > 0 && this.mdy === 0 ? "dmy" : this.mdy > 0 && this.dmy === 0 ? "mdy" : null;
  }
}

function cellEvidence(e: Evidence, v: unknown, format: string | null, dates: boolean): void {
  if (typeof v === "number") {
    // a custom date format chosen by the workbook's people ("dd/mm/yyyy"); built-in ones say nothing
    const order = dates ? formatDateOrder(format) : null;
    if (order === "dmy") e.dmy++;
    else if (order === "mdy") e.mdy++;
    return;
  }
  if (typeof v !== "string") return;
  const n = numberEvidence(v);
  if (n === "point") e.point++;
  else if (n === "comma") e.comma++;
  if (dates) {
    const d = dateEvidence(v);
    if (d === "dmy") e.dmy++;
    else if (d === "mdy") e.mdy++;
  }
}

/**
 * The conventions of each mapped column of a table: its own evidence, else its sheet's, else what
 * the settings state, else none (an ambiguous value is then refused at its cell).
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
      for (let r = rec.headerRow + 1; r < end; r++) {
        const v = grid.sheet.values[r]?.[match.col];
        if (v === null || v === undefined) continue;
        cellEvidence(e, v, typeof v === "number" ? grid.format(r, match.col) : null, dates);
      }
      columns.set(match.col, e);
      sheet.add(e);
    }
  }
  const cache = new Map<number, Conventions>();
  const sheetNumber = sheet.number();
  const sheetDate = sheet.date();
  return (col) => {
    let c = cache.get(col);
    if (!c) {
      const e = columns.get(col);
      c = decide(e?.number() ?? sheetNumber, e?.date() ?? sheetDate, stated, dateSystem);
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
  return decide(e.number(), e.date(), stated, dateSystem);
}

/** "comma", "Komma", ",", "1.234,5", "decimal comma" → comma; "point", "Punkt", ".", "1,234.5" → point. */
export function statedNumberConvention(text: string): NumberConvention | null {
  const t = text.trim().toLowerCase();
  if (/^(,|comma|komma|decimal comma|dezimalkomma|1\.234,5|1 234,5|virgule)$/.test(t)) return "comma";
  if (/^(\.|point|dot|punkt|decimal point|dezimalpunkt|1,234\.5|period|full stop)$/.test(t)) return "point";
  return null;
}

/** "DMY", "TT.MM.JJJJ", "dd/mm/yyyy", "day first" → dmy; "MDY", "mm/dd/yyyy", "month first" → mdy. */
export function statedDateOrder(text: string): DateConvention | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (
    /^(dmy|d m y|dd mm yyyy|dd mm yy|tt mm jjjj|tt mm jj|day first|tag zuerst|day month year|tag monat jahr)$/.test(
      t,
    )
  )
    return "dmy";
  if (/^(mdy|m d y|mm dd yyyy|mm dd yy|month first|monat zuerst|month day year|monat tag jahr)$/.test(t))
    return "mdy";
  return null;
}
