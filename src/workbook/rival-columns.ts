// A second column that also holds a row's quantity ("Net weight (kg)" beside "Qty [MT]"): recognition
// gives the quantity one column, so the other would be left out without a word. It is said at its
// heading (which one is read, and that it is not), and a row where both hold amounts that differ
// once converted to one unit is refused at the second one's cell (design.md, first law).
import { cellAddress } from "./a1";
import { type Conventions, type FieldRead } from "./cell-read";
import { readField } from "./cell-values";
import { type KindSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { namesDeclaredQuantity, namesOtherQuantity } from "./heading-bars";
import { documentColumns, groupWordOver } from "./heading-groups";
import { sidedRivals, unitOf } from "./ledger-rivals";
import { type Learned, lexicalHits, MATCH_THRESHOLD, weakHeading } from "./matcher";
import { readFinding } from "./read-findings";
import { standardVolumeFirst } from "./standard-volume";
import { receivedBeside } from "./transfer-received";
import { textNotQuantity } from "./text-not-quantity";
import { lossBeside } from "./transfer-loss";
import { deductionRefusal, deductionRivals } from "./deduction-columns";
import { amountsAgree, canonical, convertible } from "./rival-magnitudes";
import { ghgRival } from "./rival-rules";
import { valueRival } from "./rival-values";
import { type ColumnMatch, type Rival } from "./recognition";
import { type Column } from "./table-columns";
import { type Dec, parseDecimal, toText } from "../engine/quantity";
import type { Finding } from "../engine/result";
import { displayUnit, parseQuantityUnit } from "../engine/units";

/** Fields a second column may also hold: a row's one quantity (a ledger's In and Out are two fields). */
const RIVALLED = new Set(["quantity", "inputQuantity", "outputQuantity"]);

/**
 * The unmapped columns of header row `headerRow` whose heading is best read as a field mapped to
 * another column by recognition (not by the user, whose mapping says which one they mean): a
 * quantity field (a heading that says gross or tare names another quantity and is none), or
 * exactly another field's heading, or a GHG value's without the words that say whose it is
 * (rival-rules.ts ghgRival), whose values are held equal (value-rivals.ts).
 */
export function columnRivals(
  grid: Grid,
  spec: KindSpec,
  headerRow: number,
  width: number,
  /** brk22: where it reads a volume as measured beside one at 15 °C, the quantity moves to that one (standard-volume.ts) */
  columns: Map<string, ColumnMatch>,
  learned?: Learned,
  beside: Rival | null = null,
): Rival[] {
  const used = new Set([...columns.values()].map((m) => m.col));
  const rivals: Rival[] = beside ? [beside] : [];
  if (beside) used.add(beside.col);
  const invoiced = documentColumns(grid, headerRow, width).dates; // p-twoband: the invoice's date, no rival
  const flows = spec.kind === "ledger" && (columns.has("inQuantity") || columns.has("outQuantity"));
  const both = columns.has("inQuantity") && columns.has("outQuantity");
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(headerRow, c);
    if (!header || used.has(c) || invoiced.has(c) || weakHeading(header)) continue; // brk27 N1: no rival
    // (p-ghg2) a second GHG total or component ("THG lt. SD" beside "THG"): held equal, the SD's preferred
    const ghg = ghgRival(spec, header, c, columns);
    if (ghg) {
      rivals.push(ghg);
      continue;
    }
    const hits = lexicalHits(spec, header, learned);
    const best = hits[0];
    const field = best && best.score >= MATCH_THRESHOLD ? spec.fields[best.field]?.id : undefined;
    // a combined ledger's SD quantity beside its In and Out columns: the row's side says which it checks
    if (flows && field === "quantity" && namesDeclaredQuantity(header)) {
      rivals.push({ field: "inQuantity", col: c, header, unit: unitOf(header), sided: true });
      continue;
    }
    // any other quantity beside both (a second "Net weight (t)"): held equal to the row's side's
    if (flows && both && field === "quantity" && !namesOtherQuantity(header)) {
      rivals.push({ field: "inQuantity", col: c, header, unit: unitOf(header), sided: true, equal: true });
      continue;
    }
    // (p-cols) a second "Datum", "Produkt", "SD-Nr.": held equal to the field's read column
    // (p-rivals) "Lieferant lt. SD", "Zertifikat lt. SD": a heading of the document its value is from
    const other =
      !field || !RIVALLED.has(field) ? valueRival(grid, spec, hits, columns, { c, header, headerRow }) : null;
    if (other) rivals.push(other);
    if (!field || !RIVALLED.has(field) || !columns.has(field)) continue;
    // a gross, tare or ordered quantity is another quantity (heading-bars.ts), words under a heading of none are none
    if (namesOtherQuantity(header) || textNotQuantity(grid, headerRow, c, header)) continue;
    // (p-rivals) a column the user mapped (MB Config) is their choice: the other is read by its
    // rule where it has one (an SD's quantity caps or declares), else said at its heading, never dropped
    const chosen = columns.get(field)?.confidence === "remembered" ? { chosen: true } : {};
    const unit = unitOf(header);
    const sided = spec.kind === "ledger" && namesDeclaredQuantity(header);
    // (p-groups) "Menge (t)" under "Rechnung" and under "Lieferung": each named with its group word
    const group = groupWordOver(grid, headerRow, c, width);
    const read = columns.get(field) as ColumnMatch;
    const readGroup = group ? groupWordOver(grid, headerRow, read.col, width) : null;
    rivals.push({
      field,
      col: c,
      header: group ? `${group}: ${header}` : header,
      unit,
      ...chosen,
      ...(group
        ? { readHeader: readGroup ? `${readGroup}: ${grid.headerText(headerRow, read.col)}` : read.header }
        : {}),
      // what an SD declares caps what was received; on deliveries it is the delivery's own SD,
      // which declares the quantity delivered: any other amount is refused (sdDiffers)
      ...(sided
        ? { sided: true }
        : namesDeclaredQuantity(header)
          ? spec.kind === "deliveries"
            ? { outgoing: true }
            : { declared: true }
          : {}),
    });
  }
  const headings = Array.from({ length: width }, (_, c) => grid.headerText(headerRow, c) ?? "");
  const read = receivedBeside(spec, columns, standardVolumeFirst(spec, columns, rivals), headings);
  return deductionRivals(spec, columns, lossBeside(spec, columns, read, headings), headings);
}

/** The rivals of one table's quantity columns while its rows are read (table.ts). */
export class RivalColumns {
  private readonly seen = new Set<Rival>();
  /** (p-rivals) rivals beside the user's own Quantity that held another amount on some row */
  private readonly differed = new Set<Rival>();
  private readonly rivals: readonly Rival[];
  constructor(
    private readonly grid: Grid,
    rivals: readonly Rival[],
    private readonly columns: readonly Column[],
    private readonly convOf: (col: number) => Conventions,
  ) {
    // a second "Datum", "Produkt" or GHG value is held equal by value-rivals.ts
    this.rivals = rivals.filter((x) => !x.value && !x.ambient); // brk22: an ambient volume is not read
  }

  /**
   * The refusal of row `r` when a rival column holds another amount than its field's value as read
   * (`values`, in the unit `units` gives it: typed, or its heading's; else the Unit column's), both
   * converted to one unit; null when they agree, one is blank, or their units cannot be compared.
   */
  check(
    r: number,
    cells: readonly unknown[],
    values: Readonly<Record<string, string | string[]>>,
    units: Readonly<Record<string, { unit: string } | undefined>>,
  ): Finding | null {
    const unitColumn = typeof values.unit === "string" ? values.unit : undefined;
    for (const one of this.rivals) {
      const v = cells[one.col];
      if (isBlank(v as never)) continue;
      // beside the user's own Quantity a plain second one is said only where it differs
      if (!one.deduct && (!one.chosen || one.declared || one.outgoing)) this.seen.add(one);
      for (const rival of one.sided ? sidedRivals(one, values) : [one]) {
        const found = this.against(r, rival, v, values, units, unitColumn);
        if (found) return found;
      }
    }
    return null;
  }

  /** The refusal of row `r` when `rival`'s cell `v` holds another amount than its field's value, else null. */
  private against(
    r: number,
    rival: Rival,
    v: unknown,
    values: Readonly<Record<string, string | string[]>>,
    units: Readonly<Record<string, { unit: string } | undefined>>,
    unitColumn: string | undefined,
  ): Finding | null {
    const main = this.columns.find((c) => c.field.id === rival.field);
    if (!main) return null;
    const read = readField(main.field, v as never, this.convOf(rival.col), this.grid.format(r, rival.col), {
      headerUnit: rival.unit,
    });
    if (rival.deduct) return deductionRefusal(this.grid.sheet.name, r, rival, { v, read }, main);
    // "s. Anlage", "k.A.", "n/a", "-" in a second quantity column: never skipped (p-values, brk10 s11);
    // in the user's own Quantity column its own reading says so
    // (p-rivals) beside the user's own Quantity, a second one that neither caps nor declares it is
    // not read: where it differs, it is said at its heading (the user chose which one to read)
    const mine = values[rival.field];
    const plainChosen = rival.chosen && !rival.declared && !rival.outgoing;
    if (read.kind === "bad") {
      if (plainChosen) this.differed.add(rival);
      return rival.mapped || plainChosen ? null : this.unread(r, rival, main, read);
    }
    if (typeof mine !== "string") {
      if (plainChosen) this.differed.add(rival);
      return null;
    }
    const theirs = read.kind === "ok" && typeof read.value === "string" ? parseDecimal(read.value) : null;
    const ours = parseDecimal(mine);
    if (!theirs || !ours) return null;
    const unit = read.kind === "ok" ? (read.unit ?? rival.unit ?? unitColumn) : undefined;
    const mainUnit = units[rival.field]?.unit ?? unitColumn;
    const held = { n: ours, unit: mainUnit };
    const second = { n: theirs, unit };
    const [a, b] = [canonical(held), canonical(second)];
    const comparable = convertible(held, second);
    if (amountsAgree(held, second, Boolean(rival.declared || rival.outgoing || rival.sided))) return null;
    if (plainChosen) {
      this.differed.add(rival);
      return null;
    }
    // p-factor: less received than the supplier's SD declares (transport losses): the received is
    // read; more received than declared: refused, as no more can be sustainable than the SD says
    const over = rival.declared && a && b && a.dim === b.dim;
    if (over && !a.n.greaterThan(b.n)) return null;
    const shown = (n: Dec, u: string | undefined) => `${toText(n)}${u ? ` ${displayUnit(u)}` : ""}`;
    const factor = unit !== mainUnit ? parseQuantityUnit(mainUnit)?.factor : undefined;
    const inMain = b && factor ? shown(b.n.dividedBy(factor), mainUnit) : undefined;
    return readFinding(
      "quantity-columns-disagree",
      "error",
      this.grid.sheet.name,
      cellAddress(r + 1, rival.col),
      {
        // a ledger's side says which quantity: "Quantity", not "Quantity out"
        label: rival.sided ? "Quantity" : main.field.label,
        value: shown(theirs, unit),
        read: `${shown(ours, mainUnit)} in "${rival.readHeader ?? main.match.header}"`,
        ...(inMain ? { missing: inMain } : {}),
        ...(!comparable
          ? { reason: "units-unknown" as const }
          : over
            ? { reason: "over-declared" as const }
            : rival.outgoing
              ? { reason: "sd-differs" as const }
              : {}),
        dropped: true,
      },
    );
  }

  /**
   * The refusal of row `r` whose cell in `rival`'s column cannot be read as a quantity: the add-in
   * cannot tell whether it agrees with `main`'s, nor, for an SD's quantity, whether the SD caps the
   * received quantity or declares the delivered one, so the row is not read (dropped). Text that is
   * no number ("s. Anlage", "siehe SD", "k.A.", "n/a", "-") is said as such, with what to type
   * (reason sd-quantity-text or second-quantity-text); a value that reads two ways, an error cell or
   * a footnote keeps its own code and reason.
   */
  private unread(r: number, rival: Rival, main: Column, read: Extract<FieldRead, { kind: "bad" }>): Finding {
    const cell = cellAddress(r + 1, rival.col);
    const sd = rival.declared || rival.outgoing || rival.sided;
    const side = rival.declared ? "in" : rival.outgoing ? "out" : undefined;
    const plain = read.code === "invalid-number" && !read.reason;
    return readFinding(read.code, "error", this.grid.sheet.name, cell, {
      label: rival.header,
      value: read.text,
      dropped: true,
      ...(plain
        ? {
            reason: sd && !rival.equal ? ("sd-quantity-text" as const) : ("second-quantity-text" as const),
            read: `"${main.match.header}"`,
            ...(side && !rival.equal ? { side } : {}),
          }
        : {
            ...(read.reason ? { reason: read.reason } : {}),
            ...(read.detail ? { read: read.detail } : {}),
          }),
    });
  }

  /** One warning at the heading of each rival column that held a value: which column is read, and that it is not. */
  headings(headerRow: number): Finding[] {
    return this.rivals
      .filter((x) => (this.seen.has(x) || this.differed.has(x)) && !x.mapped)
      .map((x) => {
        const main = this.columns.find((c) => c.field.id === x.field);
        // a ledger's SD quantity beside In and Out: it is read against both ("Zugang" and "Abgang")
        const flows = x.sided && x.field !== "quantity";
        const read = flows
          ? this.columns
              .filter((c) => c.field.id === "inQuantity" || c.field.id === "outQuantity")
              .map((c) => `"${c.match.header}"`)
              .join(" or ")
          : (x.readHeader ?? main?.match.header ?? "");
        return readFinding(
          "second-quantity-column",
          "warning",
          this.grid.sheet.name,
          cellAddress(headerRow + 1, x.col),
          flows
            ? { label: "Quantity", value: x.header, read, reason: "in-out" }
            : {
                label: main?.field.label ?? x.field,
                value: x.header,
                read,
                // (p-rivals) the column read is the user's own mapping: no row was refused
                ...(this.differed.has(x) ? { partial: true } : {}),
                // (brk15 #2) an SD's quantity is read as what the SD declares, not dropped
                ...(x.declared
                  ? { reason: "over-declared" as const }
                  : x.outgoing
                    ? { reason: "sd-differs" as const }
                    : {}),
              },
        );
      });
  }
}
