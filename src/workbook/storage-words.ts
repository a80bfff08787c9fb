// Headings of places inside or beside a site (field-words.ts): a tank or storage location, never a
// site; a kind of place (terminal, depot, warehouse) that may be a certified site of its own.
import { syn } from "./field-spec";

// --- storage locations (p-certstock) ---
/**
 * A tank, silo or storage location: a place inside a site (an ISCC site is a certified location),
 * never a site. A stock count's `tank`; never read as the Site of any row.
 */
export const STORAGE = syn(
  "tank|tank no|tank number|tank id|storage tank|tank farm|tankfarm|silo|silo no|storage|storage location|storage place|" +
    "tanknummer|lagertank|tanklager|lager|lagerort|lagerplatz|behalter|silonummer|" +
    "reservoir|cuve|numero de cuve|stockage|lieu de stockage|emplacement de stockage|" +
    "tanque|numero de tanque|deposito|almacenamiento|lugar de almacenamiento|" +
    "opslagtank|opslag|opslaglocatie|opslagplaats",
);
// --- end storage locations ---
// --- places that may be sites (p-dates3) ---
/**
 * Site headings that name a kind of place (a terminal, a depot, a warehouse): read as the Site
 * where the sheet has no other, since such a place may be a certified site of its own; beside a
 * column headed Site itself, that column is the Site (site-columns.ts).
 */
export const SITE_PLACES = syn("terminal|depot|warehouse|entrepot|magazzino|almacen|magazijn");
// --- end places that may be sites
