// The port over a real .xlsx file, through exceljs (Node, the massbal command).
// The only module that loads exceljs at run time (cells.ts only borrows its types).
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../a1";
import { splitOutValue, type InspectedCell } from "../out-value";
import type {
  CellRef,
  CellStyle,
  CellValue,
  OutValue,
  Patch,
  PortOptions,
  SheetOptions,
  SheetSnapshot,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { wantsSheet } from "../port";
import { formulaOf, inspectCell, readCellValue, readStyle, setFill, setNote, writeOutCell } from "./cells";
import { repairPackage } from "./package-fixes";

import { snapshotToXlsx } from "./from-snapshot";

export { scanLossyParts } from "./lossy-parts";
export { snapshotToXlsx } from "./from-snapshot";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly name: string,
  ) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    const buf = await readFile(path);
    return XlsxWorkbook.fromBuffer(buf, path.split(/[\\/]/).pop() ?? path);
  }

  static async fromBuffer(
    buf: Buffer | ArrayBuffer | Uint8Array,
    name = "Workbook.xlsx",
  ): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    // parts exceljs cannot read as written by other programs are repaired first (package-fixes.ts)
    await wb.xlsx.load(await repairPackage(toArrayBuffer(buf)));
    return new XlsxWorkbook(wb, name);
  }

  /** A workbook holding the snapshot's sheets, written to and loaded from a real file. */
  static async fromSnapshot(snapshot: WorkbookSnapshot): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromBuffer(await snapshotToXlsx(snapshot), snapshot.name);
  }

  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.wb.xlsx.writeBuffer());
  }

  async readSnapshot(options?: PortOptions): Promise<WorkbookSnapshot> {
    const sheets: SheetSnapshot[] = [];
    const all = this.wb.worksheets;
    for (const [i, ws] of all.entries()) {
      options?.signal?.throwIfAborted();
      options?.onProgress?.({ phase: `Reading sheet ${ws.name}`, fraction: i / all.length });
      sheets.push(wantsSheet(options, ws.name) ? snapshotSheet(ws, this.date1904) : listedSheet(ws));
    }
    options?.onProgress?.({ phase: `Read ${all.length} sheets`, fraction: 1 });
    return this.date1904 ? { name: this.name, sheets, dateSystem: 1904 } : { name: this.name, sheets };
  }

  /** Whether the workbook counts dates in the 1904 system (old Mac workbooks). */
  private get date1904(): boolean {
    return this.wb.properties?.date1904 === true;
  }

  async readCellStyles(cells: CellRef[], options?: PortOptions): Promise<CellStyle[]> {
    options?.signal?.throwIfAborted();
    return cells.map((ref) => readStyle(this.requireSheet(ref.sheet).getCell(ref.cell)));
  }

  async applyPatch(patch: Patch, options?: PortOptions): Promise<void> {
    options?.signal?.throwIfAborted();
    for (const op of patch.ops) {
      if (op.kind === "replaceSheet") this.replaceSheet(op.name, op.rows, op.options);
      else if (op.kind === "deleteSheet") {
        const ws = this.wb.getWorksheet(op.name);
        if (ws) this.wb.removeWorksheet(ws.id);
      } else {
        for (const c of op.cells) {
          const cell = this.requireSheet(c.sheet).getCell(c.cell);
          setFill(cell, c.fill);
          setNote(cell, c.note);
        }
      }
    }
    this.keepActiveTabVisible();
  }

  // Excel opens on the active tab: it must still exist and not be a (very) hidden sheet.
  private keepActiveTabVisible(): void {
    const sheets = this.wb.worksheets;
    const firstVisible = Math.max(
      0,
      sheets.findIndex((ws) => ws.state === "visible"),
    );
    for (const view of this.wb.views ?? []) {
      const active = sheets[view.activeTab ?? 0];
      if (!active || active.state !== "visible") view.activeTab = firstVisible;
      if ((view.firstSheet ?? 0) >= sheets.length) view.firstSheet = 0;
    }
  }

  sheetNames(): string[] {
    return this.wb.worksheets.map((ws) => ws.name);
  }

  /** Value and look of one cell, for tests and tools. */
  inspect(ref: CellRef): InspectedCell {
    return inspectCell(this.requireSheet(ref.sheet), ref.cell, this.date1904);
  }

  /** The sheet options as stored in the file. */
  getSheetOptions(name: string): SheetOptions {
    const ws = this.requireSheet(name);
    const widths: number[] = [];
    ws.columns?.forEach((col, i) => {
      if (col.width !== undefined) widths[i] = col.width;
    });
    const frozen = ws.views?.find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
    const tab = ws.properties.tabColor?.argb;
    return {
      visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
      columnWidths: widths,
      ...(frozen?.ySplit ? { freezeRows: frozen.ySplit } : {}),
      ...(tab ? { tabColor: `#${tab.slice(-6).toUpperCase()}` } : {}),
    };
  }

  private requireSheet(name: string): ExcelJS.Worksheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw new Error(`The workbook has no sheet named "${name}".`);
    return ws;
  }

  private replaceSheet(name: string, rows: OutValue[][], options?: SheetOptions): void {
    const old = this.wb.getWorksheet(name);
    // exceljs keeps tab order in an untyped orderNo; a replaced sheet keeps its place among the tabs.
    const orderNo = old ? (old as Ordered).orderNo : undefined;
    if (old) this.wb.removeWorksheet(old.id);
    const ws = this.wb.addWorksheet(name, {
      state: options?.visibility ?? "visible",
      ...(options?.tabColor ? { properties: { tabColor: { argb: `FF${options.tabColor.slice(1)}` } } } : {}),
      ...(options?.freezeRows ? { views: [{ state: "frozen", ySplit: options.freezeRows, xSplit: 0 }] } : {}),
    });
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    options?.columnWidths?.forEach((w, i) => {
      if (w !== undefined) ws.getColumn(i + 1).width = w;
    });
    rows.forEach((row, r) => {
      const xlRow = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v === null) return;
        writeOutCell(xlRow.getCell(c + 1), splitOutValue(v), this.date1904);
      });
    });
  }
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

function visibilityOf(ws: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  return ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible";
}

/** A sheet whose cells were not asked for: listed by name and visibility only. */
function listedSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  return { name: ws.name, visibility: visibilityOf(ws), values: [], formats: [], merges: [] };
}

const FORMULA_TYPE = 6; // exceljs ValueType.Formula

function snapshotSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vals: CellValue[] = [];
    let fmts: (string | null)[] | null = null;
    let fs: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      vals[colNumber - 1] = readCellValue(cell, date1904);
      const fmt = cell.numFmt;
      if (fmt) {
        fmts ??= [];
        fmts[colNumber - 1] = fmt;
      }
      if (cell.type === FORMULA_TYPE) {
        fs ??= [];
        fs[colNumber - 1] = formulaOf(cell.value);
      }
    });
    values[rowNumber - 1] = fillHoles(vals);
    if (fmts) formats[rowNumber - 1] = fillHoles(fmts);
    if (fs) formulas[rowNumber - 1] = fillHoles(fs);
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => {
    const r = parseRange(m);
    return rangeAddress(r.start, r.end);
  });
  return {
    name: ws.name,
    visibility: visibilityOf(ws),
    values: fillHoles(values, () => []),
    formats: fillHoles(formats, () => []),
    merges,
    ...(formulas.length ? { formulas: fillHoles(formulas, () => []) } : {}),
  };
}

// Sparse arrays from exceljs would leave holes that `map` and `forEach` skip.
function fillHoles<T>(arr: T[], make?: () => T): T[] {
  const out = new Array<T>(arr.length);
  for (let i = 0; i < arr.length; i++) out[i] = i in arr ? (arr[i] as T) : make ? make() : (null as T);
  return out;
}

function toArrayBuffer(buf: Buffer | ArrayBuffer | Uint8Array): ArrayBuffer {
  if (buf instanceof ArrayBuffer) return buf;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
