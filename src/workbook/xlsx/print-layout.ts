// The page and row layout of sheets we write to .xlsx: rows grown to fit their wrapped text, A4
// landscape print settings with repeated headers, and those settings read back.
import type ExcelJS from "exceljs";
import { excelHeaderFooter, parseHeaderFooter } from "../out-value";
import type { OutValue, PrintLayout } from "../port";

export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

export const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

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
export function fitWrappedRows(
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

export function applyPrintLayout(ws: ExcelJS.Worksheet, print: PrintLayout): void {
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

export function readPrintLayout(ws: ExcelJS.Worksheet): PrintLayout | undefined {
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
