// An in-memory workbook behind the port: the fixture host of tests and the browser demo.
// No Node or DOM imports here: the demo bundles it.
import { parseCell } from "../a1";
import { splitOutValue } from "../out-value";
import type {
  CellRef,
  CellStyle,
  CellValue,
  OutValue,
  Patch,
  PortOptions,
  SheetOptions,
  SheetSnapshot,
  SheetVisibility,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { wantsSheet } from "../port";

/** Everything the memory host keeps about a cell's look (marks and generated formatting). */
export interface MemoryCellStyle extends CellStyle {
  bold: boolean;
  link: CellRef | null;
  numberFormat: string | null;
  wrap: boolean;
}

interface MemorySheet {
  name: string;
  visibility: SheetVisibility;
  values: CellValue[][];
  formats: (string | null)[][];
  merges: string[];
  /** 0-based hidden rows, rows with a struck-through cell, hidden columns (port.ts SheetSnapshot) */
  hiddenRows: number[];
  struckRows: number[];
  hiddenColumns: number[];
  /** "D12" -> look; only cells that have one */
  styles: Map<string, MemoryCellStyle>;
  options: SheetOptions;
}

const NO_STYLE: MemoryCellStyle = {
  fill: null,
  note: null,
  bold: false,
  link: null,
  numberFormat: null,
  wrap: false,
};

export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];

  constructor(private readonly name = "Workbook") {}

  static fromSnapshot(s: WorkbookSnapshot): MemoryWorkbook {
    const wb = new MemoryWorkbook(s.name);
    wb.sheets = s.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      values: sheet.values.map((row) => row.map(copyValue)),
      formats: (sheet.formats ?? []).map((row) => [...row]),
      merges: [...(sheet.merges ?? [])],
      hiddenRows: [...(sheet.hiddenRows ?? [])],
      struckRows: [...(sheet.struckRows ?? [])],
      hiddenColumns: [...(sheet.hiddenColumns ?? [])],
      styles: new Map(),
      options: { visibility: sheet.visibility },
    }));
    return wb;
  }

  /** A deep copy: callers may change it without touching the workbook. */
  snapshot(options?: PortOptions): WorkbookSnapshot {
    return {
      name: this.name,
      sheets: this.sheets.map((s): SheetSnapshot => {
        const read = wantsSheet(options, s.name);
        return {
          name: s.name,
          visibility: s.visibility,
          values: read ? s.values.map((row) => row.map(copyValue)) : [],
          formats: read ? s.formats.map((row) => [...row]) : [],
          merges: read ? [...s.merges] : [],
          ...(read && s.hiddenRows.length ? { hiddenRows: [...s.hiddenRows] } : {}),
          ...(read && s.struckRows.length ? { struckRows: [...s.struckRows] } : {}),
          ...(read && s.hiddenColumns.length ? { hiddenColumns: [...s.hiddenColumns] } : {}),
        };
      }),
    };
  }

  async readSnapshot(options?: PortOptions): Promise<WorkbookSnapshot> {
    options?.signal?.throwIfAborted();
    options?.onProgress?.({ phase: `Reading workbook ${this.name}`, fraction: 1 });
    return this.snapshot(options);
  }

  async readCellStyles(cells: CellRef[], options?: PortOptions): Promise<CellStyle[]> {
    options?.signal?.throwIfAborted();
    return cells.map((ref) => {
      const { fill, note } = this.getStyle(ref.sheet, ref.cell);
      return { fill, note };
    });
  }

  async applyPatch(patch: Patch, options?: PortOptions): Promise<void> {
    options?.signal?.throwIfAborted();
    // Check every target first so that a patch either applies whole or not at all.
    const names = new Set(this.sheets.map((s) => s.name));
    for (const op of patch.ops) {
      if (op.kind === "replaceSheet") names.add(op.name);
      else if (op.kind === "deleteSheet") names.delete(op.name);
      else
        for (const c of op.cells as CellRef[]) {
          if (!names.has(c.sheet)) throw new Error(`The workbook has no sheet named "${c.sheet}".`);
          parseCell(c.cell);
        }
    }
    for (const op of patch.ops) {
      if (op.kind === "replaceSheet") this.replaceSheet(op.name, op.rows, op.options);
      else if (op.kind === "deleteSheet") this.sheets = this.sheets.filter((s) => s.name !== op.name);
      else if (op.kind === "fillBlankCells" || op.kind === "writeCells") {
        for (const c of op.cells) {
          const sheet = this.requireSheet(c.sheet);
          const { row, col } = parseCell(c.cell);
          const values = (sheet.values[row - 1] ??= []);
          for (let i = values.length; i < col; i++) values.push(null);
          const now = values[col];
          if (op.kind === "writeCells" || now === null || now === undefined || now === "")
            values[col] = c.text;
        }
      } else {
        for (const c of op.cells) {
          const sheet = this.requireSheet(c.sheet);
          const key = parseCellKey(c.cell);
          const prev = sheet.styles.get(key) ?? NO_STYLE;
          sheet.styles.set(key, { ...prev, fill: c.fill, note: c.note });
        }
      }
    }
  }

  async selectCell(ref: CellRef): Promise<void> {
    this.selected = ref;
  }

  /** The cell last selected through the port (for tests of "go to cell"). */
  selected: CellRef | null = null;

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  getValue(sheet: string, cell: string): CellValue {
    const { row, col } = parseCell(cell);
    return copyValue(this.requireSheet(sheet).values[row - 1]?.[col] ?? null);
  }

  getStyle(sheet: string, cell: string): MemoryCellStyle {
    const s = this.requireSheet(sheet);
    const style = s.styles.get(parseCellKey(cell)) ?? NO_STYLE;
    const { row, col } = parseCell(cell);
    const numberFormat = style.numberFormat ?? s.formats[row - 1]?.[col] ?? null;
    return { ...style, link: style.link ? { ...style.link } : null, numberFormat };
  }

  getSheetOptions(name: string): SheetOptions {
    const s = this.requireSheet(name);
    return { ...s.options, visibility: s.visibility };
  }

  /** Merged ranges of a sheet, as A1 ranges. */
  getMerges(name: string): string[] {
    return [...this.requireSheet(name).merges];
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`The workbook has no sheet named "${name}".`);
    return s;
  }

  private replaceSheet(name: string, rows: OutValue[][], options?: SheetOptions): void {
    const sheet: MemorySheet = {
      name,
      visibility: options?.visibility ?? "visible",
      values: [],
      formats: [],
      merges: [],
      hiddenRows: [],
      struckRows: [],
      hiddenColumns: [],
      styles: new Map(),
      options: { ...options },
    };
    rows.forEach((row, r) => {
      const values: CellValue[] = [];
      const formats: (string | null)[] = [];
      row.forEach((v, c) => {
        const out = splitOutValue(v);
        values.push(out.value);
        formats.push(out.numberFormat);
        if (out.bold || out.fill || out.link || out.numberFormat || out.wrap) {
          sheet.styles.set(`${r + 1}:${c}`, { ...NO_STYLE, ...pick(out) });
        }
      });
      sheet.values.push(values);
      sheet.formats.push(formats);
    });
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.sheets[at] = sheet;
    else this.sheets.push(sheet);
  }
}

function pick(out: ReturnType<typeof splitOutValue>): Partial<MemoryCellStyle> {
  return { bold: out.bold, fill: out.fill, link: out.link, numberFormat: out.numberFormat, wrap: out.wrap };
}

function parseCellKey(cell: string): string {
  const { row, col } = parseCell(cell);
  return `${row}:${col}`;
}

function copyValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v !== "object" || v === null) return v;
  return "error" in v ? { error: v.error } : { formula: v.formula };
}
