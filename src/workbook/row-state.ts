// Rows and sheets a keeper marked as not really there (docs/rules.md "Rows and sheets marked as
// not really there"). A line cancelled in its own Status column ("storniert", "annulé", "void",
// "storniert 12.03.") is not booked and said at its status cell; a line whose status says it may
// not have taken place ("rejected", "Entwurf 2", "in Prüfung", "not approved") is refused at its
// status cell; a remark that only speaks of either ("Storno-Rechnung", "draft contract signed",
// "rejected by QA, re-delivered") is booked and said (status-read.ts reads the words,
// status-headings.ts the headings). A struck-through line may be deleted by hand or merely done:
// the add-in does not guess, it refuses the row at its first cell. A hidden row is a view, not a
// deletion (a filter hides rows too): it is booked, and said once per run of hidden rows.
// Pure: reads the grid only.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { readCell, type Column } from "./table-columns";
import { INCOMPLETE_KINDS } from "./left-out-sheet";
import { isDateFormat, serialToIso, type DateSystem } from "./dates";
import { showDate } from "./cell-dates";
import { cancelledSdNumber } from "./sd-number";
import { isRowStatus, STATUS_FIELD } from "./fields";
import { headingKind } from "./status-headings";
import { anyTicked, cellSays, markHeading, type StatusColumn } from "./status-marks";
import { speaksStatus, type StatusMemo } from "./status-read";
import type { BadReason } from "./read-codes";
import { parseRange } from "./a1";

/**
 * What becomes of a data row before its cells are read: read, not booked as the keeper cancelled
 * it, or refused (struck through, or a status that says it may not have taken place).
 */
export type RowMark = "read" | "cancelled" | "struck" | "unconfirmed";

/** The marks of one table's rows (table.ts asks for each data row, in order). */
export interface RowMarks {
  /** what becomes of data row `r` (0-based); its finding, if any, goes to `out` */
  check(r: number, out: Finding[]): RowMark;
  /** the cell (A1) of the error that refused the row last checked "struck" or "unconfirmed" */
  cell: string;
  /** after the last row: one warning per run of hidden rows that were read */
  finish(out: Finding[]): void;
}

/**
 * The row marks of a recognised table: its unmapped status or remark columns, the sheet's hidden
 * rows and rows with a struck-through cell (port.ts SheetSnapshot). `firstCol` is the table's
 * leftmost mapped column, where a row's own finding goes; `memo`: this run's status texts read.
 */
export function rowMarks(
  grid: Grid,
  rec: Recognition,
  firstCol: number,
  memo?: StatusMemo,
  dateSystem: DateSystem = 1900,
): RowMarks {
  const sheet = grid.sheet.name;
  const statusCols = statusColumns(grid, rec);
  const header = rec.headerRow as number;
  const cols = new Map(statusCols.map((c) => [c, statusColumn(grid, header, c)]));
  const covered = mergedStatus(grid, statusCols, header);
  const hidden = new Set(grid.sheet.hiddenRows ?? []);
  const struck = new Set(grid.sheet.struckRows ?? []);
  const struckColumns = grid.sheet.struckColumns;
  // where the host tells which cells are struck, only those in the table's columns count
  const inTable = (r: number) => {
    const cols = struckColumns?.[r];
    return !cols || cols.some((c) => tableColumn(grid, rec, c));
  };
  const hiddenRead: number[] = [];
  // a status that leaves a movement unconfirmed matters where rows feed balances
  const movements = INCOMPLETE_KINDS[rec.kind] !== undefined;
  return {
    cell: "",
    check(r, out) {
      let said = false;
      let unsure: {
        col: number;
        details: { label: string; value: string; read: string; reason?: BadReason };
      } | null = null;
      for (const c of statusCols) {
        // a merged status cell speaks for every row it covers
        const v = covered.get(`${r}:${c}`) ?? grid.value(r, c);
        const dated = isDateFormat(grid.format(r, c));
        const says = cellSays(v, cols.get(c) as StatusColumn, memo, dated);
        const doubt =
          says === "unconfirmed" ||
          says === "partial" ||
          says === "part-cancelled" ||
          says === "unknown" ||
          says === "unticked";
        if (!says || (doubt && unsure)) continue;
        const details = {
          label: grid.headerText(header, c),
          value: shownStatus(v, dated, dateSystem),
          read: String(r + 1),
        };
        if (says === "cancelled") {
          out.push(readFinding("row-cancelled", "info", sheet, cellAddress(r + 1, c), details));
          return "cancelled";
        }
        if (doubt) {
          // (p-status4) a status in no list, a blank where the other rows are ticked approved
          const reason = REASONS[says];
          if (movements) unsure = { col: c, details: reason ? { ...details, reason } : details };
          continue;
        }
        // a remark that only speaks of a cancellation, or of a line perhaps not real: said once
        if (said || (says === "remark" && !movements)) continue;
        said = true;
        const code = says === "mentions" ? "row-cancelled" : "row-unconfirmed";
        out.push(readFinding(code, "warning", sheet, cellAddress(r + 1, c), { ...details, partial: true }));
      }
      if (unsure) {
        this.cell = cellAddress(r + 1, unsure.col);
        out.push(
          readFinding("row-unconfirmed", "error", sheet, this.cell, { ...unsure.details, dropped: true }),
        );
        return "unconfirmed";
      }
      if (struck.has(r) && inTable(r)) {
        this.cell = cellAddress(r + 1, firstCol);
        out.push(
          readFinding("row-struck", "error", sheet, this.cell, {
            label: String(r + 1),
            dropped: true,
          }),
        );
        return "struck";
      }
      if (hidden.has(r)) hiddenRead.push(r);
      return "read";
    },
    finish(out) {
      for (let i = 0; i < hiddenRead.length;) {
        let j = i;
        while (j + 1 < hiddenRead.length && (hiddenRead[j + 1] as number) === (hiddenRead[j] as number) + 1)
          j++;
        const first = (hiddenRead[i] as number) + 1;
        const last = (hiddenRead[j] as number) + 1;
        out.push(
          readFinding("row-hidden", "warning", sheet, cellAddress(first, firstCol), {
            label: first === last ? String(first) : `${first}–${last}`,
            value: String(last - first + 1),
          }),
        );
        i = j + 1;
      }
    },
  };
}

/** Whether column `c` is one of the table's: mapped, or headed in its header row. */
function tableColumn(grid: Grid, rec: Recognition, c: number): boolean {
  if ([...rec.columns.values()].some((m) => m.col === c)) return true;
  return rec.headerRow !== null && grid.headerText(rec.headerRow, c).trim() !== "";
}

/** A status cell as its finding quotes it: a date cell as the user sees the day, not its serial. */
function shownStatus(v: unknown, dated: boolean, system: DateSystem): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "number" || !dated) return String(v);
  const iso = serialToIso(v, system);
  return iso.ok ? showDate(iso.value) : String(v);
}

/** The reason of a row-unconfirmed error beyond a status word that leaves the line unconfirmed. */
const REASONS: Record<string, BadReason | undefined> = {
  unknown: "status-unknown",
  unticked: "approval-blank",
  // (p-sd8) "teilw. abgelehnt", "partly rejected": the quantity accepted is unknown
  partial: "status-partial",
  // (p-misc) "teilweise storniert", "Teilstorno", "partly cancelled": the quantity that stands is unknown
  "part-cancelled": "status-part-cancelled",
};

/** How column `c`'s cells are read: its mark heading, whether free text, whether rows are ticked. */
function statusColumn(grid: Grid, header: number, c: number): StatusColumn {
  const heading = grid.headerText(header, c);
  const mark = markHeading(heading);
  const below = function* () {
    for (let r = header + 1; r < grid.rowCount; r++)
      yield [grid.value(r, c), isDateFormat(grid.format(r, c))] as const;
  };
  const kind = headingKind(heading);
  return {
    mark,
    free: kind === "remark" || (kind === "place" && !keepsStatuses(below())),
    ticked: mark === "approval" && anyTicked(below()),
  };
}

/**
 * Whether a column headed "State"/"Estado"/"État" (an address's state, or the line's status) keeps
 * statuses: at least half its texts hold a status word ("entregado", "anulado", "storniert"), and
 * at least MIN_STATUSES of them do (p-sd8: on two rows "Texas" and "cancelled" half is one word,
 * too few to call "Texas" a status). Then a text of no status there ("Gutschrift") leaves the line
 * unclear, as under "Status"; else its texts may be states ("TX", "Bayern") and only its status
 * words count (a cancelled or rejected row is still not booked).
 */
function keepsStatuses(values: Iterable<readonly [unknown, boolean]>): boolean {
  let texts = 0;
  let statuses = 0;
  for (const [v] of values) {
    if (typeof v !== "string" || v.trim() === "") continue;
    texts++;
    if (speaksStatus(v)) statuses++;
  }
  return statuses >= MIN_STATUSES && statuses * 2 >= texts;
}

/** The fewest texts with a status word that make a "State" column one of statuses (keepsStatuses). */
const MIN_STATUSES = 3;

/**
 * "r:c" (0-based) → the value of the merge's top-left cell, for each cell of a status column below
 * the header that a merge covers but does not start (port.ts SheetSnapshot merges).
 */
function mergedStatus(grid: Grid, cols: number[], header: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (cols.length === 0) return out;
  const set = new Set(cols);
  for (const m of grid.sheet.merges ?? []) {
    let range;
    try {
      range = parseRange(m);
    } catch {
      continue;
    }
    const top = range.start.row - 1;
    if (top <= header) continue;
    const v = grid.value(top, range.start.col);
    for (let c = range.start.col; c <= range.end.col; c++) {
      if (!set.has(c)) continue;
      for (let r = top; r < range.end.row; r++)
        if (r !== top || c !== range.start.col) out.set(`${r}:${c}`, v);
    }
  }
  return out;
}

/**
 * Unmapped columns of the header row whose heading is a status or remark heading
 * (status-headings.ts), and the column the user mapped as the lines' status (fields.ts
 * STATUS_FIELD), whatever its heading.
 */
export function statusColumns(grid: Grid, rec: Recognition): number[] {
  const header = rec.headerRow;
  if (header === null) return [];
  const chosen =
    rec.spec && isRowStatus(rec.spec, STATUS_FIELD) ? rec.columns.get(STATUS_FIELD)?.col : undefined;
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const out: number[] = [];
  const width = Math.max((grid.sheet.values[header] ?? []).length, (chosen ?? -1) + 1);
  for (let c = 0; c < width; c++)
    if (
      c === chosen ||
      (!mapped.has(c) && (headingKind(grid.headerText(header, c)) || markHeading(grid.headerText(header, c))))
    )
      out.push(c);
  return out;
}

/**
 * A hidden or very hidden sheet whose table has `rows` data rows: they are read and booked like
 * those of any sheet (hiding is a view), and a warning at the header's first mapped cell says so.
 * Null for a visible sheet or one without rows.
 */
export function hiddenSheet(grid: Grid, rec: Recognition, rows: number): Finding | null {
  const { visibility, name } = grid.sheet;
  if (visibility === "visible" || rows === 0 || rec.headerRow === null || !rec.spec) return null;
  const col = Math.min(...[...rec.columns.values()].map((m) => m.col));
  return readFinding("sheet-hidden", "warning", name, cellAddress(rec.headerRow + 1, col), {
    label: rec.spec.label,
    value: visibility,
    read: String(rows),
  });
}

/**
 * The SD number of a row that is not read (cancelled or struck through): kept with those seen, so
 * that a number the add-in issues never collides with one written in the books.
 */
export function keepSdNumber(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  columns: Column[],
  ledger: boolean,
  seen: Set<string>,
): void {
  const sd = columns.find((c) => c.field.id === "sdNumber");
  if (!sd) return;
  const read = readCell(grid, r, cells, sd, ledger);
  if (read.kind === "ok" && typeof read.value === "string") seen.add(read.value);
  // "SD-1 storniert" is refused as a number, but on a row not read the number it names stays taken
  const v = cells[sd.col];
  const named = read.kind !== "ok" && typeof v === "string" ? cancelledSdNumber(v.trim()) : null;
  if (named) seen.add(named);
}
