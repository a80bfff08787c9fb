// The format of a fake range as Office.js shows it: column width, wrapping, autofit, fill and font.
import { forEachCell } from "./address";
import { invalidArgument } from "./errors";
import { type Loadable } from "./object";
import { cellKey, DEFAULT_COLUMN_WIDTH } from "./state";
import { type Area, AreaObject, first } from "./area";

export class FakeRangeFormat extends AreaObject {
  readonly fill = new FakeRangeFill(this.context, () => this.resolve(), `${this.entity}.fill`);
  readonly font = new FakeRangeFont(this.context, () => this.resolve(), `${this.entity}.font`);

  protected override scalars(): Record<string, (a: Area) => unknown> {
    return {
      columnWidth: (a) => a.sheet.columnWidths.get(first(a).c0) ?? DEFAULT_COLUMN_WIDTH,
      wrapText: (a) => uniform(a, (k) => a.sheet.wrapped.has(k)),
      rowHidden: (a) => uniformRows(a, (r) => a.sheet.hiddenRows.has(r)),
    };
  }

  protected override navs(): Record<string, Loadable> {
    return { fill: this.fill, font: this.font };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.edit(points, (a) => {
      for (const b of a.boxes) for (let c = b.c0; c <= b.c1; c++) a.sheet.columnWidths.set(c, points);
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(on: boolean) {
    this.remember("wrapText", on);
    this.edit(on, (a) => {
      for (const b of a.boxes)
        forEachCell(b, (r, c) =>
          on ? a.sheet.wrapped.add(cellKey(r, c)) : a.sheet.wrapped.delete(cellKey(r, c)),
        );
    });
  }

  set verticalAlignment(v: string) {
    this.remember("verticalAlignment", v);
    this.edit(v, () => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
        throw invalidArgument(`${this.entity}.verticalAlignment`);
    });
  }

  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  set rowHidden(on: boolean) {
    this.remember("rowHidden", on);
    this.edit(on, (a) => {
      for (const b of a.boxes)
        for (let r = b.r0; r <= b.r1; r++) {
          if (on) a.sheet.hiddenRows.add(r);
          else a.sheet.hiddenRows.delete(r);
        }
    });
  }

  autofitColumns(): void {
    this.edit(null, () => {});
  }

  /** Row heights are not modelled: the demo grid grows rows with their text by itself. */
  autofitRows(): void {
    this.edit(null, () => {});
  }
}

/** Reads the common value of a property of rows over all rows of the area, or null when they differ. */
function uniformRows<V>(a: Area, row: (r: number) => V): V | null {
  let seen: { v: V } | null = null;
  for (const box of a.boxes)
    for (let r = box.r0; r <= box.r1; r++) {
      const v = row(r);
      if (seen === null) seen = { v };
      else if (seen.v !== v) return null;
    }
  return seen?.v ?? null;
}

/** Reads the common value of a property over all cells, or null when they differ. */
export function uniform<V>(a: Area, cell: (key: number) => V): V | null {
  let seen: { v: V } | null = null;
  for (const box of a.boxes) {
    for (let r = box.r0; r <= box.r1; r++) {
      for (let c = box.c0; c <= box.c1; c++) {
        const v = cell(cellKey(r, c));
        if (seen === null) seen = { v };
        else if (seen.v !== v) return null;
      }
    }
  }
  return seen?.v ?? null;
}

export class FakeRangeFill extends AreaObject {
  protected override scalars(): Record<string, (a: Area) => unknown> {
    return {
      // Excel reports white for a cell without fill; `pattern` tells the two apart.
      color: (a) => uniform(a, (k) => a.sheet.fills.get(k) ?? "#FFFFFF"),
      pattern: (a) => {
        this.context.requireApi("1.9", "RangeFill.pattern");
        return uniform(a, (k) => (a.sheet.fills.has(k) ? "Solid" : "None"));
      },
    };
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.edit(color, (a) => {
      const hex = normaliseHex(color, this.entity);
      for (const b of a.boxes) forEachCell(b, (r, c) => a.sheet.fills.set(cellKey(r, c), hex));
    });
  }

  get pattern(): string {
    return this.read("pattern");
  }

  clear(): void {
    this.edit(null, (a) => {
      for (const b of a.boxes) forEachCell(b, (r, c) => a.sheet.fills.delete(cellKey(r, c)));
    });
  }
}

function normaliseHex(color: string, location: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw invalidArgument(location, `colour "${color}"`);
  return `#${(m[1] as string).toUpperCase()}`;
}

export class FakeRangeFont extends AreaObject {
  protected override scalars(): Record<string, (a: Area) => unknown> {
    return {
      bold: (a) => uniform(a, (k) => a.sheet.bold.has(k)),
      strikethrough: (a) => uniform(a, (k) => a.sheet.struck.has(k)),
    };
  }

  get strikethrough(): boolean | null {
    return this.read("strikethrough");
  }
  set strikethrough(on: boolean) {
    this.edit(on, (a) => {
      for (const b of a.boxes)
        forEachCell(b, (r, c) =>
          on ? a.sheet.struck.add(cellKey(r, c)) : a.sheet.struck.delete(cellKey(r, c)),
        );
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(on: boolean) {
    this.edit(on, (a) => {
      for (const b of a.boxes) {
        forEachCell(b, (r, c) => (on ? a.sheet.bold.add(cellKey(r, c)) : a.sheet.bold.delete(cellKey(r, c))));
      }
    });
  }
}
