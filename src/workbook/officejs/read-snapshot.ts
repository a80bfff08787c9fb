// Reads every sheet into the neutral snapshot in row chunks. Chunk sizes come from measuring
// what came back: a first small probe per sheet, then as many rows per request as the payload
// budget allows, several sheets' chunks sharing one request, so syncs grow with bytes, not rows.
// Each chunk also asks which of its rows are hidden or have a struck-through cell (ExcelApi 1.9,
// one entry per row, not per cell); a row only some of whose cells are struck is then asked cell
// by cell, so that a struck note beside a table does not refuse its row; a sheet's first chunk
// asks which of its columns are hidden.
import { rangeAddress } from "../a1";
import type { CellValue, PortOptions, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../port";
import { wantsSheet } from "../port";
import type { Capabilities } from "./capabilities";
import { queueDateSystem } from "./date-system";
import { formulaRow, queueManualCalculation } from "./calculation-mode";
import { withManualCalculation } from "../manual-calculation";
import { jsonBytes, TARGET_REQUEST_BYTES } from "./payload";
import { splitAreaList, stripSheet } from "./addresses";
import { type CellAsks, readStruckColumns } from "./cell-props";
import { queueNoteLists, readCellNotes } from "./cell-notes";

/** Cells per sheet in the first, unmeasured chunk. */
const PROBE_CELLS = 2_000;
/** Assumed bytes per cell before anything was measured (values + format + type). */
const GUESS_CELL_BYTES = 60;
/** Measured sizes vary from chunk to chunk; plan with this much headroom. */
const SAFETY = 1.25;
/** Excel returns nothing for reads above 5,000,000 cells; stay far below. */
const MAX_CHUNK_CELLS = 1_000_000;
const RETRIES = 3;

interface SheetRead extends CellAsks {
  sheet: SheetSnapshot & { formats: (string | null)[][] };
  rowIndex: number;
  rowCount: number;
  nextRow: number;
  /** the largest bytes per row seen so far */
  observed: number;
  /** what plans assume per row: observed with headroom, raised after a refused request; null before the probe */
  bytesPerRow: number | null;
}

interface Chunk {
  read: SheetRead;
  start: number;
  rows: number;
  range: Excel.Range;
  /** whether the range's formulas were loaded too (a workbook in manual calculation) */
  formulas: boolean;
  /** per row: hidden, and the font's strikethrough (null: some cells struck, some not) */
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  /** per column of the sheet's used range, whether it is hidden: asked by a sheet's first chunk */
  colProps: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

const ROW_PROPS: Excel.RowPropertiesLoadOptions = {
  rowHidden: true,
  // null where the row's cells differ; superscript or subscript null also where a cell's own text
  // is raised or lowered in part (a rich-text run, which `values` joins as plain text)
  // the row's fill (null where its cells differ): a colour legend may give it a status (colour-legend.ts)
  format: { font: { strikethrough: true, superscript: true, subscript: true }, fill: { color: true } },
};

export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  caps: Capabilities,
  options?: PortOptions,
): Promise<WorkbookSnapshot> {
  const signal = options?.signal;
  const { worksheets } = context.workbook;
  worksheets.load("items/name,items/visibility");
  if (caps.api17) context.workbook.load("name");
  const dateSystem = queueDateSystem(context);
  const manualCalculation = queueManualCalculation(context);
  await context.sync();
  // in manual calculation each cell's formula is read too, to refuse the formulas' results
  const manual = manualCalculation();
  const name = caps.api17 ? context.workbook.name : "Workbook";

  const located = worksheets.items.map((worksheet) => {
    // a sheet whose cells were not asked for costs no request beyond its name
    if (!wantsSheet(options, worksheet.name)) return { worksheet, used: null, merged: null, lists: null };
    const used = caps.api14 ? worksheet.getUsedRangeOrNullObject(true) : worksheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = caps.api113 ? worksheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { worksheet, used, merged, lists: queueNoteLists(caps, worksheet) };
  });
  signal?.throwIfAborted();
  await context.sync();

  if (!caps.api19)
    options?.onNotice?.(
      `This Excel cannot tell hidden, struck-through or filled rows, or hidden columns (it lacks ExcelApi 1.9): they are read like the others, without a warning; check them by hand. A sheet with a colour legend (such as red = cancelled) is not booked, as the rows it marks cannot be told.${caps.notes === "none" ? " Nor can it read cell notes or comments: a note that says a line is cancelled or its SD missing is not read; write such a status in a remark column." : ""}`,
    );
  const reads: SheetRead[] = located.map(({ worksheet, used, merged }) => {
    const empty = used === null || (caps.api14 && used.isNullObject);
    return {
      sheet: {
        name: worksheet.name,
        visibility: visibilityOf(worksheet.visibility),
        values: [],
        formats: [],
        merges: merged && !merged.isNullObject ? splitAreaList(merged.address).map(stripSheet) : [],
        // without row properties no fill is known: a colour legend then books no row (colour-legend.ts)
        ...(caps.api19 ? {} : { fillsUnread: true }),
      },
      worksheet,
      rowIndex: empty ? 0 : used.rowIndex,
      columnIndex: empty ? 0 : used.columnIndex,
      rowCount: empty ? 0 : used.rowCount,
      columnCount: empty ? 0 : used.columnCount,
      nextRow: 0,
      observed: 0,
      bytesPerRow: null,
    };
  });

  const totalRows = reads.reduce((n, r) => n + r.rowCount, 0);
  let rowsRead = 0;
  let retries = 0;
  for (;;) {
    const chunks = planRequest(reads, caps.api19, manual);
    if (chunks.length === 0) break;
    signal?.throwIfAborted();
    options?.onProgress?.({
      phase: `Reading sheet ${(chunks[0] as Chunk).read.sheet.name}`,
      fraction: totalRows === 0 ? 1 : rowsRead / totalRows,
      count: { done: rowsRead, total: totalRows, unit: "rows" },
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || retries++ >= RETRIES) throw error;
      rewind(chunks);
      continue;
    }
    for (const chunk of chunks) rowsRead += store(chunk);
  }
  await readStruckColumns(context, reads, signal);
  await readCellNotes(
    context,
    caps,
    reads.map((r, i) => ({ sheet: r.sheet, lists: located[i]?.lists ?? null })),
    options,
  );
  options?.onProgress?.({
    phase: `Read ${reads.length} sheets`,
    fraction: 1,
    count: { done: rowsRead, total: totalRows, unit: "rows" },
  });
  const system = dateSystem();
  const sheets = reads.map((r) => (manual ? withManualCalculation(r.sheet) : r.sheet));
  return { name, sheets, ...(system === 1904 ? { dateSystem: system } : {}) };
}

/** Queue the loads of the next request: as many rows of as many sheets as the budget holds. */
function planRequest(reads: SheetRead[], rowProps: boolean, formulas: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let planned = 0;
  for (const read of reads) {
    while (read.nextRow < read.rowCount) {
      const measured = read.bytesPerRow !== null;
      const perRow = read.bytesPerRow ?? read.columnCount * GUESS_CELL_BYTES;
      let rows = Math.floor((TARGET_REQUEST_BYTES - planned) / perRow);
      if (!measured) rows = Math.min(rows, Math.ceil(PROBE_CELLS / read.columnCount));
      rows = Math.min(rows, read.rowCount - read.nextRow, Math.floor(MAX_CHUNK_CELLS / read.columnCount));
      if (rows < 1) {
        if (chunks.length > 0) return chunks;
        rows = 1;
      }
      const top = read.rowIndex + read.nextRow + 1;
      const address = rangeAddress(
        { row: top, col: read.columnIndex },
        { row: top + rows - 1, col: read.columnIndex + read.columnCount - 1 },
      );
      const range = read.worksheet
        .getRange(address)
        .load(`values,numberFormat,valueTypes${formulas ? ",formulas" : ""}`);
      chunks.push({
        read,
        start: read.nextRow,
        rows,
        range,
        formulas,
        rowProps: rowProps ? range.getRowProperties(ROW_PROPS) : null,
        colProps: rowProps && read.nextRow === 0 ? range.getColumnProperties({ columnHidden: true }) : null,
      });
      read.nextRow += rows;
      planned += rows * perRow;
      // An unmeasured sheet gets one probe per request; its size decides the next chunks.
      if (!measured) break;
    }
  }
  return chunks;
}

/** After Excel refused a request as too large: plan smaller chunks for the same rows, until measured again. */
function rewind(chunks: Chunk[]): void {
  const first = new Map<SheetRead, number>();
  for (const chunk of chunks)
    first.set(chunk.read, Math.min(first.get(chunk.read) ?? chunk.start, chunk.start));
  for (const [read, start] of first) {
    read.nextRow = start;
    read.bytesPerRow = Math.max(read.bytesPerRow ?? 0, read.columnCount * GUESS_CELL_BYTES) * 4;
  }
}

/** Copy a loaded chunk into the snapshot; returns the rows stored. */
function store(chunk: Chunk): number {
  const { read, range } = chunk;
  const values = range.values;
  const formats = range.numberFormat as (string | null)[][];
  const types = range.valueTypes;
  const props = chunk.rowProps?.value ?? [];
  const formulas = chunk.formulas ? (range.formulas as unknown[][]) : null;
  chunk.colProps?.value.forEach((p, i) => {
    if (p.columnHidden === true) (read.sheet.hiddenColumns ??= []).push(read.columnIndex + i);
  });
  const bytes =
    jsonBytes(values) +
    jsonBytes(formats) +
    jsonBytes(types) +
    jsonBytes(props) +
    (formulas ? jsonBytes(formulas) : 0);
  read.observed = Math.max(read.observed, bytes / chunk.rows);
  read.bytesPerRow = read.observed * SAFETY;
  const lead = new Array<null>(read.columnIndex).fill(null);
  for (let i = 0; i < chunk.rows; i++) {
    const row = read.rowIndex + chunk.start + i;
    const vs = values[i] ?? [];
    const ts = types[i] ?? [];
    const out: CellValue[] = lead.slice();
    for (let c = 0; c < read.columnCount; c++) out.push(cellValue(vs[c], ts[c]));
    while (read.sheet.values.length < row) read.sheet.values.push([]);
    while (read.sheet.formats.length < row) read.sheet.formats.push([]);
    read.sheet.values[row] = out;
    read.sheet.formats[row] = [...lead, ...(formats[i] ?? [])];
    if (formulas) {
      const all = (read.sheet.formulas ??= []);
      while (all.length < row) all.push([]);
      all[row] = [...lead, ...formulaRow(formulas[i], read.columnCount)];
    }
    const p = props[i];
    if (p?.rowHidden === true) (read.sheet.hiddenRows ??= []).push(row);
    // null: the row's cells differ, so some of them are struck through
    const strike = p?.format?.font?.strikethrough;
    if (strike === true || strike === null) (read.sheet.struckRows ??= []).push(row);
    if (strike === null) (read.mixed ??= []).push(row);
    const fill = p?.format?.fill?.color;
    if (fill === null || (fill && fill.toUpperCase() !== "#FFFFFF"))
      (read.sheet.fills ??= {})[row] = fill ? fill.toUpperCase() : "";
    // cells filled differently (a legend's swatch, a note beside the table, a cell the add-in
    // marked): their own fills say the row's colour (colour-legend.ts, own-marks.ts)
    if (fill === null) (read.swatched ??= []).push(row);
    const font = p?.format?.font;
    if (font?.superscript === null || font?.subscript === null) (read.scripted ??= []).push(row);
  }
  return chunk.rows;
}

function cellValue(v: unknown, type: string | undefined): CellValue {
  // Excel returns an error cell as its text ("#N/A"); only the value type tells it from text.
  if (type === "Error") return { error: String(v) };
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

function visibilityOf(v: Excel.SheetVisibility | string): SheetVisibility {
  if (v === "Hidden") return "hidden";
  if (v === "VeryHidden") return "veryHidden";
  return "visible";
}

function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
