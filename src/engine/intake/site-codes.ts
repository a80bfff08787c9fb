// Site codes in the rows' Site, From and To cells (brk26 N1): a sites sheet "Standort | Kürzel" =
// Hamburg | HH lists the code its user types for the site everywhere ("HH" in a receipt's Site
// cell, in a transfer's From cell). A cell holding exactly a site's code, in any case ("hh", "Hh",
// "HH"; whole cell: never a word of it, never a likeness), names that site. A code two sites share,
// also where they differ only by case ("Hh" and "HH"), or one that is another site's name, names no
// site: the cell is refused as not naming a listed site (the wording names the sites it may be),
// never read as either.
import type { Ledger } from "../model";
import { clean } from "../normalise";
import { siteKey } from "../records";

/**
 * What the sites sheet's codes say of a cell, keyed by siteCodeKey of the cell as typed: the site
 * it names, or the sites a shared code may be.
 */
export interface SiteCodes {
  /** a cell's siteCodeKey that is a site's code → that site's name as the sites sheet spells it */
  names: Map<string, string>;
  /** a cell's siteCodeKey that is a code of two sites, or a code and another site's name → those sites ("Hamburg, Harburg") */
  shared: Map<string, string>;
}

const text = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? clean(String(v)) : "");

/** A cell or a code as the code maps key it: cleaned, in capitals ("hh", " Hh " → "HH"). */
export const siteCodeKey = (v: string): string => clean(v).toUpperCase();

/** The codes of the sites sheet's rows (SiteInput.code, the workbook's code column), or null where none gives one. */
export function siteCodes(sites: unknown): SiteCodes | null {
  const rows = Array.isArray(sites) ? (sites as unknown[]) : [];
  const byName = new Map<string, string>(); // siteKey → name as typed
  const byCode = new Map<string, Set<string>>(); // spelling → site keys
  const named: [string, string][] = [];
  for (const r of rows) {
    const row = (r && typeof r === "object" ? r : {}) as { site?: unknown; code?: unknown };
    const name = text(row.site);
    if (name === "") continue;
    if (!byName.has(siteKey(name))) byName.set(siteKey(name), name);
    const code = text(row.code);
    if (code !== "") named.push([code, siteKey(name)]);
  }
  for (const [code, key] of named) {
    const keys = byCode.get(siteCodeKey(code)) ?? new Set<string>();
    byCode.set(siteCodeKey(code), keys.add(key));
  }
  if (byCode.size === 0) return null;
  const out: SiteCodes = { names: new Map(), shared: new Map() };
  for (const [spelling, keys] of byCode) {
    // a code that is another site's name may be that site: as unclear as a shared code
    const other = byName.get(siteKey(spelling));
    if (other !== undefined) keys.add(siteKey(spelling));
    const sites = [...keys].map((k) => byName.get(k) as string);
    if (sites.length === 1) out.names.set(spelling, sites[0] as string);
    else out.shared.set(spelling, sites.join(", "));
  }
  return out;
}

/** The row with `fields` holding a site's code replaced by the site's name; the row itself where none does. */
function resolved<T>(codes: SiteCodes, raw: T, fields: readonly string[]): T {
  if (!raw || typeof raw !== "object") return raw;
  let out: Record<string, unknown> | null = null;
  for (const f of fields) {
    const v = (raw as Record<string, unknown>)[f];
    const name = typeof v === "string" ? codes.names.get(siteCodeKey(v)) : undefined;
    if (name === undefined) continue;
    out ??= { ...(raw as Record<string, unknown>) };
    out[f] = name;
  }
  return (out ?? raw) as T;
}

/**
 * The ledger with every Site, From and To cell that holds exactly a site's code read as that
 * site's name (the cell's source is kept: findings still point at it); `ledger` itself where the
 * sites sheet gives no code. A shared code is left as typed: the register refuses it (SiteCodes.shared).
 */
export function withSiteCodes(ledger: Partial<Ledger>, codes: SiteCodes | null): Partial<Ledger> {
  if (codes === null || codes.names.size === 0) return ledger;
  const map = <T>(list: T[] | undefined, fields: readonly string[]): T[] | undefined =>
    Array.isArray(list) ? list.map((r) => resolved(codes, r, fields)) : list;
  return {
    ...ledger,
    receipts: map(ledger.receipts, ["site"]),
    deliveries: map(ledger.deliveries, ["site"]),
    production: map(ledger.production, ["site"]),
    stockCounts: map(ledger.stockCounts, ["site"]),
    transfers: map(ledger.transfers, ["fromSite", "toSite"]),
  } as Partial<Ledger>;
}
