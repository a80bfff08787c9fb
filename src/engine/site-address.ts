// The SD's "address of dispatch/shipping point" of a delivery (domain.md §8): where the goods left
// from. A delivery row's own dispatch address first; else the address its site has on the sites
// sheet (the Address column); else the company address of the settings. In a book whose sites
// sheet lists more than one site, the settings' address is at most one site's: a site on that sheet
// whose address cell is blank has no dispatch point the book states, and its SD is held back
// (declaration-incomplete: dispatch address, at the site's address cell) rather than printing
// another site's address. A book with no sites sheet, one site, or a sites sheet without an
// address column keeps the settings' address, as before.
import type { CellRef } from "./model";
import { type Site, siteKey } from "./records";
import { layoutCell } from "./rules/declaration";

type Layout = Record<string, Record<string, string>> | undefined;

/** The site's row on the sites sheet where its address cell is blank while the sheet lists other sites. */
function unaddressed(sites: readonly Site[], site: string, layout: Layout): Site | null {
  if (sites.length < 2 || site === "") return null;
  const key = siteKey(site);
  const own = sites.find((s) => s.key === key);
  if (!own || own.address !== "" || !layout?.[own.source.sheet]?.address) return null;
  return sites.some((s) => s.key !== key) ? own : null;
}

/** The dispatch point of a delivery from `site` that gives none of its own; "" where the book states none. */
export function siteDispatchAddress(
  sites: readonly Site[],
  site: string,
  layout: Layout,
  company: string,
): string {
  const key = siteKey(site);
  const own = site === "" ? undefined : sites.find((s) => s.key === key);
  if (own?.address) return own.address;
  return unaddressed(sites, site, layout) ? "" : company;
}

/** The blank address cell of the site on the sites sheet where its SD lacks a dispatch address for it. */
export function blankSiteAddress(sites: readonly Site[], site: string, layout: Layout): CellRef | null {
  const own = unaddressed(sites, site, layout);
  return own ? layoutCell(own.source, "address", layout) : null;
}
