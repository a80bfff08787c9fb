// brk22 §14: the unit a product's balance at a site is kept in, where every row of it is typed in
// one volume (L, m³, hL) or one normal volume (Nm³) and some row gives no density. Such a book is
// kept in that volume, converted exactly between L, hL and m³: a density is needed only where
// mass and volume meet (domain.md §4). Before, the first row's density made the account one in
// tonnes and a delivery in litres without a density was refused ("kept in t"). A book whose every
// row converts to tonnes, and one that mixes mass and volume, keep the rule of their first row
// (places.ts, amount.ts accountUnitFor): no book that was read changes its unit.
import { type Amount, dimensionOf } from "../amount";
import type { Books } from "../records";
import type { Dimension } from "../units";
import { poolKey } from "./held";

/** Volumes a whole book can be kept in by this rule; mass and energy books keep their first row's rule. */
const VOLUMES: ReadonlySet<Dimension> = new Set(["m3", "Nm3"]);

/**
 * The site's products whose every row is typed in one volume dimension and one of which or more
 * does not convert to tonnes, by pool key, with that dimension. A production output with no
 * quantity of its own (its credit by the factor) and a unit not known count as another dimension:
 * such a product keeps the first row's rule.
 */
export function volumeBooks(books: Books): Map<string, Dimension> {
  // Rows repeat a site and product as typed: each pair is noted under those texts (no key built per
  // row), then folded into its pool key in the order the pairs were first met (places.ts typedPool).
  const typed = new Map<string, Map<string, Seen>>();
  let order = 0;
  const note = (site: string, productKey: string, unit: string | null, amount: Amount | null): void => {
    let bySite = typed.get(site);
    if (bySite === undefined) typed.set(site, (bySite = new Map()));
    const dim = unit === null ? null : dimensionOf(unit);
    const unconverted = amount !== null && amount.t === undefined;
    const was = bySite.get(productKey);
    if (was === undefined) bySite.set(productKey, { dim, unconverted, order: order++ });
    else merge(was, dim, unconverted);
  };
  // indexed loops over the long lists: run once, mostly before they are optimised, where an
  // iterator's result object per row is allocated (rules/rule.ts perGhgSet)
  const { receipts, deliveries } = books;
  for (let i = 0; i < receipts.length; i++) {
    const r = receipts[i] as (typeof receipts)[number];
    note(r.site, r.productKey, r.unit, r.amount);
  }
  for (let i = 0; i < deliveries.length; i++) {
    const d = deliveries[i] as (typeof deliveries)[number];
    note(d.site, d.productKey, d.unit, d.amount);
  }
  for (const s of books.stockCounts)
    for (const part of s.tanks ?? [s]) note(part.site, part.productKey, part.unit, part.amount);
  for (const t of books.transfers) {
    note(t.fromSite, t.productKey, t.unit, t.amount);
    note(t.toSite, t.productKey, t.received?.unit ?? t.unit, t.received?.amount ?? t.amount);
  }
  for (let i = 0; i < books.production.length; i++) {
    const p = books.production[i] as (typeof books.production)[number];
    note(p.site, p.inputKey, p.unit, p.inputAmount);
    note(p.site, p.outputKey, p.outputAmount ? p.outputUnit : null, p.outputAmount);
  }
  const pairs: [string, Seen][] = [];
  for (const [site, bySite] of typed)
    for (const [productKey, s] of bySite) pairs.push([poolKey(site, productKey), s]);
  pairs.sort((a, b) => a[1].order - b[1].order);
  const seen = new Map<string, Seen>();
  for (const [key, s] of pairs) {
    const was = seen.get(key);
    if (was === undefined) seen.set(key, { ...s });
    else merge(was, s.dim, s.unconverted);
  }
  const out = new Map<string, Dimension>();
  for (const [key, { dim, unconverted }] of seen)
    if (dim !== null && unconverted && VOLUMES.has(dim)) out.set(key, dim);
  return out;
}

/** What the rows of one book (or of one site and product as typed) say so far; `order`: when first met. */
interface Seen {
  dim: Dimension | null;
  unconverted: boolean;
  order: number;
}

/** A further row of the book: one dimension while every row has the same, else none (null). */
function merge(was: Seen, dim: Dimension | null, unconverted: boolean): void {
  if (was.dim !== dim) was.dim = null;
  if (unconverted) was.unconverted = true;
}
