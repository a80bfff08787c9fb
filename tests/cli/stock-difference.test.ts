// (h-parties) A Navision item ledger ("Artikelposten": Postenart Einkauf / Verkauf / Abgang, signed
// Menge) through the real `massbal declare` on an .xlsx built by exceljs: the negative adjustment
// "Abgang" (a stock loss) was read as a delivery to no one, a declaration drafted for it and held
// as incomplete. Now it is refused at its type cell (invalid-value, stock-difference), never a
// delivery: no declaration is drafted for it, and as the add-in keeps no record of losses, the
// balance it would lower is incomplete, so the sale's declaration is held by that cell until the
// loss is left out of the sheet (then the sale is declared). workbook/stock-difference.ts.
import path from "node:path";
import ExcelJS from "exceljs";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: {
    status: string;
    quantity: string;
    heldBy?: { code: string; sheet: string; cell: string }[];
  }[];
}

async function declare(head: string, loss: string | null): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Artikelposten").addRows([
    ["Buchungsdatum", head, "Produkt", "Menge", "Einheit", "Kunde/Lieferant", "Nachweis-Nr."],
    [day(1, 10), "Einkauf", "UCO", 100000, "KG", "Good AG", "S-1"],
    [day(2, 20), "Verkauf", "UCO", -80000, "KG", "Kunde AG", null],
    ...(loss ? [[day(2, 25), loss, "UCO", -2000, "KG", null, null]] : []),
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  return declareJson<Report>(folder.path, "books.xlsx");
}

it.each([
  ["Postenart", "Abgang"],
  ["Postenart", "Neg. Anpassung"],
  ["Entry Type", "Negative Adjmt."],
])("%s %p: refused at its cell, no declaration of it; the sale held there", async (head, loss) => {
  const report = await declare(head, loss);
  const at = report.findings.filter((f) => f.place === "Artikelposten!B4");
  expect(at.map((f) => `${f.severity} ${f.code}`)).toEqual(["error invalid-value"]);
  expect(at[0]?.message).toContain("is a stock difference");
  expect(report.declarations.map((d) => [d.quantity, d.status])).toEqual([["80", "blocked"]]);
  // (the fixture gives no SD data: the sale is also held at its own row, D3)
  expect(report.declarations[0]?.heldBy?.map((h) => h.cell)).toEqual(["B4", "D3"]);
});

it("must not change: the loss left out, the sale is held by nothing but its own row", async () => {
  const report = await declare("Postenart", null);
  expect(report.findings.filter((f) => f.code === "invalid-value")).toEqual([]);
  expect(report.declarations.map((d) => d.quantity)).toEqual(["80"]);
  expect(report.declarations[0]?.heldBy?.map((h) => `${h.code} ${h.cell}`)).toEqual([
    "declaration-incomplete D3",
  ]);
});
