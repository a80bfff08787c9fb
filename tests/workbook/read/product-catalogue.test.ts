// The one product catalogue (src/engine/product-catalogue.ts) through real .xlsx books (p-cat):
// a gas's density outside the gases' band, or a named gas's or LNG's outside its own, is refused
// at its cell; a heating value per m³ is judged at the row's density, naming the slip that gives a
// usual value per mass there (not "MJ/L" where that gives none). Real values are read and booked.
import { checkWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { convertingHeadings, D, type Spec, workbookOf } from "../left-out-books";

const HEADINGS = [...convertingHeadings("Density"), "Heating value", "Heating value unit"];

type Case = [
  product: string,
  unit: string,
  density: Spec,
  densityUnit: Spec,
  heating: Spec,
  heatingUnit: Spec,
];

/** The findings at row 3 after a receipt of 10 (no values) and one of 100 with the case's values. */
async function check([product, unit, density, densityUnit, heating, heatingUnit]: Case) {
  const row = (sd: string, quantity: number, own: boolean): Spec[] => [
    D("2025-01-08"),
    "Collect GmbH",
    sd,
    product,
    quantity,
    unit,
    own ? density : null,
    own ? densityUnit : null,
    own ? heating : null,
    own ? heatingUnit : null,
  ];
  const sheets = { Receipts: [HEADINGS, row("S-1", 10, false), row("S-2", 100, true)] };
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "C.xlsx",
  );
  const out = await checkWorkbook(wb, { today: "2025-04-02" });
  const at = out.findings.filter((f) => f.code === "implausible-value" && f.sheet === "Receipts");
  return { at, balances: out.balances.filter((b) => b.product === product) };
}

describe("densities of gases and LNG", () => {
  it.each<[Case, string, RegExp]>([
    [["Biomethane", "Nm3", 780, "kg/m³", null, null], "G3", /780 kg\/m³ is impossible for a gas/],
    [["Biomethan", "Nm³", "780", "kg/m3", null, null], "G3", /impossible for a gas/],
    [
      ["Biomethane", "MWh", 7.2, "kg/Nm³", null, null],
      "G3",
      /impossible for biomethane, whose density is 0.65–0.85/,
    ],
    [["Erdgas", "MWh", "0,072", "kg/Nm3", null, null], "G3", /impossible for natural gas/],
    [
      ["Bio-LNG", "MWh", 800, "kg/m³", null, null],
      "G3",
      /impossible for liquefied biomethane.*whose density is 400–500/,
    ],
    [["LNG", "MWh", 45, "kg/m³", null, null], "G3", /impossible for a liquid/],
  ])("%j is refused at %s", async (c, cell, message) => {
    const { at, balances } = await check(c);
    expect(at.map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${cell}`]);
    expect(at[0]?.message).toMatch(message);
    expect(balances.map((b) => b.complete)).toEqual([false]);
  });

  it.each<[Case]>([
    [["Biomethane", "MWh", 0.72, "kg/Nm³", null, null]],
    [["Biomethan", "MWh", "0,78", "kg/Nm3", 36, "MJ/Nm³"]],
    [["Erdgas", "MWh", 0.83, "kg/Nm3", null, null]],
    [["Bio-LNG", "MWh", 450, "kg/m³", 49, "MJ/kg"]],
    [["LBM", "t", 0.44, "t/m3", null, null]],
  ])("%j is read and booked", async (c) => {
    const { at, balances } = await check(c);
    expect(at).toEqual([]);
    expect(balances.map((b) => b.complete)).toEqual([true]);
  });
});

describe("a heating value per m³ at the row's density", () => {
  it.each<[Case, string | null, string]>([
    // 15 MJ/kg of straw typed per m³: at 120 kg/m³ it is 0.125 MJ/kg as typed
    [["Straw", "t", 120, "kg/m³", 15, "MJ/m³"], "MJ/kg", "0.125 MJ/kg"],
    // 35 MJ/m³ at 120 kg/m³: no slip fits (35 MJ/L would be 292 MJ/kg), so MJ/L is not named
    [["Straw", "t", 120, "kg/m³", 35, "MJ/m³"], null, "0.292 MJ/kg"],
    // UCO's 37 MJ/kg typed per m³ (not MJ/L: 37 MJ/L is 40.2 MJ/kg at 920 kg/m³)
    [["UCO", "t", 920, "kg/m³", 37, "MJ/m³"], "MJ/kg", "0.0402 MJ/kg"],
    // HVO's 34.4 MJ/L typed per m³ (at 780 kg/m³, 44.1 MJ/kg)
    [["HVO", "t", 0.78, "kg/L", "34,4", "MJ/m3"], "MJ/L", "0.0441 MJ/kg"],
  ])("%j looks like %s, at %s", async (c, likely, perMass) => {
    const { at } = await check(c);
    expect(at.map((f) => `${f.severity} ${f.cell}`)).toEqual(["error I3"]);
    expect(at[0]?.message).toContain(`at the row's density of`);
    expect(at[0]?.message).toContain(`it is ${perMass}`);
    if (likely) expect(at[0]?.message).toContain(`looks like ${likely}`);
    else expect(at[0]?.message).not.toContain("looks like");
  });
});
