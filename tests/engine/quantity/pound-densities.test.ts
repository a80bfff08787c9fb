// p-units3: densities in pounds per cubic foot, per US gallon and per imperial gallon convert by
// their exact ratio. The factors are stated here independently of units.ts, from their
// definitions: 1 lb = 0.45359237 kg; 1 in = 0.0254 m, 1 ft = 12 in, 1 US gal = 231 in³ (NIST SP
// 811 B.8); 1 imperial gallon = 4.54609 L (UK Weights and Measures Act 1985).
import fc from "fast-check";
import DecimalJs from "decimal.js";
import { perValue, toAmount } from "../../../src/engine/amount";
import { dec } from "../../../src/engine/quantity";
import { parseUnit } from "../../../src/engine/units";

// the reference arithmetic carries 60 significant digits, more than the engine's, so that its one
// rounding is the only one
const Decimal = DecimalJs.clone({ precision: 60 });
type Decimal = InstanceType<typeof Decimal>;

const LB_KG = new Decimal("0.45359237");
const INCH_M = new Decimal("0.0254");
const FT3_M3 = INCH_M.times(12).pow(3);
const US_GAL_M3 = INCH_M.pow(3).times(231);
const IMP_GAL_M3 = new Decimal("4.54609").dividedBy(1000);

/** kg per m³ of one of each unit, as a ratio (exact: no division until the end). */
const DEFINED: Record<string, { kg: Decimal; m3: Decimal }> = {
  "lb/ft3": { kg: LB_KG, m3: FT3_M3 },
  "lb/US gal": { kg: LB_KG, m3: US_GAL_M3 },
  "lb/imp gal": { kg: LB_KG, m3: IMP_GAL_M3 },
};

const decimalText = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => new Decimal(n).dividedBy(new Decimal(10).pow(places)).toString());

describe("densities in pounds per volume", () => {
  it("states the defined factors (NIST SP 811: 1 lb/ft³ = 16.01846 kg/m³, 1 lb/US gal = 119.8264 kg/m³)", () => {
    const kgPerM3 = (u: string) =>
      LB_KG.dividedBy((DEFINED[u] as { m3: Decimal }).m3)
        .toDecimalPlaces(4)
        .toString();
    expect([kgPerM3("lb/ft3"), kgPerM3("lb/US gal"), kgPerM3("lb/imp gal")]).toEqual([
      "16.0185",
      "119.8264",
      "99.7764",
    ]);
  });

  it.each(Object.keys(DEFINED))("converts a volume by %s to the mass its definition gives", (unit) => {
    const { kg, m3 } = DEFINED[unit] as { kg: Decimal; m3: Decimal };
    fc.assert(
      fc.property(decimalText, decimalText, (volume, density) => {
        const hints = { density: perValue(dec(density), unit, "density") };
        const got = toAmount(dec(volume), "m3", hints).t?.toString();
        // tonnes = m³ × lb per unit volume × kg per lb ÷ m³ per unit volume ÷ 1000, rounded once
        const want = new Decimal(volume).times(density).times(kg).dividedBy(m3).dividedBy(1000);
        expect(got).toBe(want.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toString());
      }),
    );
  });

  it.each(Object.keys(DEFINED))("converts a mass by %s to the volume its definition gives", (unit) => {
    const { kg, m3 } = DEFINED[unit] as { kg: Decimal; m3: Decimal };
    fc.assert(
      fc.property(decimalText, decimalText, (mass, density) => {
        const hints = { density: perValue(dec(density), unit, "density") };
        const got = toAmount(dec(mass), "t", hints).m3?.toString();
        const want = new Decimal(mass).times(1000).times(m3).dividedBy(kg).dividedBy(density);
        expect(got).toBe(want.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toString());
      }),
    );
  });

  it.each([
    ["lb/ft³", "lb/ft3"],
    ["lbs/cu ft", "lb/ft3"],
    ["lb/US gal", "lb/US gal"],
    ["lb per US gallon", "lb/US gal"],
    ["lbs/gal (US)", "lb/US gal"],
    ["lb/imp gal", "lb/imp gal"],
    ["lb/UK gal", "lb/imp gal"],
    ["lb/gal", null],
    ["°API", null],
    ["SG", null],
  ])("reads %p as %p", (text, unit) => {
    expect(parseUnit(text)?.unit ?? null).toBe(unit);
  });
});
