// Read access to one sheet of a snapshot, with merged header cells filled in.
import { parseRange } from "./a1";
import type { Legend } from "./legend";
import type { CellValue, SheetSnapshot } from "./port";

export class Grid {
  /** "r:c" (0-based) -> top-left value, for cells covered by a merge within the scan area */
  private readonly merged = new Map<string, CellValue>();
  /** (brk23 §8) "r:c" (0-based) → a number merged over several data rows, its `range` ("F2:F3") and `value` (merged-rows.ts) */
  readonly spans = new Map<string, { range: string; value: string }>();
  /** (brk26 S1) 0-based row → the cancel word ("Storno") of a row of a negative quantity so marked: a reversal (reversal-row.ts) */
  readonly reversals = new Map<number, string>();

  constructor(
    readonly sheet: SheetSnapshot,
    /** only merges that start above this row (0-based) matter: headers sit near the top */
    scanRows = 40,
    /**
     * the colour legend of the whole sheet, for each table read from it (read-plan.ts,
     * colour-legend.ts): its lines are blank in `sheet`; null where none was looked for or found
     */
    readonly legend: Legend | null = null,
  ) {
    for (const m of sheet.merges ?? []) {
      let range;
      try {
        range = parseRange(m);
      } catch {
        continue;
      }
      if (range.start.row > scanRows) continue;
      const top = this.value(range.start.row - 1, range.start.col);
      const lastRow = Math.min(range.end.row, scanRows + 1);
      for (let r = range.start.row - 1; r < lastRow; r++) {
        for (let c = range.start.col; c <= range.end.col && c < range.start.col + 200; c++) {
          this.merged.set(`${r}:${c}`, top);
        }
      }
    }
  }

  get rowCount(): number {
    return this.sheet.values.length;
  }

  value(r: number, c: number): CellValue {
    return this.sheet.values[r]?.[c] ?? null;
  }

  format(r: number, c: number): string | null {
    return this.sheet.formats?.[r]?.[c] ?? null;
  }

  /** Whether a merged range covers cell (r, c) (0-based), its top-left cell included. */
  isMerged(r: number, c: number): boolean {
    return this.merged.has(`${r}:${c}`);
  }

  /** The value shown in a header cell: a merged cell shows its top-left value everywhere. */
  headerText(r: number, c: number): string {
    const v = this.merged.get(`${r}:${c}`) ?? this.value(r, c);
    return typeof v === "string" ? v.trim() : "";
  }

  /** Number of columns of the widest of the given rows. */
  width(fromRow: number, toRow: number): number {
    let w = 0;
    for (let r = fromRow; r < toRow && r < this.rowCount; r++)
      w = Math.max(w, this.sheet.values[r]?.length ?? 0);
    return w;
  }
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
