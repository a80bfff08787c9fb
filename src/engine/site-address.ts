// The SD's "address of dispatch/shipping point" of a delivery (domain.md §8): where the goods left
// from. A delivery row's own dispatch address first; else the address its site has on the sites
// sheet (the Address column); else the company address of the settings. In a book whose sites
// sheet lists more than one site, the settings' address is at most one site's: a site on that sheet
// whose address cell is blank has no dispatch point the book states, and its SD is held back
// (declaration-incomplete: dispatch address, at the site's address cell) rather than printing
// another site's address. (brk25 3) A site's address cell holding a reference or placeholder
// ("wie oben", "dito", "-": address-placeholder.ts) states none either, on any sites sheet: its SD
// is held at that cell. A sites sheet without an address column keeps the settings' address for
// every site (brk25 4, left open: holding the others' SDs refused the two-site books of 59 tests,
// to be reviewed first).
import type { CellRef } from "./model";
import { isAddressPlaceholder } from "./address-placeholder";
import { type Site, siteKey } from "./records";
import { layoutCell } from "./rules/declaration";

type Layout = Record<string, Record<string, string>> | undefined;

/** Why a site has no dispatch point: its address cell, blank or a placeholder. */
export interface SiteAddressGap {
  site: Site;
  /** the address cell; null where its place on the sheet is not known */
  cell: CellRef | null;
  /** the cell's placeholder as typed ("wie oben"); "" where the cell is blank */
  typed: string;
}

/** The site's row where the book states no dispatch point for it (see the head of this file). */
export function siteAddressGap(sites: readonly Site[], site: string, layout: Layout): SiteAddressGap | null {
  if (site === "") return null;
  const key = siteKey(site);
  const own = sites.find((s) => s.key === key);
  if (!own) return null;
  const column = layout?.[own.source.sheet]?.address;
  // brk25 §4b: an address in parts refused at its blank street or town (workbook/site-address-parts.ts)
  const unread = own.fields.unreadable;
  if (Array.isArray(unread) && unread.includes("address"))
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: "" };
  if (own.address !== "") {
    if (!isAddressPlaceholder(own.address)) return null;
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: own.address };
  }
  if (!sites.some((s) => s.key !== key)) return null;
  return column ? { site: own, cell: layoutCell(own.source, "address", layout), typed: "" } : null;
}

/** The dispatch point of a delivery from `site` that gives none of its own; "" where the book states none. */
export function siteDispatchAddress(
  sites: readonly Site[],
  site: string,
  layout: Layout,
  company: string,
): string {
  if (siteAddressGap(sites, site, layout)) return "";
  const own = site === "" ? undefined : sites.find((s) => s.key === siteKey(site));
  return own?.address || company;
}
