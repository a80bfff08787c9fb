// Range.getRowProperties (ExcelApi 1.9): per row of a range, whether it is hidden, the common
// strikethrough, superscript and subscript of its cells' font and their common fill colour (null
// where they differ; white for no fill, as Excel says);
// Range.getCellProperties: per cell, its font's strikethrough, superscript and subscript (null
// where part of its text is raised or lowered and part not, as Excel says of a rich-text cell) and
// its fill colour;
// Range.getColumnProperties: per column, whether it is hidden. Each a ClientResult read after a sync.
import { FakeObject } from "./object";
import { cellKey } from "./state";
import { type Area, first } from "./area";
import type { FakeRequestContext } from "./context";

/** The font properties the fake models; a row's or a cell's answer holds those asked for. */
type FontAsk = { strikethrough?: boolean; superscript?: boolean; subscript?: boolean };
type FontSays = { strikethrough?: boolean | null; superscript?: boolean | null; subscript?: boolean | null };

/** What the adapter may ask of a row; other options are refused as unmodelled. */
export interface FakeRowPropertiesOptions {
  rowHidden?: boolean;
  format?: { font?: FontAsk; fill?: { color?: boolean } };
}

/** What a row's or a cell's format answers: the font, and the fill colour where asked. */
type FormatSays = { font?: FontSays; fill?: { color: string | null } };

/** One row's answer: only the properties asked for. */
export interface FakeRowProps {
  rowHidden?: boolean;
  format?: FormatSays;
}

/** The fill colour of cells c0..c1 of row r: "#RRGGBB" (white for none), null where they differ. */
function fillAnswer(a: Area, r: number, c0: number, c1: number): { color: string | null } {
  const of = (c: number) => a.sheet.fills.get(cellKey(r, c)) ?? "#FFFFFF";
  const color = of(c0);
  for (let c = c0 + 1; c <= c1; c++) if (of(c) !== color) return { color: null };
  return { color };
}

/** The format answer of cells c0..c1 of row r to `ask`. */
function formatAnswer(
  a: Area,
  r: number,
  c0: number,
  c1: number,
  ask: { font?: FontAsk; fill?: { color?: boolean } },
): FormatSays {
  return {
    ...(ask.font ? { font: fontAnswer(a, r, c0, c1, ask.font) } : {}),
    ...(ask.fill?.color ? { fill: fillAnswer(a, r, c0, c1) } : {}),
  };
}

/** A cell's font property `p`: struck or not; raised (lowered) whole, not at all, or in part (null). */
function fontOf(a: Area, r: number, c: number, p: keyof FontAsk): boolean | null {
  const key = cellKey(r, c);
  if (p === "strikethrough") return a.sheet.struck.has(key);
  return a.sheet.mixedScript.get(key) === p ? null : false;
}

/** The font properties of `options` asked, of the cells c0..c1 of row r: each common value, null where they differ. */
function fontAnswer(a: Area, r: number, c0: number, c1: number, ask: FontAsk): FontSays {
  const says: FontSays = {};
  for (const p of ["strikethrough", "superscript", "subscript"] as const) {
    if (!ask[p]) continue;
    let v: boolean | null = fontOf(a, r, c0, p);
    for (let c = c0 + 1; c <= c1 && v !== null; c++) if (fontOf(a, r, c, p) !== v) v = null;
    says[p] = v;
  }
  return says;
}

/**
 * The answer of getRowProperties, getCellProperties or getColumnProperties (a ClientResult):
 * `value`, what `answer` says of the range, after the next sync, with no load.
 */
export class FakePropertiesResult<V> extends FakeObject<Area> {
  constructor(
    context: FakeRequestContext,
    area: () => Area | null,
    entity: string,
    private readonly answer: (a: Area) => V,
  ) {
    super(context, area, entity);
    this.load("value");
  }

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return { value: (a) => this.answer(a) };
  }

  get value(): V {
    return this.read("value");
  }
}

/** The answer of getRowProperties. */
export type FakeRowProperties = FakePropertiesResult<FakeRowProps[]>;

/** Each row's answer to `options`. */
export function rowProps(a: Area, options: FakeRowPropertiesOptions): FakeRowProps[] {
  const box = first(a);
  const out: FakeRowProps[] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: FakeRowProps = {};
    if (options.rowHidden) row.rowHidden = a.sheet.hiddenRows.has(r);
    if (options.format) row.format = formatAnswer(a, r, box.c0, box.c1, options.format);
    out.push(row);
  }
  return out;
}

/** What the adapter may ask of a cell; other options are refused as unmodelled. */
export interface FakeCellPropertiesOptions {
  format?: { font?: FontAsk; fill?: { color?: boolean } };
}

/** One cell's answer: only the properties asked for. */
export interface FakeCellProps {
  format?: FormatSays;
}

/** The answer of getCellProperties: rows of cells. */
export type FakeCellProperties = FakePropertiesResult<FakeCellProps[][]>;

/** Each cell's answer to `options`, row by row. */
export function cellProps(a: Area, options: FakeCellPropertiesOptions): FakeCellProps[][] {
  const box = first(a);
  const out: FakeCellProps[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: FakeCellProps[] = [];
    const ask = options.format;
    for (let c = box.c0; c <= box.c1; c++) row.push(ask ? { format: formatAnswer(a, r, c, c, ask) } : {});
    out.push(row);
  }
  return out;
}

/** What the adapter may ask of a column; other options are refused as unmodelled. */
export interface FakeColumnPropertiesOptions {
  columnHidden?: boolean;
}

/** The answer of getColumnProperties: one entry per column. */
export type FakeColumnProperties = FakePropertiesResult<{ columnHidden?: boolean }[]>;

/** Each column's answer to `options`. */
export function columnProps(a: Area, options: FakeColumnPropertiesOptions): { columnHidden?: boolean }[] {
  const box = first(a);
  const out: { columnHidden?: boolean }[] = [];
  for (let c = box.c0; c <= box.c1; c++)
    out.push(options.columnHidden ? { columnHidden: a.sheet.hiddenColumns.has(c) } : {});
  return out;
}
