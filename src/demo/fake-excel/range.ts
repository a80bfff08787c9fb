// Range and RangeAreas proxies with their format, fill and font.
import { cellCount, forEachCell, parseBox } from "./address";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { type Loadable } from "./object";
import {
  boxAddress,
  getFormat,
  getRaw,
  rawType,
  rawValue,
  setFormat,
  setRaw,
  writeInput,
  cellInput,
} from "./sheet-cells";
import { cellKey, type Box, type FakeSheet } from "./state";
import { type Area, AreaObject, first, grid } from "./area";
import { FakeRangeFormat } from "./range-format";
import * as props from "./row-properties";

export class FakeRange extends AreaObject {
  readonly format = new FakeRangeFormat(this.context, () => this.resolve(), `${this.entity}.format`);

  static on(ctx: FakeRequestContext, sheetOf: () => FakeSheet, box: () => Box, args: unknown): FakeRange {
    return new FakeRange(ctx, () => ({ sheet: sheetOf(), boxes: [box()] }), "Range").queueResolve(args);
  }

  protected override scalars(): Record<string, (a: Area) => unknown> {
    const at = (a: Area): Box => first(a);
    return {
      address: (a) => boxAddress(a.sheet, at(a)),
      rowIndex: (a) => at(a).r0,
      columnIndex: (a) => at(a).c0,
      rowCount: (a) => at(a).r1 - at(a).r0 + 1,
      columnCount: (a) => at(a).c1 - at(a).c0 + 1,
      cellCount: (a) => cellCount(at(a)),
      values: (a) => grid(a, (r, c) => rawValue(getRaw(a.sheet, r, c))),
      text: (a) => grid(a, (r, c) => String(rawValue(getRaw(a.sheet, r, c)))),
      valueTypes: (a) => grid(a, (r, c) => rawType(getRaw(a.sheet, r, c))),
      numberFormat: (a) => grid(a, (r, c) => getFormat(a.sheet, r, c)),
      formulas: (a) =>
        grid(a, (r, c) => a.sheet.formulas.get(cellKey(r, c)) ?? rawValue(getRaw(a.sheet, r, c))),
      hyperlink: (a) => {
        const link = a.sheet.links.get(cellKey(at(a).r0, at(a).c0));
        return link === undefined ? null : { documentReference: link };
      },
    };
  }

  protected override navs(): Record<string, Loadable> {
    return { format: this.format };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.writeGrid("values", input, (sheet, r, c, v) => writeInput(sheet, r, c, v));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeGrid("numberFormat", input, (sheet, r, c, f) => setFormat(sheet, r, c, String(f)));
  }

  /** A 2-D property write; null entries leave their cell as it is, as in Office.js. */
  private writeGrid(
    prop: string,
    input: unknown[][],
    put: (sheet: FakeSheet, r: number, c: number, v: unknown) => void,
  ): void {
    this.remember(prop, input);
    this.edit(input, (a) => {
      const box = first(a);
      const at = cellInput(input, box, `Range.${prop}`);
      forEachCell(box, (r, c) => {
        const v = at(r, c);
        if (v !== null) put(a.sheet, r, c, v);
      });
    });
  }

  /** `Range.get<name>` (ExcelApi 1.9): `answer` of this range after the next sync, with no load. */
  private properties<V>(name: string, answer: (a: Area) => V): props.FakePropertiesResult<V> {
    this.context.requireApi("1.9", `Range.get${name}`);
    return new props.FakePropertiesResult(this.context, () => this.resolve(), `${name}Result`, answer);
  }

  /** Per row: hidden, and the font's strikethrough (null where the row's cells differ). ExcelApi 1.9. */
  getRowProperties(options: props.FakeRowPropertiesOptions): props.FakeRowProperties {
    return this.properties("RowProperties", (a) => props.rowProps(a, options));
  }

  /** Per column: hidden. ExcelApi 1.9. */
  getColumnProperties(options: props.FakeColumnPropertiesOptions): props.FakeColumnProperties {
    return this.properties("ColumnProperties", (a) => props.columnProps(a, options));
  }

  /** Per cell: the font's strikethrough. ExcelApi 1.9. */
  getCellProperties(options: props.FakeCellPropertiesOptions): props.FakeCellProperties {
    return this.properties("CellProperties", (a) => props.cellProps(a, options));
  }

  get hyperlink(): { documentReference?: string } | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string } | null) {
    this.remember("hyperlink", link);
    this.context.enqueue({
      args: link,
      writes: true,
      run: () => {
        this.context.requireApi("1.7", "Range.hyperlink");
        const a = this.editable();
        forEachCell(first(a), (r, c) => {
          const key = cellKey(r, c);
          const target = link?.documentReference ?? link?.address;
          if (target === undefined) a.sheet.links.delete(key);
          else a.sheet.links.set(key, target);
          if (link?.textToDisplay !== undefined) setRaw(a.sheet, r, c, link.textToDisplay);
        });
      },
    });
  }

  /** The sheet-qualified address, for calls that take a Range where Excel takes an address. */
  resolvedAddress(): string {
    const a = this.target();
    return boxAddress(a.sheet, first(a));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive({ row, column }, (b) => ({
      r0: b.r0 + row,
      c0: b.c0 + column,
      r1: b.r0 + row,
      c1: b.c0 + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive({ deltaRows, deltaColumns }, (b) => ({
      ...b,
      r1: b.r1 + deltaRows,
      c1: b.c1 + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive({ rowOffset, columnOffset }, (b) => ({
      r0: b.r0 + rowOffset,
      c0: b.c0 + columnOffset,
      r1: b.r1 + rowOffset,
      c1: b.c1 + columnOffset,
    }));
  }

  select(): void {
    this.context.enqueue({
      args: null,
      writes: false,
      view: true,
      run: () => {
        const a = this.target();
        this.context.state.activeSheetId = a.sheet.id;
        this.context.state.selection = { sheetId: a.sheet.id, box: { ...first(a) } };
      },
    });
  }

  clear(applyTo?: string): void {
    this.edit(applyTo ?? "All", (a) => clearArea(a, applyTo ?? "All"));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        const a = this.target();
        const box = first(a);
        const merged = a.sheet.merges
          .map((m) => parseBox(m, "merges"))
          .filter((m) => m.r0 <= box.r1 && m.r1 >= box.r0 && m.c0 <= box.c1 && m.c1 >= box.c0);
        return merged.length === 0 ? null : { sheet: a.sheet, boxes: merged };
      },
      "RangeAreas",
    );
    return areas.queueResolve(null);
  }

  private derive(args: unknown, shift: (b: Box) => Box): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const a = this.target();
        const box = shift(first(a));
        if (box.r0 < 0 || box.c0 < 0 || box.r1 < box.r0 || box.c1 < box.c0)
          throw invalidArgument("Range", "outside the sheet");
        return { sheet: a.sheet, boxes: [box] };
      },
      "Range",
    ).queueResolve(args);
  }
}

function clearArea(a: Area, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const box of a.boxes) {
    const inBox = (key: number): boolean => {
      const r = Math.floor(key / 16384);
      const c = key % 16384;
      return r >= box.r0 && r <= box.r1 && c >= box.c0 && c <= box.c1;
    };
    for (
      let r = box.r0;
      r <= Math.min(box.r1, Math.max(a.sheet.values.length, a.sheet.formats.length) - 1);
      r++
    ) {
      const last = Math.min(
        box.c1,
        Math.max(a.sheet.values[r]?.length ?? 0, a.sheet.formats[r]?.length ?? 0) - 1,
      );
      for (let c = box.c0; c <= last; c++) {
        if (contents) setRaw(a.sheet, r, c, undefined);
        if (formats) setFormat(a.sheet, r, c, "General");
      }
    }
    const drop = <K>(m: Map<number, K> | Set<number>): void => {
      for (const key of [...m.keys()]) if (inBox(key)) m.delete(key);
    };
    if (contents) drop(a.sheet.formulas);
    if (contents) drop(a.sheet.links);
    if (formats) drop(a.sheet.fills);
    if (formats) drop(a.sheet.bold);
    if (formats) drop(a.sheet.struck);
  }
}

/** Several rectangles of one sheet (Worksheet.getRanges, ExcelApi 1.9). */
export class FakeRangeAreas extends AreaObject {
  readonly format = new FakeRangeFormat(this.context, () => this.resolve(), `${this.entity}.format`);

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return {
      address: (a) => a.boxes.map((b) => boxAddress(a.sheet, b)).join(","),
      areaCount: (a) => a.boxes.length,
      cellCount: (a) => a.boxes.reduce((n, b) => n + cellCount(b), 0),
    };
  }

  protected override navs(): Record<string, Loadable> {
    return { format: this.format };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }

  clear(applyTo?: string): void {
    this.edit(applyTo ?? "All", (a) => clearArea(a, applyTo ?? "All"));
  }
}
