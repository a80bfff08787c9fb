// The port over a real .xlsx file, through exceljs (Node, the massbal command).
// The only module that loads exceljs at run time (cells.ts only borrows its types).
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRange, rangeAddress } from "../a1";
import { excelHeaderFooter, parseHeaderFooter, splitOutValue, type InspectedCell } from "../out-value";
import type {
  CellRef,
  CellStyle,
  CellValue,
  OutValue,
  Patch,
  PortOptions,
  PrintLayout,
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

  /**
   * The workbook as a file. `macroEnabled` gives it the content type of an .xlsm, so Excel opens
   * a file saved under that name (it holds no macros: exceljs does not carry them over).
   */
  async toBuffer(options: { macroEnabled?: boolean } = {}): Promise<Buffer> {
    const buf = Buffer.from(await this.wb.xlsx.writeBuffer());
    return options.macroEnabled ? asMacroEnabled(buf) : buf;
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
      } else if (op.kind === "fillBlankCells") {
        for (const c of op.cells) {
          const cell = this.requireSheet(c.sheet).getCell(c.cell);
          const v = cell.value;
          if (v === null || v === undefined || v === "") cell.value = c.text;
        }
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
    const wrap: number[] = [];
    ws.columns?.forEach((col, i) => {
      if (col.width !== undefined) widths[i] = col.width;
      if (col.alignment?.wrapText) wrap.push(i);
    });
    const frozen = ws.views?.find((v) => v.state === "frozen") as
      { ySplit?: number; xSplit?: number } | undefined;
    const tab = ws.properties.tabColor?.argb;
    const filter = typeof ws.autoFilter === "string" ? ws.autoFilter : undefined;
    const print = readPrintLayout(ws);
    return {
      visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
      columnWidths: widths,
      ...(frozen?.ySplit ? { freezeRows: frozen.ySplit } : {}),
      ...(frozen?.xSplit ? { freezeColumns: frozen.xSplit } : {}),
      ...(wrap.length ? { wrapColumns: wrap } : {}),
      ...(filter ? { autoFilter: filter } : {}),
      ...(print ? { print } : {}),
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
    const frozen = options?.freezeRows || options?.freezeColumns;
    const ws = this.wb.addWorksheet(name, {
      state: options?.visibility ?? "visible",
      ...(options?.tabColor ? { properties: { tabColor: { argb: `FF${options.tabColor.slice(1)}` } } } : {}),
      ...(frozen
        ? {
            views: [
              { state: "frozen", ySplit: options?.freezeRows ?? 0, xSplit: options?.freezeColumns ?? 0 },
            ],
          }
        : {}),
    });
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    options?.columnWidths?.forEach((w, i) => {
      if (w !== undefined) ws.getColumn(i + 1).width = w;
    });
    // Before the cells exist: a cell takes its column's style when it is made. Where a column
    // wraps, every cell sits at the top of its row, so a row reads level.
    const wrapping = new Set(options?.wrapColumns ?? []);
    if (wrapping.size > 0) {
      const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
      for (let c = 0; c < width; c++) ws.getColumn(c + 1).alignment = wrapping.has(c) ? WRAP : TOP;
    }
    rows.forEach((row, r) => {
      const xlRow = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v === null) return;
        writeOutCell(xlRow.getCell(c + 1), splitOutValue(v), this.date1904);
      });
    });
    fitWrappedRows(ws, rows, options?.wrapColumns ?? [], options?.columnWidths ?? []);
    if (options?.autoFilter) ws.autoFilter = options.autoFilter;
    if (options?.print) applyPrintLayout(ws, options.print);
  }
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** An .xlsx file as an .xlsm: only the workbook part's content type differs (ECMA-376 Part 2). */
async function asMacroEnabled(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const types = zip.file("[Content_Types].xml");
  if (!types) return buf;
  zip.file("[Content_Types].xml", (await types.async("string")).replace(WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };
/** ECMA-376 paper size code of A4 */
const PAPER_A4 = 9;
/** Excel's default row height in points (Calibri 11), one line of text */
const LINE_POINTS = 15;
/** Excel's default column width in characters */
const DEFAULT_WIDTH = 8.43;

/**
 * Excel keeps the row heights a file states and does not grow a row for wrapped text on opening,
 * so a row with wrapped text gets the height of its longest cell's lines (estimated from the
 * column width in characters; Excel and LibreOffice fit the height again once a row is edited).
 */
function fitWrappedRows(
  ws: ExcelJS.Worksheet,
  rows: OutValue[][],
  columns: number[],
  widths: number[],
): void {
  const wrapColumn = new Set(columns);
  rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((v, c) => {
      const boxed = v !== null && typeof v === "object";
      const text = boxed ? v.value : v;
      if (typeof text !== "string" || !(wrapColumn.has(c) || (boxed && v.wrap))) return;
      lines = Math.max(lines, wrappedLines(text, widths[c] ?? DEFAULT_WIDTH));
    });
    if (lines > 1) ws.getRow(r + 1).height = lines * LINE_POINTS;
  });
}

/** Lines a text takes in a column `width` characters wide, breaking at spaces as Excel does. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= room) line = needed;
      else if (line === 0) {
        // a word longer than the column breaks where the column ends
        lines += Math.ceil(word.length / room) - 1;
        line = word.length % room;
      } else {
        lines++;
        line = Math.min(word.length, room);
        if (word.length > room) lines += Math.ceil(word.length / room) - 1;
      }
    }
  }
  return lines;
}

function applyPrintLayout(ws: ExcelJS.Worksheet, print: PrintLayout): void {
  const { titleRows } = print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_A4,
    fitToPage: true,
    fitToWidth: print.fitTo.wide,
    fitToHeight: print.fitTo.tall,
    horizontalCentered: true,
    ...(titleRows ? { printTitlesRow: `${titleRows.first}:${titleRows.last}` } : {}),
  };
  const header = excelHeaderFooter(print.header);
  const footer = excelHeaderFooter(print.footer);
  ws.headerFooter = {
    ...ws.headerFooter,
    ...(header ? { oddHeader: header } : {}),
    ...(footer ? { oddFooter: footer } : {}),
  };
}

function readPrintLayout(ws: ExcelJS.Worksheet): PrintLayout | undefined {
  const p = ws.pageSetup;
  if (!p?.fitToPage) return undefined;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(p.printTitlesRow ?? "");
  const header = parseHeaderFooter(ws.headerFooter?.oddHeader);
  const footer = parseHeaderFooter(ws.headerFooter?.oddFooter);
  return {
    orientation: p.orientation === "landscape" ? "landscape" : "portrait",
    paper: "A4",
    fitTo: { wide: p.fitToWidth ?? 1, tall: p.fitToHeight ?? 1 },
    ...(titles ? { titleRows: { first: Number(titles[1]), last: Number(titles[2]) } } : {}),
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
  };
}

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
