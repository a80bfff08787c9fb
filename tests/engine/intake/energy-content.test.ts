// intake/energy-content.ts on the engine's records: a receipt credited in energy whose energy
// content disagrees is an error (its account held), and the rounding allowed is exactly that of
// the typed value's own decimals (property: a typed value rounded from quantity × heating value
// always agrees; one unit of its last place off never does).
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { ledger, sale, uco } from "../build";

const today = { today: "2025-04-15" };
const said = (r: EngineResult) =>
  r.findings.filter((f) => f.code === "energy-content-disagrees").map((f) => [f.severity, f.sheet]);

describe("a receipt credited in energy", () => {
  const books = (energy: string) =>
    ledger({
      settings: { energyAccounting: true },
      receipts: [
        uco("2025-01-10", "100", "IN-1", {
          ...{ heatingValue: "37", heatingValueUnit: "MJ/kg" },
          ...{ energyContent: energy, energyContentUnit: "GJ" },
        }),
      ],
      deliveries: [sale("2025-03-01", "60", { heatingValue: "37", heatingValueUnit: "MJ/kg" })],
    });

  it("agreeing: nothing said, its declaration issued", () => {
    const r = runEngine(books("3700"), today);
    expect(said(r)).toEqual([]);
    expect(r.declarations.map((d) => d.status)).toEqual(["new"]);
  });

  it("disagreeing: an error, the declarations of its account held", () => {
    const r = runEngine(books("4000"), today);
    expect(said(r)).toEqual([["error", "Receipts"]]);
    expect(r.declarations.map((d) => d.status)).toEqual(["blocked"]);
  });
});

const UNITS: [string, string][] = [
  ["MJ", "1"],
  ["GJ", "1000"],
  ["TJ", "1000000"],
  ["kWh", "3.6"],
  ["MWh", "3600"],
];

describe("property: only the rounding of the typed decimals", () => {
  const run = (qty: string, hv: string, energy: string, unit: string) =>
    runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100000", "IN-1")],
        deliveries: [
          sale("2025-03-01", qty, {
            ...{ heatingValue: hv, heatingValueUnit: "MJ/kg" },
            ...{ energyContent: energy, energyContentUnit: unit },
          }),
        ],
      }),
      today,
    );
  const cases = fc.record({
    qty: fc.integer({ min: 1, max: 9_999_999 }).map((n) => dec(n).dividedBy(1000)),
    hv: fc.integer({ min: 3600, max: 4000 }).map((n) => dec(n).dividedBy(100)), // UCO's range (a value outside is refused)
    unit: fc.constantFrom(...UNITS),
    places: fc.integer({ min: 0, max: 3 }),
  });

  it("a typed value rounded from quantity × heating value agrees; one unit of its last place off does not", () => {
    fc.assert(
      fc.property(cases, ({ qty, hv, unit: [unit, factor], places }) => {
        const exact = qty.times(hv).times(1000).dividedBy(factor);
        const typed = exact.toDecimalPlaces(places);
        const step = places === 0 ? dec(1) : dec(`0.${"0".repeat(places - 1)}1`);
        expect(said(run(qty.toFixed(), hv.toFixed(), typed.toFixed(), unit))).toEqual([]);
        // a cell typed 1.180 reads 1.18: one step off that ends in 0 has a place fewer, two steps then
        const once = typed.plus(step);
        const off = places > 0 && once.decimalPlaces() < places ? once.plus(step) : once;
        expect(said(run(qty.toFixed(), hv.toFixed(), off.toFixed(), unit))).toEqual([
          ["error", "Deliveries"],
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
