// What reading one cell of a mapped column gives (cell-values.ts readField): the exact value, or
// why it cannot be read; and what the reader knows of the cell's column and its conventions.
import { type DateSystem } from "./dates";
import type { BadReason } from "./read-codes";
import type { ReadFindingCode } from "./read-findings";
import { type DateConvention, type NumberConvention, type YearPlaces } from "./values";

export interface Conventions {
  number: NumberConvention | null;
  date: DateConvention | null;
  /**
   * Where a two-digit year stands in this column's all-numeric dates ("13/02/25"), by separator:
   * where its own four-digit dates of the same separator (or the settings' date order) plainly
   * settle it (conventions.ts); absent: unsettled, and a date whose parts allow the year first or
   * last is refused.
   */
  year?: YearPlaces | null;
  /** the workbook's date system: serials are read in it (absent: 1900) */
  dateSystem?: DateSystem;
  /**
   * The settings sheet states one convention and the values of this column or sheet prove the
   * other (conventions.ts): an ambiguous value is refused with reason "contradicts-setting".
   * `year`: the settings state a day-month-year or month-day-year order, and four-digit dates of
   * this column write the year first: a two-digit-year date of their separator is refused so.
   */
  contradicted?: { number?: boolean; date?: boolean; year?: boolean };
  /**
   * The values of this column (or, where it proves nothing, of its sheet) prove both conventions
   * of a kind (conventions.ts): the first text proving each, [comma, point] or [dmy, mdy]. An
   * ambiguous value is refused with reason "mixed-conventions", whatever the settings state.
   */
  mixed?: { number?: [string, string]; date?: [string, string] };
  /**
   * The settings sheet's "Date order" setting, where it has one (p-dates6): `at` its cell and value
   * as a finding names them (`Settings!B7 ("YYYY-DD-MM")`), `order` what it was read as, null
   * where it was refused. A date whose day rests on an order is then refused at its cell where the
   * setting was refused, or where it says MDY and the date is dotted (cell-dates.ts).
   */
  dateSetting?: { at: string; order: DateConvention | null };
}

/**
 * What a column of a sustainable part holds, by its header: yes/no, a quantity, a share, or "part"
 * (a part that may be either: "Part durable", "Sustainable part", "Parte sostenible", p-held).
 */
export type PartKind = "flag" | "quantity" | "share" | "part";

/** What the reader knows of a cell's column besides its field. */
export interface ColumnInfo {
  /**
   * the unit its header names (canonical), "%" for a percentage header, or "fraction" for a share
   * headed as a fraction of 1 ("(0-1)", "(fraction)": share-units.ts)
   */
  headerUnit?: string | null;
  /** a sustainable part's column: whether its header asks yes/no, a quantity or a share */
  part?: PartKind;
  /** (brk24 §4) a factor's column: what its heading says of ratios ("Verhältnis Input:Output") */
  ratio?: RatioHeading;
  /** (h-parties) a combined ledger's type column headed as an ERP's entry type ("Postenart", "Entry Type": stock-difference.ts) */
  erpEntry?: boolean;
}

/** (brk24 §4, factor-ratio.ts) What a factor column's heading says of a ratio: its order, and whether it is headed as a ratio. */
export interface RatioHeading {
  /** "in:out": a:b is a of input to b of output; "out:in" the other way; null: not stated */
  order: "in:out" | "out:in" | null;
  /** headed as a ratio ("Verhältnis", "ratio", "Input:Output"): a single number there is refused */
  ratio: boolean;
}

export type FieldRead =
  | { kind: "blank" }
  | {
      kind: "ok";
      value: string | string[];
      /** the unit typed after the number or shown by its number format, or "%" */
      unit?: string;
    }
  | {
      kind: "bad";
      code: ReadFindingCode;
      text: string;
      reason?: BadReason;
      /** what the finding says besides the text: both readings, the date shown, the unit */
      detail?: string;
      /** mixed-conventions: the first values proving each convention, worded ("13/01/2025" … ) */
      proofs?: string;
      /** order-setting-refused, dotted-against-setting: the "Date order" setting's cell and value (Conventions.dateSetting.at) */
      setting?: string;
    };

export const BLANK: FieldRead = { kind: "blank" };

const PROOF_NAMES = {
  date: ["day first", "month first"],
  number: ["decimal comma", "decimal point"],
} as const;

/**
 * Why a value that reads two ways is refused, beyond "nothing tells which": its column proves both
 * conventions (reason "mixed-conventions", with the proving values worded: `"13/01/2025" (day
 * first) and "01/25/2025" (month first)`), or the settings state the one its sheet disproves
 * ("contradicts-setting"); nothing where neither holds.
 */
export function whyAmbiguous(
  conv: Conventions,
  kind: "number" | "date",
): { reason?: "mixed-conventions" | "contradicts-setting"; proofs?: string } {
  const mixed = conv.mixed?.[kind];
  if (mixed) {
    const quote = (t: string) => (/^(?:cells formatted |the heading ")/.test(t) ? t : `"${t}"`);
    const [first, second] = PROOF_NAMES[kind];
    return {
      reason: "mixed-conventions",
      proofs: `${quote(mixed[0])} (${first}) and ${quote(mixed[1])} (${second})`,
    };
  }
  return conv.contradicted?.[kind] ? { reason: "contradicts-setting" } : {};
}
