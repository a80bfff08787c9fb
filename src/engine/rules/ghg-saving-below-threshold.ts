// ghg-saving-below-threshold (domain.md §4, §6; RED II Art. 29(10), GHG-04, iscc-rules.md §4.6,
// TV-9): the GHG saving must reach the minimum for the installation's start date.
// - Incoming: checked where a receipt gives both a total per MJ and the date; a receipt below it
//   cannot be counted as sustainable and gives no credit (domain.md §4). An ISCC EU receipt without
//   a readable start date is held to the strictest threshold, and where it falls below that the
//   finding asks for the date: the check is never skipped (issue 13 break-test #7).
// - Outgoing: each GHG value a declaration would carry, for the start date of the installation that
//   produced the batches it covers; this also catches values that reach a declaration another way
//   (a production row's own values, a receipt without the date, a changed fuel use).
import type { Portion } from "../book/book";
import { cellOf, finding } from "../findings";
import { comparatorOf, isPerMj, saving } from "../ghg";
import type { Candidate } from "../issue/stage";
import type { CellRef } from "../model";
import { minimumSaving, type RuleProfile, strictestSaving } from "../profile";
import { type Dec, dec, toText } from "../quantity";
import { roundText } from "../quantity-text";
import { type Ghg, type Receipt } from "../records";
import type { Finding, GhgValues } from "../result";
import type { OutgoingContext, SavingShortfall } from "./declaration";
import { GHG_VALUE_CELLS, type Rule } from "./rule";
import { cellAt } from "../source-cells";
import { isFinalFuel } from "../final-fuel";

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

/** The saving of a value and the minimum for a start date, or null when it passes (judged once per run). */
function shortfall(ctx: OutgoingContext, total: string, start: string): SavingShortfall | null {
  const key = `${total}|${start}`;
  let found = ctx.shortfalls.get(key);
  if (found === undefined) {
    const s = saving(dec(total), comparatorOf(ctx.profile));
    const minimum = minimumSaving(ctx.profile, start);
    found = s.lessThan(dec(minimum))
      ? { saving: roundText(s.times(100), 2), minimum: roundText(dec(minimum).times(100), 0) }
      : null;
    ctx.shortfalls.set(key, found);
  }
  return found;
}

/**
 * A final fuel's declaration would carry a GHG value per mass (kg CO2eq/t…), which has no saving:
 * held back, at the GHG cell behind it, asking for the value per MJ (p-ghg3).
 */
function perMass(
  c: Candidate,
  ctx: OutgoingContext,
  v: GhgValues,
  product: string,
  quantity: string,
  unit: string,
  portions: readonly Portion[],
): Finding {
  const d = c.alloc.delivery;
  const total = dec(v.total);
  const behind = cellsBehind(portions.filter((p) => p.batch.ghg?.total?.equals(total)));
  const delivery = cellOf(d.source, "quantity");
  const f = finding(
    "ghg-saving-below-threshold",
    "error",
    behind[0] ?? delivery,
    {
      total: v.total,
      saving: "",
      comparator: `${comparatorOf(ctx.profile)} g CO2eq/MJ`,
      minimum: "",
      outgoing: true,
      quantity: v.quantity ?? quantity,
      unit,
      perMass: {
        unit: v.unit ?? "",
        product,
        delivery: delivery ? `${delivery.sheet}!${delivery.cell}` : "",
      },
    },
    delivery ? [delivery, ...behind.slice(1)] : behind.slice(1),
  );
  f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
  return f;
}

/** On the outgoing line: each GHG value a declaration would carry. */
function outgoing(c: Candidate, ctx: OutgoingContext): Finding[] {
  const d = c.alloc.delivery;
  const findings: Finding[] = [];
  for (const { declaration: x, line } of c.lines) {
    for (const v of x.ghg) {
      // --- p-ghg3: a final fuel's GHG per mass: no saving can be shown or checked ---
      if (v.comparator === null && x.scheme === "ISCC EU" && isFinalFuel(x.product)) {
        findings.push(perMass(c, ctx, v, x.product, x.quantity, x.unit, line.portions));
        continue;
      }
      // --- end p-ghg3
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
}

/** The GHG total's cell, else the first component's (a row giving components only), never the date. */
const GHG_CELLS = GHG_VALUE_CELLS;

/** A GHG set's saving, and whether it falls below each minimum it was held to (by the minimum's text). */
interface SetSaving {
  saving: Dec;
  below: Map<string, boolean>;
}

/**
 * The saving of a receipt's GHG set when it falls below `minimum`, else null. Rows share their GHG
 * set (intake reads one per distinct set per run) and few minimums exist: per run, each set's
 * saving (a division) is worked out once, and judged once against each minimum.
 */
function shortOf(
  sets: Map<Ghg, SetSaving | null>,
  ghg: Ghg,
  comparator: string,
  minimum: string,
): Dec | null {
  let known = sets.get(ghg);
  if (known === undefined) {
    // the saving applies to values per MJ of fuel only
    known = ghg.total && isPerMj(ghg) ? { saving: saving(ghg.total, comparator), below: new Map() } : null;
    sets.set(ghg, known);
  }
  if (!known) return null;
  let below = known.below.get(minimum);
  if (below === undefined) known.below.set(minimum, (below = known.saving.lessThan(dec(minimum))));
  return below ? known.saving : null;
}

/** The lowest minimum saving of the profile's fuel use, whatever the installation date (a fraction, "0.5"). */
function loosestSaving(profile: RuleProfile): string {
  let loosest: string | null = null;
  for (const step of profile.thresholds[profile.fuelUse])
    if (loosest === null || dec(step.minimum).lessThan(dec(loosest))) loosest = step.minimum;
  return loosest ?? "0";
}

export const ghgSavingBelowThreshold: Rule<"ghg-saving-below-threshold"> = {
  code: "ghg-saving-below-threshold",
  declaration: outgoing,
  records(books, profile, reject) {
    const findings: Finding[] = [];
    const comparator = comparatorOf(profile);
    const strictest = strictestSaving(profile);
    const loosest = loosestSaving(profile);
    const sets = new Map<Ghg, SetSaving | null>();
    const receipts = books.receipts;
    // an indexed loop: run once, mostly before it is optimised (rule.ts perGhgSet)
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as Receipt;
      const ghg = r.ghg;
      if (!r.sustainable || !ghg?.total) continue;
      const dated = r.installationStartDate;
      if (!dated && r.scheme !== "ISCC EU") continue;
      const minimum = dated ? minimumSaving(profile, dated) : strictest.minimum;
      const s = shortOf(sets, ghg, comparator, minimum);
      if (!s) continue;
      // the date is what to fill in, where the sheet has a column for it
      const at =
        dated || !cellAt(r.source, "installationStartDate")
          ? cellOf(r.source, ...GHG_CELLS)
          : cellOf(r.source, "installationStartDate");
      // without the date, a saving that meets the loosest minimum may be enough: credit unknown, not none
      reject(r, "GHG saving below the threshold", !dated && !s.lessThan(dec(loosest)) ? at : undefined);
      findings.push(
        finding(
          "ghg-saving-below-threshold",
          "error",
          at,
          {
            total: toText(ghg.total),
            saving: roundText(s.times(100), 2),
            minimum: toText(dec(minimum).times(100)),
            comparator: `${comparator} g CO2eq/MJ`,
            installationDate: dated ?? "",
            strictestFrom: dated ? null : strictest.from,
            noCredit: true,
          },
          [cellOf(r.source, "installationStartDate"), cellOf(r.source, ...GHG_CELLS)],
        ),
      );
    }
    return findings;
  },
};
