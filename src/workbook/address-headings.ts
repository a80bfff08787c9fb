// (p-shipto2) The three addresses of a deliveries sheet (address-words.ts: the customer's, the
// dispatch point's, the receiving point's) are told apart by a heading's own words, never by a
// near match crossing from one to another. Before, a second "Customer address" column was read as
// the receiving point by its likeness to "Customer delivery address", and a second "Delivery
// address" as the customer's by the bare word "address": the SD printed one where the other
// belongs, and the rival column was never said. Now a heading is at most one of the three, the one
// its words name best; a second column so headed is that field's rival (rival-values.ts), said at
// its heading and refused on rows where the two differ (design.md, first law).
import {
  namesBillingAddress,
  namesBillingAndDelivery,
  namesRegisteredOffice,
  partyAddressField,
} from "./address-parties";
import type { KindSpec } from "./field-spec";
/** A heading's reading as one field (matcher.ts FieldHit), as far as these rules look. */
interface Hit {
  field: number;
  score: number;
}

/** A reading as matcher.ts gives it (its FieldHit, restated here: matcher.ts imports this file). */
interface FieldHit extends Hit {
  exact: boolean;
  distinctive: boolean;
  rule?: string;
}

/** The address fields a heading is at most one of. */
export const ADDRESS_FIELDS: ReadonlySet<string> = new Set([
  "customerAddress",
  "dispatchAddress",
  "receivingAddress",
]);

/**
 * `hits` (a heading's readings, any order) with at most one address field: the best; none where two
 * address fields score alike (the heading does not say which address it is).
 */
export function oneAddressField<H extends Hit>(spec: KindSpec, hits: readonly H[]): H[] {
  const isAddress = (h: H) => ADDRESS_FIELDS.has(spec.fields[h.field]?.id ?? "");
  const addresses = hits.filter(isAddress).sort((a, b) => b.score - a.score);
  if (addresses.length < 2) return [...hits];
  const [best, next] = addresses as [H, H];
  const keep = best.score > next.score ? best : null;
  return hits.filter((h) => !isAddress(h) || h === keep);
}

/**
 * (brk20 A3) `hits` of `header` where its words name whose address it is (address-parties.ts): that
 * one address field, exactly, in place of any other address or the party itself ("Indirizzo
 * destinatario merci" is no customer, "Consignee address" no customer address); else `hits` as given.
 */
export function partyAddress(spec: KindSpec, header: string, hits: FieldHit[]): FieldHit[] {
  const idOf = (h: FieldHit) => spec.fields[h.field]?.id ?? "";
  const other = (h: FieldHit) => !ADDRESS_FIELDS.has(idOf(h)) && idOf(h) !== "customer";
  // (brk21 5) an invoice's address is none of the SD's: read as no address (billing-address.ts says it)
  if (namesBillingAddress(header)) return hits.filter(other);
  // (brk21 5) a customer's registered office is its address, a shade below a column that names it so
  const office = namesRegisteredOffice(header);
  // (brk23 10) one address for the goods and the invoices: the recipient's
  const id = office || namesBillingAndDelivery(header) ? "customerAddress" : partyAddressField(header);
  const field = id ? spec.fields.findIndex((f) => f.id === id) : -1;
  if (field < 0) return hits;
  const score = office ? OFFICE_SCORE : 1;
  return [{ field, score, exact: true, distinctive: false, rule: "party-address" }, ...hits.filter(other)];
}

/** A registered office's score as the customer's address: below an exact "Customer address", above any near match. */
const OFFICE_SCORE = 0.99;
