// The unit a conversion factor's heading states ("Faktor (Nm³/t)", "Conversion factor (MWh/t)",
// "Yield (kg/t)"): output per input, each side a quantity unit of units.ts (p-factor, brk8 #14).
// A factor is a number only together with its unit: 0.25 MWh/t is 900 MJ of output per t of
// input, never 0.25 t per t. The factor converts to the canonical units of its two dimensions
// exactly (kg/t → × 0.001 t/t, L/t → × 0.001 m³/t, kWh/t → × 3.6 MJ/t), or it is refused.
import type { Dec } from "./quantity";
import { type Dimension, parseQuantityUnit } from "./units";

/** More decimals than any factor typed and scaled by a power of ten has: a quotient without end. */
export const INEXACT_PLACES = 24;

/** What a factor's unit says: output in `out` per input in `in`, each a dimension of units.ts. */
export interface FactorDims {
  /** the dimension of the output the factor gives ("t", "m3", "Nm3", "MJ") */
  out: Dimension;
  /** the dimension of the input it is per */
  in: Dimension;
}

/** A factor read with its unit: the value in canonical units of its dimensions, and the unit as written. */
export interface FactorWithUnit {
  /** output per input in canonical units (t, m³, Nm³, MJ) of `dims` */
  value: Dec;
  dims: FactorDims;
  /** the unit as the heading or cell wrote it ("Nm³/t") */
  unit: string;
  /** the canonical spelling of its output unit ("Nm3", "MWh") and of its input unit ("t") */
  outUnit: string;
  inUnit: string;
}

/**
 * Why a factor's unit is refused: `unknown` (not two quantity units the product knows, e.g.
 * "Stück/t", "Nm³/h"), `inexact` (converting it would divide by 3.6, e.g. t per kWh).
 */
export type FactorUnitRefusal = "unknown" | "inexact";

/**
 * A factor `value` in `unit` ("Nm³/t", "kg/t", "MWh/t", "t/t"; "/" or " per "): the value in
 * canonical units of its dimensions, exactly, or why not. A blank unit is null (a bare factor:
 * output per input in the row's own unit, as ever). "%" never reaches here: the reader has read a
 * percentage as its fraction (field-spec `percent: "fraction"`).
 */
export function factorWithUnit(
  value: Dec,
  unit: string | undefined,
): FactorWithUnit | { refused: FactorUnitRefusal; unit: string } | null {
  const text = (unit ?? "").trim();
  if (text === "") return null;
  const parts = ratioParts(text.normalize("NFKC"));
  const top = parts.length === 2 ? parseQuantityUnit(parts[0]) : null;
  const bottom = parts.length === 2 ? parseQuantityUnit(parts[1]) : null;
  if (!top || !bottom) return { refused: "unknown", unit: text };
  const scaled = value.times(top.factor);
  const canonical = scaled.dividedBy(bottom.factor);
  // exact, or refused: a factor per kWh of input would divide by 3.6 (a quotient without end,
  // which the decimal type cuts at its precision, so a length no factor has marks it)
  if (canonical.decimalPlaces() > INEXACT_PLACES || !canonical.times(bottom.factor).equals(scaled))
    return { refused: "inexact", unit: text };
  return {
    value: canonical,
    dims: { out: top.dim, in: bottom.dim },
    unit: text,
    outUnit: top.unit,
    inUnit: bottom.unit,
  };
}

/**
 * The two sides of a unit written as one quantity per another ("Nm³/t", "kg / t", "Nm³ per t",
 * "kWh pro t", "kg je t"), trimmed; any other count of parts where it is not. One splitter for the
 * factor's unit here and for the heading that carries it (workbook/header-words.ts isRatio).
 */
export function ratioParts(text: string): string[] {
  return text.split(/\s*\/\s*|\s+per\s+|\s+pro\s+|\s+je\s+/i).map((p) => p.trim());
}

/** Whether a factor's dimensions are one: output and input measured alike (t/t, m³/m³, MJ/MJ). */
export function sameDims(dims: FactorDims): boolean {
  return dims.out === dims.in;
}
