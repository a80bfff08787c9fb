// The narrow seam between the shared code and a workbook host (design.md "Layers").
// Adapters: memory/ (tests, demo), xlsx/ (exceljs, Node), officejs/ (inside Excel).
// One contract test suite runs against every adapter.

/** An error cell such as #N/A or #REF!. Never read as zero. */
export interface ErrorValue {
  error: string;
}

/**
 * A formula cell without a stored result (a file written by a script or library that never
 * calculated it): the value exists but is unknown until Excel calculates and saves the file.
 * Never read as empty or zero.
 */
export interface FormulaValue {
  /** the formula as written, without the leading "=" ("" where the host does not give it) */
  formula: string;
  /**
   * true where a result is stored but the workbook is set to manual calculation, so the result
   * is not known to be current (manual-calculation.ts); absent: no result was ever stored
   */
  manualCalculation?: true;
}

/**
 * A cell value as the host stores it. Dates are Excel serial numbers in the workbook's own date
 * system (`WorkbookSnapshot.dateSystem`) with a date-like `formats` hint; adapters convert host
 * date objects to serials of that system.
 */
export type CellValue = null | string | number | boolean | ErrorValue | FormulaValue;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** row-major values starting at A1 (row 0 = sheet row 1); ragged rows allowed, missing = null */
  values: CellValue[][];
  /** number format per cell, same shape as values where known ("General", "dd.mm.yyyy", "@") */
  formats?: (string | null)[][];
  /** merged ranges in A1 form ("A1:C1") */
  merges?: string[];
  /**
   * formula per cell where the host gives it (same shape as values, rows without formulas may be
   * empty), without the leading "=": tells a SUBTOTAL/SUM totals row from data
   */
  formulas?: (string | null)[][];
  /**
   * 0-based rows the host hides (by hand, grouped, or by a filter), ascending; absent or empty:
   * none. Hiding is a view: a hidden row is still stored (docs/rules.md "Rows and sheets").
   */
  hiddenRows?: number[];
  /**
   * 0-based columns the host hides (by hand or grouped, width 0), ascending; absent or empty: none.
   * Like a hidden row, a hidden column is still stored and read; its mapped headings are warned.
   */
  hiddenColumns?: number[];
  /**
   * 0-based rows with a cell whose font is struck through, ascending; absent or empty: none. In
   * kept books a line struck through is often a line "deleted" by hand.
   */
  struckRows?: number[];
  /**
   * For rows of `struckRows` whose host tells which of their cells are struck through: those
   * cells' 0-based columns, by row. A struck row not named here counts whatever its columns; one
   * named here counts only where a struck cell is in a table's columns (a struck note beside the
   * table refuses nothing).
   */
  struckColumns?: Record<number, number[]>;
  /**
   * 0-based rows with a filled cell (a solid fill other than white): the fill as "#RRGGBB" of the
   * row's first filled cell, or "" where the host gives no plain colour (a theme colour, cells
   * filled differently); absent: none. A colour legend on the sheet may give fills a status
   * (workbook/colour-legend.ts).
   */
  fills?: Record<number, string>;
  /**
   * For rows of `fills` whose cells are not all filled alike, where the host tells cells apart: each
   * filled cell's fill ("#RRGGBB", "" for no plain colour), blank cells too (a legend's swatch), by
   * 0-based column, by row. A row of `fills` not named here is filled alike in every cell (xlsx), or
   * unknown cell by cell where its fill is "" (Office.js gives one fill per row): a legend shown by
   * a fill on such a row is read as of a colour the add-in cannot match (colour-legend.ts).
   */
  cellFills?: Record<number, Record<number, string>>;
  /**
   * The host could not read fills at all (Office.js without ExcelApi 1.9): `fills` absent says
   * nothing of the sheet's colours. A sheet with a colour legend is then not booked
   * (colour-legend.ts colourCheck); absent or false: fills were read.
   */
  fillsUnread?: boolean;
  /**
   * (brk12) Text cells whose font has a plain colour other than black or white ("#RRGGBB"), by
   * 0-based column, by 0-based row; absent: none, or a host that does not tell (Office.js). Only a
   * legend shown by its text's colour reads them (legend-entries.ts): a row's font colour is not read.
   */
  fontColours?: Record<number, Record<number, string>>;
  /**
   * (brk12) The ranges ("A2:L40") of conditional-format rules that set a fill, where the host tells
   * them (xlsx); absent: none, or a host that does not tell. A colour such a rule shows is no cell's
   * fill here, so a sheet with a colour legend refuses the rows they cover (colour-legend.ts).
   */
  conditionalFills?: string[];
  /**
   * Text cells part of whose text is raised or lowered (a rich-text run: "380" + raised "1", a
   * footnote), where the host gives the runs joined as plain text ("3801", Office.js): their
   * 0-based columns by 0-based row; absent: none. Such a cell is no number (table-columns.ts).
   * A host that gives each run's text as shown ("380¹", the xlsx adapter: script-text.ts) names none.
   */
  scriptCells?: Record<number, number[]>;
  /**
   * (brk22 §6) Cell notes and comments as the host gives their text (an xlsx note; Office.js notes,
   * ExcelApi 1.18, and threaded comments, 1.10), by 0-based column, by 0-based row; absent: none, or
   * a host that could not read them. A note on a data row that says a status is read as that row's
   * remark would be (note-text.ts, row-state.ts).
   */
  cellNotes?: Record<number, Record<number, string>>;
}

export interface WorkbookSnapshot {
  /** file or workbook name for display */
  name: string;
  sheets: SheetSnapshot[];
  /**
   * Excel's date system of the workbook: serial 0 is 1899-12-30 (1900, the default) or
   * 1904-01-01 (1904, old Mac workbooks). Values read hold serials of this system; date serials
   * written in a patch (OutValue with a date numberFormat) are 1900-system serials, which the
   * adapter converts to this system.
   */
  dateSystem?: 1900 | 1904;
}

export interface CellRef {
  sheet: string;
  /** A1 address of a single cell */
  cell: string;
}

/** What a mark changes on a cell, and what `Clear marks` restores. */
export interface CellStyle {
  /** fill colour as "#RRGGBB", or null for no fill */
  fill: string | null;
  /** the cell's note (or comment where notes are unavailable), or null */
  note: string | null;
}

export interface CellStyleChange extends CellRef, CellStyle {}

/** A value written into a generated sheet. Strings are always literal text, never formulas. */
export type OutValue =
  | null
  | string
  | number
  | boolean
  | {
      /** shown text or number */
      value: string | number | null;
      /** a link to a cell of this workbook */
      link?: CellRef;
      bold?: boolean;
      /** "#RRGGBB" */
      fill?: string;
      /** number format, e.g. "0.000" or "yyyy-mm-dd" (then value is a serial) */
      numberFormat?: string;
      /** the text wraps inside the column width (a header over a narrow column) */
      wrap?: boolean;
    };

/**
 * Text of a printed page's header or footer, in three parts. `{page}`, `{pages}` and `{sheet}`
 * stand for the page number, the number of pages and the sheet's name; every other character is
 * printed as written (adapters escape what their host would read as a code, such as "&").
 */
export interface PageText {
  left?: string;
  center?: string;
  right?: string;
}

/** How a generated sheet prints: what an auditor gets on paper or as PDF. */
export interface PrintLayout {
  orientation: "portrait" | "landscape";
  /** ISCC documents in the EU are printed on A4 */
  paper: "A4";
  /** the content is shrunk to this many pages across and down; `tall: 0` is as many as needed */
  fitTo: { wide: number; tall: number };
  /** rows printed again at the top of every page (1-based, inclusive): the table's header */
  titleRows?: { first: number; last: number };
  header?: PageText;
  footer?: PageText;
}

export interface SheetOptions {
  visibility?: SheetVisibility;
  /** column widths in characters, by 0-based column */
  columnWidths?: number[];
  /** number of top rows to freeze */
  freezeRows?: number;
  /** number of left columns to freeze: the key columns of a wide table stay in view */
  freezeColumns?: number;
  /** 0-based columns whose text wraps inside the column width (long messages) */
  wrapColumns?: number[];
  /** an AutoFilter over this A1 range, header row first ("A10:W42"); Excel allows one per sheet */
  autoFilter?: string;
  print?: PrintLayout;
  /** "#RRGGBB" */
  tabColor?: string;
}

export type PatchOp =
  /** create the sheet, or replace all of it if it exists (callers only ever replace generated sheets) */
  | { kind: "replaceSheet"; name: string; rows: OutValue[][]; options?: SheetOptions }
  | { kind: "deleteSheet"; name: string }
  /** set fill and note of single cells of existing sheets (marks, and their exact restore) */
  | { kind: "styleCells"; cells: CellStyleChange[] }
  /**
   * write a text into cells of the user's sheets that are blank (an issued SD number into its
   * delivery row); a cell that holds anything by the time the patch applies is left as it is
   */
  | { kind: "fillBlankCells"; cells: CellText[] }
  /**
   * write a text into cells whatever they hold, keeping their format and every other cell (callers
   * only ever write the add-in's own sheets: the CANCELLED mark on a withdrawn SD's printable sheet)
   */
  | { kind: "writeCells"; cells: CellText[] };

/** A text for one cell, always written as literal text. */
export interface CellText extends CellRef {
  text: string;
}

export interface Patch {
  ops: PatchOp[];
}

export interface Progress {
  /** a short phrase the user understands: "Reading sheet Receipts" */
  phase: string;
  /** 0..1 where known */
  fraction?: number;
  /** how far, counted in what the user sees move: 40,000 of 100,000 rows read, 3 of 9 sheets written */
  count?: { done: number; total: number; unit: "rows" | "sheets" };
}

export interface PortOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /**
   * readSnapshot only: read the cells of these sheets alone. Every sheet is still listed with its
   * name and visibility; the others come with no values. For work that needs MB Config only
   * (saving a correction, clearing marks), so a 100,000-row book is not read for it.
   */
  sheets?: string[];
  /**
   * What the host could not do as asked, in words for the user, when the work still succeeded
   * without it (e.g. an Excel that cannot set print layout): hosts show it, nothing is lost.
   */
  onNotice?: (message: string) => void;
}

/** Whether readSnapshot should read the cells of `name` under `options`. */
export function wantsSheet(options: PortOptions | undefined, name: string): boolean {
  return !options?.sheets || options.sheets.includes(name);
}

export interface WorkbookPort {
  readSnapshot(options?: PortOptions): Promise<WorkbookSnapshot>;
  /** current fill and note of the given cells, in the same order */
  readCellStyles(cells: CellRef[], options?: PortOptions): Promise<CellStyle[]>;
  applyPatch(patch: Patch, options?: PortOptions): Promise<void>;
  /** select a cell for the user (task pane "go to cell"); a no-op for file adapters */
  selectCell?(ref: CellRef): Promise<void>;
}
