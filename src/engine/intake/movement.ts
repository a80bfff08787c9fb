// What a receipt and a delivery both are: material moved, measured in a unit and certified by a
// scheme (records.ts Movement), read the same way for both kinds.
import { type Source } from "../model";
import { type Dec } from "../quantity";
import { type Row } from "../validate";
import { d, type Intake, type Measure } from "./context";

/**
 * The measure of a movement as intake reads it: its unit, its own conversion values, its scheme
 * and its quantity as an Amount. Null, with the finding given, when the unit or a conversion
 * value cannot be used (the row is left out). Kept on the Intake and read before the next row,
 * so reading a row allocates no object for it.
 */
export function measure(io: Intake, row: Row, source: Source): Measure | null {
  const unit = io.unit(row.unit, source);
  if (!unit) return null;
  const hints = io.hints(row, source, "", unit);
  if (!hints) return null;
  const m = io.measure;
  m.unit = unit;
  m.hints = hints;
  m.scheme = io.scheme(row.scheme, source);
  m.quantity = d(row.quantity) as Dec;
  m.amount = io.amount(m.quantity, unit, hints);
  return m;
}
