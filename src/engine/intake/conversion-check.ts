// Whether a row's density or heating value may be used: a named product's heating value or
// density against its range (product-heating.ts, product-density.ts), else the phase's
// (plausibility.ts); a density per m³ on a row kept in Nm³ is said not to be used (p-heat2).
import type { Per } from "../amount";
import { cellOf, finding } from "../findings";
import type { Source } from "../model";
import { type Phase, plausibility, usualHeatingPerT } from "../plausibility";
import { productDensity } from "../product-density";
import { heatingAtDensity, productHeating } from "../product-heating";
import type { Finding } from "../result";
import { cellAt } from "../source-cells";
import { type DensityUnit, displayUnit, type HeatingUnit } from "../units";

/** A figure for a message: three significant digits ("0.292", "44.1"). */
const about = (x: number): string => String(Number(x.toPrecision(3)));

/**
 * The finding about `value` (as typed) in `unit` at `field`, or null where it is fine: an error
 * (`refused`, the row is left out) where no product of the row's phase, or not the product named
 * `product`, has it; a warning where it is unusual, or a density per m³ converts nothing since the
 * row's quantity unit `own` is Nm³ (amount.ts converts Nm³ by a density per Nm³ only). A heating
 * value is judged with the row's `density` where it has one per m³ (t per m³): the likely slip of
 * a figure per m³ is the one that gives a usual value per mass at that density (p-cat).
 */
export function conversionCheck(
  unit: DensityUnit | HeatingUnit,
  value: string,
  at: { source: Source; field: string; unitField: string },
  phase: Phase,
  own: string | null,
  product: string,
  density: Per | null = null,
): { finding: Finding; refused: boolean } | null {
  // what no product of the phase can have is said so first; else the named product's range decides
  const phased = plausibility(unit, value, phase);
  const impossible = !phased.plausible && phased.impossible;
  const rho = density?.per === "m3" ? Number(density.value) / Number(density.over ?? 1) : null;
  const miss = impossible
    ? undefined
    : unit.kind === "heating"
      ? productHeating(product, unit, value, rho)
      : productDensity(product, unit, value);
  const check = miss === undefined ? phased : null;
  const unused = unit.kind === "density" && unit.per === "m3" && own === "Nm3";
  if (!miss && (!check || check.plausible) && !unused) return null;
  const failed = check && !check.plausible ? check : null;
  const refused = !!miss || !!failed?.impossible;
  // a heating value per m³ on a row with a density per m³: its value per mass, and the slip that fits
  const perMass =
    failed && unit.kind === "heating" && unit.per === "m3" && rho
      ? heatingAtDensity(product, unit, value, rho, usualHeatingPerT(phase))
      : null;
  const likely = miss?.likely ?? (perMass ? perMass.likely : failed?.likely) ?? null;
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
    ...(perMass && rho
      ? {
          atDensity: {
            density: `${about(rho * 1000)} kg/m³`,
            perMass: `${about(perMass.perMass / 1000)} MJ/kg`,
          },
        }
      : {}),
  };
  const severity = refused ? "error" : "warning";
  return { finding: finding("implausible-value", severity, cellOf(at.source, at.field), details), refused };
}
