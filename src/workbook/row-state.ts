// Rows and sheets a keeper marked as not really there (docs/rules.md "Rows and sheets marked as
// not really there"). A line cancelled in its own Status column ("storniert", "annulé", "void",
// "storniert 12.03.") is not booked and said at its status cell; a line whose status says it may
// not have taken place ("rejected", "Entwurf 2", "in Prüfung", "not approved") is refused at its
// status cell; a remark that says the row was cancelled and rebooked ("storniert und neu gebucht",
// cancel-mention.ts) is refused at its cell; one that only speaks of either ("Storno-Rechnung
// folgt", "cancellation fee", "draft contract signed", "rejected by QA, re-delivered") is booked
// and said (status-read.ts reads the words, status-headings.ts the headings). A cell of a column
// of no field, status or remark heading, or of none ("Spalte1", "Lieferschein", blank), that says
// the row was cancelled is refused at its cell (unread-cancel.ts, brk26 S3). A struck-through line
// may be deleted by hand or merely done: the add-in does not guess, it refuses the row at its first
// cell. A hidden row is a view, not a
// deletion (a filter hides rows too): it is booked, and said once per run of hidden rows. A row a
// document type column names a credit note or return (document-kind.ts, p-credit) is no movement:
// a delivery's is left out with a warning, a receipt's refused; a status or remark led by such a
// word is refused (the row may be that document or a line it refers to). Pure: reads the grid only.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { readCell, type Column } from "./table-columns";
import { INCOMPLETE_KINDS } from "./left-out-sheet";
import { isDateFormat, type DateSystem } from "./dates";
import { mergedStatus, shownStatus } from "./status-cells";
import { cancelledSdNumber } from "./sd-number";
import { cellSays, type StatusColumn } from "./status-marks";
import type { StatusMemo } from "./status-read";
import type { BadReason } from "./read-codes";
import { statusColumn, statusColumns } from "./status-columns";
import { documentSide } from "./document-kind";
import { documentRows } from "./document-rows";
import { direction } from "./direction-words";
import { colourCheck } from "./colour-check";
import { STATUS_REASONS } from "./remark-denials";
import { cellDenial, toIssueSaid } from "./proof-status";
import { hasSdNumber, receiptDeclared, rowDeclared } from "./declared-row";
import { productionDeclared, productionDenial } from "./production-remarks";
import { rowNotes } from "./note-text";
import { markReversal } from "./reversal-row";
import { colouredRows } from "./row-colours";
import { unreadCancels } from "./unread-cancel";

/**
 * What becomes of a data row before its cells are read: read, not booked as the keeper cancelled
 * it, not booked as a delivery's credit note or return ("credit": its document type says so, and
 * leaving it out withdraws no less credit than went out, p-credit), or refused (struck through, a
 * status that says it may not have taken place, a receipt's credit note).
 */
export type RowMark = "read" | "cancelled" | "credit" | "struck" | "unconfirmed";
/** What a status cell says that leaves its row in doubt (status-marks.ts cellSays). */
const DOUBT = new Set<unknown>([
  "unconfirmed",
  "partial",
  "part-cancelled",
  "void-unclear",
  "unknown",
  "credit",
  "unticked",
]);

/** The marks of one table's rows (table.ts asks for each data row, in order). */
export interface RowMarks {
  /** what becomes of data row `r` (0-based); its finding, if any, goes to `out` */
  check(r: number, out: Finding[]): RowMark;
  /** the cell (A1) of the error that refused the row last checked "struck" or "unconfirmed" */
  cell: string;
  /** (brk20 A7) the status cell (A1) of the sale last checked that says its SD is still to issue, else "" */
  toIssue: string;
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
  const checked: number[] = []; // (brk22 §6) the data rows, for their fills where no legend says them
  // rows filled in a colour the sheet's legend gives a status (colour-legend.ts, read-plan.ts)
  // a legend of font colours ("rote Schrift = storniert") refuses rows whether or not any is filled
  const fonts = grid.legend?.entries.some((e) => e.font === true && !e.done);
  const fills = grid.sheet.fills || grid.sheet.fillsUnread || fonts || grid.sheet.conditionalFills;
  const legend = INCOMPLETE_KINDS[rec.kind] && fills ? grid.legend : null;
  // a status that leaves a movement unconfirmed matters where rows feed balances
  const movements = INCOMPLETE_KINDS[rec.kind] !== undefined;
  const dirCol = rec.kind === "ledger" ? rec.columns.get("direction")?.col : undefined;
  const sells = (r: number) =>
    rec.kind === "deliveries" ||
    (dirCol !== undefined && direction(String(grid.value(r, dirCol) ?? "")) === "out");
  // a status column's cell of row r: a merged status cell speaks for every row it covers
  const status = (r: number, c: number) => ({
    c,
    v: covered.get(`${r}:${c}`) ?? grid.value(r, c),
    col: cols.get(c) as StatusColumn,
    dated: isDateFormat(grid.format(r, c)),
    label: grid.headerText(header, c),
  });
  const byColour = colourCheck(legend ?? null, grid, (c) => tableColumn(grid, rec, c), sells);
  // (p-heads) a document of the other side: "Wareneingang" on a sales sheet, "Verkauf" on receipts
  const otherSide = (r: number, text: string) => {
    const side = documentSide(text);
    const typed = dirCol === undefined ? null : direction(String(grid.value(r, dirCol) ?? ""));
    const row = rec.kind === "deliveries" ? "out" : rec.kind === "receipts" ? "in" : typed;
    return side !== null && row !== null && side !== row;
  };
  // (p-credit) which document each row is, where a column says it ("Belegart", "Document type");
  // (brk27 S2) an ERP's movement type or debit/credit indicator ("Bewegungsart" 102: a reversal) too
  const documents = movements ? documentRows(grid, rec, sells, otherSide) : null;
  // (brk26 S3) a cancellation in a column no field, status, remark or document heading reads: refused there
  const unread = documents
    ? unreadCancels(grid, rec, [...statusCols, ...documents.read], memo, dateSystem)
    : null;
  return {
    cell: "",
    toIssue: "",
    check(r, out) {
      this.toIssue = "";
      checked.push(r);
      let said = false;
      let unsure: {
        col: number;
        details: { label: string; value: string; read: string; reason?: BadReason };
      } | null = null;
      // (brk22 §6) then the notes on the row's cells, each read as a remark column's cell
      const notes = rowNotes(grid, r, (c) => tableColumn(grid, rec, c));
      for (const { c, v, col, dated, label } of [...statusCols.map((c) => status(r, c)), ...notes]) {
        const says = cellSays(v, col, memo, dated);
        const doubt = DOUBT.has(says);
        // (brk12) a receipt's proof missing, part sustainable; (p-remarks) a sale remarked "ohne SD"
        const declared = () => (sells(r) ? rowDeclared : receiptDeclared)(grid, rec, r);
        const numbered = () => hasSdNumber(grid, rec, r);
        // a production row is no receipt: its own words (production-remarks.ts)
        const made = () => productionDeclared(grid, rec, r);
        const denial = !movements
          ? null
          : rec.kind === "production" && !col.proof
            ? productionDenial(v, made)
            : cellDenial(v, col, !sells(r), declared, dated, numbered);
        if (movements && sells(r) && toIssueSaid(v, col)) this.toIssue = cellAddress(r + 1, c);
        if ((!says && !denial) || (doubt && unsure)) continue;
        const details = {
          label,
          value: shownStatus(v, dated, dateSystem),
          read: String(r + 1),
        };
        if (denial && says !== "cancelled") unsure ??= { col: c, details: { ...details, reason: denial } };
        if (denial && says !== "cancelled") continue;
        // a delivery's "SD folgt", "SD fehlt": the declaration the add-in is to issue
        if (says === "proof-missing") continue;
        // (brk26 S1) a negative row marked "Storno" reverses another line: refused at its quantity, not dropped
        if (says === "cancelled" && markReversal(grid, rec, r, details.value)) continue;
        if (says === "cancelled") {
          out.push(readFinding("row-cancelled", "info", sheet, cellAddress(r + 1, c), details));
          return "cancelled";
        }
        if (doubt) {
          // (p-status4) a status in no list, a blank where the other rows are ticked approved
          const reason = STATUS_REASONS[says as string];
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
      const doc = documents?.check(r, out);
      if (doc) {
        this.cell = doc.cell;
        return doc.mark;
      }
      const coloured = byColour(r, cellAddress(r + 1, firstCol), out);
      if (coloured) {
        this.cell = coloured;
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
      // (brk26 S3) last: a row refused by its status, colour or strikethrough is said there
      const cancel = unread?.(r, out);
      if (cancel) {
        this.cell = cancel;
        return "unconfirmed";
      }
      if (hidden.has(r)) hiddenRead.push(r);
      return "read";
    },
    finish(out) {
      const coloured = movements && !grid.legend && !grid.sheet.fillsUnread;
      const note = coloured ? colouredRows(grid, checked, (c) => tableColumn(grid, rec, c), firstCol) : null;
      if (note) out.push(note);
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
