// (p-heads, new user's test #6) Production sheets headed in French, Spanish, Italian and Dutch
// through massbal on a real .xlsx: the input and output products and quantities and the
// conversion factor are read ("Facteur de conversion", "Quantité entrante" had not been read, so
// the French sheet consumed nothing).
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
  balances: { product: string; consumed: string }[];
}

// sheet, headings (date, input product, input quantity, output product, output quantity, factor)
const SHEETS: [string, string[]][] = [
  [
    "Production",
    [
      "Date",
      "Produit entrant",
      "Quantité entrante (t)",
      "Produit sortant",
      "Quantité sortante (t)",
      "Facteur de conversion",
    ],
  ],
  [
    "Producción",
    [
      "Fecha",
      "Producto de entrada",
      "Cantidad de entrada (t)",
      "Producto de salida",
      "Cantidad de salida (t)",
      "Factor de conversión",
    ],
  ],
  [
    "Produzione",
    [
      "Data",
      "Prodotto in entrata",
      "Quantità in entrata (t)",
      "Prodotto in uscita",
      "Quantità in uscita (t)",
      "Fattore di conversione",
    ],
  ],
  [
    "Productie",
    [
      "Datum",
      "Invoerproduct",
      "Inputhoeveelheid (t)",
      "Uitvoerproduct",
      "Outputhoeveelheid (t)",
      "Conversiefactor",
    ],
  ],
];

it("reads each side's product and quantity and the conversion factor, in fr/es/it/nl", async () => {
  const wb = new ExcelJS.Workbook();
  SHEETS.forEach(([name, head], i) =>
    wb
      .addWorksheet(name)
      .addRows([head, [new Date(Date.UTC(2025, 0, 20)), `Feed ${i + 1}`, 100, `Fuel ${i + 1}`, 90, 0.9]]),
  );
  await wb.xlsx.writeFile(path.join(folder.path, "production.xlsx"));
  const run = massbal(["check", "production.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  SHEETS.forEach(([name], i) => {
    const sheet = report.sheets.find((s) => s.name === name);
    expect([sheet?.kind, sheet?.columns]).toEqual([
      "production",
      expect.objectContaining({
        inputProduct: "B",
        inputQuantity: "C",
        outputProduct: "D",
        outputQuantity: "E",
        factor: "F",
      }),
    ]);
    const of = (p: string) => report.balances.find((b) => b.product === p);
    // (the output is credited only from sustainable input received; none is here)
    expect(of(`Feed ${i + 1}`)?.consumed).toBe("100");
  });
});
