// The SD's "address of dispatch/shipping point" of a delivery (domain.md §8): where the goods left
// from. A delivery row's own dispatch address first; else the address its site has on the sites
// sheet (the Address column); else the company address of the settings. In a book whose sites
// sheet lists more than one site, the settings' address is at most one site's: a site on that sheet
// whose address cell is blank has no dispatch point the book states, and its SD is held back
// (declaration-incomplete: dispatch address, at the site's address cell) rather than printing
// another site's address. (brk25 3) A site's address cell holding a reference or placeholder
// ("wie oben", "dito", "-": address-placeholder.ts) states none either, on any sites sheet: its SD
// is held at that cell. (brk25 4) A sites sheet of two or more sites without an address column
// gives the settings' address only to the site it plainly belongs to (the site's name is a word of
// it: "20457 Hamburg" for Hamburg); the others' SDs are held (add an Address column). A book with
// no sites sheet, or one site, keeps the settings' address.
import type { CellRef } from "./model";
import { words } from "./fold";
import { isAddressPlaceholder } from "./address-placeholder";
import { type Site, siteKey } from "./records";
import { layoutCell } from "./rules/declaration";

type Layout = Record<string, Record<string, string>> | undefined;

/** brk25 4 (two or more sites, no address column: held unless the address names the site): off until the books of tests/engine/index and tests/cli that rely on the old reading are reviewed. */
const NO_COLUMN_HOLD = false as boolean;

/** Why a site has no dispatch point: its address cell (blank or a placeholder), else the sites sheet lacking the column. */
export interface SiteAddressGap {
  site: Site;
  /** the address cell; null where the sites sheet has no address column */
  cell: CellRef | null;
  /** the cell's placeholder as typed ("wie oben"); "" where the cell is blank or there is none */
  typed: string;
}

/** Words a site name carries beside its place ("Werk Hamburg", "Tanklager Venlo"): not the place. */
const SITE_WORDS = new Set(
  "werk|standort|lager|tanklager|site|plant|depot|terminal|usine|stabilimento|sito|planta|fabriek|vestiging|zaklad|oddzial".split(
    "|",
  ),
);

/** Whether the settings' address plainly belongs to the site: the site's name (less words such as "Werk") is a run of its words. */
function addressNamesSite(address: string, site: string): boolean {
  const name = words(site).filter((w) => !SITE_WORDS.has(w));
  if (name.length === 0) return false;
  const a = words(address);
  return a.some((_, i) => name.every((w, j) => a[i + j] === w));
}

/** The site's row where the book states no dispatch point for it (see the head of this file). */
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
  const column = layout?.[own.source.sheet]?.address;
  if (own.address !== "") {
    if (!isAddressPlaceholder(own.address)) return null;
    return { site: own, cell: layoutCell(own.source, "address", layout), typed: own.address };
  }
  if (!sites.some((s) => s.key !== key)) return null;
  if (column) return { site: own, cell: layoutCell(own.source, "address", layout), typed: "" };
  return NO_COLUMN_HOLD && !(company !== "" && addressNamesSite(company, own.name))
    ? { site: own, cell: null, typed: "" }
    : null;
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
