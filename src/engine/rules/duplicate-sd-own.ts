// An outgoing SD number belongs to one delivery only (SD-01, domain.md; iscc-rules.md §5.4): which of
// the deliveries giving one number keeps it (holderFirst, p-reg), and a delivery whose own number is
// an incoming SD's number, the supplier's and ours on two declarations (ownIsIncoming, p-sd9).
// Both serve duplicate-sd.ts, whose findings hold the later delivery's declaration back.
import { numberKey } from "../normalise";
import { sdKey } from "../sd-key";
import type { Delivery, Issued, Receipt } from "../records";

/**
 * (p-sd9) The deliveries whose own SD number (sdKey) is an incoming SD's number on a receipt, each
 * with the first receipt giving it: one number on two declarations, the supplier's and ours
 * (SD-01); the numbering (numbering.ts) already avoids them. duplicate-sd.ts raises the error at
 * the delivery's SD cell, which holds its declaration back.
 */
export function ownIsIncoming(
  receipts: readonly Receipt[],
  deliveries: readonly Delivery[],
): [Delivery, Receipt][] {
  const incoming = new Map<string, Receipt>();
  for (const r of receipts) if (r.sdKey !== "" && !incoming.has(r.sdKey)) incoming.set(r.sdKey, r);
  if (incoming.size === 0) return [];
  const pairs: [Delivery, Receipt][] = [];
  for (const d of deliveries) {
    const r = d.sdNumber === "" ? undefined : incoming.get(sdKey(d.sdNumber));
    if (r) pairs.push([d, r]);
  }
  return pairs;
}

/**
 * (p-reg) The deliveries of one outgoing number in the order that tells which keeps it: the row
 * whose number the register (MB Declarations) records as issued first, so sorting the sheet never
 * moves a number issued to one delivery onto another; then the earlier date (YYYY-MM-DD; a row
 * without one last); ties in sheet order. The first keeps the number, each later one is the repeat.
 */
export function holderFirst(rows: Delivery[], issued: readonly Issued[]): Delivery[] {
  if (rows.length < 2) return rows;
  const registered = new Set(
    issued.filter((i) => i.status === "issued" && !i.elsewhere).map((i) => numberKey(i.number)),
  );
  const rank = new Map(rows.map((d, i) => [d, i]));
  const held = (d: Delivery) => (registered.has(numberKey(d.sdNumber)) ? 0 : 1);
  const date = (d: Delivery) => d.date || "\uffff";
  return [...rows].sort(
    (a, b) =>
      held(a) - held(b) ||
      (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0) ||
      (rank.get(a) as number) - (rank.get(b) as number),
  );
}
