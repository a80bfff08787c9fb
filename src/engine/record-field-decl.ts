// What a field of a record kind is declared with (record-fields.ts): what its cell holds, its
// label, required flag and noun, and the helper that keeps type and required flag in the type.
// Moved out of record-fields.ts whole (issue 15: files under 300 lines).

/**
 * What a cell of the field holds, which decides how both layers read it: the workbook's cell
 * reader (workbook/cell-values.ts) and the engine's schema (schemas.ts FieldKind).
 * - text, unit, yesno, claim, scheme, country, annexIx, share: text (closed vocabularies are read by the
 *   workbook and normalised by the engine); share is a sustainable part (yes/no, a quantity, a %);
 * - number: a decimal; quantity: a decimal above zero; shareNumber: a share read as a decimal;
 * - date: an ISO day; dateOrYear: a day, or a year alone where the rule allows it;
 * - list: texts (linked SD numbers); int: a whole number; flag: yes/no set by the host; ghg: GHG values.
 */
export type CellType =
  | "text"
  | "number"
  | "quantity"
  | "shareNumber"
  | "date"
  | "dateOrYear"
  | "unit"
  | "list"
  | "yesno"
  | "claim"
  | "scheme"
  | "country"
  | "annexIx"
  | "share"
  | "int"
  | "flag"
  | "ghg";

/** One field of a record kind. */
export interface FieldDecl {
  type: CellType;
  /** what staff see in the mapping editor and in reading findings ("Supplier certificate no.") */
  label: string;
  /** a row without it is refused at its cell and left out */
  required?: true;
  /** the words engine findings use for it ("supplier certificate number"); absent: the field id */
  noun?: string;
  /** false: no column of its own; the reader fills it from another cell (a heading's unit…) */
  column?: false;
}

export type Decls = Readonly<Record<string, FieldDecl>>;

type More = Omit<FieldDecl, "type" | "label">;
/** A field's declaration, keeping its type and its required flag in the type (ValidRow). */
export const field = <T extends CellType, M extends More = object>(type: T, label: string, more?: M) =>
  ({ type, label, ...more }) as { type: T; label: string } & M;
export const req = { required: true } as const;
