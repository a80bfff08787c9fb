// A production row's conversion values on each side (issue 13, break-test #12): the input's
// heating value and density and the output's, in the spellings staff write, through a real .xlsx.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-02-01");

async function columnsOf(headers: string[], values: (string | number)[]) {
  const { ledger, sheets } = readWorkbook(
    await throughXlsx(
      sheet("Production", [
        ["Date", "Input product", "Input quantity (t)", "Output product", ...headers],
        [D, "Seed", 1000, "Oil", ...values],
      ]),
    ),
  );
  const rec = sheets.find((s) => s.name === "Production");
  return {
    columns: rec?.columns ?? {},
    row: (ledger.production ?? [])[0] as Record<string, unknown> | undefined,
  };
}

describe("production rows read density and heating value for each side", () => {
  it.each([
    ["Input heating value (MJ/kg)", "inputHeatingValue", "MJ/kg"],
    ["Heating value input (MJ/kg)", "inputHeatingValue", "MJ/kg"],
    ["Heizwert Einsatz (MJ/kg)", "inputHeatingValue", "MJ/kg"],
    ["Einsatzstoff Heizwert [GJ/t]", "inputHeatingValue", "GJ/t"],
    ["Input LHV MJ/kg", "inputHeatingValue", "MJ/kg"],
    ["Feedstock NCV (MJ/t)", "inputHeatingValue", "MJ/t"],
    ["Pouvoir calorifique entrée (MJ/kg)", "inputHeatingValue", "MJ/kg"],
    ["Input density (kg/m³)", "inputDensity", "kg/m3"],
    ["Dichte Einsatz (kg/L)", "inputDensity", "kg/L"],
    ["Output heating value (MJ/kg)", "heatingValue", "MJ/kg"],
    ["Heizwert Erzeugnis (MJ/kg)", "heatingValue", "MJ/kg"],
    ["Heating value (MJ/kg)", "heatingValue", "MJ/kg"],
    ["Output density (kg/m³)", "density", "kg/m3"],
  ])("%s is the %s, with its unit %s", async (header, field, unit) => {
    const { columns, row } = await columnsOf([header], [26]);
    expect(columns[field]).toBe("E");
    expect(row?.[field]).toBe("26");
    expect(row?.[`${field}Unit`]).toBe(unit);
  });

  it("reads the input's value and a plain heating value (the output's) beside it", async () => {
    const { columns } = await columnsOf(["Output quantity (t)", "Heating value (MJ/kg)"], [400, 37]);
    expect(columns.heatingValue).toBe("F");
    const both = await readWorkbook(
      await throughXlsx(
        sheet("Production", [
          [
            "Date",
            "Input product",
            "Input quantity (t)",
            "Input heating value (MJ/kg)",
            "Output product",
            "Output quantity (t)",
            "Heating value (MJ/kg)",
            "GHG total",
          ],
          [D, "Seed", 1000, 26, "Oil", 400, 37, 30],
        ]),
      ),
    );
    const rec = both.sheets.find((x) => x.name === "Production");
    expect([
      rec?.columns.inputHeatingValue,
      rec?.columns.heatingValue,
      rec?.columns.grossHeatingValue,
    ]).toEqual(["D", "G", undefined]);
  });

  it("reads both sides on one row, each to its own field", async () => {
    const { columns, row } = await columnsOf(
      ["Output quantity (t)", "Input heating value (MJ/kg)", "Output heating value (MJ/kg)"],
      [400, 26, 37],
    );
    expect([columns.inputHeatingValue, columns.heatingValue]).toEqual(["F", "G"]);
    expect([row?.inputHeatingValue, row?.heatingValue]).toEqual(["26", "37"]);
    expect(columns.grossHeatingValue).toBeUndefined();
  });
});
