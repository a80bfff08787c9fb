// (p-units3) A number written twice on a row ("Dichte (kg/m³)" and "Dichte lt. SD (t/m³)", two
// heating values, two factors) is compared as a magnitude, not as text: 850 kg/m³ and 0.85 t/m³ are
// one density, and 0.85 t/m³ and 0.85 kg/m³ are two, a thousandfold apart. Each side is taken in
// the unit the reader derives for its column (typed after the number, its heading's, its unit
// column's) and both are brought to the unit's canonical one by the engine's exact factors
// (engine/units.ts) and compared without a division or a float. Where one side names a unit and the
// other none, or a unit the engine does not know, the two are not compared: the add-in cannot tell
// whether they agree, and says so (design.md, first law: never a guess). A row's quantity in a
// second column (rival-columns.ts) is held to the one read by amountsAgree.
import Decimal from "decimal.js";
import { type Dec, parseDecimal } from "../engine/quantity";
import { parseQuantityUnit, parseUnit, type Unit } from "../engine/units";
import { unitKey } from "../engine/unit-refusals";

/** How two numbers of one field compare: one magnitude, two, or not comparable (a unit unknown). */
export type Magnitudes = "same" | "differ" | "unit-unknown";

/** A number as one column states it: its text and the unit it is in, where any names one. */
export interface Stated {
  value: string;
  unit: string | undefined;
}

/**
 * Products of a value (at most 17 significant digits, decimal-text.ts) and two factors and two
 * divisors of at most 15 digits each have fewer than 100 digits: at 200, every product is exact.
 */
const Exact = Decimal.clone({ precision: 200 });

/** What a unit measures: a quantity's dimension, or what a density or heating value is "per". */
const measureOf = (u: Unit): string => (u.kind === "quantity" ? `q:${u.dim}` : `${u.kind}:${u.per}`);
const divisorOf = (u: Unit): string => (u.kind === "density" && u.divisor ? u.divisor : "1");

/**
 * Whether `a` and `b` (numbers as text, each in its unit) state one magnitude. Neither names a
 * unit: both are in the one unit a book gives such a column (its settings'), so equal numbers are
 * one. Both name a unit the engine knows, of one measure (a density per m³, a heating value per
 * t): a·fa/da = b·fb/db, tested as a·fa·db = b·fb·da, exactly (decimal.js at a precision no product reaches). Units of two
 * measures (kg/m³ and kg/Nm³, MJ/kg and MJ/m³) state two things: "differ". One side without a unit,
 * or a unit the engine does not know (a factor's "Nm³/t" is compared as spelled): "unit-unknown",
 * unless both spell it alike. A text that is no number differs from every number.
 */
export function compareMagnitudes(a: Stated, b: Stated): Magnitudes {
  const x = parseDecimal(a.value);
  const y = parseDecimal(b.value);
  if (!x || !y) return "differ";
  const same = x.equals(y) ? "same" : "differ";
  if (!a.unit && !b.unit) return same;
  if (!a.unit || !b.unit) return "unit-unknown";
  const p = parseUnit(a.unit);
  const q = parseUnit(b.unit);
  if (!p || !q) return unitKey(a.unit) === unitKey(b.unit) ? same : "unit-unknown";
  if (measureOf(p) !== measureOf(q)) return "differ";
  const left = new Exact(x.toFixed()).times(p.factor).times(divisorOf(q));
  const right = new Exact(y.toFixed()).times(q.factor).times(divisorOf(p));
  return left.equals(right) ? "same" : "differ";
}

/** An amount of a quantity column as read: its number and the unit it is in (typed, its heading's, the Unit column's), where any names one. */
export interface Amount {
  n: Dec;
  unit: string | undefined;
}

/** `x` in its unit's dimension's canonical unit, or null when its unit is not a known quantity unit (or none). */
export function canonical(x: Amount): { n: Dec; dim: string } | null {
  const u = parseQuantityUnit(x.unit);
  return u ? { n: x.n.times(u.factor), dim: u.dim } : null;
}

/**
 * Whether two amounts can be converted to one unit: neither names a unit (they share the row's
 * one: the Unit column's, or none at all), or both name quantity units of one dimension (t and kg).
 */
export function convertible(x: Amount, y: Amount): boolean {
  const [a, b] = [canonical(x), canonical(y)];
  return (!x.unit && !y.unit) || (a !== null && b !== null && a.dim === b.dim);
}

/**
 * Whether a second quantity column's amount `theirs` agrees with `ours`, the amount read for the
 * row's quantity (rival-columns.ts), each in its unit. Convertible amounts agree where they are one
 * amount in one unit (1 t and 1000 kg). Amounts that cannot be converted to one unit (one states
 * none, or one of another kind) agree only where they are the same number and one states no unit
 * (brk15 #2: "Menge lt. SD" 60 beside "Menge (t)" 100 was taken to agree, so the SD capped nothing),
 * but a plain second one of another kind (m³ beside t; `sd` false) is another measure, not read, and
 * never disagrees. `sd`: the second column states what an SD declares (it caps or declares the
 * quantity), whose amount in a unit of another kind disagrees.
 */
export function amountsAgree(ours: Amount, theirs: Amount, sd: boolean): boolean {
  if (convertible(ours, theirs)) {
    const [a, b] = [canonical(ours), canonical(theirs)];
    return a && b ? a.n.equals(b.n) : ours.n.equals(theirs.n);
  }
  if (ours.unit && theirs.unit && !sd) return true;
  return ours.n.equals(theirs.n) && (!ours.unit || !theirs.unit);
}
