// A conversion factor whose heading carries a unit (p-factor, brk8 #14), through the real massbal
// command on a real .xlsx: the unit is read. A factor in output per input that the rows' units
// agree with converts exactly (kg/t = 0.001, % = 0.01, Nm³/t of manure into Nm³ of biomethane, kWh/t
// into kWh); a factor in a unit the row's output is not in is refused at its cell, naming the unit
// and what to do, and never applied as a bare number (0.25 MWh/t never makes 250 t of 1000 t).
// The tables of spellings: tests/workbook/read/factor-unit-headings.test.ts, tests/engine/conversions.
import { day } from "../../src/books";
import { balanceOf, checkFarmBooks, farmReceipts } from "./factor-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const check = (sheets: Record<string, unknown[][]>) => checkFarmBooks(folder.path, sheets);
const balance = balanceOf;

describe("massbal: a biogas plant's factor table in Nm³/t or kWh/t is read exactly", () => {
  it.each<[string, string, number, string, string]>([
    ["Faktor (Nm³/t)", "Nm³", 25, "Nm3", "25000"],
    // 250 kWh/t is 900 MJ/t: 1000 t of manure give 900,000 MJ (250,000 kWh)
    ["Faktor (kWh/t)", "kWh", 250, "MJ", "900000"],
  ])("%p, output in %s: biomethane credited exactly", async (heading, unit, factor, account, made) => {
    const out = unit === "MWh" ? 250 : unit === "kWh" ? 250000 : 25000;
    const report = await check({
      Eingang: farmReceipts("Gülle"),
      Produktion: [
        [
          "Datum",
          "Einsatzprodukt",
          "Einsatzmenge (t)",
          "Ausbringung Produkt",
          "Ausbringung",
          "Einheit Ausbringung",
        ],
        [day("2025-01-31"), "Gülle", 1000, "Biomethan", out, unit],
      ],
      Umrechnungsfaktoren: [
        ["Einsatzprodukt", "Ausbringungsprodukt", heading],
        ["Gülle", "Biomethan", factor],
      ],
    });
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain("conversion-impossible");
    expect(codes).not.toContain("header-not-found");
    expect(codes).not.toContain("conversion-factor-deviates");
    expect(balance(report, "Biomethan")).toMatchObject({ unit: account, produced: made, complete: true });
  });
});

describe("massbal: a factor in a unit the row's output is not in is refused at its cell", () => {
  // a production row with input and output product but no output quantity: the factor alone would
  // make the output; in MWh/t, kWh/t, GJ/t, m³/t or Nm³/t it never makes tonnes
  it.each<[string, number]>([
    ["Conversion factor (MWh/t)", 0.25],
    ["Facteur de conversion (GJ/t)", 0.9],
  ])("%p: no output credit, the row refused naming the unit", async (heading, factor) => {
    const report = await check({
      Eingang: farmReceipts("Rapssaat"),
      Produktion: [
        ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
        [day("2025-01-31"), "Rapssaat", 1000, "Rapsöl", factor],
      ],
    });
    const refused = report.findings.filter((f) => f.code === "conversion-impossible");
    expect(refused.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Produktion!E2"]);
    const unit = /\(([^)]+)\)/.exec(heading)![1]!;
    expect(refused[0]!.message).toContain(`"${unit}"`);
    expect(balance(report, "Rapsöl")?.produced ?? "0").toBe("0");
    expect(balance(report, "Rapssaat")?.complete).toBe(false);
  });
});

describe("massbal: a factor in t/t, kg/t or % converts exactly", () => {
  it.each<[string, number]>([
    ["Ausbeute (%)", 40],
    ["Yield (kg/t)", 400],
  ])("%p: 1000 t of seed make 400 t of oil", async (heading, factor) => {
    const report = await check({
      Eingang: farmReceipts("Rapssaat"),
      Produktion: [
        ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
        [day("2025-01-31"), "Rapssaat", 1000, "Rapsöl", factor],
      ],
    });
    expect(report.findings.map((f) => f.code)).not.toContain("conversion-impossible");
    expect(balance(report, "Rapsöl")).toMatchObject({ unit: "t", produced: "400", complete: true });
  });
});
