// Litre books: a production row whose input is typed in tonnes while its product is kept in m³
// (every other row in a volume, one without a density: kept-in.ts). The credit drawn from the
// input's account is in m³; it reaches the row's tonnes through the row's own density, multiplied
// (t per m³ is the density), and the one division, if any, comes last. Before, it was divided by
// 1/density rounded to six places (1 t at 850 kg/m³ = 1.176471 m³): 100.00001 m³ made 84.999979 t
// of output credit instead of 85.0000085 t.
import fc from "fast-check";
import Decimal from "decimal.js";
import { type EngineResult, runEngine } from "../../../../src/engine";
import { ledger, uco } from "../../build";

/** `m3` of UCO received in m³ (no density), all of it pressed as `t` t at `density` kg/m³ into Biodiesel by `factor`. */
function run(m3: string, t: string, density: string, factor = "1", densityUnit = "kg/m3"): EngineResult {
  return runEngine(
    ledger({
      receipts: [uco("2025-01-10", m3, "IN-1", { unit: "m3" })],
      production: [
        {
          date: "2025-02-01",
          inputProduct: "UCO",
          inputQuantity: t,
          unit: "t",
          inputDensity: density,
          inputDensityUnit: densityUnit,
          outputProduct: "Biodiesel",
          factor,
          ghg: { total: "20", method: "AV" },
        },
      ],
    }),
  );
}

const balance = (r: EngineResult, product: string) => {
  const b = r.balances.find((x) => x.product === product);
  return b && [b.unit, b.received, b.produced, b.consumed, b.closing];
};

describe("production input typed in t, its product kept in m³", () => {
  it.each([
    // [m³ received, t pressed, density, factor, output credit in t]
    ["100.00001", "85.0000085", "850", "1", "85.0000085"],
    ["100", "82.5", "825", "1", "82.5"],
    ["100", "82.5", "825", "0.95", "78.375"],
    ["33.333", "29.99970", "900", "1", "29.9997"],
  ])("%s m³ pressed as %s t at %s kg/m³, factor %s: %s t of output credit", (m3, t, density, factor, out) => {
    const r = run(m3, t, density, factor);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(balance(r, "UCO")).toEqual(["m3", m3, "0", m3, "0"]);
    expect(balance(r, "Biodiesel")).toEqual(["t", "0", out, "0", out]);
  });

  it("the density in kg/L or t/m³ gives the same credit", () => {
    expect(balance(run("100.00001", "85.0000085", "0.85", "1", "kg/L"), "Biodiesel")).toEqual(
      balance(run("100.00001", "85.0000085", "850"), "Biodiesel"),
    );
    expect(balance(run("100.00001", "85.0000085", "0.85", "1", "t/m3"), "Biodiesel")).toEqual(
      balance(run("100.00001", "85.0000085", "850"), "Biodiesel"),
    );
  });

  it("any quantity and density: the output credit is m³ × density × factor, exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 700, max: 1000 }),
        fc.integer({ min: 50, max: 100 }),
        (litres, density, percent) => {
          const m3 = new Decimal(litres).dividedBy(1000);
          const t = m3.times(density).dividedBy(1000);
          const factor = new Decimal(percent).dividedBy(100);
          const r = run(m3.toFixed(), t.toFixed(), String(density), factor.toFixed());
          const want = t.times(factor).toFixed();
          expect(balance(r, "Biodiesel")?.[2]).toBe(want);
          expect(balance(r, "UCO")?.[3]).toBe(m3.toFixed());
        },
      ),
      { numRuns: 40 },
    );
  });
});
