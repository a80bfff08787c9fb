// The processes production rows form (domain.md §5): rows of one site sharing a batch or process
// id (and date and input) are one process, one input withdrawal feeding every output. Split from
// conversions.ts (p-factor), no behaviour change.
import { cellPlace } from "./catalogue/location";
import { cellOf, finding } from "./findings";
import { documentKey } from "./normalise";
import type { Amount } from "./amount";
import type { CellRef } from "./model";
import { type Production, siteKey } from "./records";
import type { Finding } from "./result";
import type { FactorDims } from "./factor-units";
import { cellAt } from "./source-cells";
import { displayUnit } from "./units";

/** One input withdrawal and the outputs it feeds; `head` states the input (and is an output too). */
export interface Process {
  head: Production;
  /** every output row, the head first */
  outputs: Production[];
  /**
   * the dimensions of an output row's factor (by seq) where they are not the input's own (a factor
   * in Nm³/t; factor-units.ts): credit reaches that output in the factor's output dimension
   */
  factorDims?: ReadonlyMap<number, FactorDims>;
}

function sameAmount(a: Amount, b: Amount): boolean {
  for (const dim of ["t", "m3", "MJ"] as const) {
    const x = a[dim];
    const y = b[dim];
    if (x && y) return x.equals(y);
  }
  return false;
}

/** What a row of a process states differently from its head, or null when they agree. */
function differs(head: Production, p: Production): string | null {
  if (p.date !== head.date) return "date";
  if (p.inputKey !== head.inputKey) return "inputProduct";
  if (!sameAmount(p.inputAmount, head.inputAmount)) return "inputQuantity";
  if (!sameAmount(p.sustainableInput, head.sustainableInput)) return "sustainableInputQuantity";
  if (p.scheme !== head.scheme) return "scheme";
  return null;
}

/**
 * Groups rows into processes by site and batch id. A row that states another date or input than
 * its process's first row is booked as a process of its own, with a warning: consuming its input
 * a second time costs credit, never creates any (and a lot number reused on another day is no
 * mistake).
 */
export function processesOf(rows: Production[], findings: Finding[]): Process[] {
  const processes: Process[] = [];
  const byBatch = new Map<string, Process>();
  // batch ids that differ only in separators ("B-7", "b7 "): told apart, with a warning
  const alike = new Map<string, Production>();
  const unbatched = new Map<string, Production[]>();
  // the sheets with a batch column in use (a blank cell has no address): their books tell processes apart
  const batchSheets = new Set(rows.filter((r) => cellAt(r.source, "batchId")).map((r) => r.source.sheet));
  for (const p of rows) {
    if (p.batchKey === "") {
      if (!batchSheets.has(p.source.sheet)) warnRepeated(unbatched, p, findings);
      processes.push({ head: p, outputs: [p] });
      continue;
    }
    const key = `${siteKey(p.site)}\u0000${p.batchKey}`;
    const known = byBatch.get(key);
    if (!known) warnAlike(alike, p, findings);
    const field = known ? differs(known.head, p) : null;
    if (known && field === null) {
      known.outputs.push(p);
      continue;
    }
    if (known && field !== null) {
      const { at, first, related } = toldApart(p, known.head, [field, "batchId"]);
      const batch = String(p.fields.batchId ?? "");
      findings.push(finding("co-product-input-differs", "warning", at, { batch, field, first }, related));
    }
    const own: Process = { head: p, outputs: [p] };
    if (!known) byBatch.set(key, own);
    processes.push(own);
  }
  return processes;
}

/** A batch id that looks like another of the same site but is not the same by rule: a warning at it. */
function warnAlike(alike: Map<string, Production>, p: Production, findings: Finding[]): void {
  const loose = `${siteKey(p.site)}\u0000${documentKey(p.batchKey)}`;
  const first = alike.get(loose);
  if (!first) {
    alike.set(loose, p);
    return;
  }
  const apart = toldApart(p, first, ["batchId"]);
  const [batch, other] = [String(p.fields.batchId ?? ""), String(first.fields.batchId ?? "")];
  findings.push(
    finding("batch-id-alike", "warning", apart.at, { batch, other, first: apart.first }, apart.related),
  );
}

/**
 * (brk19 #4) A row without a batch id on a sheet without batch ids that consumes the same
 * input, quantity and day as an earlier row of its site with another output: booked as a process
 * of its own (its input consumed again, which costs credit, never makes any), with a warning at its
 * input quantity naming the Batch column that makes the rows one process. Two lots of a day stay two.
 */
function warnRepeated(seen: Map<string, Production[]>, p: Production, findings: Finding[]): void {
  const key = [siteKey(p.site), p.date, p.inputKey, p.scheme ?? ""].join("\u0000");
  const earlier = seen.get(key) ?? [];
  const twin = earlier.find(
    (e) =>
      e.outputKey !== p.outputKey &&
      sameAmount(e.inputAmount, p.inputAmount) &&
      sameAmount(e.sustainableInput, p.sustainableInput),
  );
  earlier.push(p);
  seen.set(key, earlier);
  if (!twin) return;
  const { at, first, related } = toldApart(p, twin, ["inputQuantity"]);
  const quantity = `${String(p.fields.inputQuantity ?? "")} ${displayUnit(p.unit)}`;
  const details = { input: p.inputProduct, quantity, date: p.date, first };
  findings.push(finding("production-input-repeated", "warning", at, details, related));
}

/**
 * Where a warning of production row `p`, told apart from the earlier row `earlier`, stands: the
 * cell of the first of `fields` it has (`at`); and what it names of `earlier`, the place of the
 * same cell (`first`, "Production!C2") and the cell itself (`related`).
 */
function toldApart(
  p: Production,
  earlier: Production,
  fields: string[],
): { at: CellRef | undefined; first: string; related: (CellRef | undefined)[] } {
  const cell = cellOf(earlier.source, ...fields);
  return {
    at: cellOf(p.source, ...fields),
    first: cell ? cellPlace(cell.sheet, cell.cell) : "",
    related: [cell],
  };
}
