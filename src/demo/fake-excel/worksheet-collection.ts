// The workbook's worksheets collection of the Office.js stand-in: add, get, names, and the
// visibility rules Excel keeps (one sheet stays visible), and a sheet's freeze panes.
import { parseBox } from "./address";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeCollection, FakeObject } from "./object";
import { type FakeSheet, type FakeWorkbookState } from "./state";
import { FakeWorksheet } from "./worksheet";

const INVALID_NAME = /[\\/?*:[\]]/;

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  freezeRows(count = 1): void {
    this.change(count, (s) => {
      s.freezeRows = count;
      s.freezeColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this.change(count, (s) => {
      s.freezeRows = 0;
      s.freezeColumns = count;
    });
  }

  /** Freezes the rows and columns of `range`, which starts at A1 (the top-left pane). */
  freezeAt(range: string): void {
    this.change(range, (s) => {
      const box = typeof range === "string" ? parseBox(range, "WorksheetFreezePanes.freezeAt") : null;
      if (!box || box.r0 !== 0 || box.c0 !== 0) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      s.freezeRows = box.r1 + 1;
      s.freezeColumns = box.c1 + 1;
    });
  }

  unfreeze(): void {
    this.change(null, (s) => {
      s.freezeRows = 0;
      s.freezeColumns = 0;
    });
  }

  private change(args: unknown, apply: (s: FakeSheet) => void): void {
    this.context.enqueue({
      args,
      writes: true,
      run: () => {
        this.context.requireApi("1.7", "Worksheet.freezePanes");
        apply(this.target());
      },
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeWorksheet> {
  protected override list(state: FakeWorkbookState): FakeWorksheet[] {
    return state.sheets.map((s) => {
      const proxy = new FakeWorksheet(this.context, () => s, "Worksheet");
      proxy.resolve();
      return proxy;
    });
  }

  protected override itemScalars(): string[] {
    return ["name", "id", "visibility", "position", "tabColor"];
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const sheet = this.context.state.findSheet(key);
        if (!sheet) throw itemNotFound(`Worksheets.getItem("${key}")`);
        return sheet;
      },
      "Worksheet",
    ).queueResolve(key);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
        return this.context.state.findSheet(key) ?? null;
      },
      "Worksheet",
    ).queueResolve(key);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const state = this.context.state;
        const sheet = state.activeSheetId === null ? undefined : state.sheetById(state.activeSheetId);
        if (!sheet) throw itemNotFound("Worksheets.getActiveWorksheet");
        return sheet;
      },
      "Worksheet",
    ).queueResolve(null);
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(
      this.context,
      () => {
        const state = this.context.state;
        let chosen = name;
        if (chosen === undefined) {
          let n = state.sheets.length + 1;
          while (state.findSheet(`Sheet${n}`)) n++;
          chosen = `Sheet${n}`;
        }
        if (chosen.trim() === "" || chosen.length > 31 || INVALID_NAME.test(chosen) || /^'|'$/.test(chosen)) {
          throw invalidArgument("Worksheets.add", `sheet name "${chosen}"`);
        }
        if (state.findSheet(chosen)) {
          throw new FakeOfficeError(
            "ItemAlreadyExists",
            "The resource already exists.",
            `Worksheets.add("${chosen}")`,
          );
        }
        return state.addSheet(chosen);
      },
      "Worksheet",
    );
    this.context.enqueue({ args: name ?? null, writes: true, run: () => void proxy.resolve() });
    return proxy;
  }
}

export function worksheets(ctx: FakeRequestContext): FakeWorksheetCollection {
  return new FakeWorksheetCollection(ctx, () => ctx.state, "WorksheetCollection");
}
