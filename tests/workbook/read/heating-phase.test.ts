// A heating value the row's phase cannot have (docs/rules.md, units): the phase is the quantity
// unit's (litres a liquid, Nm³ a gas), else the product name's (UCO, FAME, HVO, ethanol, LNG… a
// liquid), else the density's (over 100 kg/m³ a liquid or solid, under 10 kg/m³ a gas). Outside
// what that phase can have (a liquid 5–55 MJ/kg and 5–50 MJ/L, a gas 1–150 MJ/m³, a liquid or
// solid 250–50,000 MJ/m³) the value is refused at its cell naming the likely unit, the row is left
// out and its account incomplete; real values (RED II Annex III) are read. Each row goes through a
// real .xlsx beside a receipt of the same product that is read either way.
import { checkWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { convertingHeadings, D, type Spec, workbookOf } from "../left-out-books";

const HEADINGS = [
  ...convertingHeadings("Density"),
  "Heating value",
  "Heating value unit",
  "GHG total (g CO2eq/MJ)",
];

interface Case {
  product: string;
  unit: string;
  value: Spec;
  heatingUnit: string;
  density?: number;
}

/**
 * The product's balance after 10 of it (no heating value) and 100 of it at `c` (density in
 * kg/m³ where given), both in `c.unit`, with the heating value findings at the case's cell (I3).
 */
async function balanceOf(c: Case) {
  const row = (sd: string, quantity: number, own: boolean): Spec[] => [
    D("2025-01-08"),
    "Collect GmbH",
    sd,
    c.product,
    quantity,
    c.unit,
    own && c.density !== undefined ? c.density : null,
    own && c.density !== undefined ? "kg/m³" : null,
    own ? c.value : null,
    own ? c.heatingUnit : null,
    10,
  ];
  const sheets = { Receipts: [HEADINGS, row("S-1", 10, false), row("S-2", 100, true)] };
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "Heating.xlsx",
  );
  const out = await checkWorkbook(wb, { today: "2025-04-02" });
  // a gas's density in m³ (0.72 kg/m³) is a warning of its own at G3 (plausibility.ts)
  const at = out.findings.filter((f) => f.code === "implausible-value" && f.cell?.startsWith("I"));
  const balances = out.balances.filter((b) => b.product === c.product);
  return { at, balances };
}

describe("a heating value its row's phase cannot have is refused at its cell", () => {
  it.each<[Case, string, string | null]>([
    // litres: a liquid, whatever the name
    [{ product: "UCO", unit: "L", value: 35, heatingUnit: "MJ/m³" }, "a liquid", "MJ/L"],
    [{ product: "Altspeiseöl", unit: "L", value: 33, heatingUnit: "MJ/m3" }, "a liquid", "MJ/L"],
    // a liquid by its name, in tonnes or m³
    [{ product: "UCO", unit: "t", value: 35, heatingUnit: "MJ/m³" }, "a liquid", "MJ/L"],
    [{ product: "FAME", unit: "m³", value: 33, heatingUnit: "MJ/m³" }, "a liquid", "MJ/L"],
    [{ product: "HVO", unit: "t", value: 44, heatingUnit: "kWh/kg" }, "a liquid", "MJ/kg"],
    [{ product: "Ethanol", unit: "t", value: 26.8, heatingUnit: "kWh/kg" }, "a liquid", "MJ/kg"],
    [{ product: "UCO", unit: "t", value: 37000, heatingUnit: "MJ/kg" }, "a liquid", "MJ/t"],
    [{ product: "Bio-LNG", unit: "t", value: 0.049, heatingUnit: "MJ/kg" }, "a liquid", null],
    // Nm³: a gas
    [{ product: "Biomethan", unit: "Nm³", value: 37, heatingUnit: "MJ/L" }, "a gas", "MJ/m³"],
    // a gas or a liquid or solid by its density
    [{ product: "Biomethane", unit: "m³", value: 36, heatingUnit: "GJ/m³", density: 0.72 }, "a gas", "MJ/m³"],
    [
      { product: "Holzhackschnitzel", unit: "m³", value: 3.75, heatingUnit: "MJ/m³", density: 250 },
      "a liquid or solid",
      "MJ/L",
    ],
  ])("%j: impossible for %s, likely %s", async (c, phase, likely) => {
    const { at, balances } = await balanceOf(c);
    expect(at.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Receipts!I3"]);
    // a row with a density says the value per kg at that density between the phase and the slip (p-cat)
    expect(at[0]?.message).toContain(
      `impossible for ${phase}${c.density === undefined ? (likely ? ";" : ", and") : ":"}`,
    );
    if (likely) expect(at[0]?.message).toContain(` ${c.value} looks like ${likely}`);
    else expect(at[0]?.message).not.toContain("looks like");
    expect(at[0]?.message).toContain("the balances it feeds are incomplete");
    // the row is left out: only the 10 of the first receipt, and the account incomplete
    expect(balances.map((b) => [b.received, b.complete])).toEqual([[c.unit === "L" ? "0.01" : "10", false]]);
  });

  it.each<[Case]>([
    [{ product: "Biomethan", unit: "Nm³", value: 36, heatingUnit: "MJ/Nm³" }],
    [{ product: "Biomethan", unit: "Nm³", value: 10, heatingUnit: "kWh/Nm³" }],
    [{ product: "Biomethane", unit: "m³", value: 35.9, heatingUnit: "MJ/m³", density: 0.72 }],
    [{ product: "Biogas", unit: "m³", value: 21.5, heatingUnit: "MJ/m³" }],
    [{ product: "Bio-LNG", unit: "t", value: 49.5, heatingUnit: "MJ/kg" }],
    [{ product: "LNG", unit: "m³", value: 22000, heatingUnit: "MJ/m³" }],
    [{ product: "Ethanol", unit: "t", value: 26.7, heatingUnit: "MJ/kg" }],
    [{ product: "Bioethanol", unit: "L", value: 21.2, heatingUnit: "MJ/L" }],
    [{ product: "Methanol", unit: "t", value: 19.9, heatingUnit: "MJ/kg" }],
    [{ product: "Glycerin", unit: "t", value: 16, heatingUnit: "MJ/kg" }],
    [{ product: "Melasse", unit: "t", value: 11, heatingUnit: "MJ/kg" }],
    [{ product: "HVO", unit: "t", value: 44, heatingUnit: "MJ/kg" }],
    [{ product: "HVO 100", unit: "t", value: 44, heatingUnit: "GJ/t" }],
    [{ product: "UCO", unit: "t", value: 37, heatingUnit: "MJ/kg" }],
    [{ product: "UCO", unit: "t", value: 37000, heatingUnit: "MJ/t" }],
    [{ product: "UCO", unit: "L", value: 33, heatingUnit: "MJ/L" }],
    [{ product: "FAME", unit: "m³", value: 33000, heatingUnit: "MJ/m³", density: 883 }],
    [{ product: "Weizenstroh", unit: "t", value: 14.5, heatingUnit: "MJ/kg" }],
    [{ product: "Stroh", unit: "m³", value: 1.7, heatingUnit: "GJ/m³", density: 120 }],
    [{ product: "Holzhackschnitzel", unit: "m³", value: 3750, heatingUnit: "MJ/m³", density: 250 }],
    [{ product: "Holzhackschnitzel", unit: "t", value: 4.2, heatingUnit: "kWh/kg" }],
  ])("%j is read and booked", async (c) => {
    const { at, balances } = await balanceOf(c);
    expect(at.filter((f) => f.severity === "error")).toEqual([]);
    expect(balances.map((b) => [b.received, b.complete])).toEqual([[c.unit === "L" ? "0.11" : "110", true]]);
  });
});
