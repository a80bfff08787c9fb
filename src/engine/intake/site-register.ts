// Sites a row may name (issue 15 break-test #12): one account is kept per site, so a row whose
// site is blank or misspelt ("HH", "Werk Bremen") would open an account of its own, and the real
// site would show a shortfall the books do not have. Where the sites sheet lists the sites, a row
// naming another is refused at its Site cell; where any row names a site, a row that names none is
// refused likewise. The row is left out: the balances of its product at every site are incomplete
// (the credit may be any site's), so no negative balance is built on its absence. Site names match
// as they do everywhere else (records.ts siteKey of normalise.ts clean: case and spaces only);
// never by likeness ("HH" is not Hamburg). A sheet with no Site column at all beside such books is
// said once, at its header (add a Site column), not once per row: each of its rows is still left
// out, never booked to a guessed site — not even where the sites sheet lists one site alone, as
// nothing says the sheet is that site's (domain.md §3: sites stay apart).
import { finding } from "../findings";
import type { CellRef, IncompleteInput, Ledger, Source } from "../model";
import { clean } from "../normalise";
import { siteKey } from "../records";
import type { Finding } from "../result";
import type { SiteNotListedDetails } from "../catalogue/details-receipts";
import { cellAt, firstCell } from "../source-cells";
import { sourceOf } from "../validate";
import { leftOutRow } from "./left-out";
import { siteCodeKey } from "./site-codes";

/** The row lists whose rows name one site, by record kind (transfers: transfer-not-allowed). */
const KINDS = {
  receipt: "receipts",
  delivery: "deliveries",
  production: "production",
  stock: "stockCounts",
} as const;
type SiteKind = keyof typeof KINDS;

/** How many of the sites a finding names before "and N more". */
const NAMED = 8;

/**
 * The sites the books name: the sites sheet's (`listed`, by siteKey, with the first spelling),
 * and whether any row of receipts, deliveries, production, stock counts or transfers names one.
 */
export interface SiteRegister {
  /** the sites sheet's sites by siteKey(clean(name)); empty where no sites sheet was read */
  listed: Map<string, string>;
  /** the sites rows name, by key with the first spelling (used where no sites sheet lists any) */
  named: Map<string, string>;
  /** each site as typed, and what the register says of it (refusalOf) */
  seen: Map<string, SiteNotListedDetails | null>;
  /** the column letter of each sheet's Site (Ledger.layout), to point at a blank cell */
  layout: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** the 1-based header row of each sheet (Ledger.headerRows): where a missing Site column is said */
  headerRows: Readonly<Record<string, number>>;
  /** a cell as typed that is a code of two sites (site-codes.ts) → the sites it may be: refused */
  shared: ReadonlyMap<string, string>;
}

const text = (v: unknown): string => (typeof v === "string" ? clean(v) : "");

/** The sites of `ledger` (one pass over its rows' site cells), or null where no row names one. */
export function siteRegister(
  ledger: Partial<Ledger>,
  shared: ReadonlyMap<string, string> = new Map(),
): SiteRegister | null {
  const listed = new Map<string, string>();
  for (const s of Array.isArray(ledger.sites) ? ledger.sites : []) {
    const name = text((s as { site?: unknown } | null)?.site);
    if (name !== "" && !listed.has(siteKey(name))) listed.set(siteKey(name), name);
  }
  const named = new Map<string, string>();
  // rows repeat a few sites: each text is cleaned and keyed once (its first spelling wins)
  const typed = new Set<unknown>();
  const add = (v: unknown) => {
    if (typed.has(v)) return;
    typed.add(v);
    const name = text(v);
    if (name !== "" && !named.has(siteKey(name))) named.set(siteKey(name), name);
  };
  for (const list of Object.values(KINDS)) {
    const rows: unknown = ledger[list];
    if (!Array.isArray(rows)) continue;
    // an indexed loop: run once, mostly before it is optimised (no iterator result per row)
    for (let i = 0; i < rows.length; i++) add((rows[i] as { site?: unknown } | null)?.site);
  }
  for (const r of Array.isArray(ledger.transfers) ? ledger.transfers : []) {
    add((r as { fromSite?: unknown } | null)?.fromSite);
    add((r as { toSite?: unknown } | null)?.toSite);
  }
  if (named.size === 0) return null;
  return {
    listed,
    named,
    seen: new Map(),
    layout: ledger.layout && typeof ledger.layout === "object" ? ledger.layout : {},
    headerRows: ledger.headerRows && typeof ledger.headerRows === "object" ? ledger.headerRows : {},
    shared,
  };
}

/**
 * The rows of `list` (of `kind`) whose site the register admits: `list` itself where it admits
 * all. Each other row gets `site-not-listed` at its Site cell in `io.findings` and joins
 * `io.leftOut` with its products at any site. A row whose site is not a text is left to validation.
 */
export function admitted<K extends SiteKind>(
  io: { readonly findings: Finding[]; readonly leftOut: IncompleteInput[] },
  register: SiteRegister | null,
  kind: K,
  list: unknown,
): unknown {
  if (register === null || !Array.isArray(list)) return list;
  let kept: unknown[] | null = null;
  // rows of sheets without a Site column, by sheet: said once per sheet, below
  const columnless = new Map<string, { raw: unknown; source: Source }[]>();
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i];
    const refusal = refusalOf(register, raw);
    if (refusal === null) {
      kept?.push(raw);
      continue;
    }
    kept ??= list.slice(0, i);
    const source = sourceOf(raw);
    if (refusal.blank && !hasSiteColumn(register, source)) {
      const rows = columnless.get(source.sheet);
      if (rows) rows.push({ raw, source });
      else columnless.set(source.sheet, [{ raw, source }]);
      continue;
    }
    const f = finding("site-not-listed", "error", siteCell(register, source), refusal);
    io.findings.push(f);
    leaveOut(io, kind, raw, source, f);
  }
  for (const [sheet, rows] of columnless) {
    const first = (rows[0] as { source: Source }).source;
    const refusal = refusalOfName(register, "") as SiteNotListedDetails;
    const at = headerCell(register, sheet) ?? siteCell(register, first);
    const f = finding("site-not-listed", "error", at, { ...refusal, noColumn: true, rows: rows.length });
    io.findings.push(f);
    for (const { raw, source } of rows) leaveOut(io, kind, raw, source, f);
  }
  return kept ?? list;
}

/** The row joins `io.leftOut`: its credit may be any site's, so every site's balances of its products lack it. */
function leaveOut(
  io: { readonly leftOut: IncompleteInput[] },
  kind: SiteKind,
  raw: unknown,
  source: Source,
  f: Finding,
): void {
  const left = leftOutRow(kind, raw, source, [f]);
  if (left)
    io.leftOut.push({
      kinds: left.kinds,
      ...(left.products ? { products: left.products } : {}),
      source: left.source,
    });
}

/** Whether the row's sheet has a Site column: the row has a Site cell, or the sheet's layout maps one. */
function hasSiteColumn(register: SiteRegister, source: Source): boolean {
  return cellAt(source, "site") !== undefined || !!register.layout[source.sheet]?.site;
}

/** The first heading of the sheet's header row (its leftmost mapped column), where the header row is known. */
function headerCell(register: SiteRegister, sheet: string): CellRef | undefined {
  const row = register.headerRows[sheet];
  if (!row) return undefined;
  const columns = Object.values(register.layout[sheet] ?? {}).filter((c) => /^[A-Z]+$/.test(c));
  const first = columns.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? "A";
  return { sheet, cell: `${first}${row}` };
}

/** Why the register refuses the row's site (the details of site-not-listed), or null; once per spelling. */
function refusalOf(register: SiteRegister, raw: unknown): SiteNotListedDetails | null {
  const v = raw && typeof raw === "object" ? (raw as { site?: unknown }).site : undefined;
  if (v !== undefined && v !== null && typeof v !== "string") return null;
  const typed = v ?? "";
  let refusal = register.seen.get(typed);
  if (refusal === undefined) register.seen.set(typed, (refusal = refusalOfName(register, text(typed))));
  return refusal;
}

function refusalOfName(register: SiteRegister, name: string): SiteNotListedDetails | null {
  const sheet = register.listed.size > 0;
  const shared = register.shared.get(siteCodeKey(name));
  if (shared === undefined && name !== "" && (!sheet || register.listed.has(siteKey(name)))) return null;
  const sites = [...(sheet ? register.listed : register.named).values()];
  return {
    value: name,
    blank: name === "",
    sitesSheet: sheet,
    sites: sites.slice(0, NAMED).join(", "),
    more: Math.max(0, sites.length - NAMED),
    ...(shared === undefined ? {} : { shared }),
  };
}

/** The row's Site cell, also where it is blank (by the sheet's Site column), else its first cell. */
function siteCell(register: SiteRegister, source: Source): CellRef | undefined {
  const cell = cellAt(source, "site");
  if (cell) return { sheet: source.sheet, cell };
  const column = register.layout[source.sheet]?.site;
  if (column && source.row > 0) return { sheet: source.sheet, cell: `${column}${source.row}` };
  const first = firstCell(source);
  return source.sheet ? { sheet: source.sheet, cell: first ?? "" } : undefined;
}
