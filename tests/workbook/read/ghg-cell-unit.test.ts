// A GHG value typed with its unit in a cell ("12,5 kg CO2e/t") under a heading that states a unit
// ("GHG total (kg CO2eq/t)"): the two units are compared by meaning, as everywhere else
// (engine/ghg-units.ts ghgUnitKey), not by their text: one unit in two spellings reads exactly
// as the column's; another unit is never taken as the column's.
import { ghgUnitKey } from "../../../src/engine/ghg-units";
import { readField } from "../../../src/workbook/cell-values";
import { kindSpec } from "../../../src/workbook/fields";

const total = kindSpec("receipts")!.fields.find((f) => f.id === "ghg.total")!;
const conv = { number: "comma" as const, date: null };
const read = (cell: string, heading: string) => readField(total, cell, conv, null, { headerUnit: heading });

describe("a GHG cell's own unit against its heading's", () => {
  // [heading's unit, the unit typed in the cell]: one unit by meaning
  const same: [string, string][] = [
    ["kg CO2eq/t", "kg CO2e/t"],
    ["kg CO2eq/t", "kgCO2eq/t"],
    ["kg CO2eq/t", "g CO2eq/kg"],
    ["kg CO2eq/t", "kg CO2eq/t FM"],
    ["kg CO2e/t", "kg CO2-Äq/t"],
    ["kg CO2eq/t TM", "kg CO2e/t DM"],
    ["kg CO2eq/t TM", "g CO2eq/kg TS"],
    ["g CO2eq/MJ", "gCO2e/MJ"],
  ];
  it.each(same)("under %p, a cell in %p reads exactly in the heading's unit", (heading, typed) => {
    expect(ghgUnitKey(heading)).toBe(ghgUnitKey(typed));
    expect(read(`12,5 ${typed}`, heading)).toEqual({ kind: "ok", value: "12.5", unit: heading });
  });

  // other units: never read as the column's (the unit-conflict check then refuses naming both)
  const other: [string, string][] = [
    ["kg CO2eq/t", "kg CO2eq/t TM"],
    ["kg CO2eq/t TM", "kg CO2eq/t"],
    ["kg CO2eq/t", "g CO2eq/t"],
    ["kg CO2eq/t", "g CO2eq/MJ"],
    ["g CO2eq/MJ", "kg CO2eq/t"],
    ["g CO2eq/MJ", "g CO2eq/kWh"],
  ];
  it.each(other)("under %p, a cell in %p keeps its own unit", (heading, typed) => {
    // per-MJ units all key "MJ" (intake converts them); only per-mass keys tell units apart
    if (!typed.endsWith("MJ") && !typed.endsWith("kWh"))
      expect(ghgUnitKey(heading)).not.toBe(ghgUnitKey(typed));
    const got = read(`12,5 ${typed}`, heading);
    expect(got).toMatchObject({ kind: "ok", value: "12.5", unit: typed });
  });
});
