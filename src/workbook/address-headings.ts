// (p-shipto2) The three addresses of a deliveries sheet (address-words.ts: the customer's, the
// dispatch point's, the receiving point's) are told apart by a heading's own words, never by a
// near match crossing from one to another. Before, a second "Customer address" column was read as
// the receiving point by its likeness to "Customer delivery address", and a second "Delivery
// address" as the customer's by the bare word "address": the SD printed one where the other
// belongs, and the rival column was never said. Now a heading is at most one of the three, the one
// its words name best; a second column so headed is that field's rival (rival-values.ts), said at
// its heading and refused on rows where the two differ (design.md, first law).
import type { KindSpec } from "./field-spec";
/** A heading's reading as one field (matcher.ts FieldHit), as far as these rules look. */
interface Hit {
  field: number;
  score: number;
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
