// One mechanism for two columns of one field (p-cols, p-ghg2, p-ghgfold): a second "Datum",
// "Produkt", "SD-Nr.", a second GHG total ("THG" beside "THG lt. SD", "THG Standardwert" beside
// "THG tatsächlich") or component. Recognition gives the field one column; the other was left out
// without a word. Now, row by row: the columns that state a value must state the same one; a cell
// that states none (blank, "-", "n/a", "k.A.": part-unstated.ts) does not disagree, the other's
// value is read. Where the field prefers a column by its heading (rival-rules.ts: the SD's GHG
// value) that one is read wherever filled, and a value only in another column is refused at its
// cell, as is a value only in the column not read, or two that differ: the add-in never takes one
// of two values silently (design.md, first law). What a refusal costs and its words are the
// field's rule. Each second column is said at its heading where it held what the read one did not.
import { cellAddress } from "./a1";
import { type Conventions, type FieldRead } from "./cell-read";
import { type Grid, isBlank } from "./grid";
import { statesNoValue } from "./part-unstated";
import { type Recognition, type Rival } from "./recognition";
import { ghgHeading, ghgRefusal, type Entry, shownEntry } from "./rival-ghg-words";
import { rivalRule, type RivalRule } from "./rival-rules";
import { secondColumnHeading, valueRefusal } from "./rival-values";
import { type Column, readCell } from "./table-columns";
import type { TableRow } from "./table-row";
import type { Finding } from "../engine/result";
import { agree, numbersOf, unitless } from "./value-agree";

export { agree };

/** Row `r` as read so far, which a second column's value may replace or refuse in part. */
export type RowSoFar = Pick<TableRow, "values" | "units" | "blank" | "unreadable"> & {
  addresses: Record<string, string>;
  reads: Map<string, FieldRead>;
  refusedAt?: Record<string, string>; // a field refused at a second column's cell (left-out-parts.ts)
};

/** What becomes of one field on one row: the entry read in place of the column mapped, a refusal, the columns to say. */
interface Outcome {
  take?: Entry;
  refusal?: Finding;
}

/** The second columns of one table's held-equal fields while its rows are read (table.ts). */
export class ValueRivals {
  private readonly byField = new Map<Column, Column[]>();
  private readonly seen = new Set<Column>();
  /** Second columns of a field whose read column the user mapped (p-xfer2): said, never refusing. */
  private readonly chosen = new Set<Column>();
  /** (p-units3) A second column's own unit column beside it ("Dichte lt. SD | Dichte Einheit"). */
  private readonly unitCols = new Map<Column, number>();
  constructor(
    private readonly grid: Grid,
    private readonly rec: Recognition,
    rivals: readonly Rival[],
    columns: readonly Column[],
    convOf: (c: number) => Conventions,
  ) {
    const units = ownUnitColumns(rivals);
    for (const x of rivals) {
      // a second "Datum" the sheet's layout read as another field after all (side-blocks.ts) is none
      const main = columns.find((c) => c.field.id === x.field);
      if (!x.value || !main || columns.some((c) => c.col === x.col)) continue;
      // (p-units3) a second "Dichte Einheit" beside a second "Dichte" is that one's unit, no rival
      if ([...units.values()].includes(x.col)) continue;
      const match = { col: x.col, header: x.header, unit: x.unit, confidence: "uncertain" as const };
      const column = { ...main, col: x.col, match, info: { headerUnit: x.unit }, conv: convOf(x.col) };
      this.byField.set(main, [...(this.byField.get(main) ?? []), column]);
      if (x.chosen) this.chosen.add(column);
      const unitCol = units.get(x.col);
      if (unitCol !== undefined) this.unitCols.set(column, unitCol);
    }
  }

  /**
   * Row `r` as read so far (`row`): for each field with a second column, the preferred column's
   * value put in place of the one mapped (`row` changed), or a refusal pushed to `found`: of the
   * field alone where its rule says so (its id added to the returned unread fields, its value
   * removed from `row`), else of the row (`dropped`).
   */
  check(r: number, row: RowSoFar, found: (Finding | string)[]): { dropped: boolean; unreadable?: string[] } {
    let unreadable = row.unreadable;
    const cells = this.grid.sheet.values[r] ?? [];
    for (const [main, seconds] of this.byField) {
      const id = main.field.id;
      // its own cell refused: said there, and nothing else is read in its place
      if (unreadable?.includes(id)) continue;
      const rule = rivalRule(id);
      const entries: Entry[] = [];
      const mine = row.values[id];
      if (mine !== undefined && mine !== "") {
        const unit = row.units[id] ?? unitColumnOf(id, row);
        const cell = row.addresses[id] as string;
        entries.push({ column: main, value: mine, unit: unit?.unit, unitCell: unit?.cell, cell });
      }
      const bad: { column: Column; finding: Finding }[] = [];
      for (const column of seconds) {
        const v = cells[column.col];
        // a blank, "-", "n/a", "k.A." states no value: it never disagrees
        if (isBlank(v as never) || (typeof v === "string" && statesNoValue(v))) continue;
        const read = readCell(this.grid, r, cells, column, this.rec.kind === "ledger");
        const cell = cellAddress(r + 1, column.col);
        if (read.kind === "bad")
          bad.push({ column, finding: this.refusal(rule, main, { column, read, cell }, row) });
        else if (read.kind === "ok") entries.push(this.entry(r, column, read, cell));
      }
      const { take, refusal } = this.decide(rule, main, seconds, entries, bad, row);
      const first = entries[0];
      const agreeing = !bad.length && first?.column === main && entries.every((e) => agree(e, first));
      if (!agreeing)
        for (const c of seconds)
          if (bad.some((b) => b.column === c) || entries.some((e) => e.column === c)) this.seen.add(c);
      // the user mapped the column read (p-xfer2): their choice is read, the other said at its heading
      if (seconds.every((c) => this.chosen.has(c))) continue;
      if (take) {
        row.values[id] = take.value;
        row.addresses[id] = take.cell;
        if (take.unit) row.units[id] = { unit: take.unit, cell: take.unitCell ?? take.cell };
        else delete row.units[id];
        if (row.blank) delete row.blank[id];
      }
      if (!refusal) continue;
      found.push(refusal);
      if (!rule.fieldOnly) return { dropped: true, ...(unreadable ? { unreadable } : {}) };
      delete row.values[id];
      delete row.addresses[id];
      delete row.units[id];
      if (row.refusedAt && refusal.cell) row.refusedAt[id] = refusal.cell;
      (unreadable ??= []).push(id);
    }
    return { dropped: false, ...(unreadable ? { unreadable } : {}) };
  }

  /**
   * Of a field's filled entries (the mapped column's first) and its second columns' unreadable cells:
   * where one column is preferred by its heading, its value (refused where it cannot be read, or
   * where it is blank and another holds one); else one value all state, or the first refusal.
   */
  private decide(
    rule: RivalRule,
    main: Column,
    seconds: readonly Column[],
    entries: readonly Entry[],
    bad: readonly { column: Column; finding: Finding }[],
    row: RowSoFar,
  ): Outcome {
    const preferred = rule.prefers ? [main, ...seconds].filter((c) => rule.prefers?.(c.match.header)) : [];
    const p = preferred.length === 1 ? preferred[0] : undefined;
    if (p) {
      const theirs = entries.find((e) => e.column === p);
      const unread = bad.find((b) => b.column === p);
      if (unread) return { refusal: unread.finding };
      if (theirs) return theirs.column === main ? {} : { take: theirs };
      const other = entries[0];
      // the preferred column blank: a value only in another is not read in its place
      return other ? { refusal: this.refusal(rule, main, { entry: other, against: p, sds: 1 }, row) } : {};
    }
    if (bad[0]) return { refusal: bad[0].finding };
    const first = entries[0];
    if (!first) return {};
    const sds = (a: Column, b: Column) => [a, b].filter((c) => rule.prefers?.(c.match.header)).length;
    // only a second column holds a value: the column read is blank
    const entry = first.column !== main ? first : entries.find((e) => !agree(e, first));
    const against = first.column !== main ? main : first;
    if (!entry) return {};
    const between = { entry, against, sds: sds(entry.column, "cell" in against ? against.column : against) };
    return { refusal: this.refusal(rule, main, between, row) };
  }

  /** A second column's cell as read: its value and unit (typed, or its heading's). */
  private entry(r: number, column: Column, read: Extract<FieldRead, { kind: "ok" }>, cell: string): Entry {
    const typed = read.unit;
    const headerRow1 = (this.rec.headerRow as number) + 1;
    const unitCol = this.unitCols.get(column);
    const beside = unitCol === undefined ? undefined : this.grid.sheet.values[r]?.[unitCol];
    // its unit: typed after the number, its heading's, else its own unit column's
    if (!typed && !column.match.unit && typeof beside === "string" && beside.trim() !== "")
      return {
        column,
        value: read.value,
        unit: beside.trim(),
        unitCell: cellAddress(r + 1, unitCol as number),
        cell,
      };
    const unit = typed ?? column.match.unit ?? undefined;
    return {
      column,
      value: read.value,
      unit,
      unitCell: typed ? cell : cellAddress(headerRow1, column.col),
      cell,
    };
  }

  /** The refusal of `main`'s field by its rule's words: a second column's cell unread, or a value against another (a column or its blank). */
  private refusal(
    rule: RivalRule,
    main: Column,
    what:
      | { column: Column; read: Extract<FieldRead, { kind: "bad" }>; cell: string }
      | { entry: Entry; against: Entry | Column; sds: number },
    row: RowSoFar,
  ): Finding {
    const sheet = this.grid.sheet.name;
    if (rule.words === "ghg") return ghgRefusal(sheet, this.rec.kind, main, what, row.reads);
    if ("read" in what)
      return valueRefusal(sheet, what.cell, main, what.read.text, row.values[main.field.id]);
    // (p-units3) a number with its unit, on both sides, and the heading that names none where one does
    const other = "cell" in what.against ? what.against : undefined;
    const number = other ? numbersOf(what.entry, other) !== null : false;
    const mine = other && number ? shownEntry(other, true) : row.values[main.field.id];
    const missing = other ? unitless(what.entry, other) : undefined;
    return valueRefusal(sheet, what.entry.cell, main, shownEntry(what.entry, number), mine, missing);
  }

  /** One warning at the heading of each second column that held what the column read did not. */
  headings(): Finding[] {
    if (this.rec.headerRow === null) return [];
    const headerRow = this.rec.headerRow;
    const out: Finding[] = [];
    for (const [main, seconds] of this.byField)
      for (const c of seconds.filter((x) => this.seen.has(x))) {
        const rule = rivalRule(main.field.id);
        // beside the user's own mapping a GHG value's second column is said as any other's
        if (rule.words === "ghg" && !this.chosen.has(c))
          out.push(ghgHeading(this.grid.sheet.name, headerRow, main, c));
        else
          out.push(
            secondColumnHeading(
              this.grid,
              headerRow,
              { header: c.match.header, col: c.col, field: main.field.id, chosen: this.chosen.has(c) },
              main,
            ),
          );
      }
    return out;
  }
}

/** (p-units3) The unit of field `id` on `row` from its own unit column ("Dichte | Einheit Dichte"), where one holds it. */
function unitColumnOf(id: string, row: RowSoFar): { unit: string; cell: string } | undefined {
  const unit = row.values[`${id}Unit`];
  const cell = row.addresses[`${id}Unit`];
  return typeof unit === "string" && unit !== "" && cell ? { unit, cell } : undefined;
}

/**
 * (p-units3) The unit columns among `rivals` that sit beside a second column of their value, by
 * that column: "Dichte lt. SD | Dichte Einheit" (or the unit first) is the SD's density and its
 * unit, not a second "Dichte Einheit" held to the first. A unit column beside none stays a rival of
 * the unit column read (held equal to it, refused where it differs and said at its heading).
 */
function ownUnitColumns(rivals: readonly Rival[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const u of rivals) {
    if (!u.value || !u.field.endsWith("Unit")) continue;
    const of = u.field.slice(0, -"Unit".length);
    const value = rivals.find(
      (x) => x.value && x.field === of && Math.abs(x.col - u.col) === 1 && !out.has(x.col),
    );
    if (value) out.set(value.col, u.col);
  }
  return out;
}
