// (brk27 S1) A copy of a sheet of the books kept beside it under a name no draft word tells
// ("Warenausgang alt", "Warenausgang 2025 v2", "Tabelle1"): read by its headings as more of the
// same kind, its rows gave every delivery a second SD (or every receipt a second credit), with no
// word. Judged by content, not by name: two sheets read as the same kind (receipts, deliveries,
// production, transfers) where every row of one is a row of the other (same date, party,
// product, quantity, unit and site, and the same SD number where both give one) are a copy; and a
// run of such rows in a later sheet is a pasted-in copy of them. The copy is refused at its header
// (the run at its rows): none of it booked, and the balances it would feed incomplete until the
// user deletes or renames it. Two sheets of one kind with different rows (Q1 and Q2, two sites)
// are read as before.
import type { IncompleteInput, Ledger, Source } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAt, firstCell } from "../engine/source-cells";
import { cellAddress } from "./a1";
import { namedForDraft, oldBeside } from "./draft-sheet";
import { kindSpec } from "./fields";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import type { RecognisedSheet } from "./types";

/** The lists of records a copy could double, with the fields that make a row the same row. */
const LISTS = {
  receipts: ["date", "supplier", "product", "quantity", "unit", "site"],
  deliveries: ["date", "customer", "product", "quantity", "unit", "site"],
  production: ["date", "inputProduct", "inputQuantity", "outputProduct", "outputQuantity", "unit", "site"],
  transfers: ["date", "fromSite", "toSite", "product", "quantity", "unit"],
} as const;

type ListName = keyof typeof LISTS;
type Row = { source: Source; sdNumber?: string } & Record<string, unknown>;

/** Rows of two sheets alike this many in a row (and not the whole sheet) are a pasted-in copy. */
export const RUN = 2;

/** The fields each kind needs for a row to be compared at all: a row without them is no copy of anything. */
const NEEDED: Record<ListName, readonly string[]> = {
  receipts: ["date", "product", "quantity"],
  deliveries: ["date", "product", "quantity"],
  production: ["date", "inputProduct", "inputQuantity"],
  transfers: ["date", "product", "quantity"],
};

const text = (v: unknown): string =>
  typeof v === "string" ? fold(v).replace(/\s+/g, " ").trim() : typeof v === "number" ? String(v) : "";

/** The row's key (its fields folded), or null where it lacks a field it needs. */
function keyOf(list: ListName, r: Row): string | null {
  if (NEEDED[list].some((f) => text(r[f]) === "")) return null;
  return LISTS[list].map((f) => text(r[f])).join("\u0001");
}

interface SheetRows {
  name: string;
  rows: Row[];
  keys: (string | null)[];
}

/** Whether row `i` of `x` is a row of `y` (same key; the same SD number where both give one). */
function matcher(y: SheetRows): (x: SheetRows, i: number) => boolean {
  const sds = new Map<string, string[]>();
  y.keys.forEach((k, i) => {
    if (k !== null) sds.set(k, [...(sds.get(k) ?? []), text(y.rows[i]?.sdNumber)]);
  });
  return (x, i) => {
    const k = x.keys[i] ?? null;
    const there = k === null ? undefined : sds.get(k);
    if (!there) return false;
    const sd = text(x.rows[i]?.sdNumber);
    return there.some((s) => s === "" || sd === "" || s === sd);
  };
}

/** Of two sheets holding the same rows, whether `x` is the copy of `y`: its name says so, or holds y's and more, or it comes later. */
function isCopyOf(
  x: SheetRows,
  y: SheetRows,
  order: Map<string, number>,
  names: ReadonlySet<string>,
): boolean {
  const draft = (s: SheetRows) => namedForDraft(s.name, names);
  if (draft(x) !== draft(y)) return draft(x);
  const fx = fold(x.name);
  const fy = fold(y.name);
  if (fx.includes(fy) !== fy.includes(fx)) return fx.includes(fy);
  return (order.get(x.name) ?? 0) > (order.get(y.name) ?? 0);
}

/** What refusing rows `rows` of list `list` leaves incomplete, said at `cell` of `sheet`. */
function incompleteOf(list: ListName, rows: Row[], sheet: string, cell: string): IncompleteInput {
  const fields = list === "production" ? ["inputProduct", "outputProduct"] : ["product"];
  const sites = list === "transfers" ? ["fromSite", "toSite"] : ["site"];
  const typed = (ids: string[], blank: boolean) => [
    ...new Set(
      rows.flatMap((r) => ids.map((f) => (typeof r[f] === "string" ? (r[f] as string) : blank ? "" : null))),
    ),
  ];
  const products = typed(fields, false).filter((p): p is string => p !== null && p !== "");
  const siteList = typed(sites, true).filter((s): s is string => s !== null);
  return { kinds: [list], products, sites: siteList, source: { sheet, cell } };
}

/** "5", or "5–9" for the rows of a run. */
const rowSpan = (rows: Row[]) => {
  const a = rows[0]?.source.row;
  const b = rows.at(-1)?.source.row;
  return a === b ? String(a) : `${a}–${b}`;
};

/**
 * Refuses the sheets (and runs of rows) of `ledger` that copy another sheet's rows of the same
 * kind: their records taken out of the ledger, a `duplicate-row` error (reason copied-sheet at
 * the copy's header, cell of `sheets`' header row; copied-rows at the run's first row) pushed to
 * `findings`, and what they would feed set incomplete. Sheets are in workbook order (`sheets`).
 * Returns the names of the sheets refused whole (copied-sheet; copy-quiet.ts quiets the rest said of them).
 */
export function refuseCopies(
  ledger: Ledger,
  sheets: readonly RecognisedSheet[],
  findings: Finding[],
): Set<string> {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const names = new Set(sheets.map((s) => s.name));
  const refusedSheets = new Set<string>();
  for (const list of Object.keys(LISTS) as ListName[]) {
    const all = ledger[list] as unknown as Row[];
    const bySheet = new Map<string, SheetRows>();
    for (const r of all) {
      let s = bySheet.get(r.source.sheet);
      if (!s) bySheet.set(r.source.sheet, (s = { name: r.source.sheet, rows: [], keys: [] }));
      s.rows.push(r);
    }
    if (bySheet.size < 2) continue;
    for (const s of bySheet.values()) s.keys = s.rows.map((r) => keyOf(list, r));
    const groups = [...bySheet.values()];
    const dropped = new Set<Row>();
    for (const x of groups) {
      for (const y of groups) {
        if (x === y || refusedSheets.has(y.name) || x.rows.every((r) => dropped.has(r))) continue;
        const inY = matcher(y);
        const hits = x.rows.map((_, i) => inY(x, i));
        // (second line) an old or other version of y by its name ("Warenausgang alt"): one row alike will do
        const old = hits.some(Boolean) && oldBeside(x.name, new Set([y.name]));
        if (old || (hits.every(Boolean) && x.rows.length <= y.rows.length)) {
          const back = matcher(x);
          const both = !old && y.rows.length === x.rows.length && y.rows.every((_, i) => back(y, i));
          if (both && !isCopyOf(x, y, order, names)) continue;
          for (const r of x.rows) dropped.add(r);
          const alike = hits.filter(Boolean).length;
          if (!refusedSheets.has(x.name)) sayCopiedSheet(ledger, findings, list, x, y.name, sheets, alike);
          refusedSheets.add(x.name);
          continue;
        }
        if ((order.get(x.name) ?? 0) < (order.get(y.name) ?? 0)) continue; // a run: the later sheet's
        for (const run of runsOf(x, hits)) {
          if (run.some((r) => dropped.has(r))) continue;
          for (const r of run) dropped.add(r);
          sayCopiedRows(ledger, findings, list, run, y.name);
        }
      }
    }
    if (dropped.size > 0) (ledger[list] as unknown as Row[]) = all.filter((r) => !dropped.has(r));
  }
  return refusedSheets;
}

/** The runs of at least RUN consecutive rows of `x` whose `hits` are true. */
function runsOf(x: SheetRows, hits: boolean[]): Row[][] {
  const runs: Row[][] = [];
  let run: Row[] = [];
  hits.forEach((hit, i) => {
    if (hit) run.push(x.rows[i] as Row);
    if (!hit || i === hits.length - 1) {
      if (run.length >= RUN) runs.push(run);
      run = [];
    }
  });
  return runs;
}

function sayCopiedSheet(
  ledger: Ledger,
  findings: Finding[],
  list: ListName,
  x: SheetRows,
  original: string,
  sheets: readonly RecognisedSheet[],
  alike: number,
): void {
  const header = sheets.find((s) => s.name === x.name)?.headerRow ?? 1;
  const cell = cellAddress(header, 0);
  const label = kindSpec(list)?.label ?? list;
  findings.push(
    readFinding("duplicate-row", "error", x.name, cell, {
      label,
      value: original,
      read: String(alike),
      reason: "copied-sheet",
    }),
  );
  (ledger.incomplete ??= []).push(incompleteOf(list, x.rows, x.name, cell));
}

function sayCopiedRows(
  ledger: Ledger,
  findings: Finding[],
  list: ListName,
  run: Row[],
  original: string,
): void {
  const first = run[0] as Row;
  const cell = cellAt(first.source, "date") ?? firstCell(first.source) ?? cellAddress(first.source.row, 0);
  const sheet = first.source.sheet;
  findings.push(
    readFinding("duplicate-row", "error", sheet, cell, {
      label: kindSpec(list)?.label ?? list,
      value: original,
      read: rowSpan(run),
      reason: "copied-rows",
    }),
  );
  (ledger.incomplete ??= []).push(incompleteOf(list, run, sheet, cell));
}
