// The engine's part of the break report of issue 10: GHG values in other units, densities and
// heating values no product can have, kWh that come out of a division, and production rows whose
// yield or sustainable input is a share. Each is used exactly, or refused at its cell.
import Decimal from "decimal.js";
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { dec, quotient } from "../../../src/engine/quantity";
import { parseGhgUnit } from "../../../src/engine/ghg-units";
import { ledger, press, sale, uco } from "../build";

const today = { today: "2025-04-01" };

describe("GHG values in other units (report 12)", () => {
  const run = (total: string, unit: string) =>
    runEngine(
      ledger({
        receipts: [
          uco("2025-01-05", "10", "IN-1", { ghg: { total, unit }, installationStartDate: "2008-06-01" }),
        ],
        deliveries: [sale("2025-01-06", "10")],
      }),
      today,
    );

  it.each([
    ["g CO2eq/MJ", "83", "83", "0.117"],
    ["kg CO2eq/GJ", "83", "83", "0.117"],
    ["kgCO2e/GJ", "83", "83", "0.117"],
    ["g CO2eq/kWh", "300", "83.333333", "0.1135"],
    ["kg CO2eq/MJ", "0.03", "30", "0.6809"],
    ["g/MJ", "30", "30", "0.6809"],
    ["gCO2e/MJ", "30", "30", "0.6809"],
    ["g CO2-Äq/MJ", "30", "30", "0.6809"],
    ["g CO2eq/MJ Kraftstoff", "30", "30", "0.6809"],
    ["t CO2eq/TJ", "30", "30", "0.6809"],
    // French, Spanish, Italian, Dutch spellings
    ["g CO2éq/MJ", "30", "30", "0.6809"],
    ["g CO2 éq./MJ", "30", "30", "0.6809"],
    ["g CO2-équivalent/MJ", "30", "30", "0.6809"],
    ["g CO2 eq./MJ", "30", "30", "0.6809"],
    ["g CO2-eq/MJ", "30", "30", "0.6809"],
  ])("reads %s %s as %s g CO2eq/MJ, saving %s, with the threshold check", (unit, total, e, saving) => {
    const r = run(total, unit);
    // 50 % applies to an installation started 2008: 83 g fails it (the receipt gives no credit,
    // so nothing is declared), 30 g passes and is declared with its value and saving
    const below = r.findings.find((f) => f.code === "ghg-saving-below-threshold");
    if (new Decimal(e).greaterThan(47)) {
      expect(below?.message).toContain(
        `a GHG value of ${e} g CO2eq/MJ saves ${new Decimal(saving).times(100).toFixed()} %`,
      );
      return;
    }
    expect(below).toBeUndefined();
    const ghg = r.declarations[0]?.ghg[0];
    expect([ghg?.total, ghg?.unit, ghg?.saving]).toEqual([e, "g CO2eq/MJ", saving]);
  });

  it.each(["t CO2/a", "kg", "%", "g CO2eq/L", "CO2", "g CO2eq/MJ?"])(
    "refuses the unit %p at the row and gives no credit",
    (unit) => {
      const r = run("30", unit);
      expect(r.findings).toContainEqual(
        expect.objectContaining({ code: "invalid-unit", severity: "error", sheet: "Receipts" }),
      );
      // a delivery no credit backs is listed blocked (p-issue), never issued
      expect(r.declarations.filter((d) => d.status !== "draft" && !d.unbacked)).toEqual([]);
      expect(r.declarations.every((d) => d.ghg.every((g) => g.total !== "30"))).toBe(true);
    },
  );

  it("converts per energy exactly, for any value: kg/GJ is the same number, g/kWh divided by 3.6", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (n) => {
        const value = new Decimal(n).dividedBy(1000);
        const perGj = parseGhgUnit("kg CO2eq/GJ");
        const perKwh = parseGhgUnit("g CO2eq/kWh");
        expect(perGj).toMatchObject({ per: "energy", numerator: "1000", denominator: "1000" });
        expect(perKwh).toMatchObject({ per: "energy", numerator: "1", denominator: "3.6" });
        expect(quotient(dec(value.toFixed()), "3.6").toFixed()).toBe(
          value.dividedBy("3.6").toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(),
        );
      }),
    );
  });
});

describe("densities and heating values (report 13, 19)", () => {
  const receipt = (extra: Record<string, string>) =>
    runEngine(
      ledger({ receipts: [uco("2025-01-02", "1", "IN-0"), uco("2025-01-03", "100", "IN-1", extra)] }),
      today,
    );
  const atRow = (r: ReturnType<typeof runEngine>) =>
    r.findings
      .filter((f) => f.sheet === "Receipts" && f.cell?.endsWith("3"))
      .map((f) => `${f.severity} ${f.code}`);

  it.each([
    [{ unit: "m3", density: "780", densityUnit: "t/m3" }, ["error implausible-value"], "1"],
    [{ unit: "m3", density: "780", densityUnit: "kg/L" }, ["error implausible-value"], "1"],
    // UCO is a liquid (400–2,000 kg/m³): a t/m³ value, a slipped digit or a gas's density is refused
    [{ unit: "m3", density: "0.78", densityUnit: "kg/m3" }, ["error implausible-value"], "1"],
    [{ unit: "m3", density: "7800", densityUnit: "kg/m3" }, ["error implausible-value"], "1"],
    [{ unit: "m3", density: "92", densityUnit: "kg/m3" }, ["error implausible-value"], "1"],
    [{ unit: "m3", density: "2500", densityUnit: "kg/m3" }, ["error implausible-value"], "1"],
    [{ unit: "m3", density: "400", densityUnit: "kg/m3" }, [], "41"],
    // a product whose name does not tell: a gas's density is unusual (warned), a bulk solid's fine,
    // between the heaviest gas and the lightest bulk solid, or above 2,500 kg/m³, refused
    [
      { unit: "m3", density: "0.78", densityUnit: "kg/m3", product: "Biomethane" },
      ["warning implausible-value"],
      "0.078",
    ],
    [{ unit: "m3", density: "92", densityUnit: "kg/m3", product: "Wood chips" }, [], "9.2"],
    [
      { unit: "m3", density: "40", densityUnit: "kg/m3", product: "Wood chips" },
      ["error implausible-value"],
      "none",
    ],
    [
      { unit: "m3", density: "7800", densityUnit: "kg/m3", product: "Wood chips" },
      ["error implausible-value"],
      "none",
    ],
    [{ unit: "m3", density: "780", densityUnit: "kg/m3" }, [], "79"],
    [{ unit: "m3", density: "0.78", densityUnit: "g/mL" }, [], "79"],
    [{ unit: "m3", density: "0.78", densityUnit: "kg/dm3" }, [], "79"],
  ])("density %j: %j", (extra, findings, received) => {
    const r = receipt(extra);
    expect(atRow(r)).toEqual(findings);
    // the row's own account: UCO holds row 2's 1 t besides; a refused row of another product, none
    const own = r.balances.find((b) => b.product === ((extra as Record<string, string>).product ?? "UCO"));
    expect(own?.received ?? "none").toBe(received);
  });

  it.each([
    // a liquid (litres) at 35 MJ/m³ is a gas's heating value, 1000× low: refused (p-heat)
    [{ unit: "L", heatingValue: "35", heatingValueUnit: "MJ/m3" }, ["error implausible-value"]],
    [{ unit: "L", heatingValue: "35000", heatingValueUnit: "MJ/m3" }, []],
    [{ unit: "Nm3", heatingValue: "36", heatingValueUnit: "kWh/Nm3" }, ["warning implausible-value"]],
    [{ unit: "Nm3", heatingValue: "10", heatingValueUnit: "kWh/Nm3" }, []],
    [{ unit: "t", heatingValue: "37", heatingValueUnit: "MJ/t" }, ["error implausible-value"]],
    [{ unit: "t", heatingValue: "37000", heatingValueUnit: "kJ/kg" }, []],
  ])("heating value %j: %j", (extra, findings) => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-02", "1", "IN-0"), uco("2025-01-03", "100", "IN-1", extra)],
        settings: { energyAccounting: true },
      }),
      today,
    );
    expect(atRow(r)).toEqual(findings);
  });
});

describe("kWh out of a division are rounded once, to 6 decimals (report 21)", () => {
  it("books 1,000 Nm³ at 36.1 MJ/Nm³ as 10027.777778 kWh, never a 40-digit number", () => {
    const r = runEngine(
      ledger({
        receipts: [
          uco("2025-01-03", "1000", "IN-1", {
            product: "Biomethane",
            unit: "Nm3",
            heatingValue: "36.1",
            heatingValueUnit: "MJ/Nm3",
          }),
        ],
        settings: { energyAccounting: true, energyUnit: "kWh" },
      }),
      today,
    );
    expect(r.balances[0]).toMatchObject({ unit: "kWh", received: "10027.777778" });
    expect(r.findings.map((f) => f.message).join(" ")).not.toMatch(/\d\.\d{7,}/);
  });

  it("rounds every quotient half up at 6 decimals and nowhere else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, b) => {
        const got = quotient(dec(a), dec(new Decimal(b).dividedBy(1000).toFixed()));
        const exact = new Decimal(a).times(1000).dividedBy(b);
        const g = new Decimal(got.toFixed());
        expect(g.minus(exact).abs().lessThanOrEqualTo("0.0000005")).toBe(true);
        expect(g.decimalPlaces()).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe("production rows with shares (report 11)", () => {
  const produce = (extra: Record<string, string>) =>
    runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
        production: [press({ ghg: { total: "20" }, ...extra })],
      }),
      today,
    );
  const oil = (r: ReturnType<typeof runEngine>) =>
    r.balances.find((b) => b.product === "Oil")?.produced ?? "0";

  it.each([
    [{ factor: "0.41" }, "41", []],
    [{ factor: "0.41", sustainableInputQuantity: "60", sustainableInputQuantityUnit: "%" }, "24.6", []],
    [{ factor: "0.41", sustainableInputQuantity: "60000", sustainableInputQuantityUnit: "kg" }, "24.6", []],
    [
      { factor: "0.41", sustainableInputQuantity: "60", sustainableInputQuantityUnit: "bags" },
      "0",
      ["invalid-quantity"],
    ],
    [{ factor: "0.41", sustainableInputQuantity: "120" }, "0", ["invalid-quantity"]],
  ])("%j produces %s t of sustainable oil", (extra, produced, codes) => {
    const r = produce(extra);
    expect(oil(r)).toBe(produced);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(codes);
  });
});

describe("an unreadable GHG value (report 12, with issue 13's credit rule)", () => {
  const received = (ghg: Record<string, string>, unreadable: string[]) =>
    runEngine(
      ledger({ receipts: [uco("2025-01-05", "100", "IN-1", { ghg, unreadable })] }),
      today,
    ).balances.find((b) => b.received !== "0")?.received ?? "0";

  it.each([
    [{ total: "20" }, ["ghg.eec"], "100"],
    [{ total: "20", ep: "5" }, ["ghg.eec"], "100"],
    [{ ep: "5" }, ["ghg.eec"], "0"],
    [{}, ["ghg.total"], "0"],
    [{ total: "20" }, ["ghg.unit"], "0"],
  ])("GHG %j with %j unreadable gives %s t of credit", (ghg, unreadable, credit) => {
    expect(received(ghg, unreadable)).toBe(credit);
  });
});
