// Workbook and Application proxies: the roots a request context hands out.
import type { FakeRequestContext } from "./context";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeObject } from "./object";
import { FakeRange } from "./range";
import type { FakeWorkbookState } from "./state";
import { worksheets, type FakeWorksheetCollection } from "./worksheet-collection";

/**
 * A worksheet function's result (`Excel.FunctionResult`): `value` after a load and a sync. Only
 * what the adapter asks for is evaluated: DATE, by the workbook's date system.
 */
export class FakeFunctionResult extends FakeObject<FakeWorkbookState> {
  constructor(
    context: FakeRequestContext,
    private readonly evaluate: (s: FakeWorkbookState) => number,
  ) {
    super(context, () => context.state, "FunctionResult");
  }

  protected override scalars(): Record<string, (s: FakeWorkbookState) => unknown> {
    return { value: (s) => this.evaluate(s), error: () => null };
  }

  get value(): number {
    return this.read("value");
  }
}

/** `workbook.functions` (ExcelApi 1.2): worksheet functions evaluated without a cell. */
export class FakeFunctions {
  constructor(private readonly context: FakeRequestContext) {}

  /** DATE(year, month, day): the serial of that day in the workbook's date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    this.context.requireApi("1.2", "Functions.date");
    return new FakeFunctionResult(this.context, (s) => {
      const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
      return s.dateSystem === 1904 ? days - 1462 : days;
    });
  }
}

export class FakeWorkbook extends FakeObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;

  constructor(context: FakeRequestContext) {
    super(context, () => context.state, "Workbook");
    this.worksheets = worksheets(context);
    this.functions = new FakeFunctions(context);
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

  protected override scalars(): Record<string, (s: FakeWorkbookState) => unknown> {
    return { calculationMode: (s) => s.calculationMode };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.suspend("1.6", "suspendApiCalculationUntilNextSync", "calculationSuspended");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.suspend("1.9", "suspendScreenUpdatingUntilNextSync", "screenUpdatingSuspended");
  }

  /** Queues call `name` (ExcelApi `version`): at sync, the context's `flag` is set until the next one. */
  private suspend(
    version: string,
    name: string,
    flag: "calculationSuspended" | "screenUpdatingSuspended",
  ): void {
    this.context.enqueue({
      args: null,
      writes: false,
      run: () => {
        this.context.requireApi(version, `Application.${name}`);
        this.context[flag] = true;
      },
    });
  }
}
