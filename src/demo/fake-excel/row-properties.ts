// Range.getRowProperties (ExcelApi 1.9): per row of a range, whether it is hidden and the common
// strikethrough of its cells' font (null where they differ); Range.getCellProperties: per cell,
// its font's strikethrough; Range.getColumnProperties: per column, whether it is hidden. Each a
// ClientResult read after a sync.
import { FakeObject } from "./object";
import { cellKey } from "./state";
import { type Area, first } from "./area";
import type { FakeRequestContext } from "./context";

/** What the adapter may ask of a row; other options are refused as unmodelled. */
export interface FakeRowPropertiesOptions {
  rowHidden?: boolean;
  format?: { font?: { strikethrough?: boolean } };
}

/** One row's answer: only the properties asked for. */
export interface FakeRowProps {
  rowHidden?: boolean;
  format?: { font: { strikethrough: boolean | null } };
}

/** The answer of getRowProperties: `value` after the next sync, with no load (a ClientResult). */
export class FakeRowProperties extends FakeObject<Area> {
  constructor(
    context: FakeRequestContext,
    area: () => Area | null,
    private readonly options: FakeRowPropertiesOptions,
  ) {
    super(context, area, "RowPropertiesResult");
    this.load("value");
  }

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return { value: (a) => rowProps(a, this.options) };
  }

  get value(): FakeRowProps[] {
    return this.read("value");
  }
}

function rowProps(a: Area, options: FakeRowPropertiesOptions): FakeRowProps[] {
  const box = first(a);
  const out: FakeRowProps[] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: FakeRowProps = {};
    if (options.rowHidden) row.rowHidden = a.sheet.hiddenRows.has(r);
    if (options.format?.font?.strikethrough) {
      let struck: boolean | null = a.sheet.struck.has(cellKey(r, box.c0));
      for (let c = box.c0 + 1; c <= box.c1 && struck !== null; c++)
        if (a.sheet.struck.has(cellKey(r, c)) !== struck) struck = null;
      row.format = { font: { strikethrough: struck } };
    }
    out.push(row);
  }
  return out;
}

/** What the adapter may ask of a cell; other options are refused as unmodelled. */
export interface FakeCellPropertiesOptions {
  format?: { font?: { strikethrough?: boolean } };
}

/** One cell's answer: only the properties asked for. */
export interface FakeCellProps {
  format?: { font: { strikethrough: boolean } };
}

/** The answer of getCellProperties: `value` (rows of cells) after the next sync, with no load. */
export class FakeCellProperties extends FakeObject<Area> {
  constructor(
    context: FakeRequestContext,
    area: () => Area | null,
    private readonly options: FakeCellPropertiesOptions,
  ) {
    super(context, area, "CellPropertiesResult");
    this.load("value");
  }

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return { value: (a) => cellProps(a, this.options) };
  }

  get value(): FakeCellProps[][] {
    return this.read("value");
  }
}

function cellProps(a: Area, options: FakeCellPropertiesOptions): FakeCellProps[][] {
  const box = first(a);
  const out: FakeCellProps[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: FakeCellProps[] = [];
    for (let c = box.c0; c <= box.c1; c++)
      row.push(
        options.format?.font?.strikethrough
          ? { format: { font: { strikethrough: a.sheet.struck.has(cellKey(r, c)) } } }
          : {},
      );
    out.push(row);
  }
  return out;
}

/** What the adapter may ask of a column; other options are refused as unmodelled. */
export interface FakeColumnPropertiesOptions {
  columnHidden?: boolean;
}

/** The answer of getColumnProperties: `value` after the next sync, one entry per column. */
export class FakeColumnProperties extends FakeObject<Area> {
  constructor(
    context: FakeRequestContext,
    area: () => Area | null,
    private readonly options: FakeColumnPropertiesOptions,
  ) {
    super(context, area, "ColumnPropertiesResult");
    this.load("value");
  }

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return {
      value: (a) => {
        const box = first(a);
        const out: { columnHidden?: boolean }[] = [];
        for (let c = box.c0; c <= box.c1; c++)
          out.push(this.options.columnHidden ? { columnHidden: a.sheet.hiddenColumns.has(c) } : {});
        return out;
      },
    };
  }

  get value(): { columnHidden?: boolean }[] {
    return this.read("value");
  }
}
