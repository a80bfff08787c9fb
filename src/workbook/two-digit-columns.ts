// A column of two-digit-year dates ("05.03.25") that nothing settles is refused cell by cell
// (cell-dates.ts, reason two-digit-year): every such cell stays refused and its row unbooked (the
// first law), but the finding is said once for the column, at its first such cell, with how many
// cells it holds and the one settings line that settles them all; hundreds of identical findings
// hide the others. A cell the settings line would not settle ("31.04.25": only the year first
// reads it) keeps its own finding.
import type { ReadDetails } from "../engine/catalogue/details";
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { readFinding } from "./read-findings";

/** What a grouped cell's readings ("… (day first) or … (year first)") allow a stated order to read. */
function orders(f: Finding): { dmy: boolean; mdy: boolean } | null {
  const d = f.details as ReadDetails | undefined;
  if (f.code !== "ambiguous-date" || d?.reason !== "two-digit-year" || !f.cell) return null;
  const dmy = /\(day first\)/.test(d.read ?? "");
  const mdy = /\(month first\)/.test(d.read ?? "");
  return dmy || mdy ? { dmy, mdy } : null;
}

const columnOf = (cell: string): string => /^[A-Z]+/.exec(cell)?.[0] ?? cell;

/**
 * Replaces, in `findings` from index `from` on (one table's), the two-digit-year findings of each
 * column that has two or more by one, at the first: reason two-digit-year-column, `count` the
 * cells, `last` the last of them, `settle` the order a "Date order" setting would read them all in
 * ("DMY", "MDY", or "DMY or MDY" where their readings allow either). A column with one such cell,
 * or whose cells no one order reads, keeps its findings as they were. Rows are not touched: each
 * cell stays refused. Returns, for each cell whose finding went, the cell that says it now (the
 * rows those cells left out are held back there: `gatherLeftOut`).
 */
export function sayTwoDigitYearsOnce(findings: Finding[], from: number): Map<string, string> {
  const moved = new Map<string, string>();
  const groups = new Map<string, { at: number; last: string; count: number; dmy: boolean; mdy: boolean }>();
  for (let i = from; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const o = orders(f);
    if (!o) continue;
    const key = `${f.sheet ?? ""}\u0000${columnOf(f.cell as string)}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { at: i, last: f.cell as string, count: 1, dmy: o.dmy, mdy: o.mdy });
    else {
      g.count++;
      g.last = f.cell as string;
      g.dmy &&= o.dmy;
      g.mdy &&= o.mdy;
    }
  }
  const drop = new Set<number>();
  for (const g of groups.values()) {
    // one order must read them all: "13/02/25" beside "02/13/25" is settled by no one setting
    if (g.count < 2 || (!g.dmy && !g.mdy)) continue;
    const first = findings[g.at] as Finding;
    const column = columnOf(first.cell as string);
    for (let i = g.at + 1; i < findings.length; i++) {
      const f = findings[i] as Finding;
      if (f.sheet !== first.sheet || !orders(f) || columnOf(f.cell as string) !== column) continue;
      drop.add(i);
      moved.set(f.cell as string, first.cell as string);
    }
    const settle = g.dmy && !g.mdy ? "DMY" : g.mdy && !g.dmy ? "MDY" : "DMY or MDY";
    const d = first.details as ReadDetails;
    findings[g.at] = readFinding("ambiguous-date", first.severity, first.sheet ?? "", first.cell as string, {
      ...d,
      reason: "two-digit-year-column",
      count: g.count,
      last: g.last,
      settle,
    });
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
