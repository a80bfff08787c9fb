// Whether a row's density or heating value may be used: a named product's heating value against
// its range (product-heating.ts), else the phase's (plausibility.ts); a density per m³ on a row
// kept in Nm³ is said not to be used (p-heat2).
import { cellOf, finding } from "../findings";
import type { Source } from "../model";
import { type Phase, plausibility } from "../plausibility";
import { productHeating } from "../product-heating";
import type { Finding } from "../result";
import { cellAt } from "../source-cells";
import { type DensityUnit, displayUnit, type HeatingUnit } from "../units";

/**
 * The finding about `value` (as typed) in `unit` at `field`, or null where it is fine: an error
 * (`refused`, the row is left out) where no product of the row's phase, or not the product named
 * `product`, has it; a warning where it is unusual, or a density per m³ converts nothing since the
 * row's quantity unit `own` is Nm³ (amount.ts converts Nm³ by a density per Nm³ only).
 */
export function conversionCheck(
  unit: DensityUnit | HeatingUnit,
  value: string,
  at: { source: Source; field: string; unitField: string },
  phase: Phase,
  own: string | null,
  product: string,
): { finding: Finding; refused: boolean } | null {
  // what no product of the phase can have is said so first; else the named product's range decides
  const phased = plausibility(unit, value, phase);
  const impossible = !phased.plausible && phased.impossible;
  const miss = unit.kind === "heating" && !impossible ? productHeating(product, unit, value) : undefined;
  const check = miss === undefined ? phased : null;
  const unused = unit.kind === "density" && unit.per === "m3" && own === "Nm3";
  if (!miss && (!check || check.plausible) && !unused) return null;
  const failed = check && !check.plausible ? check : null;
  const refused = !!miss || !!failed?.impossible;
  const likely = miss?.likely ?? failed?.likely ?? null;
  const details = {
    field: at.field,
    value,
    unit: displayUnit(unit.unit),
    likely: likely ? displayUnit(likely) : null,
    unitCell: cellAt(at.source, at.unitField) ?? null,
    impossible: refused,
    phase: failed?.phase ?? null,
    ...(miss ? { product: miss.product, usual: miss.usual } : {}),
    ...(unused && !refused ? { unused: "Nm3" as const } : {}),
  };
  const severity = refused ? "error" : "warning";
  return { finding: finding("implausible-value", severity, cellOf(at.source, at.field), details), refused };
}
