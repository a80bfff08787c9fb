// What a set of GHG values typed on a row reads as (interned.ts shares it between the rows that
// typed the same ones): the values, converted to g CO2eq/MJ where their unit is energy-based, or
// none, or a refusal (a unit not known, a slip of 1,000, a sign unclear, a total that is not its
// components' sum), which interned.ts says at the cell.
import { signature } from "../ghg";
import { clean, normaliseGhgMethod } from "../normalise";
import { type Dec, parseDecimal, quotient } from "../quantity";
import { type Ghg, GHG_COMPONENTS } from "../records";
import { parseGhgUnit } from "../ghg-units";
import { type Row } from "../validate";
import { type GhgTotalUnread, totalUnread } from "./ghg-total-unread";

const t = (v: unknown): string => (typeof v === "string" ? v : "");
const d = (v: unknown): Dec | null => parseDecimal(v);

/** A GHG unit the product does not know: the values cannot be used. */
export const UNKNOWN_GHG_UNIT = "unknown-unit" as const;
/**
 * A component other than el written negative: a saving (esca, eccs, eccr) is subtracted from E, so
 * its sign is unclear; an emission (eec, ep, etd, eu) is never negative. Refused (docs/rules.md).
 */
export const GHG_SIGN_UNCLEAR = "sign-unclear" as const;
/** The components that are savings, subtracted from the total (a negative one: GHG_SIGN_UNCLEAR). */
export const CREDITS = ["esca", "eccs", "eccr"] as const;

// --- p-ghg ---
/**
 * A positive GHG total below 0.1 g CO2eq/MJ: no fuel's emissions are that low, and it is what a
 * total typed in kg CO2eq/MJ looks like (0.0105 for 10.5 g CO2eq/MJ), a slip of 1,000 that would
 * be declared as it stands; the total is refused at its cell (zero and negative totals, which
 * manure and esca credits give, are read).
 */
export const GHG_UNIT_SLIP = "unit-slip" as const;
/** The least positive GHG total read, in g CO2eq/MJ (docs/rules.md, GHG totals). */
const LEAST_GHG_TOTAL = parseDecimal("0.1") as Dec;
// --- end p-ghg

// --- p-ghg2 ---
/**
 * GHG components without a total whose sum is a positive total below 0.1 g CO2eq/MJ, or whose
 * every non-zero value is below 0.1 in size: what components typed in kg CO2eq/MJ look like (eec
 * 0.0052 for 5.2 g CO2eq/MJ). The total summed from them would be declared 1,000 times too low,
 * so they are refused at the first component's cell (docs/rules.md, GHG totals).
 */
export const GHG_COMPONENT_SLIP = "component-slip" as const;

// --- brk27 S9 ---
/**
 * A GHG total typed 0 with no component that is not 0 beside it: E = 0 needs savings (esca, eccs,
 * eccr) or a carbon stock gain (el) to offset the emissions, which the row does not state, and 0 is
 * how staff often write "not given" (a crop oil printed on the SD with a 100 % saving). Refused at
 * the total's cell (docs/rules.md, GHG totals). A negative total is read: a total default value for
 * biomethane from manure is negative and has no components (domain.md §6, TDV).
 */
export const GHG_TOTAL_ZERO = "total-zero" as const;
// (h-ghg3) so are components typed with no total that are all 0 ("eec 0 | ep 0", or one typed 0 and
// the rest blank): they sum to 0, which nothing explains; refused at the first component's cell
// (interned.ts). A credit (esca, eccs, eccr) or el that is not 0 explains a sum of 0 and is read.
// --- end brk27 S9

/** What a set of GHG values typed reads as: values, none, or a refusal. */
export type GhgRead =
  | Ghg
  | null
  | typeof UNKNOWN_GHG_UNIT
  | typeof GHG_UNIT_SLIP
  | typeof GHG_COMPONENT_SLIP
  | typeof GHG_SIGN_UNCLEAR
  | typeof GHG_TOTAL_ZERO
  | GhgTotalUnread;

/** Whether components per MJ (no total typed) look typed in kg CO2eq/MJ (GHG_COMPONENT_SLIP). */
function componentSlip(components: Ghg["components"], total: Dec): boolean {
  if (total.greaterThan(0) && total.lessThan(LEAST_GHG_TOTAL)) return true;
  let nonZero = false;
  for (const c of GHG_COMPONENTS) {
    const x = components[c];
    if (!x || x.isZero()) continue;
    if (!x.abs().lessThan(LEAST_GHG_TOTAL)) return false;
    nonZero = true;
  }
  return nonZero;
}
// --- end p-ghg2

/**
 * What the GHG values `v` typed on a row (field → text, as the reader gave them) read as: the
 * values (per energy in g CO2eq/MJ, per mass in their unit as typed), null where none is typed,
 * or the refusal. `tolerance`: profile.ghgTotalTolerance (g CO2eq/MJ), for a total and its
 * components further apart (ghg-total-unread.ts).
 */
export function ghgOf(v: unknown, tolerance: Dec): GhgRead {
  if (!v || typeof v !== "object") return null;
  const g = v as Row;
  const unitText = clean(t(g.unit));
  const unit = unitText ? parseGhgUnit(unitText) : null;
  if (unitText && !unit) return UNKNOWN_GHG_UNIT;
  // a value per mass (as delivered, or per dry tonne: p-drymass) is kept in its unit as typed
  // values per energy are kept in g CO2eq/MJ, exactly converted (kg CO2eq/GJ is the same number)
  const toGPerMj = (x: Dec): Dec => {
    if (!unit || unit.per !== "energy" || unit.numerator === unit.denominator) return x;
    return quotient(x.times(unit.numerator), unit.denominator);
  };
  const components: Ghg["components"] = {};
  let any = false;
  for (const c of GHG_COMPONENTS) {
    const x = d(g[c]);
    if (x) {
      components[c] = toGPerMj(x);
      any = true;
    }
  }
  if (GHG_COMPONENTS.some((c) => c !== "el" && components[c]?.lessThan(0))) return GHG_SIGN_UNCLEAR;
  const typed = d(g.total);
  const given = typed ? toGPerMj(typed) : null;
  const perMj = !unit || unit.per === "energy";
  if (perMj && given && given.greaterThan(0) && given.lessThan(LEAST_GHG_TOTAL)) return GHG_UNIT_SLIP;
  if (given?.isZero() && !GHG_COMPONENTS.some((c) => components[c]?.isZero() === false))
    return GHG_TOTAL_ZERO;
  const methodText = clean(t(g.method));
  if (!given && !any && methodText === "") return null;
  let total = given;
  if (!total && any) {
    total = GHG_COMPONENTS.reduce<Dec>(
      (sum, c) => {
        const x = components[c];
        if (!x) return sum;
        return c === "esca" || c === "eccs" || c === "eccr" ? sum.minus(x) : sum.plus(x);
      },
      parseDecimal("0") as Dec,
    );
    if (perMj && componentSlip(components, total)) return GHG_COMPONENT_SLIP;
    // (h-ghg3) components all 0 and no total: a total of 0 that nothing explains, as GHG_TOTAL_ZERO
    if (!GHG_COMPONENTS.some((c) => components[c]?.isZero() === false)) return GHG_TOTAL_ZERO;
  }
  const ghg: Ghg = {
    method: normaliseGhgMethod(methodText) ?? null,
    methodText,
    unit: !unit ? null : unit.per === "energy" ? "g CO2eq/MJ" : unit.unit,
    components,
    total,
    totalGiven: !!given,
    signature: "",
  };
  ghg.signature = signature(ghg);
  return totalUnread(ghg, tolerance) ?? ghg;
}
