// How the generated sheets look on screen and on paper: column widths that fit what is in them,
// one number of decimals per unit (so decimals line up), header rows that wrap over narrow
// columns, and a print layout per kind of sheet with a header and footer that say whose books,
// which period and which page.
import { columnLetter } from "../../workbook/a1";
import type { OutValue, PrintLayout, SheetOptions } from "../../workbook/port";

/** A generated sheet: its cells and how it is laid out. */
export interface GeneratedSheet {
  rows: OutValue[][];
  options: SheetOptions;
}

/** What every printed page says about the books it comes from. */
export interface ReportContext {
  company: string;
  ownCertificate: string;
  /** the scheme(s) of the books, e.g. "ISCC EU" */
  scheme: string;
  periods: { start: string; end: string }[];
  /** the source workbook's name */
  workbook: string;
  /** local date and time of the run, "2025-04-01 10:22" */
  runAt: string;
  /** "Mass Balance for Excel 0.1.0" */
  product: string;
}

/** "2025-01-01 to 2025-03-31", with the number of periods where there are several. */
export function periodsCovered(periods: readonly { start: string; end: string }[]): string {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return "no dated rows";
  const span = `${first.start} to ${last.end}`;
  return periods.length > 1 ? `${span} (${periods.length} periods)` : span;
}

/** Header: whose books, which sheet, which period. Footer: where it came from, page x of y. */
export function pageTexts(ctx: ReportContext, draft = false): Pick<PrintLayout, "header" | "footer"> {
  return {
    header: {
      left: ctx.company || ctx.workbook,
      center: draft ? "DRAFT, not issued: {sheet}" : "{sheet}",
      right: `Period ${periodsCovered(ctx.periods)}`,
    },
    footer: {
      left: `${ctx.workbook}, checked ${ctx.runAt} with ${ctx.product}`,
      right: "Page {page} of {pages}",
    },
  };
}

/** A table sheet: landscape, one page wide and as many tall as needed, its header row on every page. */
export function tablePrint(ctx: ReportContext, headerRow: number): PrintLayout {
  return {
    orientation: "landscape",
    paper: "A4",
    fitTo: { wide: 1, tall: 0 },
    titleRows: { first: headerRow, last: headerRow },
    ...pageTexts(ctx),
  };
}

/** A document sheet (a Sustainability Declaration): one A4 portrait page. */
export function pagePrint(ctx: ReportContext, draft: boolean): PrintLayout {
  return { orientation: "portrait", paper: "A4", fitTo: { wide: 1, tall: 1 }, ...pageTexts(ctx, draft) };
}

const HEADER_FILL = "#D9E1F2";

/** A table's header row: bold, shaded, and wrapping over columns narrower than its words. */
export function headerRow(labels: readonly string[]): OutValue[] {
  return labels.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));
}

/** "Opening (t)" where the table has one unit; plain "Opening" where a Unit column says it. */
export function withUnit(label: string, unit: string | null): string {
  return unit ? `${label} (${unit})` : label;
}

/** The one unit of a table's quantities, or null where they mix units (then a Unit column is shown). */
export function singleUnit(units: Iterable<string>): string | null {
  const seen = new Set(units);
  return seen.size === 1 ? ([...seen][0] as string) : null;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** more decimals than this are shown rounded (the cell keeps the value) */
const MAX_DECIMALS = 6;

function decimalsOf(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

function numberFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/**
 * Quantity cells with one number of decimals per unit: as many as the most precise of the run's
 * balances, ledger lines and declared quantities of that unit needs (at most 6), so every quantity
 * of a unit shows the same decimals and they line up in their column. A derived share with more
 * decimals (what an incoming SD contributes, a proportion) is rounded for display only (domain.md
 * §4: round only for display, to the precision of the inputs). The cell keeps the exact value: a
 * quantity becomes a number only when the number holds its digits, otherwise it is written as text.
 */
export class Quantities {
  private readonly decimals = new Map<string, number>();

  /** `values` are [unit, decimal string] pairs of every quantity the run shows. */
  constructor(values: Iterable<readonly [string, string | null | undefined]>) {
    for (const [unit, value] of values) {
      if (!value || !DECIMAL.test(value)) continue;
      const d = Math.min(MAX_DECIMALS, decimalsOf(value));
      if (d > (this.decimals.get(unit) ?? -1)) this.decimals.set(unit, d);
    }
  }

  /** decimals shown for `unit` */
  precision(unit: string): number {
    return this.decimals.get(unit) ?? 0;
  }

  cell(value: string | null | undefined, unit: string, fill?: string): OutValue {
    if (value === null || value === undefined || value === "") return null;
    if (!DECIMAL.test(value)) return value;
    const n = Number(value);
    const own = decimalsOf(value);
    if (!Number.isFinite(n) || n.toFixed(own) !== normaliseZero(value)) return value;
    // a derived share with more decimals than its unit shows is rounded for display only
    const format = numberFormat(this.precision(unit));
    return fill ? { value: n, numberFormat: format, fill } : { value: n, numberFormat: format };
  }
}

function normaliseZero(value: string): string {
  // toFixed never prints "-0", so a negative zero input compares as plain zero
  return /^-0(\.0+)?$/.test(value) ? value.slice(1) : value;
}

export interface FitOptions {
  /** width at which a column's text wraps instead of widening the column, by 0-based column (else `max`) */
  wrapAt?: Record<number, number>;
  /** columns from `from` (0-based) on keep `width` and never wrap: machine text such as a record */
  clip?: { from: number; width: number };
  /** rows left out of the measure (a title block whose text may run over empty neighbours) */
  skipRows?: (row: number) => boolean;
  /** narrowest and widest column in characters; default 6 and 50 */
  min?: number;
  max?: number;
}

/** The characters a cell needs: the longest word of a wrapping header, else its widest line. */
function needed(v: OutValue): number {
  if (v === null || v === undefined) return 0;
  if (typeof v !== "object") return typeof v === "boolean" ? 5 : String(v).length;
  if (v.value === null) return 0;
  if (typeof v.value === "number") return numberWidth(v.value, v.numberFormat);
  const text = String(v.value);
  if (v.wrap) return Math.max(...text.split(/\s+/).map((w) => w.length));
  return Math.max(...text.split("\n").map((l) => l.length));
}

function numberWidth(n: number, format: string | undefined): number {
  if (!format) return String(n).length;
  if (/y/.test(format)) return format.length;
  if (format.includes("%")) return 7;
  const decimals = format.split(".")[1]?.length ?? 0;
  const digits = Math.max(1, Math.floor(Math.abs(n)).toString().length);
  return digits + Math.floor((digits - 1) / 3) + (decimals ? decimals + 1 : 0) + (n < 0 ? 1 : 0);
}

/**
 * Column widths that fit the content, with two characters to spare. A column whose content is
 * wider than its limit (`wrapAt` for that column, else `max`) is kept at the limit and wraps.
 */
export function fitColumns(
  rows: readonly OutValue[][],
  options: FitOptions = {},
): Pick<SheetOptions, "columnWidths" | "wrapColumns"> {
  const { wrapAt = {}, skipRows, min = 6, max = 50, clip } = options;
  const longest: number[] = [];
  rows.forEach((row, r) => {
    if (skipRows?.(r)) return;
    row.forEach((v, c) => {
      const n = needed(v);
      if (n > (longest[c] ?? 0)) longest[c] = n;
    });
  });
  const columnWidths: number[] = [];
  const wrapColumns: number[] = [];
  for (let c = 0; c < longest.length; c++) {
    if (clip && c >= clip.from) {
      columnWidths[c] = clip.width;
      continue;
    }
    const wanted = Math.max(min, (longest[c] ?? 0) + 2);
    // text wider than its column's limit wraps there rather than being cut by its neighbour
    const limit = wrapAt[c] ?? max;
    if (wanted > limit) {
      columnWidths[c] = limit;
      wrapColumns.push(c);
    } else columnWidths[c] = wanted;
  }
  return { columnWidths, wrapColumns };
}

/** "A10:W42": a table of `width` columns from `headerRow` (1-based) down `bodyRows` rows. */
export function tableRange(headerRow: number, width: number, bodyRows: number): string {
  return `A${headerRow}:${columnLetter(width - 1)}${headerRow + Math.max(bodyRows, 1)}`;
}

export interface TableLayout {
  /** width at which a column wraps, by 0-based column (long labels, messages) */
  wrapAt?: Record<number, number>;
  /** key columns that stay in view while scrolling right */
  freezeColumns?: number;
  tabColor?: string;
  /** columns kept narrow and unwrapped (FitOptions.clip) */
  clip?: FitOptions["clip"];
}

/**
 * A sheet that is one table with its header in row 1: widths fit, the header wraps and stays in
 * view, an AutoFilter over the table, printed landscape one page wide with the header on every page.
 */
export function tableSheet(rows: OutValue[][], ctx: ReportContext, layout: TableLayout = {}): GeneratedSheet {
  const [head = [], ...body] = rows;
  const header = head.map((v) => (v !== null && typeof v === "object" ? { ...v, wrap: true } : v));
  const all = [header, ...body];
  return {
    rows: all,
    options: {
      ...fitColumns(all, { wrapAt: layout.wrapAt, ...(layout.clip ? { clip: layout.clip } : {}) }),
      freezeRows: 1,
      ...(layout.freezeColumns ? { freezeColumns: layout.freezeColumns } : {}),
      autoFilter: tableRange(1, header.length, body.length),
      print: tablePrint(ctx, 1),
      tabColor: layout.tabColor ?? "#2F5597",
    },
  };
}
