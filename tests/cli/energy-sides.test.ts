// Energy accounting through production rows and gas volumes, through massbal on real .xlsx files
// (issue 13, break-test #12 and #14): each side of a production row converts by its own heating
// value; a value per m³ never converts Nm³, and the finding says so instead of "no heating value".
import type ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

type Cell = ExcelJS.CellValue;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const write = (name: string, sheets: Record<string, Cell[][]>) => writeBook(folder.path, name, sheets);

interface Report {
  findings: { code: string; severity: string; cell: string; sheet: string; message: string }[];
  balances: {
    product: string;
    unit: string;
    received: string;
    produced: string;
    consumed: string;
    delivered: string;
    closing: string;
  }[];
}

function check(file: string, ...flags: string[]): Report {
  return JSON.parse(massbal(["check", file, "--json", ...flags], folder.path).stdout) as Report;
}

const row = (r: Report, product: string) =>
  r.balances
    .filter((b) => b.product === product)
    .map(({ unit, received, produced, consumed, delivered, closing }) => ({
      unit,
      received,
      produced,
      consumed,
      delivered,
      closing,
    }));

const RECEIPTS: Cell[][] = [
  [
    "Date",
    "Supplier",
    "SD number",
    "Product",
    "Quantity (t)",
    "Heating value (MJ/kg)",
    "Raw material",
    "GHG total",
  ],
  [d("2025-01-05"), "Good AG", "S-1", "Seed", 1000, 26, "Rapeseed", 20],
];
const DELIVERIES: Cell[][] = [
  ["Date", "Customer", "Product", "Quantity (t)", "Heating value (MJ/kg)", "Sustainable"],
  [d("2025-03-01"), "Fuel AG", "Oil", 400, 37, "yes"],
];

describe("energy accounting through production rows", () => {
  it.each([
    ["Input heating value (MJ/kg)", "Output heating value (MJ/kg)"],
    ["Heizwert Einsatz (MJ/kg)", "Heizwert Erzeugnis (MJ/kg)"],
    ["Input heating value (GJ/t)", "Heating value (MJ/kg)"],
  ])(
    "%s and %s: 26,000,000 MJ of seed consumed, 400 t of oil at 37 MJ/kg credited as 14,800,000 MJ",
    async (inHeader, outHeader) => {
      const file = await write("prod.xlsx", {
        Settings: [["Energy accounting", "MJ"]],
        Receipts: RECEIPTS,
        Production: [
          [
            "Date",
            "Input product",
            "Input quantity (t)",
            inHeader,
            "Output product",
            "Output quantity (t)",
            outHeader,
            "GHG total",
          ],
          [d("2025-02-01"), "Seed", 1000, 26, "Oil", 400, 37, 30],
        ],
        "Conversion factors": [
          ["Input product", "Output product", "Factor"],
          ["Seed", "Oil", 0.4],
        ],
        Deliveries: DELIVERIES,
      });
      const report = check(file);
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(row(report, "Seed")).toEqual([
        {
          unit: "MJ",
          received: "26000000",
          produced: "0",
          consumed: "26000000",
          delivered: "0",
          closing: "0",
        },
      ]);
      expect(row(report, "Oil")).toEqual([
        {
          unit: "MJ",
          received: "0",
          produced: "14800000",
          consumed: "0",
          delivered: "14800000",
          closing: "0",
        },
      ]);
    },
  );

  it("the output's heating value alone: the input is refused with a message naming the missing input value", async () => {
    const file = await write("output-only.xlsx", {
      Settings: [["Energy accounting", "MJ"]],
      Receipts: RECEIPTS,
      Production: [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "Heating value (MJ/kg)",
        ],
        [d("2025-02-01"), "Seed", 1000, "Oil", 400, 37],
      ],
    });
    const report = check(file);
    const f = report.findings.find((x) => x.code === "unit-mismatch");
    expect([f?.sheet, f?.cell]).toEqual(["Production", "C2"]);
    expect(f?.message).toContain("is the output's, not the input's");
    expect(f?.message).toContain("Input heating value");
    expect(f?.message).not.toContain("there is no density or heating value");
  });
});

describe("gas volumes: Nm³ and m³ are not the same volume", () => {
  const gas = (quantityHeader: string, heatingHeader: string, heating: number) =>
    write("gas.xlsx", {
      Eingang: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", quantityHeader, heatingHeader, "THG"],
        [d("2025-01-10"), "Biogas Nord", "BM-1", "Biomethan", 50000, heating, 10],
      ],
    });

  // biomethane's lower heating value: ~36 MJ/Nm³, 10 kWh/Nm³ (engine/product-heating.ts)
  it.each([
    ["Menge (Nm³)", "Heizwert (MJ/Nm³)", 36, "1800000"],
    ["Quantity (Nm3)", "Heating value (MJ/Nm³)", 36, "1800000"],
    ["Menge (m³)", "Heizwert (MJ/m³)", 36, "1800000"],
    ["Menge (Nm³)", "Heizwert (kWh/Nm³)", 10, "1800000"],
    ["Menge (Nm³)", "Heizwert (kWh/Nm³)", 10.5, "1890000"],
  ])("%s with %s at %s books exactly: %s MJ", async (q, h, hv, mj) => {
    const report = check(await gas(q, h, hv), "--energy-accounting");
    expect(report.findings.filter((f) => f.code === "unit-mismatch")).toEqual([]);
    expect(row(report, "Biomethan")[0]).toMatchObject({ unit: "MJ", received: mj });
  });

  it.each([
    ["Menge (Nm³)", "Heizwert (MJ/m³)", "per m³", "Nm³"],
    ["Quantity (m³)", "Heating value (MJ/Nm³)", "per Nm³", "m³"],
  ])("%s with %s is refused, saying why", async (q, h, per, dim) => {
    const report = check(await gas(q, h, 36), "--energy-accounting");
    const f = report.findings.find((x) => x.code === "unit-mismatch");
    expect(f?.cell).toBe("E2");
    expect(f?.message).toContain(`is ${per}, which cannot convert a quantity in ${dim}`);
    expect(f?.message).toContain("normal cubic metre");
    expect(f?.message).not.toContain("there is no density or heating value");
    expect(row(report, "Biomethan")[0]?.received ?? "0").toBe("0");
  });
});
