// A heating value its named product cannot have (src/engine/product-heating.ts, docs/rules.md):
// checked after unit conversion against the product's usual lower heating value, outside it an
// error at the cell naming the product, its usual value and the likely slip (kWh for MJ, a figure
// per litre typed per kg), the row left out and its account incomplete. Real values are read.
// Each row goes through a real .xlsx beside a receipt of the same product read either way.
import { checkWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { convertingHeadings, D, type Spec, workbookOf } from "../left-out-books";

const HEADINGS = convertingHeadings("Heating value");

type Case = [product: string, unit: string, value: Spec, heatingUnit: string];

/** The product's balances and the findings at the heating value cell (G3) after 10 + 100 of it. */
async function balanceOf([product, unit, value, heatingUnit]: Case) {
  const row = (sd: string, quantity: number, own: boolean): Spec[] => [
    D("2025-01-08"),
    "Collect GmbH",
    sd,
    product,
    quantity,
    unit,
    own ? value : null,
    own ? heatingUnit : null,
  ];
  const sheets = { Receipts: [HEADINGS, row("S-1", 10, false), row("S-2", 100, true)] };
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "Hv.xlsx",
  );
  const out = await checkWorkbook(wb, { today: "2025-04-02" });
  const at = out.findings.filter((f) => f.code === "implausible-value");
  return { at, balances: out.balances.filter((b) => b.product === product) };
}

describe("a heating value its named product cannot have is refused at its cell", () => {
  it.each<[Case, string, string]>([
    [["Biomethane", "MWh", 9.97, "MJ/Nm³"], "biomethane", "kWh/Nm³"],
    [["Biomethan", "MWh", 35.9, "kWh/Nm³"], "biomethane", "MJ/Nm³"],
    [["Bio-CNG", "MWh", 10, "MJ/Nm3"], "biomethane", "kWh/Nm³"],
    [["HVO", "MWh", 34.4, "MJ/kg"], "HVO/HEFA", "MJ/L"],
    [["HVO 100", "MWh", "12,2", "MJ/kg"], "HVO/HEFA", "kWh/kg"],
    [["Ethanol", "MWh", 21.1, "MJ/kg"], "ethanol", "MJ/L"],
    [["Bioethanol", "MWh", "7,4", "MJ/kg"], "ethanol", "kWh/kg"],
    [["FAME", "MWh", 32.8, "MJ/kg"], "FAME/biodiesel", "MJ/L"],
    [["Methanol", "MWh", 15.8, "MJ/kg"], "methanol", "MJ/L"],
    [["Altspeiseöl", "MWh", "10,3", "MJ/kg"], "used cooking oil / vegetable oil", "kWh/kg"],
    [["Wood chips", "MWh", 12.5, "MWh/t"], "solid biomass (wood chips, pellets, straw)", "MJ/kg"],
    [["Holzhackschnitzel", "MWh", "4,2", "MJ/kg"], "solid biomass (wood chips, pellets, straw)", "kWh/kg"],
  ])("%j: impossible for %s, likely %s", async (c, product, likely) => {
    const { at, balances } = await balanceOf(c);
    expect(at.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Receipts!G3"]);
    expect(at[0]?.message).toContain(`impossible for ${product}, whose lower heating value is usually`);
    expect(at[0]?.message).toContain(`looks like ${likely}`);
    expect(at[0]?.message).toContain("the balances it feeds are incomplete");
    expect(balances.map((b) => [b.received, b.complete])).toEqual([["10000", false]]);
  });

  it.each<[Case]>([
    [["Biomethane", "MWh", 9.97, "kWh/Nm³"]],
    [["Biomethan", "MWh", "35,9", "MJ/Nm³"]],
    [["Biomethane", "MWh", 50, "MJ/kg"]],
    [["HVO", "MWh", 44.1, "MJ/kg"]],
    [["HEFA", "MWh", 12.2, "kWh/kg"]],
    [["FAME", "MWh", 37.2, "GJ/t"]],
    [["Ethanol", "MWh", 26.8, "MJ/kg"]],
    [["Methanol", "MWh", 19.9, "MJ/kg"]],
    [["UCO", "MWh", 37, "MJ/kg"]],
    [["Wood chips", "MWh", 2.6, "MWh/t"]],
    [["Weizenstroh", "MWh", 14.5, "MJ/kg"]],
    // not in the table: the phase check alone
    [["Tallow", "MWh", 39, "MJ/kg"]],
  ])("%j is read and booked", async (c) => {
    const { at, balances } = await balanceOf(c);
    expect(at).toEqual([]);
    expect(balances.map((b) => [b.received, b.complete])).toEqual([["110000", true]]);
  });
});
