// (p-factor, brk8 #20) A stock count in m³ or litres beside its own density, for a product kept in
// t: the count converts exactly by the density in the unit its heading states (kg/m³ is never read as
// t/m³), in de/en/fr/es/nl/it. A density with no unit anyone states, or one no liquid can have, is
// refused at its cell; a count still refused leaves its balance incomplete, never complete and
// carrying forward more than was counted.
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { EngineResult } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

jest.setTimeout(60_000);
const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

async function run(stock: ExcelJS.CellValue[][]): Promise<EngineResult> {
  const wb = new ExcelJS.Workbook();
  const sheets: Record<string, ExcelJS.CellValue[][]> = {
    Receipts: [
      ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"],
      [D("2025-01-05"), "Fett AG", "EU-ISCC-Cert-DE100-10001", "FETT-1", "UCO", 100, "EU RED compliant"],
    ],
    Sales: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [D("2025-02-10"), "Raff", "UCO", 20, "yes"],
    ],
    Stock: stock,
  };
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Stock.xlsx")).readSnapshot());
  return runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
}

const uco = (r: EngineResult) => r.balances.find((b) => b.product === "UCO");

// [date, product, count, density headings as staff write them; the count, the density]
const HEADINGS: [string, string, string, string, number, number][] = [
  ["Datum", "Produkt", "Bestand (m³)", "Dichte (kg/m³)", 50, 920],
  ["Date", "Product", "Stock (m³)", "Density (kg/m³)", 50, 920],
  ["Date", "Product", "Stock (m3)", "Density (t/m³)", 50, 0.92],
  ["Date", "Product", "Stock (L)", "Density (kg/L)", 50000, 0.92],
  ["Date", "Produit", "Stock physique (m³)", "Densité (kg/m³)", 50, 920],
  ["Fecha", "Producto", "Existencias (m³)", "Densidad (kg/m³)", 50, 920],
  ["Datum", "Product", "Voorraad (m³)", "Dichtheid (kg/m³)", 50, 920],
  ["Data", "Prodotto", "Giacenza (m³)", "Densità (kg/m³)", 50, 920],
];

it.each(HEADINGS)("%s | %s | %s | %s: 50 m³ at 920 kg/m³ is 46 t counted", async (...row) => {
  const [date, product, count, density, q, rho] = row;
  const r = await run([
    [date, product, count, density],
    [D("2025-03-31"), "UCO", q, rho],
  ]);
  expect(r.findings.filter((f) => f.code === "unit-mismatch")).toEqual([]);
  // 80 t of credit, 46 t counted: 46 t carried forward, 34 t lapse
  expect(uco(r)).toMatchObject({ complete: true });
  expect(uco(r)?.physicalStock?.toString()).toBe("46");
  expect(uco(r)?.carriedForward.toString()).toBe("46");
});

it("a density typed 920 under t/m³ is refused at its cell, and the balance is incomplete", async () => {
  const r = await run([
    ["Datum", "Produkt", "Bestand (m³)", "Dichte (t/m³)"],
    [D("2025-03-31"), "UCO", 50, 920],
  ]);
  expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toContain(
    "Stock!D2",
  );
  expect(uco(r)?.complete).toBe(false);
});

it("a density with no unit is refused at its cell, never read as t/m³; the balance is incomplete", async () => {
  const r = await run([
    ["Datum", "Produkt", "Bestand (m³)", "Dichte"],
    [D("2025-03-31"), "UCO", 50, 920],
  ]);
  const refused = r.findings.find((f) => f.code === "invalid-unit");
  expect(refused && `${refused.sheet}!${refused.cell}`).toBe("Stock!D2");
  expect(uco(r)?.complete).toBe(false);
});

it("a count in m³ with no density at all leaves the balance incomplete", async () => {
  const r = await run([
    ["Datum", "Produkt", "Bestand (m³)"],
    [D("2025-03-31"), "UCO", 50],
  ]);
  expect(r.findings.map((f) => f.code)).toContain("unit-mismatch");
  expect(uco(r)?.complete).toBe(false);
});
