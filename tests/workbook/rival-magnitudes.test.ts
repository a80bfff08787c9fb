// (p-units3) Two numbers of one field are one magnitude exactly when they are, in any pair of the
// engine's units of one measure (engine/units.ts, lb/ft³ with its divisor included), and a
// factor-1000 slip always differs; a side without a unit, or with one the engine does not know,
// is never compared. Numbers are built from exact decimals, never a float.
import fc from "fast-check";
import Base from "decimal.js";
import { UNITS, type Unit } from "../../src/engine/units";
import { parseDecimal } from "../../src/engine/quantity";
import { amountsAgree, compareMagnitudes } from "../../src/workbook/rival-magnitudes";

/** Exact for every product built here (a default Decimal would round at 20 digits). */
const Decimal = Base.clone({ precision: 200 });
type Decimal = InstanceType<typeof Decimal>;

const PER = (kind: Unit["kind"]) => Object.values(UNITS).filter((u) => u.kind === kind);
const measure = (u: Unit) => (u.kind === "quantity" ? u.dim : u.per);
const divisor = (u: Unit) => (u.kind === "density" && u.divisor ? u.divisor : "1");

/** A pair of units of one measure (a density per m³, a heating value per t…). */
const pairOfOneMeasure = fc
  .constantFrom(...(["density", "heating"] as const))
  .chain((kind) =>
    fc
      .constantFrom(...PER(kind))
      .chain((a) =>
        fc.tuple(fc.constant(a), fc.constantFrom(...PER(kind).filter((b) => measure(b) === measure(a)))),
      ),
  );

/** k·fb·da in unit a and k·fa·db in unit b: both state k·fa·fb/(da·db) of the canonical unit, exactly. */
function sameIn(a: Unit, b: Unit, k: Decimal): [string, string] {
  const x = k.times(b.factor).times(divisor(a));
  const y = k.times(a.factor).times(divisor(b));
  return [x.toFixed(), y.toFixed()];
}

const multiple = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => new Decimal(n).dividedBy(new Decimal(10).pow(places)));

describe("two numbers in two known units of one measure", () => {
  it("one magnitude agrees; ×1000 or ÷1000 on either side always differs", () => {
    fc.assert(
      fc.property(pairOfOneMeasure, multiple, fc.constantFrom("1000", "0.001"), ([a, b], k, slip) => {
        const [x, y] = sameIn(a, b, k);
        expect(compareMagnitudes({ value: x, unit: a.unit }, { value: y, unit: b.unit })).toBe("same");
        expect(compareMagnitudes({ value: y, unit: b.unit }, { value: x, unit: a.unit })).toBe("same");
        const slipped = new Decimal(y).times(slip).toFixed();
        expect(compareMagnitudes({ value: x, unit: a.unit }, { value: slipped, unit: b.unit })).toBe(
          "differ",
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("units of two measures state two things: kg/m³ and kg/Nm³, MJ/kg and MJ/m³", () => {
    for (const [a, b] of [
      ["kg/m3", "kg/Nm3"],
      ["MJ/kg", "MJ/m3"],
      ["MJ/kg", "kg/m3"],
    ])
      expect(compareMagnitudes({ value: "1", unit: a }, { value: "1", unit: b })).toBe("differ");
  });
});

describe("a unit unknown is never compared", () => {
  it.each([
    // one side names a unit, the other none
    ["850", "kg/m3", "850", undefined],
    ["850", undefined, "0.85", "t/m3"],
    // a unit the engine does not know, against a known one
    ["0.85", "t/m3", "0.85", "tonnes per cubic yard"],
  ])("%s %s against %s %s", (x, ua, y, ub) => {
    expect(compareMagnitudes({ value: x, unit: ua }, { value: y, unit: ub })).toBe("unit-unknown");
  });

  it("neither side names a unit: both in the book's one unit, so equal numbers agree and others differ", () => {
    expect(compareMagnitudes({ value: "850", unit: undefined }, { value: "850.0", unit: undefined })).toBe(
      "same",
    );
    expect(compareMagnitudes({ value: "850", unit: undefined }, { value: "0.85", unit: undefined })).toBe(
      "differ",
    );
  });

  it("a unit the engine does not convert but both spell alike (a factor's Nm³/t) compares the numbers", () => {
    expect(compareMagnitudes({ value: "0.5", unit: "Nm³/t" }, { value: "0.50", unit: "Nm³ / t" })).toBe(
      "same",
    );
    expect(compareMagnitudes({ value: "0.5", unit: "Nm³/t" }, { value: "500", unit: "Nm³/t" })).toBe(
      "differ",
    );
  });
});

/** An amount as a quantity column states it: "60 t", "60" (no unit). */
const amount = (text: string) => {
  const [n, unit] = text.split(" ");
  return { n: parseDecimal(n as string) as NonNullable<ReturnType<typeof parseDecimal>>, unit };
};

// (p-health2) rival-columns.ts's rule of when a second quantity column agrees, named: the read
// amount, the second column's, whether the second states what an SD declares, and the answer
describe("a second quantity column agrees (amountsAgree)", () => {
  it.each<[string, string, boolean, boolean]>([
    // convertible: one amount in one unit
    ["1 t", "1000 kg", false, true],
    ["1 t", "1000 kg", true, true],
    ["1 t", "999 kg", false, false],
    ["60 MT", "60 t", true, true],
    // neither names a unit: they share the row's, equal numbers agree
    ["60", "60", false, true],
    ["60", "100", true, false],
    // one without a unit: the same number only (brk15 #2: "Menge lt. SD" 60 beside "Menge (t)" 100)
    ["60 t", "60", true, true],
    ["100 t", "60", true, false],
    ["100", "60 t", false, false],
    ["60 t", "60000", false, false],
    // units of two kinds: a plain second one is another measure, an SD's disagrees
    ["60 t", "60 m3", false, true],
    ["60 t", "60 m3", true, false],
    ["60 t", "99 xyz", false, true],
    ["60 t", "60 xyz", true, false],
  ])("%s beside %s (SD's: %s): %s", (ours, theirs, sd, agree) => {
    expect(amountsAgree(amount(ours), amount(theirs), sd)).toBe(agree);
  });
});
