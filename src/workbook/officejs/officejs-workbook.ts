// The port over Excel's JavaScript API: the only module family that names `Excel` or `Office`.
// Each port call is one Excel.run; its requests are planned against the 5 MB payload limit.
import type { CellRef, CellStyle, Patch, PortOptions, WorkbookPort, WorkbookSnapshot } from "../port";
import { detectCapabilities, type Capabilities, type NoteSupport, type Requirements } from "./capabilities";
import { readCellStyles, styleCells } from "./cell-styles";
import { fillBlankCells } from "./fill-cells";
import { toWorkbookError } from "./office-errors";
import { RequestBatch } from "./payload";
import { readWorkbookSnapshot } from "./read-snapshot";
import { applyPrintLayouts, writeSheet, type WrittenSheet } from "./write-sheet";
import { queueDateSystem } from "./date-system";

export { describeOfficeError, WorkbookError } from "./office-errors";
export type { NoteSupport, Requirements } from "./capabilities";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * A stand-in for Excel.run whose context mimics Excel.RequestContext (the fake Excel of the
 * tests and the demo). Types cannot prove the mimicry; the port contract suite over the fake does.
 */
export type StandInRun = (batch: never) => Promise<unknown>;

export interface OfficeJsOptions {
  /** default: the global Excel.run */
  run?: ExcelRun | StandInRun;
  /** default: Office.context.requirements */
  requirements?: Requirements;
}

export class OfficeJsWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly requirements: () => Requirements;
  private caps: Capabilities | null = null;

  constructor(options: OfficeJsOptions = {}) {
    // The globals are looked up when used, not now: Office may not be ready at construction.
    this.run = (options.run as ExcelRun | undefined) ?? ((batch) => Excel.run(batch));
    this.requirements = () => options.requirements ?? Office.context.requirements;
  }

  /** Where mark messages go in this Excel: notes, threaded comments, or only the findings sheet. */
  capabilities(): { notes: NoteSupport } {
    return { notes: this.detect().notes };
  }

  /** The workbook's file name, where Excel tells it (ExcelApi 1.7), else null. */
  async workbookName(): Promise<string | null> {
    if (!this.detect().api17) return null;
    return this.execute(async (context) => {
      context.workbook.load("name");
      await context.sync();
      return context.workbook.name || null;
    });
  }

  async readSnapshot(options?: PortOptions): Promise<WorkbookSnapshot> {
    options?.signal?.throwIfAborted();
    return this.execute((context) => readWorkbookSnapshot(context, this.detect(), options));
  }

  async readCellStyles(cells: CellRef[], options?: PortOptions): Promise<CellStyle[]> {
    options?.signal?.throwIfAborted();
    if (cells.length === 0) return [];
    return this.execute((context) =>
      readCellStyles(context, this.detect(), new RequestBatch(context, undefined, options?.signal), cells),
    );
  }

  async applyPatch(patch: Patch, options?: PortOptions): Promise<void> {
    options?.signal?.throwIfAborted();
    if (patch.ops.length === 0) return;
    const caps = this.detect();
    return this.execute(async (context) => {
      // Every request that writes waits with recalculation until it is done, so a large write
      // does not recalculate the workbook cell by cell. Redrawing is paused for the first request
      // only: Microsoft warns that pausing it request after request makes the window flicker.
      let redraw = true;
      const batch = new RequestBatch(
        context,
        () => {
          if (caps.api16) context.application.suspendApiCalculationUntilNextSync();
          if (caps.api19 && redraw) context.application.suspendScreenUpdatingUntilNextSync();
          redraw = false;
        },
        options?.signal,
      );
      const names = [
        ...new Set(
          patch.ops.flatMap((op) =>
            op.kind === "replaceSheet" || op.kind === "deleteSheet" ? [op.name] : [],
          ),
        ),
      ];
      // Sheets are written with their dates in the workbook's date system: asked along with the
      // lookup of the sheets to replace, which syncs whenever there is a sheet to write.
      const system = patch.ops.some((op) => op.kind === "replaceSheet")
        ? queueDateSystem(context)
        : () => 1900 as const;
      const present = await existingSheets(context, caps, names);
      const sheets = patch.ops.filter((op) => op.kind === "replaceSheet").length;
      const written: WrittenSheet[] = [];
      let done = 0;
      for (const op of patch.ops) {
        options?.onProgress?.({
          phase: progressPhase(op),
          fraction: done++ / patch.ops.length,
          ...(op.kind === "replaceSheet"
            ? { count: { done: written.length, total: sheets, unit: "sheets" } }
            : {}),
        });
        if (op.kind === "styleCells") {
          await styleCells(context, caps, batch, op.cells);
          continue;
        }
        if (op.kind === "fillBlankCells" || op.kind === "writeCells") {
          await fillBlankCells(context, caps, batch, op.cells, op.kind === "fillBlankCells");
          continue;
        }
        const existing = present.get(op.name.toLowerCase());
        if (existing) {
          await batch.add(op.name.length, () => existing.sheet.delete());
          present.delete(op.name.toLowerCase());
        }
        if (op.kind === "replaceSheet") {
          // A replaced sheet keeps its place among the tabs.
          written.push(
            await writeSheet(context, caps, batch, { ...op, position: existing?.position }, system()),
          );
        }
      }
      await batch.flush();
      for (const notice of await applyPrintLayouts(batch, caps, written)) options?.onNotice?.(notice);
      options?.onProgress?.({
        phase: "Workbook updated",
        fraction: 1,
        count: { done: written.length, total: sheets, unit: "sheets" },
      });
    });
  }

  async selectCell(ref: CellRef): Promise<void> {
    await this.execute(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRange(ref.cell).select();
      await context.sync();
    });
  }

  private detect(): Capabilities {
    this.caps ??= detectCapabilities(this.requirements());
    return this.caps;
  }

  private async execute<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }
}

interface PresentSheet {
  sheet: Excel.Worksheet;
  position: number;
}

/** The sheets among `names` that exist now, by lower-case name (Excel's names are case-insensitive). */
async function existingSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  names: string[],
): Promise<Map<string, PresentSheet>> {
  const found = new Map<string, PresentSheet>();
  if (names.length === 0) return found;
  const { worksheets } = context.workbook;
  if (caps.api14) {
    const lookups = names.map(
      (name) => [name, worksheets.getItemOrNullObject(name).load("position")] as const,
    );
    await context.sync();
    for (const [name, sheet] of lookups) {
      if (!sheet.isNullObject) found.set(name.toLowerCase(), { sheet, position: sheet.position });
    }
    return found;
  }
  worksheets.load("items/name,items/position");
  await context.sync();
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const sheet of worksheets.items) {
    const key = sheet.name.toLowerCase();
    if (wanted.has(key)) found.set(key, { sheet, position: sheet.position });
  }
  return found;
}

function progressPhase(op: Patch["ops"][number]): string {
  if (op.kind === "replaceSheet") return `Writing sheet ${op.name}`;
  if (op.kind === "deleteSheet") return `Removing sheet ${op.name}`;
  if (op.kind === "fillBlankCells") return `Writing ${op.cells.length} SD numbers into their rows`;
  if (op.kind === "writeCells") return `Marking ${op.cells.length} cells of withdrawn declarations`;
  return `Marking ${op.cells.length} cells`;
}
