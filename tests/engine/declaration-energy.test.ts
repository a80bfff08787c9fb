// brk22 §4: the energy content on the SD is that of the product delivered. The delivery row's own
// energy (its quantity in MJ, its heating value) comes first; the receipts' heating values only where
// the delivery states none; where both state one and they differ, the delivery's is stated and a
// warning names both (never a blend). Books that state no heating value on the delivery keep what
// they had: the receipts' values, or "not known".
import { type EngineResult, runEngine } from "../../src/engine";
import { ledger, sale, uco } from "./build";

const today = { today: "2025-04-15" };
const hv = (heatingValue: string, heatingValueUnit = "MJ/kg") => ({ heatingValue, heatingValueUnit });

function run(receiptHv: ReturnType<typeof hv> | null, delivery: ReturnType<typeof sale>[]): EngineResult {
  return runEngine(
    ledger({
      receipts: [
        uco("2025-01-10", "100", "IN-1", receiptHv ?? {}),
        uco("2025-01-20", "50", "IN-2", receiptHv ?? {}),
      ],
      deliveries: delivery,
    }),
    today,
  );
}

const energy = (r: EngineResult) => r.declarations.map((d) => [d.quantity, d.unit, d.energyContent]);
const differs = (r: EngineResult) => r.findings.filter((f) => f.code === "energy-content-differs");

describe("the SD's energy content from the delivery row", () => {
  // the delivery's heating value in each unit a book writes it, converted exactly
  it.each([
    ["37", "MJ/kg", "2220000"],
    ["37000", "MJ/t", "2220000"],
    ["37", "GJ/t", "2220000"],
    ["10", "kWh/kg", "2160000"],
    ["10000", "kWh/t", "2160000"],
    ["37.25", "MJ/kg", "2235000"],
  ])("60 t at %s %s: %s MJ", (value, unit, mj) => {
    const r = run(null, [sale("2025-03-01", "60", hv(value, unit))]);
    expect(energy(r)).toEqual([["60", "t", mj]]);
    expect(differs(r)).toEqual([]);
  });

  it("a delivery typed in MJ with its heating value states the MJ as typed (not 60 t × 37 MJ/kg rounded back)", () => {
    const r = run(null, [sale("2025-03-01", "2000000", { unit: "MJ", ...hv("37") })]);
    const [d] = r.declarations;
    expect(d?.unit).toBe("t");
    expect(d?.energyContent).toBe("2000000");
  });

  it("a delivery typed in GJ with its heating value: 2,220 GJ is 2,220,000 MJ for 60 t", () => {
    expect(energy(run(null, [sale("2025-03-01", "2220", { unit: "GJ", ...hv("37") })]))).toEqual([
      ["60", "t", "2220000"],
    ]);
  });

  it("a delivery drawing on two receipts takes its own heating value for the whole quantity", () => {
    expect(energy(run(null, [sale("2025-03-01", "120", hv("37"))]))).toEqual([["120", "t", "4440000"]]);
  });
});

describe("the delivery's and the receipts' heating values", () => {
  it("agree (37 MJ/kg and 37,000 MJ/t): stated, no finding", () => {
    const r = run(hv("37000", "MJ/t"), [sale("2025-03-01", "60", hv("37"))]);
    expect(energy(r)).toEqual([["60", "t", "2220000"]]);
    expect(differs(r)).toEqual([]);
  });

  it("differ: the delivery's is stated and a warning at its cell names both", () => {
    const r = run(hv("37.2"), [sale("2025-03-01", "120", hv("37"))]);
    expect(energy(r)).toEqual([["120", "t", "4440000"]]);
    const [f] = differs(r);
    expect(f).toMatchObject({ severity: "warning", sheet: "Deliveries" });
    expect(f?.message).toContain("heating value is 37 MJ/kg");
    expect(f?.message).toContain("37.2 MJ/kg (Receipts!");
    expect(f?.message).toContain("4440000 MJ for 120 t");
    // both receipts behind it are named
    expect(f?.related?.length).toBe(2);
    // a warning: the declaration is issued
    expect(r.declarations[0]?.status).toBe("new");
  });
});

describe("books without a heating value on the delivery keep what they had (must not change)", () => {
  it("the receipts' heating values, each for the quantity it covers: 120 t × 37.2 MJ/kg", () => {
    const r = run(hv("37.2"), [sale("2025-03-01", "120")]);
    expect(energy(r)).toEqual([["120", "t", "4464000"]]);
    expect(differs(r)).toEqual([]);
  });

  it("no heating value anywhere: not known", () => {
    const r = run(null, [sale("2025-03-01", "120")]);
    expect(energy(r)).toEqual([["120", "t", null]]);
    expect(differs(r)).toEqual([]);
  });
});

// brk24 §3: a heating value per volume on a row in tonnes with no density gave "not known" silently
describe("a heating value per volume on a row in tonnes", () => {
  const unused = (r: EngineResult) => r.findings.filter((f) => f.code === "heating-value-unused");

  it.each([
    ["33", "MJ/L"],
    ["33000", "MJ/m3"],
    ["9.2", "kWh/L"],
  ])("%s %s without a density: not stated, and a warning at its cell says why", (value, unit) => {
    const r = run(null, [sale("2025-03-01", "60", hv(value, unit))]);
    expect(energy(r)).toEqual([["60", "t", null]]);
    expect(unused(r).map((f) => [f.severity, f.sheet])).toEqual([["warning", "Deliveries"]]);
    expect(unused(r)[0]?.message).toContain(
      "is per volume, but this row's quantity is in t and it gives no density",
    );
  });

  it("the same on a receipt behind the declaration: said at the receipt", () => {
    const r = run(hv("33", "MJ/L"), [sale("2025-03-01", "60")]);
    expect(energy(r)).toEqual([["60", "t", null]]);
    expect(unused(r).map((f) => f.sheet)).toEqual(["Receipts", "Receipts"]);
  });

  it("with the row's density it converts, nothing said: 33 MJ/L at 800 kg/m³ is 41.25 MJ/kg", () => {
    const r = run(null, [
      sale("2025-03-01", "60", { ...hv("33", "MJ/L"), density: "800", densityUnit: "kg/m3" }),
    ]);
    expect(energy(r)).toEqual([["60", "t", "2475000"]]);
    expect(unused(r)).toEqual([]);
  });

  it("per mass, or a row in litres (no tonnes to apply it to): nothing said", () => {
    expect(unused(run(null, [sale("2025-03-01", "60", hv("37"))]))).toEqual([]);
    const litres = run(null, [sale("2025-03-01", "60000", { unit: "L", ...hv("33", "MJ/L") })]);
    expect(unused(litres)).toEqual([]);
  });
});

// litre books: the mirror case, a heating value per kg on a row in litres with no density, kept in
// m³: the SD's energy was "Not stated" and nothing said why at the heating value cell
describe("a heating value per mass on a row in a volume", () => {
  const unused = (r: EngineResult) => r.findings.filter((f) => f.code === "heating-value-unused");
  const litres = (extra: Record<string, string> = {}) =>
    runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100000", "IN-1", { unit: "L" })],
        deliveries: [sale("2025-03-01", "60000", { unit: "L", ...extra })],
      }),
      today,
    );

  it.each([
    ["37", "MJ/kg"],
    ["37000", "MJ/t"],
    ["10", "kWh/kg"],
  ])("%s %s without a density: not stated, and a warning at its cell says to add one", (value, unit) => {
    const r = litres(hv(value, unit));
    expect(energy(r)).toEqual([["60", "m3", null]]);
    const [f] = unused(r);
    expect(unused(r)).toHaveLength(1);
    expect(f).toMatchObject({ severity: "warning", sheet: "Deliveries" });
    expect(f?.details).toMatchObject({ per: "mass", quantityUnit: "L" });
    expect(f?.message).toContain(
      "is per mass, but this row's quantity is in L, a volume, and it gives no density",
    );
    expect(f?.message).toContain("Add the row's density (kg/m³");
    // a warning: the declaration is issued, its energy not stated
    expect(r.declarations[0]?.status).toBe("new");
  });

  it("with the row's density it converts, nothing said: 37 MJ/kg at 800 kg/m³ is 29.6 MJ/L", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100000", "IN-1", { unit: "L" })],
        deliveries: [
          sale("2025-03-01", "60000", { unit: "L", ...hv("37"), density: "800", densityUnit: "kg/m3" }),
        ],
      }),
      today,
    );
    expect(unused(r)).toEqual([]);
    // 60 m³ × 0.8 t/m³ × 37,000 MJ/t, whatever the account the product is kept in
    expect(r.declarations.map((d) => d.energyContent)).toEqual(["1776000"]);
  });

  it("per volume on a row in litres, or no heating value: nothing said (must not change)", () => {
    expect(unused(litres(hv("33", "MJ/L")))).toEqual([]);
    expect(energy(litres(hv("33", "MJ/L")))).toEqual([["60", "m3", "1980000"]]);
    expect(unused(litres())).toEqual([]);
  });
});
