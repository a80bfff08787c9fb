// A conversion factor read with the unit its heading states (engine/factor-units.ts,
// factor-check.ts; p-factor, brk8 #14): output per input converted exactly to the canonical units of
// its dimensions, applied only where the row's input and output are in those dimensions, else the
// row is refused at the factor's cell. A factor is never a bare number when its unit says otherwise.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { factorWithUnit } from "../../../src/engine/factor-units";
import { dec } from "../../../src/engine/quantity";
import { ledger, press } from "../build";

const seed = {
  date: "2025-01-05",
  product: "Rapeseed",
  quantity: "100",
  unit: "t",
  supplier: "Coop",
  supplierCertificate: "EU-ISCC-Cert-FR202-30003",
  sdNumber: "CB-1",
  scheme: "ISCC EU",
  rawMaterial: "Rapeseed",
  countryOfOrigin: "FR",
  wasteResidue: "no",
  ghg: { total: "30", method: "AV" },
};

describe("factorWithUnit: exact to the canonical units of its dimensions", () => {
  it.each<[string, string, string, string, string]>([
    ["400", "kg/t", "0.4", "t", "t"],
    ["0.4", "t/t", "0.4", "t", "t"],
    ["0.4", "kg / kg", "0.4", "t", "t"],
    ["25", "Nm³/t", "25", "Nm3", "t"],
    ["250", "kWh/t", "900", "MJ", "t"],
    ["0.25", "MWh/t", "900", "MJ", "t"],
    ["0.9", "GJ/t", "900", "MJ", "t"],
    ["450", "L/t", "0.45", "m3", "t"],
    ["0.25", "MWh per t", "900", "MJ", "t"],
  ])("%s %s is %s %s per %s", (value, unit, canonical, out, inDim) => {
    const read = factorWithUnit(dec(value), unit);
    expect(read && "value" in read ? [read.value.toString(), read.dims.out, read.dims.in] : read).toEqual([
      canonical,
      out,
      inDim,
    ]);
  });

  it.each(["Stk/t", "Nm³/h", "t/t/a", "EUR/t"])("%p is refused as unknown", (unit) => {
    expect(factorWithUnit(dec("1"), unit)).toEqual({ refused: "unknown", unit });
  });

  it("a factor per kWh of input is refused: converting it would divide by 3.6", () => {
    expect(factorWithUnit(dec("1"), "t/kWh")).toEqual({ refused: "inexact", unit: "t/kWh" });
  });

  it("a blank unit is a bare factor", () => {
    expect(factorWithUnit(dec("0.4"), "")).toBeNull();
    expect(factorWithUnit(dec("0.4"), undefined)).toBeNull();
  });

  it("property: kg per t is always a thousandth of t per t, and the same unit over itself is the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        const v = dec(n).dividedBy(1000);
        const kg = factorWithUnit(v, "kg/t");
        const same = factorWithUnit(v, "m³/m³");
        return (
          kg !== null &&
          "value" in kg &&
          kg.value.equals(v.dividedBy(1000)) &&
          same !== null &&
          "value" in same &&
          same.value.equals(v)
        );
      }),
    );
  });
});

describe("conversions: a factor's unit against the row's", () => {
  const run = (production: ReturnType<typeof press>) =>
    runEngine(ledger({ receipts: [seed], production: [production] }), { today: "2025-04-15" });
  const produced = (r: ReturnType<typeof run>, product: string) =>
    r.balances.filter((b) => b.product === product).map((b) => b.produced.toString());

  it("0.25 MWh/t with no output quantity is refused at the factor's cell, never 25 t of oil", () => {
    const r = run(press({ factor: "0.25", factorUnit: "MWh/t" }));
    const refused = r.findings.filter((f) => f.code === "conversion-impossible");
    expect(refused.map((f) => [f.sheet, f.cell, f.details])).toEqual([
      [
        "Production",
        expect.any(String),
        expect.objectContaining({ reason: "factor-unit", why: "output", factorOut: "MWh", noOutput: true }),
      ],
    ]);
    expect(produced(r, "Oil")).toEqual([]);
    expect(r.balances.find((b) => b.product === "Rapeseed")?.complete).toBe(false);
  });

  it("a factor per m³ on an input in t is refused (its input unit is not the row's)", () => {
    const r = run(press({ factor: "0.9", factorUnit: "m³/m³" }));
    expect(r.findings.find((f) => f.code === "conversion-impossible")?.details).toMatchObject({
      reason: "factor-unit",
      why: "input",
    });
  });

  it("400 kg/t makes 40 t of 100 t; 25 Nm³/t with the output in Nm³ makes 2500 Nm³", () => {
    expect(produced(run(press({ factor: "400", factorUnit: "kg/t" })), "Oil")).toEqual(["40"]);
    const gas = run(press({ factor: "25", factorUnit: "Nm³/t", outputQuantity: "2500", outputUnit: "Nm3" }));
    expect(gas.findings.filter((f) => f.code.startsWith("conversion"))).toEqual([]);
    expect(produced(gas, "Oil")).toEqual(["2500"]);
  });

  // brk19 #13: a factor per t giving a volume, the output's density on the row, no output quantity
  it.each<[string, string, string, string]>([
    ["1.1", "m³/t", "880", "kg/m³"],
    ["1.1", "m³/t", "0.88", "kg/L"],
    ["1.1", "m³/t", "0.88", "t/m³"],
    ["1100", "L/t", "880", "kg/m³"],
  ])("%s %s at a density of %s %s with no output quantity makes 96.8 t of 100 t", (f, fu, rho, ru) => {
    const r = run(press({ factor: f, factorUnit: fu, density: rho, densityUnit: ru }));
    expect(r.findings.filter((x) => x.code.startsWith("conversion"))).toEqual([]);
    expect(produced(r, "Oil")).toEqual(["96.8"]);
  });

  it("a volume factor whose mass at the row's density is above 1 t/t is refused, no credit", () => {
    const r = run(press({ factor: "1.3", factorUnit: "m³/t", density: "880", densityUnit: "kg/m³" }));
    expect(r.findings.find((x) => x.code === "conversion-impossible")?.details).toMatchObject({
      reason: "factor",
      value: "1.144",
    });
    expect(produced(r, "Oil")).toEqual([]);
  });

  it("a volume factor without a density is refused and says to add the output's density", () => {
    const r = run(press({ factor: "1.1", factorUnit: "m³/t" }));
    const f = r.findings.find((x) => x.code === "conversion-impossible");
    expect(f?.details).toMatchObject({
      reason: "factor-unit",
      why: "output",
      noOutput: true,
      needs: "density",
    });
    expect(f?.message).toContain('"Density (kg/m³)"');
    expect(produced(r, "Oil")).toEqual([]);
  });

  it("a density with no unit stated anywhere is never guessed: the row is refused at the density", () => {
    const r = run(press({ factor: "1.1", factorUnit: "m³/t", density: "880" }));
    expect(produced(r, "Oil")).toEqual([]);
    expect(r.findings.some((x) => x.severity === "error")).toBe(true);
  });

  it("a yield in Nm³/t off the factor is compared in the factor's units", () => {
    const r = run(press({ factor: "25", factorUnit: "Nm³/t", outputQuantity: "2000", outputUnit: "Nm3" }));
    expect(r.findings.find((f) => f.code === "conversion-factor-deviates")?.details).toMatchObject({
      actual: "20",
      factor: "25",
      used: "yield",
    });
    expect(produced(r, "Oil")).toEqual(["2000"]);
  });
});
