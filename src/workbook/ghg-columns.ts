// Two columns of one row that each hold the same GHG value (p-ghg2, brk12): "THG (g CO2eq/MJ)"
// beside "THG lt. SD (g CO2eq/MJ)", "THG Standardwert" beside "THG tatsächlich", two plain "GHG
// total" columns; the same for a component (eec, el, ep, etd, eu, esca, eccs, eccr, ee).
// Recognition gives the field one column, so the other was left out without a word and a
// declaration passed on whichever was mapped. Now: where the two agree, the value is read; where one
// heading names the supplier's SD and the other does not, the SD's value is read, as it is the one
// a declaration passes on (ISCC EU 205: an SD's GHG values travel with its batch; shared docs
// background/iscc-rules.md §4, "when should default or actual values be used"); otherwise a row
// where they differ has that GHG value refused at the second column's cell: the add-in never
// chooses between a default and an actual value, nor between two values (design.md, first law).
// Each such column that held a value is said at its heading. Quantities: rival-columns.ts.
import { cellAddress } from "./a1";
import { type Conventions, type FieldRead } from "./cell-read";
import { type Grid, isBlank } from "./grid";
import { ghgSourceOf, type GhgSource } from "./ghg-heading-words";
import { headerWords } from "./header-words";
import { lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { quote, readFinding, type ReadFindingCode } from "./read-findings";
import { type FindingFacts, withMessage } from "../engine/catalogue/render";
import { type Recognition } from "./recognition";
import { type Column, consequenceOf, readCell } from "./table-columns";
import type { TableRow } from "./table-row";
import { parseDecimal } from "../engine/quantity";
import type { Finding } from "../engine/result";
import type { ReadDetails } from "../engine/catalogue/details";

/** A GHG value's second column: the field it also holds, and which value its heading names. */
interface GhgRival {
  main: Column;
  column: Column;
  source: GhgSource;
}

/** GHG fields a second column may also hold: the total and its components, not the unit or method. */
const valueField = (id: string | undefined): boolean =>
  !!id && id.startsWith("ghg.") && id !== "ghg.unit" && id !== "ghg.method";

/**
 * The unmapped columns of `rec`'s header row whose heading, without the words that say the SD's,
 * a default or an actual value (ghg-heading-words.ts), is best read as a GHG value mapped to
 * another column by recognition; a column the user mapped is their choice, and has none.
 */
function ghgRivals(
  grid: Grid,
  rec: Recognition,
  columns: readonly Column[],
  convOf: (c: number) => Conventions,
) {
  const out: GhgRival[] = [];
  const { spec, headerRow } = rec;
  if (!spec || headerRow === null) return out;
  const used = new Set(columns.map((c) => c.col));
  const width = grid.width(headerRow, headerRow + 1);
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(headerRow, c);
    if (!header || used.has(c)) continue;
    const { source, rest } = ghgSourceOf(header);
    const best = rest ? lexicalHits(spec, rest)[0] : undefined;
    const id = best && best.score >= MATCH_THRESHOLD ? spec.fields[best.field]?.id : undefined;
    const main = columns.find((m) => m.field.id === id);
    if (!main || !valueField(id) || main.match.confidence === "remembered") continue;
    const unit = headerWords(header).unit;
    out.push({
      main,
      source,
      column: {
        ...main,
        col: c,
        match: { col: c, header, unit, confidence: "uncertain" },
        info: { headerUnit: unit },
        conv: convOf(c),
      },
    });
  }
  return out;
}

/** One filled cell of a GHG field: its column, what it reads, in which unit. */
interface Entry {
  column: Column;
  source: GhgSource;
  value: string;
  unit: string | undefined;
  /** where the unit is named: the cell, or the column's heading */
  unitCell: string | undefined;
  cell: string;
}

const sourceOf = (c: Column) => ghgSourceOf(c.match.header).source;

const sameUnit = (a: string | undefined, b: string | undefined) =>
  !a || !b || a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

/** The rivals of one table's GHG columns while its rows are read (table.ts). */
export class GhgColumns {
  private readonly rivals: GhgRival[];
  private readonly seen = new Set<GhgRival>();
  constructor(
    private readonly grid: Grid,
    private readonly rec: Recognition,
    columns: readonly Column[],
    convOf: (c: number) => Conventions,
  ) {
    this.rivals = ghgRivals(grid, rec, columns, convOf);
  }

  /**
   * Row `r` as read so far (`row`): for each GHG field with a second column, the SD's
   * value put in place of the other where they differ or the other is blank (`row` changed), or a
   * refusal at the second column's cell pushed to `found` where they differ and neither or both
   * name the SD, or the second column's cell cannot be read. Returns the row's unread fields
   * (`row.unreadable`) with those refused added.
   */
  check(
    r: number,
    row: Pick<TableRow, "values" | "units" | "blank" | "unreadable"> & {
      addresses: Record<string, string>;
      reads: Map<string, FieldRead>;
    },
    found: (Finding | string)[],
  ): string[] | undefined {
    let refused = row.unreadable;
    const cells = this.grid.sheet.values[r] ?? [];
    for (const main of new Set(this.rivals.map((x) => x.main))) {
      const id = main.field.id;
      const mine = row.values[id];
      const entries: Entry[] = [];
      if (typeof mine === "string" && mine !== "") {
        const unit = row.units[id];
        entries.push({
          column: main,
          source: sourceOf(main),
          value: mine,
          unit: unit?.unit,
          unitCell: unit?.cell,
          cell: row.addresses[id] as string,
        });
      }
      // a second column's cell that cannot be read: the add-in cannot tell whether it agrees
      const bad: { finding: Finding; source: GhgSource }[] = [];
      for (const rival of this.rivals.filter((x) => x.main === main)) {
        if (isBlank(cells[rival.column.col] as never)) continue;
        this.seen.add(rival);
        const read = readCell(this.grid, r, cells, rival.column, this.rec.kind === "ledger");
        const cell = cellAddress(r + 1, rival.column.col);
        const typed = read.kind === "ok" ? read.unit : undefined;
        const header = rival.column.match.unit ?? undefined;
        if (read.kind === "bad") {
          const details = {
            label: rival.column.match.header,
            value: read.text,
            ...(read.reason ? { reason: read.reason } : {}),
          };
          bad.push({ source: rival.source, finding: this.refuse(cell, main, details, read.code, row.reads) });
        } else if (read.kind === "ok" && typeof read.value === "string")
          entries.push({
            column: rival.column,
            source: rival.source,
            value: read.value,
            unit: typed ?? header,
            unitCell: typed ? cell : cellAddress((this.rec.headerRow as number) + 1, rival.column.col),
            cell,
          });
      }
      const sds = entries.filter((e) => e.source === "sd");
      if (sds.length === 1 && !bad.some((b) => b.source === "sd")) {
        // the value the supplier's SD states is the one a declaration passes on
        const sd = sds[0] as Entry;
        if (sd.column !== main) take(row, id, sd);
        if (row.blank) delete row.blank[id];
        continue;
      }
      const first = entries[0];
      const differs = first ? entries.find((e) => !agree(e, first)) : undefined;
      let refusal = bad[0]?.finding;
      // no value in the column mapped, and no SD's: nothing is read (said at the heading)
      if (!refusal && (!first || first.column !== main || !differs)) continue;
      refusal ??= this.refuse(
        differs?.cell as string,
        main,
        {
          label: main.field.label,
          value: shown(differs as Entry),
          read: `${shown(first as Entry)} in "${main.match.header}"`,
          sds: [first, differs].filter((e) => e?.source === "sd").length,
        },
        "ghg-columns-disagree",
        row.reads,
      );
      found.push(refusal);
      delete row.values[id];
      delete row.addresses[id];
      delete row.units[id];
      (refused ??= []).push(id);
    }
    return refused;
  }

  /** The refusal at `cell` of `column`'s GHG value, with what follows for the row. */
  private refuse(
    cell: string,
    column: Column,
    details: ReadDetails & { sds?: number },
    code: ReadFindingCode | "ghg-columns-disagree",
    reads: Map<string, FieldRead>,
  ): Finding {
    const d = { ...details, consequence: consequenceOf(column.field.id, { kind: this.rec.kind, reads }) };
    const sheet = this.grid.sheet.name;
    if (code !== "ghg-columns-disagree") return readFinding(code, "error", sheet, cell, d);
    return twoColumns({ code, severity: "error", sheet, cell, details: { ...d, sds: d.sds ?? 0 } });
  }

  /** One warning at the heading of each second GHG column that held a value: which column is read. */
  headings(): Finding[] {
    if (this.rec.headerRow === null) return [];
    const headerRow1 = this.rec.headerRow + 1;
    return this.rivals
      .filter((x) => this.seen.has(x))
      .map((x) => {
        const mainSd = sourceOf(x.main) === "sd";
        const sd = x.source === "sd" ? !mainSd : mainSd;
        const both = x.source === "sd" && mainSd;
        // the column read where they differ: the SD's, else the one mapped
        const read = x.source === "sd" && !mainSd ? x.column.match.header : x.main.match.header;
        return twoColumns({
          code: "second-ghg-column",
          severity: "warning",
          sheet: this.grid.sheet.name,
          cell: cellAddress(headerRow1, x.column.col),
          details: {
            label: x.main.field.label,
            value: x.column.match.header,
            read,
            sds: sd ? 1 : both ? 2 : 0,
          },
        });
      });
  }
}

/** Whether two filled cells state one value: the same number, in the same unit where both name one. */
function agree(a: Entry, b: Entry): boolean {
  const x = parseDecimal(a.value);
  const y = parseDecimal(b.value);
  return !!x && !!y && x.equals(y) && sameUnit(a.unit, b.unit);
}

const shown = (e: Entry) => `${e.value}${e.unit ? ` ${e.unit}` : ""}`;

/** Row `row`'s field `id` read from `e`'s cell instead of the column mapped. */
function take(
  row: Pick<TableRow, "values" | "units"> & { addresses: Record<string, string> },
  id: string,
  e: Entry,
) {
  row.values[id] = e.value;
  row.addresses[id] = e.cell;
  if (e.unit) row.units[id] = { unit: e.unit, cell: e.unitCell ?? e.cell };
  else delete row.units[id];
}

/** A finding of one GHG value in two columns, its cell's texts quoted as a reading finding's. */
function twoColumns(f: {
  code: "second-ghg-column" | "ghg-columns-disagree";
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  details: ReadDetails & { sds: number };
}): Finding {
  const d = f.details;
  const details = { ...d, ...(d.value !== undefined ? { value: quote(d.value) } : {}) };
  return withMessage({ ...f, details } as FindingFacts);
}
