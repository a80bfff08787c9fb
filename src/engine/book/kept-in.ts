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
  const seen = new Map<string, { dim: Dimension | null; unconverted: boolean }>();
  const note = (site: string, productKey: string, unit: string | null, amount: Amount | null): void => {
    const key = poolKey(site, productKey);
    const dim = unit === null ? null : dimensionOf(unit);
    const unconverted = amount !== null && amount.t === undefined;
    const was = seen.get(key);
    if (was === undefined) seen.set(key, { dim, unconverted });
    else seen.set(key, { dim: was.dim === dim ? dim : null, unconverted: was.unconverted || unconverted });
  };
  for (const r of books.receipts) note(r.site, r.productKey, r.unit, r.amount);
  for (const d of books.deliveries) note(d.site, d.productKey, d.unit, d.amount);
  for (const s of books.stockCounts)
    for (const part of s.tanks ?? [s]) note(part.site, part.productKey, part.unit, part.amount);
  for (const t of books.transfers) {
    note(t.fromSite, t.productKey, t.unit, t.amount);
    note(t.toSite, t.productKey, t.received?.unit ?? t.unit, t.received?.amount ?? t.amount);
  }
  for (const p of books.production) {
    note(p.site, p.inputKey, p.unit, p.inputAmount);
    note(p.site, p.outputKey, p.outputAmount ? p.outputUnit : null, p.outputAmount);
  }
  const out = new Map<string, Dimension>();
  for (const [key, { dim, unconverted }] of seen)
    if (dim !== null && unconverted && VOLUMES.has(dim)) out.set(key, dim);
  return out;
}
