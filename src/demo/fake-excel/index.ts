// A stateful fake of Excel's JavaScript object model, for the Office.js adapter's tests and the
// browser demo (which hosts the real task pane on it). Plain browser-compatible TypeScript.
//
// Faithful where an adapter can go wrong: properties throw until loaded and synced, calls apply
// at sync in order, "=…" / "+…" / "-…" / numeric text written through `values` becomes a formula
// or a number unless the cell is formatted "@", requests and responses above 5 MB are refused,
// API sets are enforced (ApiNotFound), missing items fail the sync, proxies die with their run.
// Not modelled: the calculation engine (only plain arithmetic is evaluated, else #NAME?), locale
// date parsing of written text, formatted `text`, the 5,000,000-cell read limit, undo.
import { parseCell } from "../../workbook/a1";
import type { CellValue, SheetVisibility, WorkbookSnapshot } from "../../workbook/port";
import { emptyStats, FakeRequestContext, supportsApi, type FakeHost, type FakeStats } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakePageSetup } from "./page-layout";
import { boxAddress, getFormat, getRaw, toCellValue, usedBox } from "./sheet-cells";
import {
  cellKey,
  DEFAULT_COLUMN_WIDTH,
  FakeWorkbookState,
  fromFakeVisibility,
  keyCell,
  type FakeSheet,
  type FakeWorkbookInit,
} from "./state";

export type { FakeRequestContext, FakeStats } from "./context";
export { PAYLOAD_LIMIT } from "./context";
export { FakeOfficeError } from "./errors";
export type { FakeSheetInit, FakeWorkbookInit } from "./state";
export type { FakePageSetup } from "./page-layout";

export interface FakeExcelOptions {
  /** highest ExcelApi requirement set the fake host supports; default "1.18" (notes) */
  apiVersion?: string;
}

/** One cell as the demo grid shows it. */
export interface FakeCellView {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  /** the text wraps inside the column */
  wrap: boolean;
  link: string | null;
  note: string | null;
  comment: string | null;
}

export interface FakeSheetInfo {
  name: string;
  visibility: SheetVisibility;
  tabColor: string | null;
  freezeRows: number;
  freezeColumns: number;
  /** column width in points by 0-based column, for columns not at the default width */
  columnWidths: Record<number, number>;
  /** 0-based columns with wrapped text in any cell */
  wrapColumns: number[];
  autoFilter: string | null;
  pageSetup: FakePageSetup;
}

export interface FakeExcel {
  /** stands in for Excel.run */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  /** stands in for Office.context.requirements */
  requirements: { isSetSupported(name: string, version?: string): boolean };
  readonly stats: FakeStats;
  /** the live workbook, for views that render it (the demo grid); change it only through run */
  readonly state: FakeWorkbookState;
  resetStats(): void;
  setApiVersion(version: string): void;
  /** while on, every sync that carries calls fails as if the user were typing in a cell */
  setEditMode(on: boolean): void;
  /** a later request fails with this Office error code: the next one, or the one after `skip` others */
  failRequest(code: string, options?: { message?: string; skip?: number }): void;
  protectSheet(name: string, on?: boolean): void;
  /** called after every sync that changed the workbook or the selection; returns an unsubscribe */
  onChange(listener: () => void): () => void;

  sheetNames(): string[];
  sheetInfo(name: string): FakeSheetInfo;
  cell(sheet: string, address: string): FakeCellView;
  /** every cell from A1 to the last used or formatted one, row by row */
  grid(sheet: string): FakeCellView[][];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  snapshot(): WorkbookSnapshot;
}

export function createFakeExcel(initial?: FakeWorkbookInit, options: FakeExcelOptions = {}): FakeExcel {
  const listeners = new Set<() => void>();
  const host: FakeHost = {
    state: new FakeWorkbookState(initial),
    apiVersion: options.apiVersion ?? "1.18",
    stats: emptyStats(),
    editMode: false,
    failures: [],
    notify: () => listeners.forEach((l) => l()),
  };
  const sheet = (name: string): FakeSheet => {
    const s = host.state.findSheet(name);
    if (!s) throw new Error(`The fake workbook has no sheet named "${name}".`);
    return s;
  };
  const view = (s: FakeSheet, r: number, c: number): FakeCellView => {
    const key = cellKey(r, c);
    return {
      value: toCellValue(getRaw(s, r, c)),
      formula: s.formulas.get(key) ?? null,
      numberFormat: getFormat(s, r, c),
      fill: s.fills.get(key) ?? null,
      bold: s.bold.has(key),
      wrap: s.wrapped.has(key),
      link: s.links.get(key) ?? null,
      note: s.notes.get(key) ?? null,
      comment: s.comments.get(key)?.content ?? null,
    };
  };

  return {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(host);
      try {
        const result = await batch(context);
        if (context.pending > 0) await context.sync();
        return result;
      } finally {
        context.closed = true;
      }
    },
    requirements: {
      isSetSupported: (name, version) => name === "ExcelApi" && supportsApi(host, version ?? "1.1"),
    },
    get stats() {
      return host.stats;
    },
    state: host.state,
    resetStats: () => void (host.stats = emptyStats()),
    setApiVersion: (version) => void (host.apiVersion = version),
    setEditMode: (on) => void (host.editMode = on),
    failRequest: (code, { message, skip = 0 } = {}) =>
      void host.failures.push({ skip, error: new FakeOfficeError(code, message ?? code) }),
    protectSheet: (name, on = true) => void (sheet(name).protected = on),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    sheetNames: () => host.state.sheets.map((s) => s.name),
    sheetInfo(name) {
      const s = sheet(name);
      return {
        name: s.name,
        visibility: fromFakeVisibility(s.visibility),
        tabColor: s.tabColor === "" ? null : s.tabColor,
        freezeRows: s.freezeRows,
        freezeColumns: s.freezeColumns,
        columnWidths: Object.fromEntries([...s.columnWidths].filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH)),
        wrapColumns: [...new Set([...s.wrapped].map((k) => keyCell(k).col0))].sort((a, b) => a - b),
        autoFilter: s.autoFilter,
        pageSetup: structuredClone(s.pageSetup),
      };
    },
    cell(name, address) {
      const { row, col } = parseCell(address);
      return view(sheet(name), row - 1, col);
    },
    grid(name) {
      const s = sheet(name);
      const box = usedBox(s, false);
      let rows = box ? box.r1 + 1 : 0;
      let cols = box ? box.c1 + 1 : 0;
      for (const key of [...s.notes.keys(), ...s.comments.keys(), ...s.links.keys()]) {
        const { row0, col0 } = keyCell(key);
        rows = Math.max(rows, row0 + 1);
        cols = Math.max(cols, col0 + 1);
      }
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => view(s, r, c)));
    },
    activeSheet() {
      const id = host.state.activeSheetId;
      return id === null ? null : (host.state.sheetById(id)?.name ?? null);
    },
    selection() {
      const sel = host.state.selection;
      const s = sel ? host.state.sheetById(sel.sheetId) : undefined;
      return sel && s ? { sheet: s.name, address: boxAddress(s, sel.box, false) } : null;
    },
    snapshot: () => host.state.snapshot(),
  };
}
