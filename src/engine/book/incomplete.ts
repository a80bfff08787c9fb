// Balances fed by input the workbook could not read (domain.md §4, "A sheet that is recognised but
// cannot be read completely"): they are reported incomplete, a negative balance that may come only
// from the missing input is no non-conformity, and nothing is declared from them.
import type { IncompleteInput } from "../model";
import { textKey } from "../normalise";
import { siteKey } from "../records";

/**
 * Which accounts lack input; built once per run from `Ledger.incomplete`, then added to by the
 * rows booking could not book (Unbooked). `asOf` (YYYY-MM-DD): as of that day, for input missing
 * from a day on; without it, at any time.
 */
export interface Incompleteness {
  /** the account of this site and product may lack input of any kind */
  affects(site: string, product: string, asOf?: string): boolean;
  /** it may lack credit (receipts, production, transfers in): a shortfall there may be no real one */
  lacksCredit(site: string, product: string, asOf?: string): boolean;
}

const CREDIT_KINDS = new Set(["receipts", "production", "transfers"]);

/** What one IncompleteInput says: whether it lacks credit, of which products (keys), at which sites (keys); null: any. */
interface Rule {
  credit: boolean;
  products: Set<string> | null;
  sites: Set<string> | null;
}

export const COMPLETE: Incompleteness = { affects: () => false, lacksCredit: () => false };

export function incompleteness(inputs: readonly IncompleteInput[] | undefined): Incompleteness {
  if (!Array.isArray(inputs) || inputs.length === 0) return COMPLETE;
  // a host may pass anything: what is not a list of texts reads as "any"
  const texts = (list: unknown): string[] | null =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : null;
  // one rule per distinct reach: a sheet of many rows left out says the same few many times
  const distinct = new Map<string, Rule>();
  for (const i of inputs as unknown[]) {
    if (typeof i !== "object" || i === null) continue;
    const input = i as IncompleteInput;
    const products = texts(input.products)?.map((p) => textKey(p)) ?? null;
    const sites = texts(input.sites)?.map((s) => siteKey(s.trim())) ?? null;
    const credit = (texts(input.kinds) ?? []).some((k) => CREDIT_KINDS.has(k));
    const key = JSON.stringify([credit, products, sites]);
    if (!distinct.has(key))
      distinct.set(key, { credit, products: products && new Set(products), sites: sites && new Set(sites) });
  }
  const rules = [...distinct.values()];
  if (rules.length === 0) return COMPLETE;
  const match = (site: string, product: string, credit: boolean) =>
    rules.some(
      (r) =>
        (!credit || r.credit) &&
        (r.products === null || r.products.has(textKey(product))) &&
        (r.sites === null || r.sites.has(siteKey(site))),
    );
  return {
    affects: (site, product) => match(site, product, false),
    lacksCredit: (site, product) => match(site, product, true),
  };
}

/**
 * `base` and the rows booking found but could not book (a quantity its account's unit cannot hold,
 * unit-mismatch): each makes its site's product incomplete from the row's date on (domain.md §4),
 * lacking credit where the row would have given some (a receipt, a production output, a transfer
 * in). Added to only on that error path, never per booked row.
 */
export class Unbooked implements Incompleteness {
  private readonly since = new Map<string, { date: string; credit: boolean }[]>();

  constructor(private readonly base: Incompleteness) {}

  add(site: string, product: string, date: string, credit: boolean): void {
    const key = `${siteKey(site)}\u0001${textKey(product)}`;
    const list = this.since.get(key);
    if (list) list.push({ date, credit });
    else this.since.set(key, [{ date, credit }]);
  }

  affects(site: string, product: string, asOf?: string): boolean {
    return this.base.affects(site, product) || this.found(site, product, asOf, false);
  }

  lacksCredit(site: string, product: string, asOf?: string): boolean {
    return this.base.lacksCredit(site, product) || this.found(site, product, asOf, true);
  }

  private found(site: string, product: string, asOf: string | undefined, credit: boolean): boolean {
    const list = this.since.get(`${siteKey(site)}\u0001${textKey(product)}`);
    return !!list?.some((u) => (!credit || u.credit) && (asOf === undefined || u.date <= asOf));
  }
}
