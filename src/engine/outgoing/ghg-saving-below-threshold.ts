// ghg-saving-below-threshold on the outgoing line (domain.md §6, GHG-04, iscc-rules.md §4.6, TV-9):
// each GHG value a declaration would carry must save at least the minimum for the start date of
// the installation that produced the batches it covers. The receipt rule checks incoming rows; this
// one also catches values that reach a declaration another way (a production row's own values, a
// receipt without the date, a changed fuel use).
import type { Portion } from "../book/book";
import { cellOf, finding } from "../findings";
import { comparatorOf, saving } from "../ghg";
import type { CellRef } from "../model";
import { minimumSaving } from "../profile";
import { dec } from "../quantity";
import { roundText } from "../quantity-text";
import type { Finding } from "../result";
import type { OutgoingCheck, OutgoingContext } from "./check";
import { GHG_VALUE_CELLS } from "../rules/rule";

function cellsBehind(portions: readonly Portion[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const p of portions) {
    const at = cellOf(p.batch.source, ...GHG_VALUE_CELLS, "installationStartDate", "quantity");
    if (at && !cells.some((c) => c.sheet === at.sheet && c.cell === at.cell)) cells.push(at);
  }
  return cells;
}

/**
 * True when every batch behind the value is a receipt carrying that very value and start date: the
 * receipt rule has reported it at the receipt already, and its reach holds this declaration back.
 */
function reportedAtReceipt(portions: readonly Portion[], total: string, start: string): boolean {
  return portions.every(
    (p) =>
      p.batch.via.length === 0 &&
      p.batch.installationStartDate === start &&
      !!p.batch.ghg?.total &&
      p.batch.ghg.total.equals(dec(total)),
  );
}

/** The saving of a value and the minimum for a start date, or null when it passes; few distinct pairs per run. */
type Shortfall = { saving: string; minimum: string } | null;
const shortfalls = new WeakMap<OutgoingContext["profile"], Map<string, Shortfall>>();

function shortfall(ctx: OutgoingContext, total: string, start: string): Shortfall {
  let known = shortfalls.get(ctx.profile);
  if (!known) shortfalls.set(ctx.profile, (known = new Map()));
  const key = `${total}|${start}`;
  let found = known.get(key);
  if (found === undefined) {
    const s = saving(dec(total), comparatorOf(ctx.profile));
    const minimum = minimumSaving(ctx.profile, start);
    found = s.lessThan(dec(minimum))
      ? { saving: roundText(s.times(100), 2), minimum: roundText(dec(minimum).times(100), 0) }
      : null;
    known.set(key, found);
  }
  return found;
}

export const ghgSavingBelowThresholdOutgoing: OutgoingCheck = {
  code: "ghg-saving-below-threshold",
  check(c, ctx): Finding[] {
    const d = c.alloc.delivery;
    const findings: Finding[] = [];
    for (const { declaration: x, line } of c.lines) {
      for (const v of x.ghg) {
        const start = v.installationStartDate ?? x.installationStartDate;
        if (!start || v.comparator === null || v.saving === null) continue;
        const short = shortfall(ctx, v.total, start);
        if (!short) continue;
        const total = dec(v.total);
        const behind = line.portions.filter((p) => p.batch.ghg?.total?.equals(total));
        if (reportedAtReceipt(behind, v.total, start)) continue;
        const f = finding(
          "ghg-saving-below-threshold",
          "error",
          cellOf(d.source, "quantity"),
          {
            total: v.total,
            saving: short.saving,
            minimum: short.minimum,
            comparator: `${comparatorOf(ctx.profile)} g CO2eq/MJ`,
            installationDate: start,
            outgoing: true,
            quantity: v.quantity ?? x.quantity,
            unit: x.unit,
          },
          cellsBehind(line.portions),
        );
        f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
        findings.push(f);
      }
    }
    return findings;
  },
};
