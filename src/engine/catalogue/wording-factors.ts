// The wording of a conversion factor whose unit keeps it from converting a row (engine/factor-check.ts,
// conversion-impossible reason `factor-unit`; p-factor, brk8 #14).
import type { ConversionImpossibleDetails } from "./details-conversion";

const s = (v: string | null | undefined): string => v ?? "";

const LEFT =
  "so the factor is not used, no credit is created from this row, and the balances of its input and output are incomplete";

/**
 * Why a factor in a unit is not applied and what to do: state a known unit, give the factor per the
 * input's unit, or give the output quantity in the unit the factor gives (a factor never turns an
 * energy or a volume into tonnes).
 */
export function factorUnitText(d: ConversionImpossibleDetails): string {
  const unit = `"${s(d.factorUnit)}"`;
  const route = `from ${s(d.input)} to ${s(d.output)}`;
  // (h-ghg3) a factor kept as input per output (engine/factor-inverse.ts)
  if (d.reason === "inverse")
    return `the input per output ${s(d.value)} ${route} is below 1: read as its heading says (input per output), more mass comes out than went in, so no credit is created from this row and the balances of its input and output are incomplete; if the column holds the conversion factor (output per input), head it "Conversion factor" or "Ausbeute", else correct the value (2.5 t of input per t of output is a factor of 0.4).`;
  if (d.reason === "factor-both")
    return `the row gives the conversion factor ${s(d.value)} (output per input) and the input per output ${s(d.other)} ${route}, which are not each other's reciprocal (${s(d.value)} × ${s(d.other)} is not 1), and the add-in does not choose between them, so no credit is created from this row and the balances of its input and output are incomplete; correct the one that is wrong, or clear one of them.`;
  switch (d.why) {
    case "inverse":
      return `the input per output ${s(d.value)} ${route} is ${d.factorUnit ? `in ${unit}, which is not one unit for both sides (such as t/t or kg/kg)` : "0"}, ${LEFT}; give it per t of output in the row's unit (such as "Einsatz je t Produkt (t/t)"), or give the output quantity or the conversion factor (output per input) with its unit instead.`;
    case "inexact":
      return `the conversion factor ${route} is in ${unit}, per a unit of input that does not convert to the add-in's units exactly, ${LEFT}; give the factor per t, m³, Nm³ or MJ of input.`;
    case "input":
      return `the conversion factor ${route} is in ${unit}, per ${s(d.factorIn)} of input, but the input on this row is in ${s(d.inputUnit)}; a factor is applied only per the unit the input is in, ${LEFT}; give the input quantity in ${s(d.factorIn)}, or the factor per ${s(d.inputUnit)} of input.`;
    case "output":
      return d.noOutput
        ? `the conversion factor ${route} is in ${unit}: it gives ${s(d.output)} in ${s(d.factorOut)}, but the row gives no output quantity, so its output would be counted in ${s(d.outputUnit)}, the input's unit; a factor in one unit never gives a quantity in another, ${LEFT}; give the output quantity on the row in ${s(d.factorOut)} (an "Output unit" column or the unit in the output quantity's heading)${d.needs ? `, or the output's ${d.needs} on the row (a column such as ${d.needs === "density" ? '"Density (kg/m³)"' : '"Heating value (MJ/kg)"'}), by which the factor's ${s(d.factorOut)} are read in ${s(d.outputUnit)}` : ""}.`
        : `the conversion factor ${route} is in ${unit}: it gives ${s(d.factorOut)} of output, but the output on this row is in ${s(d.outputUnit)}; a factor in one unit never gives a quantity in another, ${LEFT}; give the output quantity in ${s(d.factorOut)}, or the factor in ${s(d.outputUnit)} per ${s(d.inputUnit)}.`;
    default:
      return `the conversion factor ${route} is headed with the unit ${unit}, which is not output per input in units the add-in knows (such as t/t, kg/t, Nm³/t, MWh/t), ${LEFT}; state the factor's unit in its heading as output unit per input unit, such as "Conversion factor (t/t)".`;
  }
}
