// Through the real massbal command on real .xlsx books (p-units2): a German production sheet whose
// input and output each have a unit column ("Einheit Einsatz", "Einheit Ausbringung") and whose
// output product is headed "Ausbringung Produkt"; GHG units per MJ of the lower heating value
// (PCI) read, per tonne of dry matter read as a unit of its own (p-drymass; refused before); a
// gross calorific value column said once and used for nothing; a heating value in kWh per litre
// converted exactly (1 kWh = 3.6 MJ).
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

type Cell = ExcelJS.CellValue;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
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

async function check(name: string, sheets: Record<string, Cell[][]>, ...flags: string[]): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  await wb.xlsx.writeFile(path.join(folder.path, name));
  const run = massbal(["check", name, "--json", ...flags], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  return JSON.parse(run.stdout) as Report;
}

const balance = (r: Report, product: string) =>
  r.balances
    .filter((b) => b.product === product)
    .map(({ unit, received, produced, consumed, delivered }) => ({
      unit,
      received,
      produced,
      consumed,
      delivered,
    }));

describe("massbal check: units of production rows and GHG values", () => {
  it("reads each side's unit column, the output product, GHG per MJ PCI and per dry tonne; says the gross column once", async () => {
    const report = await check("oelmuehle.xlsx", {
      Eingang: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "THG gesamt", "THG Einheit"],
        [d("2025-01-08"), "Agrar eG", "IN-1", "Raps", 100, 310, "kg CO2eq/t"],
        [d("2025-01-09"), "Collect GmbH", "IN-2", "UCO", 60, 900, "kg CO2-Äq/t TM"],
        [d("2025-01-10"), "Collecte SA", "IN-3", "UCO", 10, 14, "g CO2eq/MJ PCI"],
      ],
      Produktion: [
        [
          "Datum",
          "Einsatzstoff",
          "Einsatzmenge",
          "Einheit Einsatz",
          "Ausbringung Produkt",
          "Ausbringungsmenge",
          "Einheit Ausbringung",
          "Faktor",
          "Brennwert (MJ/kg)",
          "THG gesamt",
          "THG Einheit",
        ],
        [d("2025-01-20"), "Raps", 100, "t", "Rapsöl", 40000, "kg", 0.4, 39.5, 30, "g CO2éq/MJ PCI"],
      ],
      Ausgang: [
        ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
        [d("2025-02-01"), "Fuel AG", "Rapsöl", 30, "ja"],
      ],
    });
    // the output is 40,000 kg = 40 t of Rapsöl from 100 t of Raps: no unit taken for the other side's
    expect(balance(report, "Rapsöl")).toEqual([
      { unit: "t", received: "0", produced: "40", consumed: "0", delivered: "30" },
    ]);
    expect(balance(report, "Raps")[0]).toMatchObject({ unit: "t", received: "100", consumed: "100" });
    const at = (sheet: string, code: string) =>
      report.findings.filter((f) => f.sheet === sheet && f.code === code);
    expect(at("Produktion", "unit-conflict")).toEqual([]);
    expect(at("Produktion", "invalid-unit")).toEqual([]);
    expect(at("Produktion", "header-not-found")).toEqual([]);
    // per tonne of dry matter: read (p-drymass), no finding at the GHG unit cell
    expect(at("Eingang", "invalid-unit")).toEqual([]);
    // per MJ PCI is per MJ: no finding on the third receipt's GHG value
    expect(report.findings.filter((f) => f.sheet === "Eingang" && f.cell.endsWith("4"))).toEqual([]);
    // the gross calorific value column: once, at its heading, used for no row
    expect(at("Produktion", "gross-calorific-value").map((f) => f.cell)).toEqual(["I1"]);
  });

  it("converts litres by a heating value in kWh/L exactly: 10,000 L at 9.5 kWh/L is 342,000 MJ", async () => {
    const report = await check(
      "hvo-litres.xlsx",
      {
        Receipts: [
          [
            "Date",
            "Supplier",
            "SD number",
            "Product",
            "Quantity (L)",
            "Heating value",
            "Heating value unit",
            "GHG total",
          ],
          [d("2025-01-10"), "Neste", "IN-1", "HVO", 10000, 9.5, "kWh/L", 12],
        ],
        Deliveries: [
          ["Date", "Customer", "Product", "Quantity (MJ)", "Sustainable"],
          [d("2025-02-01"), "Fuel AG", "HVO", 300000, "yes"],
        ],
      },
      "--energy-accounting",
    );
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(balance(report, "HVO")).toEqual([
      { unit: "MJ", received: "342000", produced: "0", consumed: "0", delivered: "300000" },
    ]);
  });
});
