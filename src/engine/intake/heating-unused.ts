// brk24 §3: a heating value per volume (MJ/L, MJ/m³) on a row whose quantity is a mass and which
// gives no density converts to no heating value per tonne, so the SD's energy content was "Not
// known (no heating value in the books)" while the row stated one, and nothing said why. It is
// said at its cell (warning heating-value-unused); never converted by a guessed density. So is the
// mirror case of litre books: a heating value per kg on a row in litres (or m³, Nm³) without a
// density, kept in that volume, gives the SD no energy content either.
import { type Amount, type ConversionHints, heatingValueIn } from "../amount";
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { type Row } from "../validate";
import { type Intake, t } from "./context";

/**
 * The row's heating value with its density (the SD's energy content comes of them in the unit of
 * the account, amount.ts heatingValueIn), or null where it states none; where the row states one
 * per volume, its quantity converts to tonnes and no density of that volume is given (or one per
 * mass, its quantity is a volume only and no density is given), the warning heating-value-unused
 * at its cell. `unit`: the row's quantity unit.
 */
export function heatOf(
  io: Intake,
  row: Row,
  source: Source,
  m: { hints: ConversionHints; amount: Amount; unit: string },
): ConversionHints | null {
  const hv = m.hints.heatingValue;
  if (!hv) return null;
  if (usable(m.hints, m.amount)) return m.hints;
  // kept: an account in a volume the row's value is per reaches it (declaration-energy.ts)
  io.findings.push(
    finding("heating-value-unused", "warning", cellOf(source, "heatingValue", "quantity"), {
      value: t(row.heatingValue),
      unit: t(row.heatingValueUnit),
      quantityUnit: m.unit,
      ...(hv.per === "t" ? { per: "mass" as const } : {}),
    }),
  );
  return m.hints;
}

/**
 * Whether the row's heating value reaches its quantity: per mass on a row in tonnes (or in a
 * volume with its density), per volume on a row in that volume (or in tonnes with its density).
 * A row whose quantity is an energy (MJ, kWh) needs none. Only a value per mass on a row in a
 * volume only (litres, m³, Nm³), or per volume on a row in tonnes only, without the density
 * between them, is unusable (brk24 §3; litre books: the mirror case).
 */
function usable(hints: ConversionHints, amount: Amount): boolean {
  if (amount.t) return !!heatingValueIn(hints, "t");
  const volume = amount.m3 ? "m3" : amount.Nm3 ? "Nm3" : null;
  // a value per volume on a row in a volume: as before, not judged here (p-heat2 says a unit clash)
  return volume === null || hints.heatingValue?.per !== "t" || !!heatingValueIn(hints, volume);
}
