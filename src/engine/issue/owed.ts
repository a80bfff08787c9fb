// What the register's issued declarations cite (domain.md §8), read before the booking: each issued
// declaration bound to its delivery (bind.ts, as the register stage binds it) and the incoming SDs it
// cites, with their quantities, where they are receipts of the delivery's own pool. The booking holds
// that credit for them (book/held.ts), so a receipt booked later, dated earlier or corrected to an
// earlier day never moves what an issued declaration drew to a new one.
import { type IssuedDraw, type IssuedDraws, heldKey, NO_DRAWS, type Owed } from "../book/held";
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
  const draws: IssuedDraws = { byDelivery: new Map(), toHold: new Map(), held: new Map(), unmet: new Map() };
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
    const list: IssuedDraw[] = [];
    for (const g of active)
      for (const m of g.members) {
        if (m.declaration.unit !== unit) continue;
        for (const i of m.declaration.inputs) {
          const key = heldKey(d.site, d.productKey, sdKey(i.sd));
          const q = parseDecimal(i.quantity);
          // a citation of credit made by a production or a transfer is drawn oldest-first, as before
          if (!q || !q.isPositive() || !pools.has(key)) continue;
          const same = list.find((x) => x.key === key);
          if (same) same.quantity = same.quantity.plus(q);
          else list.push({ sd: i.sd, key, quantity: q });
        }
      }
    if (list.length === 0) continue;
    const numbers = active.flatMap((g) => g.members.map((m) => m.declaration.number)).join(", ");
    const owed: Owed = { unit, numbers, draws: list };
    draws.byDelivery.set(d, owed);
    for (const x of list) {
      const h = draws.toHold.get(x.key);
      if (!h) draws.toHold.set(x.key, { quantity: x.quantity, unit, receipts: pools.get(x.key) ?? 0 });
      else if (h.unit === unit) h.quantity = h.quantity.plus(x.quantity);
    }
  }
  return draws;
}
