// Workbook and Application proxies: the roots a request context hands out.
import type { FakeRequestContext } from "./context";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeObject } from "./object";
import { FakeRange } from "./range";
import type { FakeWorkbookState } from "./state";
import { worksheets, type FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends FakeObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;

  constructor(context: FakeRequestContext) {
    super(context, () => context.state, "Workbook");
    this.worksheets = worksheets(context);
    this.notes = new FakeNoteCollection(context, () => null, "NoteCollection", "workbook");
    this.comments = new FakeCommentCollection(context, () => null, "CommentCollection", "workbook");
  }

  protected override scalars(): Record<string, (s: FakeWorkbookState) => unknown> {
    return {
      name: (s) => {
        this.context.requireApi("1.7", "Workbook.name");
        return s.name;
      },
    };
  }

  get name(): string {
    return this.read("name");
  }

  getSelectedRange(): FakeRange {
    const state = this.context.state;
    return new FakeRange(
      this.context,
      () => {
        const sel = state.selection;
        const sheet = sel ? state.sheetById(sel.sheetId) : undefined;
        return sel && sheet ? { sheet, boxes: [sel.box] } : null;
      },
      "Range",
    ).queueResolve(null);
  }
}

export class FakeApplication extends FakeObject<FakeWorkbookState> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.state, "Application");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      args: null,
      writes: false,
      run: () => {
        this.context.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
        this.context.calculationSuspended = true;
      },
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      args: null,
      writes: false,
      run: () => {
        this.context.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
        this.context.screenUpdatingSuspended = true;
      },
    });
  }
}
