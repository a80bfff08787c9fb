// A column of two-digit-year dates ("05.03.25") that nothing settles is refused cell by cell
// (cell-dates.ts, reason two-digit-year): every such cell stays refused and its row unbooked (the
// first law), but the finding is said once for the column, at its first such cell, with how many
// cells it holds, the others as its related cells (the task pane marks each) and the one settings
// line that settles them all; hundreds of identical findings hide the others. A cell the settings
// line would not settle ("31.04.25": only the year first reads it) keeps its own finding. So are
// slashed dates read day or month first ("05/03/2025") and dates refused against a Date order
// setting (p-dates6).
import type { ReadDetails } from "../engine/catalogue/details";
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { readFinding } from "./read-findings";

/** The kinds of ambiguous-date findings said once for a column, by the reason the first one takes. */
type Kind = "two-digit-year" | "date-order-column" | "order-setting-refused" | "dotted-against-setting";

/**
 * Which kind of column finding a cell's finding joins, with what its readings allow a stated order
 * to read ("… (day first) or … (year first)"); null for one said at its cell whatever its column.
 */
function kindOf(f: Finding): { kind: Kind; dmy: boolean; mdy: boolean } | null {
  const d = f.details as ReadDetails | undefined;
  if (f.code !== "ambiguous-date" || !f.cell || !d) return null;
  const dmy = /\(day first\)/.test(d.read ?? "");
  const mdy = /\(month first\)/.test(d.read ?? "");
  if (d.reason === "two-digit-year") return dmy || mdy ? { kind: d.reason, dmy, mdy } : null;
  // p-dates6: a slashed date nothing settles ("05/03/2025"), and dates against a Date order setting
  if (d.reason === undefined) return dmy && mdy ? { kind: "date-order-column", dmy, mdy } : null;
  if (d.reason === "order-setting-refused" || d.reason === "dotted-against-setting")
    return { kind: d.reason, dmy: true, mdy: true };
  return null;
}

const columnOf = (cell: string): string => /^[A-Z]+/.exec(cell)?.[0] ?? cell;

/**
 * Replaces, in `findings` from index `from` on (one table's), the ambiguous-date findings of each
 * column that has two or more of one kind by one, at the first, listing the others as its related
 * cells (so the task pane marks each): `count` the cells, `last` the last of them. Two-digit-year
 * dates become reason two-digit-year-column, with `settle` the order a "Date order" setting would
 * read them all in ("DMY", "MDY", or "DMY or MDY" where their readings allow either); slashed dates
 * read day or month first ("05/03/2025") become date-order-column (p-dates6); dates refused against
 * a Date order setting keep their reason (order-setting-refused, dotted-against-setting). A column
 * with one such cell, or whose two-digit-year cells no one order reads, keeps its findings as they
 * were. Rows are not touched: each cell stays refused. Returns, for each cell whose finding went,
 * the cell that says it now (the rows those cells left out are held back there: `gatherLeftOut`).
 */
export function sayTwoDigitYearsOnce(findings: Finding[], from: number): Map<string, string> {
  const moved = new Map<string, string>();
  type Group = { at: number; cells: string[]; dmy: boolean; mdy: boolean; kind: Kind };
  const groups = new Map<string, Group>();
  const keyOf = (f: Finding, kind: Kind) =>
    `${f.sheet ?? ""}\u0000${columnOf(f.cell as string)}\u0000${kind}`;
  const kinds: (Kind | null)[] = [];
  for (let i = from; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const o = kindOf(f);
    kinds.push(o?.kind ?? null);
    if (!o) continue;
    const g = groups.get(keyOf(f, o.kind));
    if (!g) groups.set(keyOf(f, o.kind), { at: i, cells: [f.cell as string], ...o });
    else {
      g.cells.push(f.cell as string);
      g.dmy &&= o.dmy;
      g.mdy &&= o.mdy;
    }
  }
  const drop = new Set<number>();
  for (const g of groups.values()) {
    // one order must read them all: "13/02/25" beside "02/13/25" is settled by no one setting
    if (g.cells.length < 2 || (!g.dmy && !g.mdy)) continue;
    const first = findings[g.at] as Finding;
    const key = keyOf(first, g.kind);
    for (let i = g.at + 1; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const kind = kinds[i - from];
      if (!kind || kind !== g.kind || keyOf(f, kind) !== key) continue;
      drop.add(i);
      moved.set(f.cell as string, first.cell as string);
    }
    const d = first.details as ReadDetails;
    const sheet = first.sheet ?? "";
    const column =
      g.kind === "two-digit-year"
        ? {
            reason: "two-digit-year-column" as const,
            settle: g.dmy && !g.mdy ? "DMY" : g.mdy && !g.dmy ? "MDY" : "DMY or MDY",
          }
        : { reason: g.kind };
    findings[g.at] = {
      ...readFinding("ambiguous-date", first.severity, sheet, first.cell as string, {
        ...d,
        ...column,
        count: g.cells.length,
        last: g.cells.at(-1) as string,
      }),
      related: g.cells.slice(1).map((cell) => ({ sheet, cell })),
    };
  }
  if (drop.size === 0) return moved;
  let k = from;
  for (let i = from; i < findings.length; i++) if (!drop.has(i)) findings[k++] = findings[i] as Finding;
  findings.length = k;
  return moved;
}

/**
 * The input one table left out (left-out.ts), with the rows of the cells `moved` says are said
 * elsewhere held back at that cell: one input per such cell, naming every kind, product and site
 * its rows name (any product, or any site, where one of them could not tell). The engine holds
 * back, under the finding at a cell, what the input at that cell would feed (incomplete-reach.ts):
 * it is never less than what the rows would feed, each on its own.
 */
export function gatherLeftOut(inputs: IncompleteInput[], moved: Map<string, string>): IncompleteInput[] {
  if (moved.size === 0) return inputs;
  const targets = new Set(moved.values());
  const gathered = new Map<string, IncompleteInput>();
  const out: IncompleteInput[] = [];
  for (const input of inputs) {
    const cell = moved.get(input.source.cell) ?? input.source.cell;
    if (!targets.has(cell)) {
      out.push(input);
      continue;
    }
    const seen = gathered.get(cell);
    if (!seen) {
      const first: IncompleteInput = { ...input, source: { ...input.source, cell } };
      gathered.set(cell, first);
      out.push(first);
      continue;
    }
    seen.kinds = [...new Set([...seen.kinds, ...input.kinds])];
    const products = union(seen.products, input.products);
    const sites = union(seen.sites, input.sites);
    if (products) seen.products = products;
    else delete seen.products;
    if (sites) seen.sites = sites;
    else delete seen.sites;
  }
  return out;
}

/** Both lists as one, or undefined (any) where either is. */
function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  return a && b ? [...new Set([...a, ...b])] : undefined;
}
