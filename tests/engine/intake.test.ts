// Intake reads each spelling once and shares what rows have in common; sharing must never merge
// rows whose values differ, nor split the display name of one product between its spellings.
import fc from "fast-check";
import { intake } from "../../src/engine/intake";
import { resolveProfile } from "../../src/engine/profile";
import { parseQuantityUnit } from "../../src/engine/units";
import { ledger, uco } from "./build";

function read(receipts: Parameters<typeof ledger>[0]["receipts"]) {
  const l = ledger({ receipts });
  return intake(l, resolveProfile(l.settings)).value.receipts;
}

describe("intake", () => {
  it("shows a product the way it was first spelled, however later rows spell it", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { product: "UCO" }),
      uco("2025-01-03", "10", "IN-2", { product: "uco " }),
      uco("2025-01-04", "10", "IN-3", { product: "Uco" }),
      uco("2025-01-05", "10", "IN-4", { product: "uco " }),
    ]);
    expect(rows.map((r) => [r.product, r.productKey])).toEqual(Array(4).fill(["UCO", "uco"]));
  });

  it("shares GHG values between rows that give the same ones, in any field order, and only those", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { ghg: { total: "12.5", method: "AV" } }),
      uco("2025-01-03", "10", "IN-2", { ghg: { method: "AV", total: "12.5" } }),
      uco("2025-01-04", "10", "IN-3", { ghg: { total: "12.5", method: "TDV" } }),
      uco("2025-01-05", "10", "IN-4", { ghg: { total: "12.5", method: "AV", unit: "g/MJ" } }),
      uco("2025-01-06", "10", "IN-5", { ghg: { total: "12.5", method: "AV" } }),
    ]);
    const [a, b, c, d, e] = rows.map((r) => r.ghg);
    expect(a?.signature).toBe(b?.signature);
    expect(a).toBe(e);
    // "g/MJ" is the unit of the savings rule, named one way everywhere
    expect([c?.method, d?.unit]).toEqual(["TDV", "g CO2eq/MJ"]);
    expect(new Set([a?.signature, c?.signature, d?.signature]).size).toBe(3);
  });

  it("gives rows one characteristic set per set of values, whatever the spelling", () => {
    const rows = read([
      uco("2025-01-02", "10", "IN-1", { wasteResidue: "yes", countryOfOrigin: "DE" }),
      uco("2025-01-03", "10", "IN-2", { wasteResidue: "ja", countryOfOrigin: "DE" }),
      uco("2025-01-04", "10", "IN-3", { wasteResidue: "yes", countryOfOrigin: "FR" }),
      uco("2025-01-05", "10", "IN-4", { wasteResidue: "no", countryOfOrigin: "DE" }),
      uco("2025-01-06", "10", "IN-5", { wasteResidue: "yes", countryOfOrigin: "DE" }),
    ]);
    const [a, b, c, d, e] = rows.map((r) => r.characteristics);
    expect(a).toBe(b);
    expect(a).toBe(e);
    expect([c?.countryOfOrigin, d?.wasteResidue]).toEqual(["FR", "no"]);
    expect(new Set([a, c, d]).size).toBe(3);
  });

  it("reads the same quantity text to the same exact value on every row", () => {
    const rows = read([uco("2025-01-02", "0.1", "IN-1"), uco("2025-01-03", "0.1", "IN-2")]);
    expect(rows.map((r) => r.amount.t?.toFixed())).toEqual(["0.1", "0.1"]);
  });
});

describe("what intake never assumes", () => {
  function run(parts: Parameters<typeof ledger>[0]) {
    const l = ledger(parts);
    return intake(l, resolveProfile(l.settings));
  }
  const brief = (r: ReturnType<typeof run>) =>
    r.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

  it("refuses a quantity without a unit at its cell, unless the settings state a default unit", () => {
    const blank = run({ receipts: [uco("2025-01-02", "10", "IN-1", { unit: undefined })] });
    expect(blank.value.receipts).toEqual([]);
    expect(brief(blank)).toEqual(["error invalid-unit Receipts!D2"]);
    const stated = run({
      settings: { defaultUnit: "kg" },
      receipts: [uco("2025-01-02", "10", "IN-1", { unit: undefined })],
    });
    expect(stated.value.receipts.map((r) => [r.unit, r.amount.t?.toString()])).toEqual([["kg", "0.01"]]);
  });

  it("refuses a density or heating value without a unit, and reads one in the settings' unit", () => {
    const blank = run({ receipts: [uco("2025-01-02", "1000", "IN-1", { unit: "L", density: "780" })] });
    expect(blank.value.receipts).toEqual([]);
    expect(blank.findings[0]).toMatchObject({
      code: "invalid-unit",
      details: { field: "density", missing: true },
    });
    const stated = run({
      settings: { densityUnit: "kg/m3" },
      receipts: [uco("2025-01-02", "1000", "IN-1", { unit: "L", density: "780" })],
    });
    expect(stated.value.receipts[0]!.amount.t?.toString()).toBe("0.78");
  });

  it("keeps a year of installation where every day of it gives the same threshold, and refuses one where it changes", () => {
    const r = run({
      receipts: [
        uco("2025-01-02", "10", "IN-1", { installationStartDate: "2018" }),
        uco("2025-01-03", "10", "IN-2", { installationStartDate: "2015" }),
      ],
    });
    expect(r.value.receipts.map((x) => x.installationStartDate)).toEqual(["2018", null]);
    expect(r.findings.map((f) => [f.severity, f.code, f.message])).toEqual([
      [
        "info",
        "date-is-year",
        "Receipts!P2: the installation start is the year 2018 only; every day of 2018 gives the same GHG saving threshold (60 %), so the year was used. Type the day to be exact.",
      ],
      [
        "error",
        "invalid-date",
        `Receipts!P3: "2015" in the installation start date is a year only, not a day: the GHG threshold changes during 2015 (50 % before, 60 % after); type the day the installation started (the row's GHG saving is held to the strictest threshold, that of the newest installations, until it is corrected).`,
      ],
    ]);
  });

  it("declares nothing for a delivery whose sustainable cell could not be read, and gives no credit for an unreadable claim", () => {
    const r = run({
      receipts: [uco("2025-01-02", "10", "IN-1", { unreadable: ["claim"] })],
      deliveries: [
        { date: "2025-02-01", product: "UCO", quantity: "5", unit: "t", unreadable: ["sustainable"] },
      ],
    });
    expect(r.value.receipts[0]!.sustainable).toBe(false);
    expect(r.value.deliveries[0]!.sustainableAmount).toBeNull();
  });
  it("shares a row's amount only with rows of the same quantity in the same unit, and reads it as a row alone would", () => {
    const quantity = fc.constantFrom("10", "10.0", "10.5", "0.5", "1e3", "1000", "25.125");
    const unit = fc.constantFrom("t", "kg", "mt", "m3", "L", "MWh");
    const density = fc.option(fc.constantFrom(["0.9", "t/m3"], ["0.92", "t/m3"], ["900", "kg/m3"]), {
      nil: undefined,
    });
    const row = fc.record({ quantity, unit, density });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (typed) => {
        const inputs = typed.map((r, i) =>
          uco("2025-01-02", r.quantity, `IN-${i}`, {
            unit: r.unit,
            ...(r.density ? { density: r.density[0], densityUnit: r.density[1] } : {}),
          }),
        );
        const rows = read(inputs);
        expect(rows).toHaveLength(typed.length);
        rows.forEach((r, i) => {
          // the same values as the row read on its own, where nothing is shared
          expect(r.amount).toEqual(read([inputs[i]!])[0]?.amount);
          rows.forEach((other, j) => {
            const same =
              Number(typed[i]!.quantity) === Number(typed[j]!.quantity) &&
              // one unit however spelt: "t" and "mt" are both tonnes
              parseQuantityUnit(typed[i]!.unit)!.unit === parseQuantityUnit(typed[j]!.unit)!.unit;
            if (r.amount === other.amount && i !== j) expect(same && !typed[i]!.density).toBe(true);
          });
        });
      }),
    );
  });
});
