// A receipt's or delivery's own energy content ("Energy content (MJ)", "Energiegehalt (GJ)",
// "Contenu énergétique (kWh)"…: read by the workbook as `energyContent` in `energyContentUnit`)
// beside its quantity. Before, the column was said at its heading and not read, while the SD
// printed quantity × heating value, whatever the column said. Now:
//  - with a heating value (or a quantity in energy): a check. Agreeing, allowing only the rounding
//    of the typed value's own decimals (2,400,000 typed, 2,400,000.4 computed), it says nothing;
//    disagreeing, which is right cannot be told (energy-content-disagrees at the energy cell): a
//    delivery's declaration is held (an error); a receipt's energy is not passed on to the
//    declarations drawing on it, its mass is credited (a warning), unless its credit is energy
//    (books kept in energy, a quantity in MJ): then an error, its account held;
//  - without one: the energy over the quantity is the row's heating value, an exact ratio, so a
//    declaration of all of it states the energy as typed (declaration-energy.ts).
import { type ConversionHints, heatingValueIn, normaliseUnit, type Ratio, valueOf } from "../amount";
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { dec, toText } from "../quantity";
import { UNITS } from "../units";
import { type Row } from "../validate";
import { d, type Intake, type Measure, t } from "./context";
import { heatOf } from "./heating-unused";

/** Which row's energy content disagrees, and so what follows (worded in the catalogue). */
export type EnergySide = "delivery" | "receipt" | "receipt-energy";

/**
 * The row's heating value with its density for the SD's energy content (heating-unused.ts heatOf),
 * checked against its energy content where the row states one: `heat` as heatOf gives it where the
 * two agree or the row states no energy; a heating value of the energy over the quantity where the
 * row states no heating value; null for a receipt whose energy disagrees (its energy is not passed
 * on). A disagreement is said at the energy cell (energy-content-disagrees).
 */
export function ownHeat(
  io: Intake,
  row: Row,
  source: Source,
  m: Measure,
  kind: "delivery" | "receipt",
): ConversionHints | null {
  const typed = d(row.energyContent);
  const unit = UNITS[normaliseUnit(t(row.energyContentUnit)) ?? ""];
  const qty = UNITS[m.unit];
  // the workbook reads the column only under a unit of energy (unit-evidence.ts): nothing else reaches here
  if (!typed || unit?.kind !== "quantity" || unit.dim !== "MJ" || qty?.kind !== "quantity")
    return heatOf(io, row, source, m);
  const typedMJ = typed.times(unit.factor);
  const own = m.quantity.times(qty.factor);
  const per = qty.dim !== "MJ" ? heatingValueIn(m.hints, qty.dim) : null;
  if (qty.dim !== "MJ" && !per) {
    if (own.isZero()) return heatOf(io, row, source, m);
    // the energy over the quantity: the heating value per the quantity's unit, never rounded (a
    // heating value per volume on a mass with no density, heating-value-unused, gives none)
    return { density: m.hints.density ?? null, heatingValue: { per: qty.dim, value: typedMJ, over: own } };
  }
  const heat = heatOf(io, row, source, m);
  const computed: Ratio = per ? { n: own.times(per.n), ...(per.d ? { d: per.d } : {}) } : { n: own };
  const over = computed.d ?? dec(1);
  // only the rounding of the typed value's own decimals: half a unit of its last place, in MJ
  const half = dec(`0.${"0".repeat(typed.decimalPlaces())}5`).times(unit.factor);
  if (!typedMJ.times(over).minus(computed.n).abs().greaterThan(half.times(over))) return heat;
  // a receipt kept in energy (energy books, a quantity in MJ) is credited that energy: unclear
  const energyCredit = io.energyAccounting || qty.dim === "MJ";
  const side: EnergySide = kind === "delivery" ? "delivery" : energyCredit ? "receipt-energy" : "receipt";
  const said = finding(
    "energy-content-disagrees",
    side === "receipt" ? "warning" : "error",
    cellOf(source, "energyContent", "quantity"),
    {
      ...{
        energy: toText(typed),
        energyUnit: unit.unit,
        quantity: toText(m.quantity),
        quantityUnit: qty.unit,
      },
      computed: toText(valueOf({ n: computed.n, d: over.times(unit.factor) })),
      heatingValue: per ? heatingText(row) : null,
      side,
    },
  );
  // a delivery's mass is clear: only its own declarations are held, not its product's at its site
  io.findings.push(
    side === "delivery"
      ? { ...said, reach: { deliveries: [{ sheet: source.sheet, row: source.row }] } }
      : said,
  );
  return side === "receipt" ? null : heat;
}

/** The heating value as the row types it ("37 MJ/kg"); its unit blank: the value alone. */
function heatingText(row: Row): string {
  return [t(row.heatingValue), t(row.heatingValueUnit)].filter((x) => x !== "").join(" ");
}
