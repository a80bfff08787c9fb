// What the register's issued declarations cite (domain.md §8), read before the booking: each issued
// declaration bound to its delivery (bind.ts, as the register stage binds it) and the incoming SDs it
// cites, with their quantities, where they are receipts of the delivery's own pool or of a pool whose
// credit reaches it by production or transfer rows. The booking holds that credit for them
// (book/held.ts), so a receipt booked later, dated earlier or corrected to an earlier day, or a
// conversion raised, never moves what an issued declaration drew to a new one.
import {
  HALF,
  type Hold,
  type IssuedDraw,
  type IssuedDraws,
  heldKey,
  NO_DRAWS,
  type Owed,
  poolKey,
} from "../book/held";
import type { Cancellation } from "../model";
import { numberKey } from "../normalise";
import { parseDecimal } from "../quantity";
import type { Books } from "../records";
import { sdKey } from "../sd-key";
import { bind, groupEntries } from "./bind";
import { readEntry } from "./record";
import type { RepeatFinding } from "./retyped";

/** The credit the issued declarations of the register cite, by the delivery each is bound to. */
export function issuedDraws(
  books: Books,
  cancel: readonly Cancellation[],
  repeat: RepeatFinding,
): IssuedDraws {
  if (books.issued.length === 0) return NO_DRAWS;
  const cancelled = new Set(cancel.map((c) => numberKey(c.number)));
  const binding = bind(groupEntries(books.issued.map(readEntry)), books.deliveries, repeat);
  // the receipts of each pool by incoming SD: how many carry it
  const pools = new Map<string, number>();
  for (const r of books.receipts) {
    if (!r.sustainable) continue;
    const key = heldKey(r.site, r.productKey, r.sdKey);
    pools.set(key, (pools.get(key) ?? 0) + 1);
  }
  const draws: IssuedDraws = {
    byDelivery: new Map(),
    toHold: new Map(),
    held: new Map(),
    upstream: new Map(),
    unmet: new Map(),
  };
  const into = feeders(books);
  /** target|SD → the one credit to hold for it, wherever its receipts are */
  const holds = new Map<string, Hold>();
  for (const [d, groups] of binding.groups) {
    // a delivery no longer sustainable draws nothing: what its declarations cited is not held
    if (binding.held.has(d) || !d.sustainableAmount) continue;
    const active = groups.filter(
      (g) =>
        g.active &&
        !cancelled.has(numberKey(g.stem)) &&
        !g.members.some((m) => cancelled.has(numberKey(m.declaration.number))),
    );
    const unit = active[0]?.unit;
    if (unit === undefined || active.some((g) => g.unit !== unit)) continue;
    const target = poolKey(d.site, d.productKey);
    const above = upstreamOf(target, into);
    const list: Omit<IssuedDraw, "hold">[] = [];
    for (const g of active)
      for (const m of g.members) {
        if (m.declaration.unit !== unit) continue;
        for (const i of m.declaration.inputs) {
          const sd = sdKey(i.sd);
          const key = heldKey(d.site, d.productKey, sd);
          const q = parseDecimal(i.quantity);
          // received in the delivery's own pool, else in the pools whose credit reaches it
          const upstream = pools.has(key) ? [] : [...above].map((x) => `${x}|${sd}`);
          if (!q || !q.isPositive() || (!pools.has(key) && !upstream.some((x) => pools.has(x)))) continue;
          const same = list.find((x) => x.key === key);
          if (same) same.quantity = same.quantity.plus(q);
          else list.push({ sd: i.sd, key, quantity: q, upstream });
        }
      }
    if (list.length === 0) continue;
    const numbers = active.flatMap((g) => g.members.map((m) => m.declaration.number)).join(", ");
    const owed: Owed = {
      unit,
      numbers,
      target,
      draws: list.map((x) => ({ ...x, hold: holdFor(x, target, unit) })),
    };
    draws.byDelivery.set(d, owed);
    if (list.some((x) => x.upstream.length > 0)) draws.upstream.set(target, above);
  }
  return draws;

  /** The one credit held for the deliveries of a pool citing an SD, wherever its receipts are. */
  function holdFor(x: Omit<IssuedDraw, "hold">, target: string, unit: string): Hold {
    // converted credit is cited rounded to the register's six decimals: held with that allowed for
    const q = x.upstream.length > 0 ? x.quantity.plus(HALF) : x.quantity;
    const one = holds.get(x.key);
    if (one) {
      if (one.unit === unit) one.quantity = one.quantity.plus(q);
      one.deliveries++;
      return one;
    }
    const h: Hold = { target, quantity: q, unit, deliveries: 1 };
    holds.set(x.key, h);
    for (const key of [x.key, ...x.upstream]) {
      const n = pools.get(key);
      if (n === undefined) continue;
      const at = draws.toHold.get(key);
      if (at) at.holds.push(h);
      else draws.toHold.set(key, { holds: [h], receipts: n });
    }
    return h;
  }
}

/** Pool → the pools whose credit its production and transfer rows bring into it. */
function feeders(books: Books): Map<string, Set<string>> {
  const into = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const set = into.get(to);
    if (set) set.add(from);
    else into.set(to, new Set([from]));
  };
  for (const p of books.production) add(poolKey(p.site, p.inputKey), poolKey(p.site, p.outputKey));
  for (const t of books.transfers) add(poolKey(t.fromSite, t.productKey), poolKey(t.toSite, t.productKey));
  return into;
}

/** The pools whose credit reaches `target` by one or more production or transfer rows (itself not). */
function upstreamOf(target: string, into: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const todo = [target];
  for (let x = todo.pop(); x !== undefined; x = todo.pop())
    for (const y of into.get(x) ?? [])
      if (y !== target && !seen.has(y)) {
        seen.add(y);
        todo.push(y);
      }
  return seen;
}
