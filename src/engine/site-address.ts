// The SD's "address of dispatch/shipping point" of a delivery (domain.md §8): where the goods left
// from. A delivery row's own dispatch address first; else the address its site has on the sites
// sheet (the Address column); else the company address of the settings. In a book whose sites
// sheet lists more than one site, the settings' address is at most one site's: a site on that sheet
// whose address cell is blank has no dispatch point the book states, and its SD is held back
// (declaration-incomplete: dispatch address, at the site's address cell) rather than printing
// another site's address. (brk25 3) A site's address cell holding a reference or placeholder
// ("wie oben", "dito", "-": address-placeholder.ts) states none either, on any sites sheet: its SD
// is held at that cell. (brk25 4) A sites sheet of two or more sites without an address column
// gives the settings' address only to the one site it plainly belongs to (site-town.ts: the
// site's name is a word of it, "20457 Hamburg" for Hamburg); every other site's SDs are held (add
// an Address column), and where it names two sites, both are. A book with no sites sheet, or one
// site, keeps the settings' address.
import type { CellRef } from "./model";
import { isAddressPlaceholder } from "./address-placeholder";
import { type Site, siteKey } from "./records";
import { layoutCell } from "./rules/declaration";
import { siteNamedBy } from "./site-town";

type Layout = Record<string, Record<string, string>> | undefined;

/** Why a site has no dispatch point: its address cell (blank or a placeholder), else the sites sheet lacking the column. */
export interface SiteAddressGap {
  site: Site;
  /** the address cell; null where the sites sheet has no address column */
  cell: CellRef | null;
  /** the cell's placeholder as typed ("wie oben"); "" where the cell is blank or there is none */
  typed: string;
}

/**
 * Whether the sheet of `own` has an address column: the layout says so, or (a book given without
 * its layout) some site row of that sheet states an address.
 */
function hasAddressColumn(sites: readonly Site[], own: Site, layout: Layout): boolean {
  const sheet = own.source.sheet;
  if (layout?.[sheet]) return Boolean(layout[sheet]?.address);
  return sites.some((s) => s.source.sheet === sheet && s.address !== "");
}

/**
 * The site's row where the book states no dispatch point for it (see the head of this file), or
 * null where it states one. `company` is the settings' company address as it states one ("" where
 * blank or a placeholder).
 */
export function siteAddressGap(
  sites: readonly Site[],
  site: string,
  layout: Layout,
  company: string,
): SiteAddressGap | null {
  if (site === "") return null;
  const key = siteKey(site);
  const own = sites.find((s) => s.key === key);
  if (!own) return null;
  // brk25 §4b: an address in parts refused at its blank street or town (workbook/site-address-parts.ts)
  const unread = own.fields.unreadable;
  if (Array.isArray(unread) && unread.includes("address"))
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: "" };
  if (own.address !== "") {
    if (!isAddressPlaceholder(own.address)) return null;
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: own.address };
  }
  if (!sites.some((s) => s.key !== key)) return null;
  if (hasAddressColumn(sites, own, layout))
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: "" };
  return siteNamedBy(company, sites)?.key === key ? null : { site: own, cell: null, typed: "" };
}

/** The dispatch point of a delivery from `site` that gives none of its own; "" where the book states none. */
export function siteDispatchAddress(
  sites: readonly Site[],
  site: string,
  layout: Layout,
  company: string,
): string {
  if (siteAddressGap(sites, site, layout, company)) return "";
  const own = site === "" ? undefined : sites.find((s) => s.key === siteKey(site));
  return own?.address || company;
}
