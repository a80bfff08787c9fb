// Receipts and deliveries kept side by side on one sheet (brk8 #7): a header row of two blocks of
// columns, the receipts' (date, supplier, SD, quantity…) and the deliveries' (date, customer,
// quantity…), told apart by a group heading over each ("Eingang" / "Ausgang", side-words.ts) or by
// the columns alone (two sets of date and quantity, a supplier in one, a customer in the other).
// Read as one table, receipts became deliveries and two quantities "disagreed"; each block is a
// table of its own (block-grid.ts), or, where the blocks cannot be told apart safely, the sheet is
// refused at its header (first law: a meaning is never changed by a guess).
import { columnLetter } from "./a1";
import { kindSpec, type KindSpec } from "./fields";
import type { Grid } from "./grid";
import { type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { abbreviatedSide, flowOfHeading, type Placed, sideOfHeading, siteEndHeadings } from "./side-words";
import { type Heading, ROLE_OF, type Role, type SideBlock, type Sides } from "./side-block-types";

export type { SideBlock, Sides };

/**
 * The sides of a sheet whose header row holds both a receipts' and a deliveries' block, or null
 * for a sheet of one table (the usual case). A header row holds both where a group row directly
 * above it names one side over some columns and the other side over others, each over a date and
 * a quantity of its own; or, with no such group row, where it holds two dates, two quantities, a
 * supplier and a customer that split into two blocks at one place only (a blank column between
 * them, or the second block starting with the heading the first starts with). A combined ledger
 * (one date, In and Out quantities) has one date and is none of these. Two dates and two quantities
 * are unclear where a quantity's heading is cut short to a word of either side ("Ent.", "Sal."),
 * and two blocks are unclear (`why` "transfer") where headings name where a movement comes from and
 * goes to ("Von"/"Nach", "Herkunft"/"Ziel"): a transfer, neither a receipt nor a delivery.
 */
export function sideBlocks(grid: Grid, rows: number, width: number, learned?: Learned): Sides | null {
  const receipts = kindSpec("receipts") as KindSpec;
  const deliveries = kindSpec("deliveries") as KindSpec;
  for (let r = 0; r < rows; r++) {
    const headings: Heading[] = [];
    for (let c = 0; c < width; c++) {
      const text = grid.headerText(r, c);
      if (text) headings.push(heading(c, text, roleOf(text, receipts, deliveries, learned)));
    }
    flowsOverDates(headings);
    if (count(headings, "date") < 2 || count(headings, "quantity") < 2) continue;
    const col = (headings[0] as Heading).col;
    const doubts = headings.filter((h) => h.doubt);
    if (doubts.length > 0) return { kind: "unclear", headerRow: r, col, evidence: quotedAll(doubts) };
    const others = headings.filter((h) => h.role === "other");
    const ends = siteEndHeadings(others, grid.sheet.values[r - 1]);
    const found =
      (r > 0 ? byGroupRow(grid, r, width, headings) : null) ??
      byColumns(r, headings) ??
      twoTablesApart(r, headings, ends.length > 0);
    if (found && ends.length > 0)
      return { kind: "unclear", headerRow: r, col, evidence: quotedAll(ends), why: "transfer" };
    if (found) return found;
  }
  return null;
}

/** Headings quoted with their columns: `"Von" in B and "Nach" in F`. */
function quotedAll(hs: readonly Placed[]): string {
  return hs.map((h) => `"${h.text}" in ${columnLetter(h.col)}`).join(" and ");
}

/** A heading with its role; one that names a side's quantity ("Eingang (t)") is a quantity of that side. */
function heading(col: number, text: string, role: Role): Heading {
  if ((role === "other" || role === "quantity") && abbreviatedSide(text)?.side === "unclear")
    return { col, text, role: "quantity", doubt: true };
  const flow = role === "other" || role === "quantity" ? flowOfHeading(text) : null;
  return flow ? { col, text, role: "quantity", flow } : { col, text, role };
}

/**
 * A side's word alone that also reads as a date ("Received", "Delivered": the day, or the amount)
 * is that side's quantity on a row with two other dates, one for each block: read as a date, the
 * row was one combined ledger whose deliveries took the receipts' date (brk9).
 */
function flowsOverDates(headings: Heading[]): void {
  const either = headings.filter((h) => h.role === "date" && flowOfHeading(h.text));
  if (either.length === 0 || count(headings, "date") - either.length < 2) return;
  for (const h of either) Object.assign(h, { role: "quantity", flow: flowOfHeading(h.text) });
}

function roleOf(text: string, receipts: KindSpec, deliveries: KindSpec, learned?: Learned): Role {
  const pick = (spec: KindSpec): Role => {
    const best = lexicalHits(spec, text, learned)[0];
    if (!best || best.score < MATCH_THRESHOLD) return "other";
    return ROLE_OF[spec.fields[best.field]?.id ?? ""] ?? "other";
  };
  const a = pick(receipts);
  const b = pick(deliveries);
  // a party is the party of its own side only: "Lieferant" is no customer, "Kunde" no supplier
  if (a === "supplier" || b === "customer") return a === "supplier" ? "supplier" : "customer";
  return a !== "other" ? a : b;
}

const count = (hs: readonly Heading[], role: Role) => hs.filter((h) => h.role === role).length;
const has = (hs: readonly Heading[], role: Role) => hs.some((h) => h.role === role);

/** The blocks under a group row (row `r` - 1) that names one side over some columns and the other over others. */
function byGroupRow(grid: Grid, r: number, width: number, headings: Heading[]): Sides | null {
  const labels: { side: "in" | "out" | null; from: number; to: number; text: string }[] = [];
  for (let c = 0; c < width; c++) {
    const own = grid.sheet.values[r - 1]?.[c];
    if (typeof own !== "string" || own.trim() === "") continue;
    const text = own.trim();
    // a merged heading spans its merge; one typed in its first column spans up to the next heading
    let to = c;
    while (to + 1 < width && grid.headerText(r - 1, to + 1) === text && isBlankAt(grid, r - 1, to + 1)) to++;
    labels.push({ side: sideOfHeading(text), from: c, to, text });
  }
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as (typeof labels)[number];
    const merged = l.to > l.from;
    if (!merged) l.to = (labels[i + 1]?.from ?? width) - 1;
  }
  const ins = labels.filter((l) => l.side === "in");
  const outs = labels.filter((l) => l.side === "out");
  if (ins.length === 0 || outs.length === 0) return null;
  const evidence = [...ins, ...outs].map((l) => `"${l.text}" over ${columnLetter(l.from)}`).join(" and ");
  const first = Math.min(...labels.map((l) => l.from));
  if (ins.length > 1 || outs.length > 1) return { kind: "unclear", headerRow: r, col: first, evidence };
  const under = (l: (typeof labels)[number]) => headings.filter((h) => h.col >= l.from && h.col <= l.to);
  const inCols = under(ins[0] as (typeof labels)[number]);
  const outCols = under(outs[0] as (typeof labels)[number]);
  // each side a table of its own: a date and a quantity under each group heading (a ledger's
  // "Zugang" / "Abgang" over one quantity each, beside one date, is one table)
  if (!(has(inCols, "date") && has(inCols, "quantity") && has(outCols, "date") && has(outCols, "quantity")))
    return null;
  // a customer or an outgoing quantity under the receipts' heading, or a supplier or an incoming
  // quantity under the deliveries': the headings do not stand over their columns
  if (
    has(inCols, "customer") ||
    has(outCols, "supplier") ||
    sidesOf(inCols).has("out") ||
    sidesOf(outCols).has("in")
  )
    return { kind: "unclear", headerRow: r, col: first, evidence };
  const shared = headings.filter((h) => h.col < first).map((h) => h.col);
  return {
    kind: "split",
    headerRow: r,
    blocks: [block("in", inCols, shared, ins[0]?.text), block("out", outCols, shared, outs[0]?.text)],
  };
}

function isBlankAt(grid: Grid, r: number, c: number): boolean {
  const v = grid.sheet.values[r]?.[c];
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The sides a run of headings names: a supplier or an incoming quantity "in", a customer or an outgoing quantity "out". */
function sidesOf(hs: readonly Heading[]): Set<"in" | "out"> {
  const sides = new Set<"in" | "out">();
  for (const h of hs) {
    if (h.role === "supplier") sides.add("in");
    if (h.role === "customer") sides.add("out");
    if (h.flow) sides.add(h.flow);
  }
  return sides;
}

/**
 * The blocks of a header row with no group row over them: two dates and two quantities, split
 * where the left part names one side only (by a supplier or customer, or by a quantity headed with
 * its side's word: "Eingang (t)", "Ausgang (t)"), with a date and a quantity, and the right part
 * the other side, with a date and a quantity. One such place: there, where a party on each side
 * says so, or at a blank column, or where the right part starts with what the left part starts
 * with. Several (a column between the blocks could be either's): the one at a blank column, else
 * the one where the right part starts as the left does; else unclear where parties tell the sides
 * (a ledger told by its quantities alone, "Datum | Zugang | Abgang | Buchungsdatum", is one table).
 * None: not two blocks.
 */
function byColumns(r: number, headings: Heading[]): Sides | null {
  const all = sidesOf(headings);
  if (all.size < 2) return null;
  const splits: { at: number; gap: boolean; start: boolean; left: Heading[]; right: Heading[] }[] = [];
  for (let i = 1; i < headings.length; i++) {
    const left = headings.slice(0, i);
    const right = headings.slice(i);
    const [l, rt] = [sidesOf(left), sidesOf(right)];
    if (l.size !== 1 || rt.size !== 1 || [...l][0] === [...rt][0]) continue;
    if (!has(left, "date") || !has(left, "quantity") || !has(right, "date") || !has(right, "quantity"))
      continue;
    const at = (right[0] as Heading).col;
    const gap = at > (left.at(-1) as Heading).col + 1;
    splits.push({ at, gap, start: sameStart(left, right), left, right });
  }
  // no place that gives each part its own date, quantity and side: one table of another layout
  if (splits.length === 0) return null;
  const parties = has(headings, "supplier") && has(headings, "customer");
  const gaps = splits.filter((s) => s.gap);
  const starts = splits.filter((s) => s.start);
  const only = splits.length === 1 && (parties || splits[0]?.gap || splits[0]?.start) ? splits[0] : undefined;
  const chosen =
    only ?? (gaps.length === 1 ? gaps[0] : gaps.length === 0 && starts.length === 1 ? starts[0] : undefined);
  if (!chosen) {
    if (!parties && gaps.length === 0) return null;
    return {
      kind: "unclear",
      headerRow: r,
      col: (headings[0] as Heading).col,
      evidence: evidenceOf(headings),
    };
  }
  const left = sidesOf(chosen.left).has("in") ? "in" : "out";
  const [inside, outside] = left === "in" ? [chosen.left, chosen.right] : [chosen.right, chosen.left];
  return { kind: "split", headerRow: r, blocks: [block("in", inside, []), block("out", outside, [])] };
}

/** The headings that show both sides, quoted with their columns: the first of each side. */
function evidenceOf(headings: readonly Heading[]): string {
  const first = (side: "in" | "out") => headings.find((h) => sidesOf([h]).has(side)) as Heading;
  return quotedAll([first("in"), first("out")]);
}

/** Whether both blocks start with the same kind of heading (a party counts as one). */
function sameStart(left: Heading[], right: Heading[]): boolean {
  const role = (h: Heading | undefined) => (h?.role === "customer" ? "supplier" : h?.role);
  return role(left[0]) === role(right[0]) && role(left[0]) !== "other";
}

function block(side: "in" | "out", headings: Heading[], shared: number[], group?: string): SideBlock {
  const flow = headings.find((h) => h.flow === side)?.col;
  return {
    side,
    kind: side === "in" ? "receipts" : "deliveries",
    cols: headings.map((h) => h.col),
    shared,
    ...(flow === undefined ? {} : { flow }),
    ...(group === undefined ? {} : { group }),
  };
}

/**
 * Two tables with no group row nor supplier/customer to tell their sides (brk9: "Datum | Partner |
 * Menge (t)" twice): a date and a quantity each side of a blank column, or, where a heading names a
 * site a movement leaves or reaches (`ends`, brk10), of any column ("Datum | Von | Produkt | Menge
 * (t) | Datum | Nach | …": as one Transfers table its arrival date was dropped). Which side is which
 * is not said, so the sheet is refused (unclear), never guessed.
 */
function twoTablesApart(r: number, headings: Heading[], ends: boolean): Sides | null {
  for (let i = 1; i < headings.length; i++) {
    const left = headings.slice(0, i);
    const right = headings.slice(i);
    if (!ends && (right[0] as Heading).col <= (left.at(-1) as Heading).col + 1) continue;
    if (!has(left, "date") || !has(left, "quantity") || !has(right, "date") || !has(right, "quantity"))
      continue;
    const [a, b] = [left, right].map((hs) => hs.find((h) => h.role === "quantity") as Heading);
    return {
      kind: "unclear",
      headerRow: r,
      col: (headings[0] as Heading).col,
      evidence: quotedAll([a as Heading, b as Heading]),
    };
  }
  return null;
}
