// The port over a real .xlsx file, through exceljs (Node, the massbal command).
// The only module that loads exceljs at run time (cells.ts only borrows its types).
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { splitOutValue, type InspectedCell } from "../out-value";
import type {
  CellRef,
  CellStyle,
  OutValue,
  Patch,
  PortOptions,
  SheetOptions,
  SheetSnapshot,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { wantsSheet } from "../port";
import { inspectCell, readStyle, setFill, setNote, writeOutCell } from "./cells";
import { repairPackage } from "./package-fixes";
import { danglingSharedString } from "./package-damage";

import { snapshotToXlsx } from "./from-snapshot";
import { withManualCalculation } from "../manual-calculation";
import type { WorkbookPr } from "./workbook-pr";
import { WRAP, TOP, fitWrappedRows, applyPrintLayout, readPrintLayout } from "./print-layout";
import { listedSheet, snapshotSheet } from "./sheet-snapshot";

export { scanLossyParts } from "./lossy-parts";
export { DamagedWorkbookError } from "./package-damage";
export { snapshotToXlsx } from "./from-snapshot";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly name: string,
    private readonly pr: WorkbookPr = { dateSystem: 1900, manualCalculation: false },
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
    const repaired = await repairPackage(toArrayBuffer(buf));
    try {
      await wb.xlsx.load(repaired.buf);
    } catch (e) {
      // a text cell pointing beyond the shared strings fails inside exceljs: say where instead
      throw (await danglingSharedString(repaired.buf)) ?? e;
    }
    keepTablesWithoutStyle(wb);
    return new XlsxWorkbook(wb, name, repaired.workbook);
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
      const sheet = wantsSheet(options, ws.name) ? snapshotSheet(ws, this.date1904) : listedSheet(ws);
      sheets.push(this.pr.manualCalculation ? withManualCalculation(sheet) : sheet);
    }
    options?.onProgress?.({ phase: `Read ${all.length} sheets`, fraction: 1 });
    return this.date1904 ? { name: this.name, sheets, dateSystem: 1904 } : { name: this.name, sheets };
  }

  /**
   * Whether the workbook counts dates in the 1904 system (old Mac workbooks), as its workbook part
   * says (workbook-pr.ts; exceljs read the same flag, normalised before loading). A workbook made
   * here (fromSnapshot) takes what exceljs was told.
   */
  private get date1904(): boolean {
    return this.pr.dateSystem === 1904 || this.wb.properties?.date1904 === true;
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
      } else if (op.kind === "fillBlankCells" || op.kind === "writeCells") {
        for (const c of op.cells) {
          const cell = this.requireSheet(c.sheet).getCell(c.cell);
          const v = cell.value;
          if (op.kind === "writeCells" || v === null || v === undefined || v === "") cell.value = c.text;
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

  /**
   * Copies the sheets `names` of `from` into this workbook as they are (cells, styles, notes, links,
   * column widths, views, print layout), after its own sheets. A name this workbook holds already
   * (Excel compares names case-insensitively) or `from` lacks is passed over. Images and charts of
   * a sheet are not copied (exceljs keeps them per workbook). Returns the names copied.
   */
  adoptSheets(from: XlsxWorkbook, names: readonly string[]): string[] {
    const taken = new Set(this.sheetNames().map((n) => n.toLowerCase()));
    const copied: string[] = [];
    for (const name of names) {
      const source = from.wb.getWorksheet(name);
      if (!source || taken.has(name.toLowerCase())) continue;
      const ws = this.wb.addWorksheet(source.name);
      ws.model = { ...source.model, id: ws.id, name: ws.name, media: [] } as ExcelJS.WorksheetModel;
      taken.add(name.toLowerCase());
      copied.push(source.name);
    }
    return copied;
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

type StyledTable = { table?: { style?: unknown } };

/**
 * Gives every table (ListObject) read without style information a plain one. LibreOffice writes
 * tables without `<tableStyleInfo>`, which exceljs reads as a null style and then fails on when
 * writing the audited copy ("Cannot read properties of null (reading 'theme')", brk28 N1). A table
 * without style information is a table without a style: no name, no stripes, which is what
 * exceljs writes back.
 */
function keepTablesWithoutStyle(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, StyledTable> }).tables ?? {};
    for (const t of Object.values(tables)) {
      if (t.table && (t.table.style === null || t.table.style === undefined))
        t.table.style = {
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
    }
  }
}

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

function toArrayBuffer(buf: Buffer | ArrayBuffer | Uint8Array): ArrayBuffer {
  if (buf instanceof ArrayBuffer) return buf;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
