// Why a row's own density or heating value cannot convert its quantity: the shared check of
// receipts, deliveries and production inputs (unconverted.ts).
import { type Amount, type ConversionHints, dimensionOf } from "../amount";
import { type Unconverted, unusableHint } from "../unconverted";
import { NO_HINTS } from "./context";

const OWN_FIELDS = { density: "density", heatingValue: "heatingValue" };
export const INPUT_FIELDS = { density: "inputDensity", heatingValue: "inputHeatingValue" };

/** Why a row's given density or heating value cannot convert its quantity (unconverted.ts); null for most rows. */
export function unconvertedOf(
  amount: Amount,
  unit: string,
  hints: ConversionHints,
  fields = OWN_FIELDS,
): Unconverted | null {
  if (hints === NO_HINTS) return null;
  return unusableHint(amount, dimensionOf(unit) ?? unit, hints, fields);
}
