import { detail } from "../catalogue/detail";
// Property: a quantity in any unit, with any density or heating value in any of their units, books
// exactly the credit of the same quantity written in tonnes (worked out here with decimal.js, not
// with the engine's conversions), or is refused with a finding at its cell. Nothing changes
// magnitude silently.
import Decimal from "decimal.js";
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import type { ReceiptInput } from "../../../src/engine/model";
import { cellFor, ledger, uco } from "../build";

const MASS: Record<string, string> = { t: "1", kg: "0.001", g: "0.000001", Tonnen: "1", KG: "0.001" };
const VOLUME: Record<string, string> = { m3: "1", "m³": "1", L: "0.001", Liter: "0.001", hL: "0.1" };
const ENERGY: Record<string, string> = { MJ: "1", GJ: "1000", kWh: "3.6", MWh: "3600" };
/** t per m³ of one unit of density */
const DENSITY: Record<string, string> = {
  "kg/m3": "0.001",
  "t/m3": "1",
  "kg/L": "1",
  "g/cm3": "1",
  "kg/m³": "0.001",
  "g/L": "0.001",
  "g/l": "0.001",
  "g/mL": "1",
  "kg/dm3": "1",
};
/** MJ per t of one unit of heating value */
const HEATING: Record<string, string> = { "MJ/kg": "1000", "MJ/t": "1", "GJ/t": "1000", "kWh/kg": "3600" };
const NOT_UNITS = ["bags", "Stück", "pcs", "kg/m3", "MJ/kg", "%"];

const decimal = (scale: number) =>
  fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).dividedBy(10 ** scale).toFixed());

const receipt = fc.oneof(
  fc.record({ kind: fc.constant("mass"), unit: fc.constantFrom(...Object.keys(MASS)), q: decimal(3) }),
  fc.record({
    kind: fc.constant("volume"),
    unit: fc.constantFrom(...Object.keys(VOLUME)),
    q: decimal(3),
    density: decimal(4),
    densityUnit: fc.constantFrom(...Object.keys(DENSITY)),
  }),
  fc.record({
    kind: fc.constant("energy"),
    unit: fc.constantFrom(...Object.keys(ENERGY)),
    q: decimal(2),
    heating: decimal(3),
    heatingUnit: fc.constantFrom(...Object.keys(HEATING)),
  }),
  // a heating value UCO has (36.1–39.9 MJ/kg in each unit), so that conversions are tested too
  fc.constantFrom(...Object.keys(HEATING)).chain((heatingUnit) =>
    fc.record({
      kind: fc.constant("energy"),
      unit: fc.constantFrom(...Object.keys(ENERGY)),
      q: decimal(2),
      heating: (heatingUnit === "kWh/kg"
        ? fc.integer({ min: 10_100, max: 11_000 }).map((n) => new Decimal(n).dividedBy(1000))
        : fc
            .integer({ min: 36_100, max: 39_900 })
            .map((n) => new Decimal(n).dividedBy(heatingUnit === "MJ/t" ? 1 : 1000))
      ).map((d) => d.toFixed()),
      heatingUnit: fc.constant(heatingUnit),
    }),
  ),
  fc.record({ kind: fc.constant("unknown"), unit: fc.constantFrom(...NOT_UNITS), q: decimal(3) }),
);

type Case = {
  kind: string;
  unit: string;
  q: string;
  density?: string;
  densityUnit?: string;
  heating?: string;
  heatingUnit?: string;
};

/**
 * Whether the density or heating value is one the row's product cannot have (the receipts are UCO,
 * a liquid: less than 400 kg/m³ or more than 2 t/m³; a heating value outside UCO's 36–40 MJ/kg), by
 * plain arithmetic: refused.
 */
function impossible(c: Case): boolean {
  if (c.kind === "volume") {
    const tPerM3 = new Decimal(c.density!).times(DENSITY[c.densityUnit!]!);
    return tPerM3.lessThan("0.4") || tPerM3.greaterThan(2);
  }
  if (c.kind === "energy") {
    // UCO's lower heating value is 36–40 MJ/kg (engine/product-heating.ts); outside it, refused
    const mjPerT = new Decimal(c.heating!).times(HEATING[c.heatingUnit!]!);
    return mjPerT.lessThan(36000) || mjPerT.greaterThan(40000);
  }
  return false;
}

/** The same quantity in tonnes, by plain decimal arithmetic; null where no tonnes exist. */
function tonnes(c: Case): Decimal | null {
  const q = new Decimal(c.q);
  if (c.kind === "mass") return q.times(MASS[c.unit]!);
  if (c.kind === "volume") return q.times(VOLUME[c.unit]!).times(c.density!).times(DENSITY[c.densityUnit!]!);
  if (c.kind === "energy")
    return q.times(ENERGY[c.unit]!).dividedBy(new Decimal(c.heating!).times(HEATING[c.heatingUnit!]!));
  return null;
}

function asReceipt(c: Case): Partial<ReceiptInput> {
  return {
    quantity: c.q,
    unit: c.unit,
    ...(c.density ? { density: c.density, densityUnit: c.densityUnit } : {}),
    ...(c.heating ? { heatingValue: c.heating, heatingValueUnit: c.heatingUnit } : {}),
  };
}

describe("units: no magnitude changes silently", () => {
  it("books the same credit as the quantity in tonnes, or gives a finding at the cell", () => {
    fc.assert(
      fc.property(receipt, (c: Case) => {
        // a tonnes receipt first sets the account to tonnes, as most books are kept
        const r = runEngine(
          ledger({
            receipts: [uco("2025-01-02", "1", "IN-0"), uco("2025-01-03", "1", "IN-1", asReceipt(c))],
          }),
          { today: "2025-04-01" },
        );
        const received = r.balances.find((b) => b.periodStart === "2025-01-01")!;
        const expected = tonnes(c);
        const atRow = r.findings.filter((f) => f.sheet === "Receipts" && f.cell?.endsWith("3"));
        if (expected === null) {
          expect(atRow.map((f) => [f.code, f.cell])).toContainEqual([
            "invalid-unit",
            cellFor("Receipts", "unit", 3),
          ]);
          expect(received.received).toBe("1");
          return;
        }
        if (impossible(c)) {
          // a value no product can have is refused at its row, and the row gives nothing
          const field = c.kind === "volume" ? "density" : "heatingValue";
          expect(atRow.map((f) => [f.code, f.severity, detail(f, "field")])).toContainEqual([
            "implausible-value",
            "error",
            field,
          ]);
          expect(received.received).toBe("1");
          return;
        }
        // exact where the conversion multiplies; a division (energy → mass) rounds half up to 6 decimals
        const got = new Decimal(received.received).minus(1);
        if (c.kind === "energy")
          expect(got.toFixed()).toBe(expected.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed());
        else expect(got.toFixed()).toBe(expected.toFixed());
        // a warning may say the value looks like another unit; never an error, never a silent change
        expect(atRow.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
