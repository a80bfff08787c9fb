// brk24 §3: a heating value per volume (MJ/L, MJ/m³) on a row whose quantity is a mass and which
// gives no density converts to no heating value per tonne, so the SD's energy content was "Not
// known (no heating value in the books)" while the row stated one, and nothing said why. It is
// said at its cell (warning heating-value-unused); never converted by a guessed density.
import { type Amount, type ConversionHints, heatingValueIn } from "../amount";
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { type Row } from "../validate";
import { type Intake, t } from "./context";

/**
 * The row's heating value with its density (the SD's energy content comes of them in the unit of
 * the account, amount.ts heatingValueIn), or null where it states none; where the row states one
 * per volume, its quantity converts to tonnes and no density of that volume is given, the warning
 * heating-value-unused at its cell. `unit`: the row's quantity unit.
 */
export function heatOf(
  io: Intake,
  row: Row,
  source: Source,
  m: { hints: ConversionHints; amount: Amount; unit: string },
): ConversionHints | null {
  const hv = m.hints.heatingValue;
  if (!hv) return null;
  if (hv.per === "t" || !m.amount.t || heatingValueIn(m.hints, "t")) return m.hints;
  // kept: an account in a volume the row's value is per reaches it (declaration-energy.ts)
  io.findings.push(
    finding("heating-value-unused", "warning", cellOf(source, "heatingValue", "quantity"), {
      value: t(row.heatingValue),
      unit: t(row.heatingValueUnit),
      quantityUnit: m.unit,
    }),
  );
  return m.hints;
}
