// Writes a generated sheet: values in row chunks under the payload budget, text cells formatted
// "@" before their values so "=1+1" stays text, then bold, fills, links and sheet options.
import { columnLetter, rangeAddress, cellPlace } from "../a1";
import { excelPageCodes, splitOutValue, type OutCell } from "../out-value";
import type { OutValue, PrintLayout, SheetOptions } from "../port";
import { areaLists, cellRuns } from "./addresses";
import type { Capabilities } from "./capabilities";
import { storedValue } from "./date-system";
import type { DateSystem } from "../dates";
import { jsonBytes, TARGET_REQUEST_BYTES, type RequestBatch } from "./payload";

/** Rows of one values write stay well under a request, so a chunk never needs a request alone. */
const CHUNK_BYTES = TARGET_REQUEST_BYTES / 3;

/** Excel column widths are in points; the port's are in characters of the default font. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export interface SheetWrite {
  name: string;
  rows: OutValue[][];
  options?: SheetOptions;
  /** 0-based tab position, to keep a replaced sheet where it was */
  position?: number;
}

/** A sheet written, with the print layout still to apply (applyPrintLayouts, after every sheet). */
export interface WrittenSheet {
  sheet: Excel.Worksheet;
  name: string;
  print?: PrintLayout;
}

export async function writeSheet(
  context: Excel.RequestContext,
  caps: Capabilities,
  batch: RequestBatch,
  { name, rows, options = {}, position }: SheetWrite,
  dateSystem: DateSystem = 1900,
): Promise<WrittenSheet> {
  let sheet!: Excel.Worksheet;
  await batch.add(jsonBytes(name), () => {
    sheet = context.workbook.worksheets.add(name);
    if (position !== undefined) sheet.position = position;
  });
  const cells = rows.map((row) => row.map(splitOutValue));
  const width = cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (width > 0) await writeValues(batch, sheet, cells, width, dateSystem);
  await writeLooks(caps, batch, sheet, cells);
  await writeOptions(caps, batch, sheet, options, cells.length);
  return { sheet, name, print: options.print };
}

/**
 * Page layout (ExcelApi 1.9) for the sheets just written, in a request of its own after them:
 * a host that refuses a print setting then loses only print settings, never data, and the user
 * is told what to set by hand. Returns the notices to show.
 */
export async function applyPrintLayouts(
  batch: RequestBatch,
  caps: Capabilities,
  written: WrittenSheet[],
): Promise<string[]> {
  const printed = written.filter((w) => w.print);
  if (printed.length === 0) return [];
  const names = printed.map((w) => w.name).join(", ");
  if (!caps.api19) {
    return [
      `This version of Excel cannot set print layout from an add-in (it needs ExcelApi 1.9), so ${names} will print with Excel's defaults: set landscape and "Fit all columns on one page" under Page Layout before printing.`,
    ];
  }
  try {
    // the sheets are written (the caller flushed): a refusal here costs print settings only
    for (const { sheet, print } of printed)
      await batch.add(jsonBytes(print), () => setPageLayout(sheet.pageLayout, print as PrintLayout));
    await batch.flush();
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      `Excel did not accept the print layout of ${names} (${reason}); the sheets are written, but check Page Layout before printing.`,
    ];
  }
}

function setPageLayout(layout: Excel.PageLayout, print: PrintLayout): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.centerHorizontally = true;
  // 0 pages tall: as many as needed, as Excel's own file format says it (fitToHeight="0").
  layout.zoom = { horizontalFitToPages: print.fitTo.wide, verticalFitToPages: print.fitTo.tall };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  const pages = layout.headersFooters.defaultForAllPages;
  const { header = {}, footer = {} } = print;
  if (header.left) pages.leftHeader = excelPageCodes(header.left);
  if (header.center) pages.centerHeader = excelPageCodes(header.center);
  if (header.right) pages.rightHeader = excelPageCodes(header.right);
  if (footer.left) pages.leftFooter = excelPageCodes(footer.left);
  if (footer.center) pages.centerFooter = excelPageCodes(footer.center);
  if (footer.right) pages.rightFooter = excelPageCodes(footer.right);
}

async function writeValues(
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  cells: OutCell[][],
  width: number,
  dateSystem: DateSystem,
): Promise<void> {
  let start = 0;
  while (start < cells.length) {
    const values: (string | number | boolean | null)[][] = [];
    const formats: (string | null)[][] = [];
    let bytes = 0;
    let formatted = false;
    for (let r = start; r < cells.length && (values.length === 0 || bytes < CHUNK_BYTES); r++) {
      const row = cells[r] ?? [];
      const vs: (string | number | boolean | null)[] = [];
      const fs: (string | null)[] = [];
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const value = cell?.value ?? null;
        // Text is always literal (design.md): the Text format keeps Excel from reading it as a formula.
        const format = typeof value === "string" ? "@" : (cell?.numberFormat ?? null);
        vs.push(storedValue(value, format, dateSystem));
        formatted ||= format !== null;
        fs.push(format);
      }
      bytes += jsonBytes(vs) + jsonBytes(fs);
      values.push(vs);
      formats.push(fs);
    }
    const address = rangeAddress({ row: start + 1, col: 0 }, { row: start + values.length, col: width - 1 });
    await batch.add(bytes, () => {
      const range = sheet.getRange(address);
      if (formatted) range.numberFormat = formats;
      range.values = values;
    });
    start += values.length;
  }
}

async function writeLooks(
  caps: Capabilities,
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  cells: OutCell[][],
): Promise<void> {
  const bold: string[] = [];
  const wrapped: string[] = [];
  const fills = new Map<string, string[]>();
  const links: { address: string; cell: OutCell }[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const address = `${columnLetter(c)}${r + 1}`;
      if (cell.bold) bold.push(address);
      if (cell.wrap) wrapped.push(address);
      if (cell.fill) {
        const list = fills.get(cell.fill) ?? [];
        list.push(address);
        fills.set(cell.fill, list);
      }
      if (cell.link) links.push({ address, cell });
    }),
  );
  await styleAreas(caps, batch, sheet, cellRuns(bold), (format) => (format.font.bold = true));
  await styleAreas(caps, batch, sheet, cellRuns(wrapped), (format) => {
    format.wrapText = true;
    format.verticalAlignment = "Top";
  });
  for (const [colour, addresses] of fills) {
    await styleAreas(caps, batch, sheet, cellRuns(addresses), (format) => (format.fill.color = colour));
  }
  if (!caps.api17) return;
  for (const { address, cell } of links) {
    const link = cell.link as { sheet: string; cell: string };
    const hyperlink: Excel.RangeHyperlink = { documentReference: cellPlace(link.sheet, link.cell) };
    if (typeof cell.value === "string") hyperlink.textToDisplay = cell.value;
    await batch.add(jsonBytes(hyperlink), () => {
      sheet.getRange(address).hyperlink = hyperlink;
    });
  }
}

/** Apply a format to many areas: few getRanges calls (1.9), or one range per area before that. */
export async function styleAreas(
  caps: Capabilities,
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  areas: string[],
  apply: (format: Excel.RangeFormat) => void,
): Promise<void> {
  if (caps.api19) {
    for (const list of areaLists(areas))
      await batch.add(list.length, () => apply(sheet.getRanges(list).format));
  } else {
    for (const area of areas) await batch.add(area.length, () => apply(sheet.getRange(area).format));
  }
}

async function writeOptions(
  caps: Capabilities,
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  options: SheetOptions,
  rowCount: number,
): Promise<void> {
  const widths = options.columnWidths ?? [];
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (w === undefined || !(w > 0)) continue;
    await batch.add(16, () => {
      sheet.getRange(`${columnLetter(c)}1`).format.columnWidth = widthInPoints(w);
    });
  }
  const wrap = options.wrapColumns ?? [];
  if (wrap.length > 0 && rowCount > 0) {
    for (const c of wrap) {
      const column = `${columnLetter(c)}1:${columnLetter(c)}${rowCount}`;
      await batch.add(column.length, () => {
        const format = sheet.getRange(column).format;
        format.wrapText = true;
        format.verticalAlignment = "Top";
      });
    }
    // Every cell sits at the top of its row, and Excel grows the rows to their wrapped text when
    // asked (1.2); a file would need heights.
    const all = `1:${rowCount}`;
    await batch.add(all.length, () => {
      const rowsFormat = sheet.getRange(all).format;
      rowsFormat.verticalAlignment = "Top";
      rowsFormat.autofitRows();
    });
  }
  await freeze(caps, batch, sheet, options.freezeRows ?? 0, options.freezeColumns ?? 0);
  const filter = options.autoFilter;
  if (filter && caps.api19) {
    await batch.add(filter.length, () => sheet.autoFilter.apply(filter));
  }
  if (caps.api17 && options.tabColor) {
    const colour = options.tabColor;
    await batch.add(colour.length, () => (sheet.tabColor = colour));
  }
  const visibility = options.visibility;
  if (visibility && visibility !== "visible") {
    await batch.add(12, () => (sheet.visibility = visibility === "hidden" ? "Hidden" : "VeryHidden"));
  }
}

/** Frozen header rows and key columns (ExcelApi 1.7); where Excel lacks it the sheet scrolls whole. */
async function freeze(
  caps: Capabilities,
  batch: RequestBatch,
  sheet: Excel.Worksheet,
  rows: number,
  columns: number,
): Promise<void> {
  if (!caps.api17 || (rows <= 0 && columns <= 0)) return;
  if (columns <= 0) await batch.add(8, () => sheet.freezePanes.freezeRows(rows));
  else if (rows <= 0) await batch.add(8, () => sheet.freezePanes.freezeColumns(columns));
  else {
    const corner = `A1:${columnLetter(columns - 1)}${rows}`;
    await batch.add(corner.length, () => sheet.freezePanes.freezeAt(corner));
  }
}
