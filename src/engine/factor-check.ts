// Whether a production row may convert by its documented factor, given the unit the factor's heading
// states (p-factor, brk8 #14). A factor is output per input; it is applied only where its input unit
// is the row's input's dimension and its output unit the row's output's, after converting exactly
// (kg/t = 0.001 t/t, kWh/t = 3.6 MJ/t). Otherwise the row is refused at the factor's cell, naming the
// unit and what to do: a factor of 0.25 MWh/t is never 0.25 t of output per t of input.
import { type Dimension, dimensionOf, toAmount } from "./amount";
import type { FactorRefusal } from "./catalogue/details-conversion";
import { type FactorDims, factorWithUnit } from "./factor-units";
import { cellOf, finding } from "./findings";
import type { CellRef } from "./model";
import type { Dec } from "./quantity";
import type { Production } from "./records";
import type { Finding } from "./result";
import { displayUnit } from "./units";

/** The factor a row converts by, in canonical units of its dimensions, or the refusal of its unit. */
export type DocumentedFactor =
  | {
      /** output per input; null where the row and the table give no factor */
      documented: Dec | null;
      /** the factor's dimensions where its heading states a unit; null: a bare factor in the row's own unit */
      dims: FactorDims | null;
    }
  | { refused: Finding };

/**
 * The documented factor `raw` of row `p` in `unit` (the heading's, "" for none), read at `at`
 * (the row's factor cell or the factor table's): the factor converted exactly to the canonical
 * units of its dimensions where its units are the row's input's and output's, else a
 * conversion-impossible error (reason `factor-unit`) at `at`.
 */
export function documentedFactor(
  p: Production,
  raw: Dec | null,
  unit: string | undefined,
  at: CellRef | undefined,
  /** where the factor's unit is stated (its heading cell) */
  unitAt?: CellRef,
): DocumentedFactor {
  if (!raw) return { documented: null, dims: null };
  const read = factorWithUnit(raw, unit);
  if (read === null) return { documented: raw, dims: null };
  const inDim: Dimension | null = dimensionOf(p.unit);
  const outDim = dimensionOf(p.outputUnit) ?? inDim;
  let why: FactorRefusal | null = null;
  if ("refused" in read) why = read.refused;
  else if (read.dims.in !== inDim) why = "input";
  // an output in another unit reaches the factor's through the row's own density or heating value
  else if (read.dims.out !== outDim && !p.outputAmount?.[read.dims.out]) {
    // (brk19 #13) no output quantity: the output's own density or heating value (its unit read as
    // stated) turns the factor into the row's unit exactly, 1.1 m³/t at 880 kg/m³ = 0.968 t/t, so it
    // is checked and applied as a factor in the row's unit (never more mass out than went in)
    const through =
      p.outputAmount === null && outDim
        ? toAmount(read.value, read.dims.out, p.outputHints)[outDim]
        : undefined;
    if (through) return { documented: through, dims: null };
    why = "output";
  }
  if (why === null && !("refused" in read)) return { documented: read.value, dims: read.dims };
  const parts = "refused" in read ? null : read;
  return {
    refused: finding(
      "conversion-impossible",
      "error",
      at ?? cellOf(p.source, "factor"),
      {
        reason: "factor-unit",
        why,
        factorUnit: displayUnit(read.unit),
        factorOut: parts ? displayUnit(parts.outUnit) : null,
        factorIn: parts ? displayUnit(parts.inUnit) : null,
        input: p.inputProduct,
        output: p.outputProduct,
        inputUnit: displayUnit(p.unit),
        outputUnit: displayUnit(p.outputUnit),
        noOutput: p.outputAmount === null,
        // what relates the factor's output to the row's unit where the row gives no output quantity
        needs: why === "output" && parts && p.outputAmount === null ? needsOf(parts.dims.out, outDim) : null,
      },
      [unitAt],
    ),
  };
}

/** The output's value that relates `a` to `b`: a heating value where one is energy, else a density. */
function needsOf(a: Dimension, b: Dimension | null): "density" | "heating value" | null {
  if (b === null) return null;
  return a === "MJ" || b === "MJ" ? "heating value" : "density";
}
