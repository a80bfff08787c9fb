// The GHG values of a declaration line (domain.md §6, §8): per batch with the quantity each
// covers, or the worst value of the pool, never averaged; and the part of a line no GHG value covers.
import type { Account } from "./book/accounts";
import type { Portion } from "./book/book";
import { ghgValues, isMixed, worst, type Worst } from "./ghg";
import type { RuleProfile } from "./profile";
import { type Dec, toText, ZERO } from "./quantity";
import { type Ghg } from "./records";
import type { GhgValues } from "./result";
import { type Line } from "./declaration-lines";

/**
 * The printable values of each GHG set of one run, worked out once per set (a saving is a
 * division); intake reads one Ghg per distinct set per run, so the set is its own key.
 */
export type PrintableGhg = Map<Ghg, GhgValues>;

function valuesOf(
  ghg: Ghg,
  profile: RuleProfile,
  printable: PrintableGhg,
  quantity: string,
  start: string | null,
): GhgValues {
  let values = printable.get(ghg);
  if (!values) {
    values = ghgValues(ghg, profile);
    printable.set(ghg, values);
  }
  // written out: a spread in a literal takes V8's slow path, and this runs per declaration line
  const v = values;
  return {
    method: v.method,
    unit: v.unit,
    eec: v.eec,
    el: v.el,
    ep: v.ep,
    etd: v.etd,
    eu: v.eu,
    esca: v.esca,
    eccs: v.eccs,
    eccr: v.eccr,
    total: v.total,
    saving: v.saving,
    comparator: v.comparator,
    quantity,
    installationStartDate: start,
  };
}

/** What of a line has no GHG values: how much, and the portions it came from. */
export interface GhgGap {
  missing: Dec;
  from: readonly Portion[];
  /** worst-value pooling over values of different units: no value declared (ghg-units-mixed) */
  mixed?: readonly Ghg[];
}

/** Nothing missing: shared by every line whose batches all have values (it is only read). */
export const NO_GAP: GhgGap = { missing: ZERO, from: [] };

/**
 * The GHG values of a line, each with the quantity it covers and the installation start date of
 * the batches behind it: one per distinct value and start date (per batch), or the worst value of
 * the pool (worst-value pooling, TV-8) with the latest start date (the strictest threshold).
 * What lacks values is left in gap[0], not in a fresh result object per line; values of different
 * units under worst-value pooling give no value and gap[0].mixed (never compared).
 */
export function ghgOf(
  line: Line,
  profile: RuleProfile,
  printable: PrintableGhg,
  lineText: string,
  gap: GhgGap[],
  pool: Map<Account, Worst> | undefined,
): GhgValues[] {
  const only = line.portions.length === 1 ? line.portions[0]?.batch : undefined;
  // one batch with values (so with a total, hence its own worst value): no grouping needed
  if (only?.ghg && only.ghg.signature !== "" && !pool) {
    gap[0] = NO_GAP;
    return [valuesOf(only.ghg, profile, printable, lineText, only.installationStartDate)];
  }
  const groups = new Map<string, { ghg: Ghg; quantity: Dec; start: string | null }>();
  let missing = ZERO;
  const from: Portion[] = [];
  let latest: string | null = null;
  let undated = false;
  for (const p of line.portions) {
    const ghg = p.batch.ghg;
    if (!ghg || ghg.signature === "") {
      missing = missing.plus(p.quantity);
      from.push(p);
      continue;
    }
    const start = p.batch.installationStartDate;
    if (start === null) undated = true;
    else if (latest === null || start > latest) latest = start;
    const key = `${ghg.signature}|${start ?? ""}`;
    const g = groups.get(key);
    if (g) g.quantity = g.quantity.plus(p.quantity);
    else groups.set(key, { ghg, quantity: p.quantity, start });
  }
  gap[0] = from.length === 0 ? NO_GAP : { missing, from };
  const list = [...groups.values()];
  const text = (q: Dec) => (q === line.quantity ? lineText : toText(q));
  if (profile.ghgPooling === "worst-value") {
    const w = worst([pool?.get(line.account) ?? null, ...list.map((g) => g.ghg)]);
    if (isMixed(w)) {
      // values of different units are never compared: the line declares none (ghg-units-mixed)
      gap[0] = { missing, from, mixed: w.mixed };
      return [];
    }
    const total =
      list.length === 1 && list[0] ? list[0].quantity : list.reduce((s, g) => s.plus(g.quantity), ZERO);
    return w ? [valuesOf(w, profile, printable, text(total), undated ? null : latest)] : [];
  }
  return list.map((g) => valuesOf(g.ghg, profile, printable, text(g.quantity), g.start));
}

/** The installation start date all batches behind the line share, or null when none or several. */
export function startDateOf(portions: Portion[]): string | null {
  let found: string | null = null;
  for (const p of portions) {
    const v = p.batch.installationStartDate;
    if (v === null) continue;
    if (found !== null && v !== found) return null;
    found = v;
  }
  return found;
}
