// Worksheet and WorksheetCollection proxies.
import { parseBox, splitAreas } from "./address";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeObject } from "./object";
import { FakeAutoFilter, FakePageLayout } from "./page-layout";
import { FakeRange, FakeRangeAreas } from "./range";
import { usedBox } from "./sheet-cells";
import { type Box, type FakeSheet, type FakeVisibility, type FakeWorkbookState } from "./state";
import { FakeFreezePanes } from "./worksheet-collection";

const WHOLE_SHEET: Box = { r0: 0, c0: 0, r1: 1048575, c1: 16383 };

export class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly freezePanes = new FakeFreezePanes(this.context, () => this.resolve(), "WorksheetFreezePanes");
  readonly pageLayout = new FakePageLayout(this.context, () => this.resolve(), "PageLayout");
  readonly autoFilter = new FakeAutoFilter(this.context, () => this.resolve(), "AutoFilter");
  readonly notes = new FakeNoteCollection(this.context, () => this.resolve(), "NoteCollection", "sheet");
  readonly comments = new FakeCommentCollection(
    this.context,
    () => this.resolve(),
    "CommentCollection",
    "sheet",
  );

  protected override target(): FakeSheet {
    const sheet = super.target();
    if (!this.context.state.sheets.includes(sheet)) throw itemNotFound(this.entity);
    return sheet;
  }

  protected override scalars(): Record<string, (s: FakeSheet) => unknown> {
    return {
      name: (s) => s.name,
      id: (s) => `{sheet-${s.id}}`,
      visibility: (s) => s.visibility,
      position: (s) => this.context.state.sheets.indexOf(s),
      tabColor: (s) => s.tabColor,
    };
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(index: number) {
    this.remember("position", index);
    this.edit(index, (s) => {
      const sheets = this.context.state.sheets;
      if (!Number.isInteger(index) || index < 0) throw invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(index, sheets.length), 0, s);
    });
  }

  get visibility(): FakeVisibility {
    return this.read("visibility");
  }
  set visibility(v: FakeVisibility) {
    this.remember("visibility", v);
    this.edit(v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument("Worksheet.visibility");
      if (v !== "Visible" && visibleOthers(this.context.state, s) === 0) throw lastVisible();
      s.visibility = v;
      if (v !== "Visible" && this.context.state.activeSheetId === s.id)
        activateAnother(this.context.state, s);
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.remember("tabColor", color);
    this.edit(color, (s) => {
      this.context.requireApi("1.7", "Worksheet.tabColor");
      s.tabColor = color;
    });
  }

  getRange(address?: string): FakeRange {
    return FakeRange.on(
      this.context,
      () => this.target(),
      () => (address === undefined ? WHOLE_SHEET : parseBox(address, "Worksheet.getRange")),
      address ?? null,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return FakeRange.on(
      this.context,
      () => {
        this.context.requireApi("1.7", "Worksheet.getRangeByIndexes");
        return this.target();
      },
      () => {
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
          throw invalidArgument("Worksheet.getRangeByIndexes");
        }
        return {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
      },
      [startRow, startColumn, rowCount, columnCount],
    );
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi("1.9", "Worksheet.getRanges");
        const areas = splitAreas(address);
        // Excel turns long lists away (office-js issue 5198: ~513 areas / ~8,200 characters failed).
        if (areas.length > 500 || address.length > 8_000) {
          throw invalidArgument("Worksheet.getRanges", `${areas.length} areas, ${address.length} characters`);
        }
        const boxes = areas.map((a) => parseBox(a, "Worksheet.getRanges"));
        if (boxes.length === 0) throw invalidArgument("Worksheet.getRanges");
        return { sheet: this.target(), boxes };
      },
      "RangeAreas",
    ).queueResolve(address);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        return { sheet, boxes: [usedBox(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }] };
      },
      "Range",
    ).queueResolve(valuesOnly ?? null);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const sheet = this.target();
        const box = usedBox(sheet, valuesOnly === true);
        return box ? { sheet, boxes: [box] } : null;
      },
      "Range",
    ).queueResolve(valuesOnly ?? null);
  }

  activate(): void {
    this.context.enqueue({
      args: null,
      writes: false,
      view: true,
      run: () => {
        const s = this.target();
        if (s.visibility !== "Visible")
          throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
        this.context.state.activeSheetId = s.id;
      },
    });
  }

  delete(): void {
    this.edit(null, (s) => {
      const state = this.context.state;
      if (s.visibility === "Visible" && visibleOthers(state, s) === 0) throw lastVisible();
      state.sheets.splice(state.sheets.indexOf(s), 1);
      if (state.activeSheetId === s.id) activateAnother(state, s);
      if (state.selection?.sheetId === s.id) state.selection = null;
    });
  }

  private edit(args: unknown, apply: (s: FakeSheet) => void): void {
    this.context.enqueue({ args, writes: true, run: () => apply(this.target()) });
  }
}

function visibleOthers(state: FakeWorkbookState, sheet: FakeSheet): number {
  return state.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length;
}

function activateAnother(state: FakeWorkbookState, sheet: FakeSheet): void {
  state.activeSheetId = state.sheets.find((s) => s !== sheet && s.visibility === "Visible")?.id ?? null;
}

function lastVisible(): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
}
