// Sites named only in sheets' names (brk23 §4): a book with a sites sheet listing Hamburg and
// Venlo and sheets "Wareneingang Hamburg", "Warenausgang Venlo" with no Site column was read as
// one account, a Venlo sale declared from Hamburg's receipt with Hamburg's dispatch address (first
// law). Where the sites sheet lists two or more sites and a books sheet with no Site column names
// exactly one of them in its name, its rows are read as that site's (the user's own site name,
// said in an info at its header); a sheet of the books naming none of them beside it is then a
// sheet with no Site column beside books that name sites, which the engine refuses at its header
// (engine/intake/site-register.ts). Where it is unclear, the sheet is refused at its header as
// a storage column naming two places is (storage-doubt.ts): a name naming two sites, a Site
// column naming another site than the name, or two sheets of one kind with no Site column whose
// names differ by a word that may be a place ("Receipts Hamburg", "Receipts Venlo", with no sites
// sheet, or with one that lists neither). Years, months, copies and the company's own name are no
// places ("Wareneingang 2025", "Deliveries March", "Eingang Ölmühle Nord"); nor are the products
// and parties the sheet's own rows name ("Sales Biodiesel", "Verkauf Shell").
import type { IncompleteInput, Ledger } from "../engine/model";
import { textKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import type { Plan } from "./read-plan";
import type { Recognition } from "./recognition";
import { codeLike, type ListedSite, listedSites, towards } from "./sheet-site-codes";
import { nameWords, NOT_PLACE_WORDS } from "./sheet-site-words";
import { storageDoubt } from "./storage-doubt";

/** Sheet kinds whose rows are booked at one site (a factor with no site is every site's). */
const BOOKS = new Set(["receipts", "deliveries", "ledger", "production", "stock"]);
/** Columns whose values' words are no place of the sheet's name: its products and parties. */
const OWN_WORDS = [
  "product",
  "rawMaterial",
  "inputProduct",
  "outputProduct",
  "supplier",
  "customer",
  "counterparty",
];

/** What a books sheet's name says of its site: the site its rows are read at, or the error refusing it. */
export interface NamedSite {
  site?: string;
  said?: Finding;
  /** the balances `said` left incomplete, once said (sayNamedSite): taken back with it (copy-quiet.ts) */
  input?: IncompleteInput;
}

type Table = Extract<Plan, { kind: "table" }>;

/** Whether `seq` stands in `ws` as whole words, in order; the index it starts at, else -1. */
function indexOf(ws: readonly string[], seq: readonly string[]): number {
  if (seq.length === 0) return -1;
  for (let i = 0; i + seq.length <= ws.length; i++) if (seq.every((w, j) => ws[i + j] === w)) return i;
  return -1;
}

/** The values of column `field` below the header, as typed. */
function columnTexts(grid: Grid, rec: Recognition, field: string): string[] {
  const col = rec.columns.get(field)?.col;
  if (col === undefined || rec.headerRow === null) return [];
  const out: string[] = [];
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, col);
    if (!isBlank(v) && (typeof v === "string" || typeof v === "number")) out.push(String(v).trim());
  }
  return out;
}

/** The sites sheet's sites as typed with their codes (sheet-site-codes.ts), and the company's name from the settings. */
function bookFacts(plans: readonly Plan[]): { sites: ListedSite[]; company: string[] } {
  const sites = new Map<string, ListedSite>();
  let company: string[] = [];
  for (const p of plans) {
    if (p.kind === "table" && p.rec.kind === "sites" && p.rec.spec) listedSites(p.grid, p.rec, sites);
    if (p.kind === "settings")
      for (const e of p.entries)
        if (e.field.id === "companyName" && company.length === 0)
          company = nameWords(String(e.text ?? p.grid.value(e.row, e.col) ?? "")).filter(
            (w) => !LEGAL.has(w),
          );
  }
  return { sites: [...sites.values()], company };
}
const LEGAL = new Set([
  "gmbh",
  "ag",
  "kg",
  "co",
  "bv",
  "nv",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "ltd",
  "plc",
  "inc",
  "oy",
  "sp",
  "z",
  "o",
]);

/** The words of a sheet's name without the company's own name ("Eingang Ölmühle Nord": eingang). */
function ownWords(name: string, company: readonly string[]): string[] {
  const ws = nameWords(name);
  const at = indexOf(ws, company);
  return at < 0 ? ws : [...ws.slice(0, at), ...ws.slice(at + company.length)];
}

function headerCell(p: Table): string {
  return cellAddress((p.rec.headerRow ?? 0) + 1, p.block?.first ?? 0);
}

function refusal(p: Table, read: string): NamedSite {
  const said = readFinding("mapping-uncertain", "error", p.grid.sheet.name, headerCell(p), {
    label: "Site",
    value: p.grid.sheet.name,
    read,
    reason: "sheet-sites",
    consequence: "storage-balances-incomplete",
  });
  return { said };
}

/** A sheet of the books whose name names a site: its site, or why it is refused (see above). */
function byListedSite(p: Table, listed: ListedSite[]): NamedSite | null {
  const column = p.rec.columns.get("site");
  const named = listed.map((s) => s.name);
  if (!column) {
    if (named.length === 1) return { site: named[0] as string };
    return refusal(p, `its name names ${named.length} sites of the sites sheet, ${quoteAll(named)}`);
  }
  if (listed.length !== 1) return null; // its rows say which
  const r0 = p.rec.headerRow ?? 0;
  for (let r = r0 + 1; r < p.grid.rowCount; r++) {
    const v = p.grid.value(r, column.col);
    if (typeof v !== "string" || isBlank(v) || textKey(v) === textKey(named[0])) continue;
    return refusal(p, `its column "${column.header}" names "${v.trim()}" in row ${r + 1}`);
  }
  return null;
}

/** (brk25 §2) A deliveries sheet with no Site column naming a site after a word of direction ("Lieferungen nach Venlo"): refused. */
function wentTo(p: Table, ws: readonly string[], named: readonly ListedSite[]): NamedSite | null {
  if (p.rec.kind !== "deliveries" || p.rec.columns.has("site")) return null;
  for (const s of named)
    for (const k of s.keys) {
      const word = towards(ws, indexOf(ws, k));
      if (word)
        return refusal(
          p,
          `it names "${s.name}" after "${word}", where the goods went, not the site they were dispatched from, which it does not say`,
        );
    }
  return null;
}

const quoteAll = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(" and ");

/** The words of the products and parties the rows of `tables` name (OWN_WORDS), each distinct text read once. */
function rowWords(tables: readonly Table[]): Set<string> {
  const own = new Set<string>();
  const seen = new Set<string>();
  for (const p of tables)
    for (const f of OWN_WORDS)
      for (const t of columnTexts(p.grid, p.rec, f)) {
        if (seen.has(t)) continue;
        seen.add(t);
        for (const w of nameWords(t)) own.add(w);
      }
  return own;
}

/**
 * (brk25 §8) Whether two sheets of one kind told apart by `key` may be one site's and another's:
 * their names share a word ("Receipts Hamburg", "Receipts Venlo"), or one of them has a single
 * word that may be a place ("Venlo"); "Verkauf" beside "Call-offs delivered" is no such pair.
 */
function related(a: { p: Table; place: string[] }, b: { p: Table; place: string[] }): boolean {
  const aw = new Set(nameWords(a.p.grid.sheet.name).filter((w) => !/^\d+$/.test(w)));
  return (
    nameWords(b.p.grid.sheet.name).some((w) => aw.has(w)) || a.place.length === 1 || b.place.length === 1
  );
}

/** Two or more sheets of one kind with no Site column whose names differ by a word that may be a place. */
function twins(tables: readonly Table[], company: readonly string[], out: Map<Plan, NamedSite>): void {
  const named = new Map<string, { p: Table; words: string[] }[]>();
  for (const p of tables) {
    if (p.rec.columns.has("site") || out.has(p)) continue;
    // (brk25 §1) a short capital token ("WE HH", "WE VL") may be a site's code
    const codes = codeLike(p.grid.sheet.name);
    const words = ownWords(p.grid.sheet.name, company).filter(
      (w) =>
        (w.length >= 3 || codes.has(w)) && !/\d/.test(w) && !NOT_PLACE_WORDS.has(w) && !company.includes(w),
    );
    named.set(p.rec.kind, [...(named.get(p.rec.kind) ?? []), { p, words }]);
  }
  // no two sheets of one kind, or none whose name has a word that may be a place: none told apart,
  // and the rows' own words below (a pass over every row) are not needed
  if (![...named.values()].some((l) => l.length >= 2 && l.some((s) => s.words.length > 0))) return;
  // the products and parties of every books sheet's rows: "Tallow receipts" beside "Receipts" is a
  // product's sheet where a row of another sheet names Tallow, never a place to tell apart
  const own = rowWords(tables);
  const groups = new Map<string, { p: Table; key: string; place: string[] }[]>();
  for (const [kind, list] of named) {
    const placed = list.map(({ p, words }) => {
      const place = words.filter((w) => !own.has(w));
      return { p, key: [...new Set(place)].sort().join(" "), place };
    });
    groups.set(kind, placed);
  }
  for (const list of groups.values()) {
    if (new Set(list.map((s) => s.key)).size < 2) continue;
    for (const s of list) {
      const other = list.find((o) => o.key !== s.key && related(s, o));
      if (!other) continue;
      const [q, w] = other.place[0] ? [other.p, other.place[0]] : [s.p, s.place[0] as string];
      const word = q.grid.sheet.name.split(/[^\p{L}\p{N}]+/u).find((t) => nameWords(t).includes(w)) ?? w;
      out.set(
        s.p,
        refusal(
          s.p,
          `sheet "${other.p.grid.sheet.name}" of the same kind differs from it by "${word}", which may be a site`,
        ),
      );
    }
  }
}

/**
 * What the name of each books sheet says of its site (see above), by plan: only the sheets whose
 * name says something are in the map. A sites sheet listing one site names no site to tell apart.
 */
export function sheetSites(plans: readonly Plan[]): Map<Plan, NamedSite> {
  const { sites, company } = bookFacts(plans);
  const tables = plans.filter(
    (p): p is Table =>
      p.kind === "table" && !!p.rec.spec && p.rec.missing.length === 0 && BOOKS.has(p.rec.kind),
  );
  const out = new Map<Plan, NamedSite>();
  if (sites.length >= 2)
    for (const p of tables) {
      const ws = ownWords(p.grid.sheet.name, company);
      const named = sites.filter((s) => s.keys.some((k) => indexOf(ws, k) >= 0));
      const said = wentTo(p, ws, named) ?? (named.length > 0 ? byListedSite(p, named) : null);
      if (said) out.set(p, said);
    }
  // no sheet names a listed site: sheets of one kind told apart by another word
  if (![...out.values()].some((s) => s.site)) twins(tables, company, out);
  return out;
}

/**
 * The site the rows of table `p` are read at from its name, after saying it (info at its header),
 * or undefined; an error refusing it is said, and the balances it feeds are incomplete
 * (storage-doubt.ts), its rows booked as before.
 */
export function sayNamedSite(
  named: Map<Plan, NamedSite>,
  p: Plan,
  findings: Finding[],
  ledger: Ledger,
): string | undefined {
  const s = p.kind === "table" ? named.get(p) : undefined;
  if (!s || p.kind !== "table") return undefined;
  if (s.said) {
    findings.push(s.said);
    const input: IncompleteInput | null = storageDoubt(p.grid, p.rec, s.said);
    if (input) (ledger.incomplete ??= []).push((s.input = input));
    return undefined;
  }
  findings.push(
    readFinding("mapping-uncertain", "info", p.grid.sheet.name, headerCell(p), {
      label: "Site",
      value: p.grid.sheet.name,
      read: s.site as string,
      reason: "sheet-site",
    }),
  );
  return s.site;
}
