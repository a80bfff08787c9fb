// p-prod2: a production sheet headed with each side's word twice, bare and with a unit ("Einsatz |
// Einsatz (t) | Ausbringung | Ausbringung (t)"), through a real .xlsx: the bare heading is the
// side's product, the twin with the unit its quantity. Headings decide: the same words without the
// pair are not made products, whatever the cells hold.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-02-01");

async function columnsOf(headers: string[], values: (string | number)[]) {
  const { sheets, ledger } = readWorkbook(
    await throughXlsx(
      sheet("Produktion", [
        ["Datum", ...headers],
        [D, ...values],
      ]),
    ),
  );
  return {
    columns: sheets.find((s) => s.name === "Produktion")?.columns ?? {},
    row: ledger.production?.[0] as Record<string, unknown> | undefined,
  };
}

describe("a side's bare heading beside its twin with a unit is the side's product", () => {
  it.each([
    [["Einsatz", "Einsatz (t)", "Ausbringung", "Ausbringung (t)"]],
    [["Input", "Input (t)", "Output", "Output (t)"]],
    [["Entrada", "Entrada (t)", "Salida", "Salida (t)"]],
    [["Intrant", "Intrant (t)", "Output", "Output (t)"]],
    [["Einsatz (t)", "Einsatz", "Ausbringung (t)", "Ausbringung"]],
  ])("%j", async (headers) => {
    const unitFirst = headers[0]?.includes("(");
    const values = unitFirst ? [100, "Rapsöl", 96, "RME"] : ["Rapsöl", 100, "RME", 96];
    const { columns, row } = await columnsOf(headers, values);
    const at = (i: number) => String.fromCharCode(66 + i);
    const product = unitFirst ? 1 : 0;
    const quantity = unitFirst ? 0 : 1;
    expect(columns).toMatchObject({
      inputProduct: at(product),
      inputQuantity: at(quantity),
      outputProduct: at(product + 2),
      outputQuantity: at(quantity + 2),
    });
    expect(row).toMatchObject({ inputProduct: "Rapsöl", outputProduct: "RME" });
  });

  it.each([
    // no twin: the bare side word keeps its old reading, the cells make no product of it
    [
      ["Einsatzprodukt", "Einsatz", "Ausbringung Produkt", "Ausbringung (t)"],
      ["Rapsöl", 100, "RME", 96],
    ],
    // a twin of another side does not count
    [
      ["Produkt", "Einsatz", "Erzeugnis", "Ausbringung (t)"],
      ["Rapsöl", 100, "RME", 96],
    ],
  ] as [string[], (string | number)[]][])("no pair: %j", async (headers, values) => {
    const { columns } = await columnsOf(headers, values);
    const products = Object.entries(columns)
      .filter(([field]) => field === "inputProduct" || field === "outputProduct")
      .map(([, c]) => c);
    expect(products).not.toContain("C");
  });
});
