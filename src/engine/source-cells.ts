// The cells of a record's source (model.ts Source), kept without a map per row (issue 15). A
// reader's row has one cell per mapped field, nearly all on the row's own line: "D12" is column D
// of row 12. Rows of a sheet that give the same fields in the same columns share one `CellShape`
// (the fields in order and the column letter of each), and a row keeps in its own `cells` only
// the addresses its line does not give (a unit in the header row, a transposed cell). Every user
// of a source's cells reads them through `cellAt` / `cellsOf`, which give the same addresses, in
// the same order, as the map the row was built with.
import type { CellShape, Source } from "./model";

/** A source whose cells are all in its `cells` map (not shared): what a reader builds a row with. */
export type FullSource = Source & { cells: Partial<Record<string, string>> };

/** The A1 address of `field` in `source`, or undefined where the row has no cell for it. */
export function cellAt(source: Source, field: string): string | undefined {
  const shape = source.shape;
  if (shape === undefined) return source.cells?.[field];
  const fields = shape.fields;
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] !== field) continue;
    const column = shape.columns[i] as string;
    return column === "" ? source.cells?.[field] : column + source.row;
  }
  return undefined;
}

/**
 * The first address of `source` in the order of `cellsOf` that is not blank; with `asIs`, the
 * first entry whatever it holds (as `Object.values(cells)[0]`, "" or undefined included).
 */
export function firstCell(source: Source, asIs = false): string | undefined {
  const shape = source.shape;
  if (shape === undefined) {
    const cells = source.cells;
    if (cells) for (const k in cells) if (asIs || cells[k]) return cells[k];
    return undefined;
  }
  for (let i = 0; i < shape.fields.length; i++) {
    const column = shape.columns[i] as string;
    const cell = column === "" ? source.cells?.[shape.fields[i] as string] : column + source.row;
    if (asIs || cell) return cell;
  }
  return undefined;
}

/** Every cell of `source` as a new map, field id -> A1 address, in the order the row was built. */
export function cellsOf(source: Source): Partial<Record<string, string>> {
  const shape = source.shape;
  if (shape === undefined) return { ...source.cells };
  const out: Partial<Record<string, string>> = {};
  for (let i = 0; i < shape.fields.length; i++) {
    const field = shape.fields[i] as string;
    const column = shape.columns[i] as string;
    out[field] = column === "" ? source.cells?.[field] : column + source.row;
  }
  return out;
}

// shapes found well-formed, so that the rows sharing one check it once
const checked = new WeakSet<object>();

/** Whether `v` is a well-formed CellShape (for sources handed in by any caller, validate.ts). */
export function isCellShape(v: unknown): v is CellShape {
  if (!v || typeof v !== "object") return false;
  if (checked.has(v)) return true;
  const { fields, columns } = v as Partial<CellShape>;
  if (!Array.isArray(fields) || !Array.isArray(columns) || fields.length !== columns.length) return false;
  for (let i = 0; i < fields.length; i++)
    if (typeof fields[i] !== "string" || typeof columns[i] !== "string" || !/^[A-Z]*$/.test(columns[i]))
      return false;
  checked.add(v);
  return true;
}

/** The column letters of `cell` when it is on line `row` ("D" of "D12" on "12"); else "". */
function columnOn(cell: unknown, row: string): string {
  if (typeof cell !== "string") return "";
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65 && cell.charCodeAt(i) <= 90) i++;
  if (i === 0 || cell.length - i !== row.length || !cell.startsWith(row, i)) return "";
  return cell.slice(0, i);
}

/**
 * A source whose cells are in a shared shape (`CellShapes.compact`). As JSON it is the source it
 * was built from ({ sheet, row, cells }), so every output that prints a source stays as it was.
 */
export class SharedSource implements Source {
  // declared, not defined: a row with no address off its line has no slot for them (8 bytes a row)
  declare cells?: Partial<Record<string, string>>;
  constructor(
    public sheet: string,
    public row: number,
    public shape: CellShape,
  ) {}

  toJSON(): { sheet: string; row: number; cells: Partial<Record<string, string>> } {
    return { sheet: this.sheet, row: this.row, cells: cellsOf(this) };
  }
}

/**
 * The shapes of one read, shared by the rows that have the same fields in the same columns: one
 * per read (a run), so no shape outlives the ledger it describes.
 */
export class CellShapes {
  private readonly root: CellShape = { fields: [], columns: [] };
  private readonly next = new Map<CellShape, Map<string, CellShape>>();

  /**
   * The same source with its cells in a shared shape: an address on the row's own line becomes
   * its column in the shape, any other stays in the row's own `cells` (only those).
   */
  compact(source: FullSource): SharedSource {
    let shape = this.root;
    let own: Record<string, string> | undefined;
    const row = String(source.row);
    for (const field in source.cells) {
      const cell = source.cells[field];
      const column = columnOn(cell, row);
      if (column === "") (own ??= {})[field] = cell as string;
      shape = this.child(shape, field, column);
    }
    const out = new SharedSource(source.sheet, source.row, shape);
    if (own) out.cells = own;
    return out;
  }

  private child(shape: CellShape, field: string, column: string): CellShape {
    let children = this.next.get(shape);
    if (!children) this.next.set(shape, (children = new Map()));
    const key = `${field}\u0000${column}`;
    let found = children.get(key);
    if (!found) {
      found = { fields: [...shape.fields, field], columns: [...shape.columns, column] };
      children.set(key, found);
    }
    return found;
  }
}
