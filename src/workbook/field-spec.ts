// The shape of a sheet kind's fields (what the mapping editor offers and recognition matches),
// and how one is made: a record's field takes its id, label, type and required flag from the
// record's one declaration (engine/record-fields.ts) and adds only the header words here; a
// column that is no record field (a ledger's "Type (in or out)", a co-product) is made by `f`.
import { type CellType, type GHG_FIELDS, type RecordKind } from "../engine/record-fields";
import { type ColumnId, columnOf } from "../engine/record-derived";
import type { SheetKind } from "./types";

/**
 * How a cell of the field is read (cell-values.ts). Closed vocabularies: "yesno" (yes/no, waste),
 * "claim", "scheme", "country", "annexIx"; "share" is a sustainable part (yes/no, a quantity with a unit, or
 * a percentage); "dateOrYear" is a date or, where the rule allows it, a year alone.
 */
export type FieldType =
  | "text"
  | "number"
  | "date"
  | "dateOrYear"
  | "unit"
  | "list"
  | "direction"
  | "yesno"
  | "claim"
  | "scheme"
  | "country"
  | "annexIx"
  | "share";

export interface FieldSpec {
  /** property name in src/engine/model.ts; dotted for GHG ("ghg.total") */
  id: string;
  /** what the user sees in the mapping editor */
  label: string;
  type: FieldType;
  required: boolean;
  synonyms: readonly string[];
  /** words that say a header is NOT this field ("Date of installation" is not the receipt date) */
  not?: readonly string[];
  /**
   * how a percentage in a number field reads ("41 %", a percent format, a "%" header): "fraction"
   * (a yield of 41 % is the factor 0.41), "keep" (a tolerance of 0.5 %, in percent); absent: a
   * percentage is refused (a quantity, a density or a GHG value is no percentage)
   */
  percent?: "fraction" | "keep";
}

export interface KindSpec {
  kind: Exclude<SheetKind, "unknown">;
  label: string;
  /** words in a sheet's name that suggest this kind */
  nameHints: readonly string[];
  fields: readonly FieldSpec[];
  /** alternative sets of fields, one of which must be mapped before rows can be read */
  needs: readonly (readonly string[])[];
}

/** Fields that hold a quantity of material (their header's unit is the row's unit). */
export const QUANTITY_FIELDS: readonly string[] = [
  "quantity",
  "inQuantity",
  "outQuantity",
  "inputQuantity",
  "outputQuantity",
];

/** Fields that state a sustainable part of a quantity: yes/no, a quantity with a unit, or a share. */
export const PART_FIELDS: readonly string[] = ["sustainable", "sustainablePart", "sustainableInputQuantity"];

/** "date|datum|posting date" -> ["date", "datum", "posting date"]: one line per synonym list. */
export const syn = (list: string): string[] => list.split("|");

// A field's own label is always one of its synonyms: staff who copy our labels are understood.
export const f = (
  id: string,
  label: string,
  type: FieldType,
  required: boolean,
  synonyms: string[],
  not?: string[],
): FieldSpec => ({
  id,
  label,
  type,
  required,
  synonyms: synonyms.includes(label) ? synonyms : [...synonyms, label],
  ...(not ? { not } : {}),
});

/** How the workbook reads a cell of each declared type (cell-values.ts). */
export const WORKBOOK_TYPE: Record<Exclude<CellType, "ghg">, FieldType> = {
  text: "text",
  number: "number",
  quantity: "number",
  int: "number",
  shareNumber: "share",
  date: "date",
  dateOrYear: "dateOrYear",
  unit: "unit",
  list: "list",
  yesno: "yesno",
  claim: "claim",
  scheme: "scheme",
  country: "country",
  annexIx: "annexIx",
  share: "share",
  flag: "text",
};

/** A record's field as a column: id, label, type and required flag as `kind` declares it, with its header words. */
export function col<K extends RecordKind>(
  kind: K,
  id: ColumnId<K>,
  synonyms: string[],
  not?: string[],
): FieldSpec {
  const d = columnOf(kind, id);
  return f(
    d.id,
    d.label,
    WORKBOOK_TYPE[d.type as Exclude<CellType, "ghg">],
    d.required === true,
    synonyms,
    not,
  );
}

/** A GHG value's column ("ghg.total"), the same on every kind that carries GHG values. */
export function ghgCol(part: keyof typeof GHG_FIELDS, synonyms: string[], not?: string[]): FieldSpec {
  return col("receipt", `ghg.${part}`, synonyms, not);
}
