// What is derived from the record declarations (record-fields.ts): the engine's input and
// validated-row types, the field specs the engine's schemas are built from (schemas.ts), the
// columns the workbook maps, the keys of `source.cells` and the words engine findings use for a
// field. Nothing here declares a field.
import {
  type CellType,
  type FieldDecl,
  GHG_FIELDS,
  RECORD_FIELDS,
  RECORD_KINDS,
  type RecordKind,
} from "./record-fields";

type Decls = Readonly<Record<string, FieldDecl>>;

export type FieldsOf<K extends RecordKind> = (typeof RECORD_FIELDS)[K];
type GhgKey = keyof typeof GHG_FIELDS;

/** The fields of a kind that have a column of their own ("ghg.total" for each GHG value). */
export type ColumnId<K extends RecordKind> =
  | {
      [F in keyof FieldsOf<K>]: FieldsOf<K>[F] extends { column: false }
        ? never
        : FieldsOf<K>[F] extends { type: "ghg" }
          ? never
          : F;
    }[keyof FieldsOf<K>]
  | ("ghg" extends keyof FieldsOf<K> ? `ghg.${GhgKey}` : never);

/** A column field as the workbook reads it: its id ("ghg.total" for a GHG value) and declaration. */
export interface ColumnDecl extends FieldDecl {
  id: string;
}

/** The fields of `kind` that have a column of their own, in declaration order, GHG values expanded. */
export function columnsOf(kind: RecordKind): ColumnDecl[] {
  const out: ColumnDecl[] = [];
  for (const [id, decl] of Object.entries(RECORD_FIELDS[kind] as Decls)) {
    if (decl.column === false) continue;
    if (decl.type === "ghg")
      for (const [part, g] of Object.entries(GHG_FIELDS as Decls)) out.push({ ...g, id: `ghg.${part}` });
    else out.push({ ...decl, id });
  }
  return out;
}

/** The column declaration of one field of `kind` ("ghg.unit" for a GHG value). */
export function columnOf<K extends RecordKind>(kind: K, id: ColumnId<K>): ColumnDecl {
  const found = columnsOf(kind).find((c) => c.id === id);
  if (!found) throw new Error(`${kind} has no column ${String(id)}`);
  return found;
}

/**
 * The keys a record of `kind` may carry in `source.cells`: every field id, "ghg.<part>" for its
 * GHG values (where the cell of each value is), never "ghg" itself.
 */
export function cellKeysOf(kind: RecordKind): string[] {
  const keys: string[] = [];
  for (const [id, decl] of Object.entries(RECORD_FIELDS[kind] as Decls)) {
    if (decl.type === "ghg") keys.push(...Object.keys(GHG_FIELDS).map((p) => `ghg.${p}`));
    else keys.push(id);
  }
  return keys;
}

/** The words engine findings use for a field id, whichever kind declares it ("ghg.unit" too). */
const NOUNS: ReadonlyMap<string, string> = (() => {
  const nouns = new Map<string, string>();
  for (const kind of RECORD_KINDS)
    for (const [id, decl] of Object.entries(RECORD_FIELDS[kind] as Decls))
      if (decl.noun && !nouns.has(id)) nouns.set(id, decl.noun);
  for (const [part, decl] of Object.entries(GHG_FIELDS as Decls))
    if (decl.noun) nouns.set(`ghg.${part}`, decl.noun);
  return nouns;
})();

/** The words for a field id ("supplierCertificate" -> "supplier certificate number"); else the id. */
export function fieldNoun(id: string): string {
  return NOUNS.get(id) ?? id;
}

/** The value a field holds in a record as the host hands it over (model.ts). */
type ValueOf<T extends CellType> = T extends "list"
  ? string[]
  : T extends "int"
    ? number
    : T extends "flag"
      ? boolean
      : T extends "ghg"
        ? InputOf<typeof GHG_FIELDS>
        : string;

/**
 * A record as the host hands it over, derived from its declaration: every field optional, since
 * a spreadsheet row can lack anything (intake refuses what is required and missing).
 */
export type InputOf<D> = {
  -readonly [F in keyof D]?: D[F] extends { type: infer T extends CellType } ? ValueOf<T> : never;
};

/** The fields of a record of `kind` as the host hands them over. */
export type RecordInput<K extends RecordKind> = InputOf<FieldsOf<K>>;

/** A field's value after validation (schemas.ts): texts trimmed, numbers and dates as checked text. */
type ValidValueOf<T extends CellType> = T extends "list"
  ? string[]
  : T extends "int"
    ? number
    : T extends "ghg"
      ? { [G in GhgKey]?: string }
      : string;

type DeclOf<K extends RecordKind, F extends keyof FieldsOf<K>> = FieldsOf<K>[F];

/**
 * A row of `kind` as validation returns it (validate.ts): what intake reads. Required fields are
 * present; every other field is present only when its cell held a readable value.
 */
export type ValidRow<K extends RecordKind> = {
  -readonly [F in keyof FieldsOf<K> as DeclOf<K, F> extends { required: true } ? F : never]: ValidValueOf<
    DeclOf<K, F> extends { type: infer T extends CellType } ? T : never
  >;
} & {
  -readonly [F in keyof FieldsOf<K> as DeclOf<K, F> extends { required: true } ? never : F]?: ValidValueOf<
    DeclOf<K, F> extends { type: infer T extends CellType } ? T : never
  >;
} & { unreadable?: string[] };

/**
 * How the engine checks a field (schemas.ts builds the zod schema and the precheck of each): its
 * reading, with "!" where a row is refused without it.
 */
export type FieldKind =
  | "text"
  | "text!"
  | "date"
  | "date!"
  | "dateYear"
  | "num"
  | "num!"
  | "qty"
  | "qty!"
  | "ghg"
  | "links"
  | "int";
export type Spec = Record<string, FieldKind>;

/** The engine's reading of each cell type (record-fields.ts CellType). */
const KIND_OF: Record<Exclude<CellType, "ghg">, FieldKind> = {
  text: "text",
  unit: "text",
  yesno: "text",
  claim: "text",
  scheme: "text",
  country: "text",
  annexIx: "text",
  share: "text",
  flag: "text",
  number: "num",
  shareNumber: "num",
  quantity: "qty",
  date: "date",
  dateOrYear: "dateYear",
  list: "links",
  int: "int",
};

/** A declared field's kind: its cell type's, with "!" where a row is refused without it. */
function kindOf(decl: FieldDecl): FieldKind {
  if (decl.type === "ghg") return "ghg";
  const kind = KIND_OF[decl.type];
  return (decl.required ? `${kind}!` : kind) as FieldKind;
}

function specOf(decls: Decls, extra: Spec = {}): Spec {
  const spec: Spec = {};
  for (const [field, decl] of Object.entries(decls)) spec[field] = kindOf(decl);
  return { ...spec, ...extra };
}

/** On every record but the register's: fields the reader found unreadable (model.ts Base). */
const COMMON: Spec = { unreadable: "links" };

/** The GHG values' spec (model.ts GhgInput). */
export const GHG_SPEC: Spec = specOf(GHG_FIELDS);

/** Each record kind's spec, derived from its declaration (record-fields.ts). */
export const SPECS = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, specOf(RECORD_FIELDS[kind], kind === "issued" ? {} : COMMON)]),
) as Record<RecordKind, Spec>;
