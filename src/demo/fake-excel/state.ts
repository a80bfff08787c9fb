// The workbook the fake Excel holds: what a real workbook would have after each sync.
// Plain data and small helpers only; the proxies in the other files queue changes to it.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/port";
import { defaultPageSetup, type FakePageSetup } from "./page-layout";
import { toCellValue, getRaw, setRaw, getFormat, setFormat, usedBox, keyOfAddress } from "./sheet-cells";

/** What a cell stores: an error such as #N/A is an object, empty is undefined. */
export type FakeRaw = string | number | boolean | { error: string };

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeComment {
  id: string;
  content: string;
  /** the replies of its thread, in order (ExcelApi 1.10 CommentReply) */
  replies?: string[];
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: FakeVisibility;
  tabColor: string;
  freezeRows: number;
  freezeColumns: number;
  protected: boolean;
  /** [row0][col0]; holes and undefined are empty cells */
  values: (FakeRaw | undefined)[][];
  /** number formats other than "General" */
  formats: (string | undefined)[][];
  /** the keys below are cellKey(row0, col0) */
  formulas: Map<number, string>;
  fills: Map<number, string>;
  bold: Set<number>;
  links: Map<number, string>;
  notes: Map<number, string>;
  comments: Map<number, FakeComment>;
  merges: string[];
  /** column widths in points, for columns that are not the default */
  columnWidths: Map<number, number>;
  /** cells whose text wraps (cellKey) */
  wrapped: Set<number>;
  /** 0-based rows hidden (Range.rowHidden) */
  hiddenRows: Set<number>;
  /** 0-based columns hidden (Range.columnHidden) */
  hiddenColumns: Set<number>;
  /** cells whose font is struck through (cellKey) */
  struck: Set<number>;
  /**
   * text cells part of whose text is raised or lowered (a rich-text run, "380" + raised "1"):
   * Excel's font.superscript (or subscript) of such a cell is null, its value the runs joined
   */
  mixedScript: Map<number, "superscript" | "subscript">;
  /** the AutoFilter's range in A1 form, or null */
  autoFilter: string | null;
  pageSetup: FakePageSetup;
}

export const DEFAULT_COLUMN_WIDTH = 48;
const COLUMNS = 16384;

export function cellKey(row0: number, col0: number): number {
  return row0 * COLUMNS + col0;
}

export function keyCell(key: number): { row0: number; col0: number } {
  return { row0: Math.floor(key / COLUMNS), col0: key % COLUMNS };
}

export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** What tests and the demo may seed a fake workbook with: a snapshot plus marks. */
export interface FakeSheetInit extends SheetSnapshot {
  /** "D12" -> "#RRGGBB" */
  fills?: Record<string, string>;
  /** "D12" -> note text */
  notes?: Record<string, string>;
  /** "D12" -> comment text */
  comments?: Record<string, string>;
  /** "C3" -> the replies under that cell's comment, in order */
  commentReplies?: Record<string, string[]>;
  protected?: boolean;
  /** "C3" -> "superscript": part of the cell's text is raised (or lowered), as Excel keeps a footnote "380¹" */
  mixedScript?: Record<string, "superscript" | "subscript">;
}

export interface FakeWorkbookInit {
  name?: string;
  sheets: FakeSheetInit[];
  /** the workbook's date system (File › Options › "Use 1904 date system"); 1900 when absent */
  dateSystem?: 1900 | 1904;
  /** Formulas > Calculation Options (Application.calculationMode); "Automatic" when absent */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
}

export class FakeWorkbookState {
  name: string;
  sheets: FakeSheet[] = [];
  /** Excel's date system: cells hold serials counted from 1899-12-30 (1900) or 1904-01-01 (1904) */
  dateSystem: 1900 | 1904;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  activeSheetId: number | null = null;
  selection: { sheetId: number; box: Box } | null = null;
  private nextId = 1;
  private nextCommentId = 1;

  constructor(init?: FakeWorkbookInit) {
    this.name = init?.name ?? "Book1.xlsx";
    this.dateSystem = init?.dateSystem ?? 1900;
    this.calculationMode = init?.calculationMode ?? "Automatic";
    for (const s of init?.sheets ?? []) this.seedSheet(s);
    this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      tabColor: "",
      freezeRows: 0,
      freezeColumns: 0,
      protected: false,
      values: [],
      formats: [],
      formulas: new Map(),
      fills: new Map(),
      bold: new Set(),
      links: new Map(),
      notes: new Map(),
      comments: new Map(),
      merges: [],
      columnWidths: new Map(),
      wrapped: new Set(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      struck: new Set(),
      mixedScript: new Map(),
      autoFilter: null,
      pageSetup: defaultPageSetup(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  newCommentId(): string {
    return `comment-${this.nextCommentId++}`;
  }

  private seedSheet(init: FakeSheetInit): void {
    const sheet = this.addSheet(init.name);
    sheet.visibility = toFakeVisibility(init.visibility);
    sheet.protected = init.protected === true;
    init.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "")
          setRaw(
            sheet,
            r,
            c,
            typeof v !== "object" ? v : "error" in v ? { error: v.error } : `=${v.formula}`,
          );
      }),
    );
    init.formats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) setFormat(sheet, r, c, f);
      }),
    );
    sheet.merges = [...(init.merges ?? [])];
    for (const r of init.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of init.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    // a struck-through row: every stored cell of it, as a keeper strikes a line through
    for (const r of init.struckRows ?? [])
      init.values[r]?.forEach((v, c) => {
        if (v !== null) sheet.struck.add(cellKey(r, c));
      });
    const seed = (m: Record<string, string> | undefined, put: (key: number, v: string) => void): void => {
      for (const [cell, v] of Object.entries(m ?? {})) put(keyOfAddress(cell), v);
    };
    seed(init.fills, (k, v) => sheet.fills.set(k, v.toUpperCase()));
    seed(init.notes, (k, v) => sheet.notes.set(k, v));
    seed(init.comments, (k, v) => sheet.comments.set(k, { id: this.newCommentId(), content: v }));
    for (const [cell, replies] of Object.entries(init.commentReplies ?? {})) {
      const comment = sheet.comments.get(keyOfAddress(cell));
      if (comment) comment.replies = [...replies];
    }
    for (const [cell, v] of Object.entries(init.mixedScript ?? {}))
      sheet.mixedScript.set(keyOfAddress(cell), v);
  }

  /** The workbook as the port would describe it: formulas show their value. */
  snapshot(): WorkbookSnapshot {
    return {
      name: this.name,
      sheets: this.sheets.map(sheetSnapshot),
      ...(this.dateSystem === 1904 ? { dateSystem: 1904 as const } : {}),
    };
  }
}

function sheetSnapshot(sheet: FakeSheet): SheetSnapshot {
  const box = usedBox(sheet, true);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  if (box) {
    for (let r = 0; r <= box.r1; r++) {
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      for (let c = 0; c <= box.c1; c++) {
        vr.push(toCellValue(getRaw(sheet, r, c)));
        fr.push(getFormat(sheet, r, c));
      }
      values.push(vr);
      formats.push(fr);
    }
  }
  const hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  const hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
  const struckRows = [...new Set([...sheet.struck].map((k) => keyCell(k).row0))].sort((a, b) => a - b);
  return {
    name: sheet.name,
    visibility: fromFakeVisibility(sheet.visibility),
    values,
    formats,
    merges: [...sheet.merges],
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(struckRows.length ? { struckRows } : {}),
  };
}

export function toFakeVisibility(v: SheetSnapshot["visibility"] | undefined): FakeVisibility {
  if (v === "hidden") return "Hidden";
  if (v === "veryHidden") return "VeryHidden";
  return "Visible";
}

export function fromFakeVisibility(v: FakeVisibility): SheetSnapshot["visibility"] {
  if (v === "Hidden") return "hidden";
  if (v === "VeryHidden") return "veryHidden";
  return "visible";
}
