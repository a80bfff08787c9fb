// What a delivery is, without its row position (domain.md §8): its date, customer, product, site and
// quantity (1 t and 1000 kg are the same), and the deliveries of a run indexed by those five values
// and by each four of them, so an issued declaration finds its delivery again by content.
import { type Amount, normaliseUnit, toAmount } from "../amount";
import { partyKey, textKey } from "../normalise";
import { parseDecimal, toText } from "../quantity";
import { type Delivery, siteKey } from "../records";
import type { Group, Identity } from "./frozen";

function amountOf(quantity: string, unit: string): Amount | null {
  const q = parseDecimal(quantity);
  const u = normaliseUnit(unit);
  return q && u ? toAmount(q, u) : null;
}

/** A quantity as one text whatever its unit: 1 t and 1000 kg are the same delivery. */
function quantityKey(a: Amount | null): string {
  if (!a) return "?";
  for (const dim of ["t", "m3", "MJ"] as const) {
    const x = a[dim];
    if (x) return `${dim}:${toText(x)}`;
  }
  return "?";
}

/** The five things that make a delivery what it is: date, customer, product, site, quantity. */
type Parts = [string, string, string, string, string];

function identityParts(id: Identity): Parts {
  return [
    id.date,
    partyKey(id.customer),
    textKey(id.product),
    siteKey(id.site),
    quantityKey(amountOf(id.quantity, id.unit)),
  ];
}

const groupParts = (g: Group): Parts => identityParts(g.identity);

/**
 * A delivery as one text by what it is, as the register binds a declaration to its row: its date,
 * customer (partyKey: legal suffix and case aside), product, site and quantity (1 t and 1000 kg
 * alike). Two deliveries with the same key cannot be told apart by what they are.
 */
export function identityKey(id: Identity): string {
  return join(identityParts(id));
}

/** An older register knows the declared quantity only: compared with the sustainable part. */
function deliveryParts(d: Delivery, legacy: boolean): Parts {
  const q = quantityKey(legacy ? d.sustainableAmount : d.amount);
  return [d.date, partyKey(d.customer), d.productKey, siteKey(d.site), q];
}

const join = (parts: readonly string[]) => parts.join("\u0000");
const without = (parts: Parts, i: number) => join(parts.map((p, j) => (j === i ? "*" : p)));

/** Deliveries by all five values, and by each four of them; each map is built when first asked for. */
export class IdentityIndex {
  private readonly maps = new Map<string, Map<string, Delivery[]>>();

  constructor(private readonly deliveries: readonly Delivery[]) {}

  private map(legacy: boolean, four: boolean): Map<string, Delivery[]> {
    const name = `${legacy}|${four}`;
    let map = this.maps.get(name);
    if (!map) {
      map = new Map();
      for (const d of this.deliveries) {
        const parts = deliveryParts(d, legacy);
        if (!four) add(map, join(parts), d);
        else for (let k = 0; k < 5; k++) add(map, `${k}|${without(parts, k)}`, d);
      }
      this.maps.set(name, map);
    }
    return map;
  }

  /** Deliveries that are exactly what the group was issued for, in the books' order. */
  exact(g: Group): Delivery[] {
    return this.map(g.legacy, false).get(join(groupParts(g))) ?? [];
  }

  /** Deliveries that differ from it in exactly one of the five values. */
  near(g: Group): Delivery[] {
    const parts = groupParts(g);
    const exact = new Set(this.exact(g));
    const four = this.map(g.legacy, true);
    const out = new Set<Delivery>();
    for (let k = 0; k < 5; k++)
      for (const d of four.get(`${k}|${without(parts, k)}`) ?? []) if (!exact.has(d)) out.add(d);
    return [...out];
  }
}

/** The row position a group's declarations were issued at (the record's), the lowest of a split's. */
const issuedRowOf = (list: readonly Group[]) =>
  Math.min(...list.flatMap((g) => g.members.map((m) => m.declaration.delivery.row)));

/**
 * Of the deliveries exactly what `g` was issued for (identical to each other), the one not `taken`
 * at the row position it was issued at, else the first not taken (p-outside: what the register
 * knows of rows that cannot be told apart; inIssuedOrder settles the order among those found).
 */
export function atIssuedRow(
  g: Group,
  exact: readonly Delivery[],
  taken: ReadonlySet<Delivery>,
): Delivery | undefined {
  const free = exact.filter((x) => !taken.has(x));
  if (free.length < 2) return free[0];
  const row = issuedRowOf([g]);
  return free.find((x) => x.source.row === row) ?? free[0];
}

/**
 * (p-outside) Deliveries identical in all five values cannot be told apart by what they are, so
 * which of them a declaration found by content belongs to is decided by what the register knows
 * of them: the order of the rows they were issued for (the record's row position, compared only
 * among themselves, so rows inserted or deleted elsewhere change nothing). The groups bound to
 * each class of identical `found` deliveries are dealt out again, in the order of the rows they
 * were issued for, to the deliveries in the books' order; the declarations of one delivery (a
 * split, a top-up) stay together. Before, the pass that matched one changed value took the row an
 * exact match had not, so a declaration moved crosswise to the row that had not changed and both
 * were reported stale with changes that never happened (c36). Changes `groups` in place.
 */
export function inIssuedOrder(groups: Map<Delivery, Group[]>, found: ReadonlySet<Delivery>): void {
  if (found.size < 2) return;
  const classes = new Map<string, Delivery[]>();
  for (const d of found) add(classes, join(deliveryParts(d, false)), d);
  for (const rows of classes.values()) {
    if (rows.length < 2) continue;
    const lists = rows.map((d) => groups.get(d) ?? []).sort((a, b) => issuedRowOf(a) - issuedRowOf(b));
    rows.sort((a, b) => a.seq - b.seq);
    rows.forEach((d, i) => groups.set(d, lists[i] ?? []));
  }
}

/** How many of the five values a delivery shares with what a group was issued for. */
export function score(g: Group, d: Delivery): number {
  const a = groupParts(g);
  const b = deliveryParts(d, g.legacy);
  return a.filter((x, i) => x === b[i]).length;
}

/** Appends `value` to the list under `key`. */
export function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
