// The data rows under a recognised header, turned into engine records with the address of
// every field. Data ends at the first blank row; totals rows are not data. A bad value becomes
// a finding at its cell and, where the field is required, the row is left out; the rest goes on.
// A row marked cancelled, struck through or hidden is said at its row (row-state.ts).
import { cellAddress } from "./a1";
import { type Conventions } from "./cell-read";
import { NOTHING_STATED, type StatedConventions, tableConventions } from "./conventions";
import { type Grid, isBlank } from "./grid";
import { inColumnOrder } from "./admit";
import { type ColumnMatch, type Recognition } from "./recognition";
import type { Finding } from "../engine/result";
import { refuseUnitConflicts } from "./unit-conflicts";
import { QUANTITIES, columnNotes, tableColumns } from "./table-columns";
import { readRowCells } from "./row-cells";
import { nothingBooked } from "./ledger-sides";
import { keepSdNumber, rowMarks } from "./row-state";
import { columnMarks } from "./column-state";
import { refuseBlankClaim } from "./blank-claim";
import { blankPart } from "./blank-part";
import { refuseBlankSd } from "./blank-sd";
import { BlankFlags } from "./blank-flags";
import type { LeftOut } from "./left-out";
import { leaveOutParts } from "./left-out-parts";
import type { StatusMemo } from "./status-read";
import type { TableRow } from "./table-row";
export type { TableRow } from "./table-row";
import { labelledTotal, looksLikeBooking, pastTotals, warnRowsBelow } from "./table-totals";
import { Sums } from "./table-sums";
import { asOpeningQuantity, onlyQuantity, rowTotal, sayTotal } from "./opening-rows";
import { namesThroughout } from "./balance-names";
import { noteRow } from "./note-rows";
import { ambientNotes } from "./standard-volume";
import { RivalColumns } from "./rival-columns";
import { ValueRivals } from "./value-rivals";

/** What becomes of a row: `emit` builds and validates its records (records.ts), returns the
 * refusals of its blank cells (none: the row is read); its other findings go to `out`. */
export type Emit = (row: TableRow, out: Finding[]) => readonly Finding[];

export interface TableContext {
  /** the workbook's date system; the conventions of each column are the table's own */
  conv: Conventions;
  /** what the settings sheet states of decimal separators and date order */
  stated?: StatedConventions;
  findings: Finding[];
  /** every SD number seen, also on rows left out, so that new numbers never collide */
  sdNumbers: Set<string>;
  /** collects the rows left out of a sheet that feeds balances (domain.md §4, input-incomplete) */
  leftOut?: LeftOut;
  /** this run's status texts read (status-read.ts); none: each is read anew */
  statusTexts?: StatusMemo;
  /** a blank row the table reads on past: the other side's row of a sheet of both (block-grid.ts) */
  passes?: (r: number) => boolean;
}

/**
 * Reads the rows of a recognised table; calls `emit` for each row whose cells could all be read,
 * and for each row with a blank cell (the record validation refuses it or not). Findings keep the
 * row's column order, a refusal at its blank cell. Returns the number of data rows (rows with
 * findings included).
 */
export function readTable(grid: Grid, rec: Recognition, ctx: TableContext, emit: Emit): number {
  const { findings } = ctx;
  const spec = rec.spec;
  if (!spec || rec.headerRow === null) return 0;
  const convOf = tableConventions(grid, rec, ctx.stated ?? NOTHING_STATED, ctx.conv.dateSystem);
  const ledger = rec.kind === "ledger";
  const columns = tableColumns(rec, convOf, ledger);
  const sheet = grid.sheet.name;
  const headerRow1 = rec.headerRow + 1;
  const quantityCols = columns.filter((c) => QUANTITIES.has(c.field.id));
  const sums = Sums.of(quantityCols, columns);
  const rivals = new RivalColumns(grid, rec.rivals ?? [], columns, convOf);
  const held = new ValueRivals(grid, rec, rec.rivals ?? [], columns, convOf); // a second "Datum", "THG lt. SD"
  const partCols = columns.filter((c) => c.field.id === "sustainable" || c.field.id === "sustainablePart");
  const sdLabel = columns.find((c) => c.field.id === "sdNumber")?.field.label ?? "SD number";
  const flags = new BlankFlags(partCols.find((c) => c.field.id === "sustainable"));
  const grossSeen = new Map<ColumnMatch, string>();
  let rows = 0;
  let booked = 0;
  const firstCol = Math.min(...columns.map((c) => c.col));
  const marks = rowMarks(grid, rec, firstCol, ctx.statusTexts, ctx.conv.dateSystem);
  const shown = columnMarks(grid, rec.headerRow, columns);
  const names = namesThroughout(grid, rec.headerRow); // "Saldo" the product of every row: a name
  // bookings below the end of the data are left out: on a sheet that feeds balances, an error
  const endsAt = (r: number) => {
    const below = warnRowsBelow(grid, r, columns, findings, ctx.leftOut?.feeds ? "error" : "warning");
    if (below) ctx.leftOut?.below(below.row, below.cell);
  };
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const cells = grid.sheet.values[r];
    // blank in every mapped column ends the data, unless labelled a total ("Übertrag") or a number (opening-rows.ts)
    const label = cells && columns.every((c) => isBlank(cells[c.col])) ? labelledTotal(cells) : undefined;
    const opening = onlyQuantity(grid, r, label === null && rows === 0 ? cells : undefined, rec.headerRow);
    if (!cells || (label === null && !opening)) {
      if (ctx.passes?.(r)) continue;
      endsAt(r);
      break;
    }
    if (opening) {
      findings.push(opening);
      ctx.leftOut?.unread(r, cells, columns, ledger, opening.cell as string);
      continue;
    }
    if (noteRow(grid, r, cells, columns, ledger, findings, rec.headerRow)) continue; // a note; the header repeated
    const total = label ?? rowTotal(grid, r, cells, { columns, quantityCols, sums, kind: rec.kind, names });
    if (total?.kind === "total") {
      // A total is not data: said once, at its row; the bookings after it (a subtotal) are read, also after several totals
      const next = pastTotals(grid, r, columns, quantityCols, sums);
      const continues = looksLikeBooking(grid.sheet.values[next], columns);
      // credit carried in, a balance line shaped like a booking: refused, not booked (opening-rows.ts)
      const at = { cells, columns, ledger, kind: rec.kind, sums, quantityCols, leftOut: ctx.leftOut };
      findings.push(sayTotal(grid, r, at, total, { continues, first: rows === 0 }));
      if (next === r + 1) sums.restart(cells);
      if (!continues) {
        endsAt(r);
        break;
      }
      continue;
    }
    // a cancelled line, and a delivery's credit note, is no data row; a struck-through one, or one
    // whose status leaves it unconfirmed, is: refused at its cell, the input it would give is missing
    const mark = marks.check(r, findings);
    if (mark !== "read") {
      keepSdNumber(grid, r, cells, columns, ledger, ctx.sdNumbers);
      sums.addUnbooked(grid, r, cells, quantityCols);
      if (mark !== "cancelled" && mark !== "credit") {
        rows++;
        ctx.leftOut?.unread(r, cells, columns, ledger, marks.cell);
      }
      continue;
    }
    shown.check(r);
    flags.see(cells);
    rows++;
    const row1 = r + 1;
    // no date, product or name, only a quantity that is not the sum above: it looks like a total
    // line, but the add-in cannot tell; this row alone is refused, with no "Date is empty"
    if (total) {
      findings.push(rows === 1 ? asOpeningQuantity(grid, total.finding) : total.finding);
      ctx.leftOut?.suspect(total.finding.cell as string);
      if (total.restart) sums.restart(); // (brk22 1) a month's subtotal: the next month is summed anew
      continue;
    }
    const read = readRowCells(grid, r, cells, { rec, columns, ledger, sdNumbers: ctx.sdNumbers, grossSeen });
    const { values, addresses, units, typedUnits, found, reads, refusedAt, blank } = read;
    let { dropped, unreadable } = read;
    // a sale's status "offen": beside its SD number (brk20 A7), or asking an SD of a closed period (brk22 §12)
    if (marks.toIssue) addresses.sdToIssue = marks.toIssue;
    // A unit named twice must be the same unit: the cell's own, its header's, its unit column's.
    const conflicts = refuseUnitConflicts(columns, sheet, row1, { values, addresses, typedUnits }, found);
    if (conflicts.dropped) dropped = true;
    if (conflicts.unreadable.length) (unreadable ??= []).push(...conflicts.unreadable);
    if (!dropped)
      ({ dropped, unreadable } = held.check(
        r,
        { values, units, addresses, reads, blank, unreadable, refusedAt },
        found,
      ));
    const disagree = dropped ? null : rivals.check(r, cells, values, units);
    if (disagree) {
      found.push(disagree);
      dropped = true;
    }
    // a part column's blank cell: what it means is blank-part.ts's to say, on both sides
    const partRow = { kind: rec.kind, reads, sheet, row1, values, addresses, blank, found };
    const part = dropped ? null : blankPart(partCols, partRow, unreadable);
    if (part && part !== "not-sustainable") (unreadable ??= []).push(part);
    // a blank claim on a receipt with an incoming SD number is never assumed (blank-claim.ts)
    if (!dropped && refuseBlankClaim(rec.kind, sheet, values, blank, found))
      (unreadable ??= []).push("claim");
    // nor is a blank SD number on a receipt with a claim, certificate or GHG values (blank-sd.ts)
    if (!dropped && refuseBlankSd(rec.kind, sheet, sdLabel, values, blank, found))
      (unreadable ??= []).push("sdNumber");
    const late: Finding[] = [];
    const tableRow: TableRow = {
      values,
      source: { sheet, row: row1, cells: addresses },
      units,
      ...(unreadable ? { unreadable } : {}),
      ...(blank ? { blank } : {}),
      ...(dropped ? { refused: true } : {}),
    };
    const refusals = !dropped || blank ? emit(tableRow, late) : [];
    if (tableRow.booked) booked++;
    const said = [...inColumnOrder(found, refusals), ...late];
    // a row that would have been booked and is not: the input it would give is missing
    if (!tableRow.booked && ctx.leftOut) {
      const why = said.find((f) => f.severity === "error" && f.sheet === sheet && f.cell);
      ctx.leftOut.row(r, values, why?.cell ?? cellAddress(row1, columns[0]?.col ?? 0));
    } else if (unreadable && ctx.leftOut) {
      // booked without a value that could not be read: the part of its input that value gives is missing
      leaveOutParts(ctx.leftOut, { r, row1, values, unreadable, refusedAt }, columns, said);
    }
    findings.push(...said);
    if (!dropped && refusals.length === 0) {
      sums.add(values, cells);
      if (part === "not-sustainable") flags.blank(addresses.sustainable);
    } else sums.addUnbooked(grid, r, cells, quantityCols);
  }
  marks.finish(findings);
  shown.finish(findings);
  if (ledger && rows > 0 && booked === 0) {
    const cell = cellAddress(headerRow1, firstCol);
    findings.push(nothingBooked(sheet, cell, spec.label, rows));
    // it holds back what the sheet's rows would feed, not every declaration
    ctx.leftOut?.sheet(cell);
  }
  findings.push(
    ...rivals.headings(rec.headerRow),
    ...held.headings(),
    ...ambientNotes(sheet, headerRow1, rec),
  );
  findings.push(...columnNotes(sheet, headerRow1, grossSeen), ...flags.findings(sheet, headerRow1));
  return rows;
}
