// (p-shipto2) The buyer before the ship-to party (party-words.ts): of a sheet's columns headed as
// the customer, one that names the ship-to party ("Warenempfänger", "Ship-to party", "Consignee")
// reads a shade below one that names the buyer ("Kunde", "Auftraggeber", "Sold-to party"), so the
// buyer is the SD's recipient whichever stands first; alone, the ship-to party is still read as
// the customer, exactly (its confidence unchanged). Beside the buyer it is its rival said at its
// heading where it names another party, never refusing the row (rival-values.ts).
import type { KindSpec } from "./field-spec";
import { namesRegisteredOffice } from "./address-parties";
import { namesShipToParty } from "./party-words";

/** A ship-to party's score as the customer: below a buyer's exact 1, above any near match. */
const SHIP_TO_SCORE = 0.99;

/** `hits` of `header` with a ship-to party heading's customer hit a shade below a buyer's. */
export function buyerFirst<H extends { field: number; score: number }>(
  spec: KindSpec,
  header: string,
  hits: H[],
): H[] {
  if (!namesShipToParty(header)) return hits;
  return hits.map((h) =>
    spec.fields[h.field]?.id === "customer" && h.score > SHIP_TO_SCORE ? { ...h, score: SHIP_TO_SCORE } : h,
  );
}

/**
 * Whether a second customer column headed `second` is the ship-to party beside the buyer read from
 * `read`; (brk21 5) or a second customer address column the customer's registered office beside
 * its address ("Firmensitz Kunde" beside "Kundenanschrift"): said where it differs, never refusing.
 */
export function shipToBesideBuyer(field: string, read: string, second: string): boolean {
  if (field === "customerAddress") return namesRegisteredOffice(second) && !namesRegisteredOffice(read);
  return field === "customer" && namesShipToParty(second) && !namesShipToParty(read);
}
