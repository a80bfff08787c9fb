// p-units2: a production row's units and products as staff head them, through a real .xlsx. The
// row's unit is its input's; a unit column said of the output ("Einheit Ausbringung", "Output
// unit", "Unidad salida") is the output's own and never the row's, and it is held against the
// output quantity's heading; a gross calorific value column feeds nothing and says so once.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-02-01");

async function read(name: string, headers: string[], values: (string | number)[]) {
  const { ledger, sheets, findings } = readWorkbook(
    await throughXlsx(sheet(name, [headers, [D, ...values]])),
  );
  const rows = (name === "Production" ? ledger.production : ledger.receipts) ?? [];
  return {
    columns: sheets.find((s) => s.name === name)?.columns ?? {},
    row: rows[0] as Record<string, unknown> | undefined,
    findings,
  };
}

describe("a production row's units, one per side", () => {
  // headings (after the date), values, the input's unit and the output's as read
  it.each([
    [
      [
        "Einsatzstoff",
        "Einsatzmenge",
        "Einheit Einsatz",
        "Erzeugnis",
        "Ausbringungsmenge",
        "Einheit Ausbringung",
      ],
      ["Raps", 100, "t", "Rapsöl", 40, "m³"],
      "t",
      "m3",
    ],
    [
      ["Input product", "Input quantity", "Input unit", "Output product", "Output quantity", "Output unit"],
      ["Seed", 100, "t", "Oil", 40, "m3"],
      "t",
      "m3",
    ],
    [
      [
        "Input product",
        "Input quantity",
        "Unit of input",
        "Output product",
        "Output quantity",
        "Unit of output",
      ],
      ["Seed", 100, "kg", "Oil", 40, "L"],
      "kg",
      "L",
    ],
    [
      [
        "Producto de entrada",
        "Cantidad de entrada",
        "Unidad entrada",
        "Producto de salida",
        "Cantidad de salida",
        "Unidad salida",
      ],
      ["Semilla", 100, "t", "Aceite", 40, "m3"],
      "t",
      "m3",
    ],
    [
      [
        "Produit entrant",
        "Quantité d'entrée",
        "Unité entrée",
        "Produit sortant",
        "Quantité de sortie",
        "Unité de sortie",
      ],
      ["Colza", 100, "t", "Huile", 40, "m³"],
      "t",
      "m3",
    ],
    // the input's unit in its heading, the output's in a column of its own
    [
      ["Einsatzstoff", "Einsatzmenge (t)", "Ausbringung Produkt", "Ausbringung", "Einheit Ausbringung"],
      ["Raps", 100, "Rapsöl", 40, "m³"],
      "t",
      "m3",
    ],
  ])("%j: input in %s, output in %s", async (headers, values, unit, outputUnit) => {
    const { columns, row, findings } = await read("Production", ["Date", ...headers], values);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect([columns.inputProduct, columns.outputProduct]).toEqual(["B", expect.any(String)]);
    expect([row?.unit, row?.outputUnit, row?.inputQuantity]).toEqual([unit, outputUnit, "100"]);
  });

  it("refuses an output unit column that contradicts the output's heading, naming both (not the input's)", async () => {
    const { columns, row, findings } = await read(
      "Production",
      [
        "Datum",
        "Einsatzstoff",
        "Einsatzmenge (t)",
        "Ausbringung Produkt",
        "Ausbringung (t)",
        "Einheit Ausbringung",
      ],
      ["Raps", 100, "Rapsöl", 40, "m³"],
    );
    expect([columns.unit, columns.outputUnit, columns.outputProduct]).toEqual([undefined, "F", "D"]);
    expect(row).toBeUndefined();
    const conflicts = findings.filter((f) => f.code === "unit-conflict");
    expect(conflicts.map((f) => [f.cell, f.message])).toEqual([
      [
        "F2",
        expect.stringMatching(
          /^Production!F2: Output quantity is given in m3 here, but the heading "Ausbringung \(t\)" says t/,
        ),
      ],
    ]);
    expect(findings.map((f) => f.message).join("\n")).not.toMatch(/Input quantity is given in/);
  });

  it("refuses an input unit column that contradicts the input's heading", async () => {
    const { row, findings } = await read(
      "Production",
      [
        "Datum",
        "Einsatzstoff",
        "Einsatzmenge (t)",
        "Einheit Einsatz",
        "Erzeugnis",
        "Ausbringungsmenge",
        "Einheit Ausbringung",
      ],
      ["Raps", 100, "kg", "Rapsöl", 40, "t"],
    );
    expect(row).toBeUndefined();
    expect(findings.filter((f) => f.code === "unit-conflict").map((f) => f.cell)).toEqual(["D2"]);
  });

  // p-units3: this had been refused (unit-conflict at D2); the headings tell exactly that the Unit
  // column beside the unit-less input quantity is the input's, and the output states its own
  it("reads a plain Unit column beside the input quantity as the input's: the output keeps its heading's kg", async () => {
    const { row, findings } = await read(
      "Production",
      ["Date", "Input product", "Input quantity", "Unit", "Output product", "Output quantity (kg)"],
      ["Seed", 100, "t", "Oil", 40000],
    );
    expect([row?.unit, row?.outputUnit]).toEqual(["t", "kg"]);
    expect(findings.filter((f) => f.code === "unit-conflict")).toEqual([]);
  });

  it("takes no unit for the input from the output's heading", async () => {
    const { row } = await read(
      "Production",
      ["Date", "Input product", "Input quantity", "Output product", "Output quantity (t)"],
      ["Seed", 100, "Oil", 40],
    );
    expect([row?.unit, row?.outputUnit]).toEqual([undefined, "t"]);
  });
});

describe("a production row's products as staff head them", () => {
  it.each([
    ["Einsatzstoff", "Einsatzmenge (t)", "Ausbringung Produkt", "Ausbringung (t)"],
    ["Einsatzstoff", "Einsatzmenge (t)", "Ausbringung Produkt", "Ausbringungsmenge (t)"],
    ["Einsatzstoff", "Einsatzmenge (t)", "Ausbringung Produkt", "Outputmenge (t)"],
    ["Einsatzprodukt", "Einsatz (t)", "Ausbringung Produkt", "Ausbringung (t)"],
    ["Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
    ["Produit entrant", "Quantité d'entrée (t)", "Produit sortant", "Quantité de sortie (t)"],
    ["Producto de entrada", "Cantidad de entrada (t)", "Producto de salida", "Cantidad de salida (t)"],
  ])("%p, %p, %p, %p", async (...headers) => {
    const { columns, row, findings } = await read(
      "Production",
      ["Date", ...headers],
      ["Raps", 100, "Rapsöl", 40],
    );
    expect(findings.filter((f) => f.code === "header-not-found")).toEqual([]);
    expect(columns).toMatchObject({
      inputProduct: "B",
      inputQuantity: "C",
      outputProduct: "D",
      outputQuantity: "E",
    });
    expect([row?.inputProduct, row?.outputProduct, row?.inputQuantity, row?.outputQuantity]).toEqual([
      "Raps",
      "Rapsöl",
      "100",
      "40",
    ]);
  });
});

describe("a gross calorific value column feeds nothing and says so once", () => {
  const GROSS = [
    "Poder calorífico superior (MJ/kg)",
    "Potere calorifico superiore (MJ/kg)",
    "Bovenste verbrandingswaarde (MJ/kg)",
    "PCS (MJ/kg)",
    "Pouvoir calorifique supérieur (MJ/kg)",
    "Brennwert (MJ/kg)",
    "HHV (MJ/kg)",
    "Gross calorific value (MJ/kg)",
  ];

  it.each(GROSS)("%p on a production sheet", async (heading) => {
    const { columns, row, findings } = await read(
      "Production",
      ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", heading],
      ["Seed", 100, "Oil", 40, 39.5],
    );
    expect([columns.heatingValue, columns.inputHeatingValue, columns.grossHeatingValue]).toEqual([
      undefined,
      undefined,
      "F",
    ]);
    expect([row?.heatingValue, row?.inputHeatingValue, row?.heatingValueUnit]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const said = findings.filter((f) => f.code === "gross-calorific-value");
    expect(said.map((f) => [f.cell, f.severity])).toEqual([["F1", "warning"]]);
    expect(said[0]?.message).toMatch(/does not use this column for any row.*lower heating value/);
  });

  it.each(GROSS)("%p on a receipts sheet", async (heading) => {
    const { columns, row, findings } = await read(
      "Receipts",
      ["Date", "Supplier", "SD number", "Product", "Quantity (t)", heading],
      ["Collect GmbH", "SD-1", "UCO", 20, 39.5],
    );
    expect([columns.heatingValue, columns.grossHeatingValue]).toEqual([undefined, "F"]);
    expect(row?.heatingValue).toBeUndefined();
    expect(findings.filter((f) => f.code === "gross-calorific-value").map((f) => f.cell)).toEqual(["F1"]);
  });

  it.each([
    "Poder calorífico inferior (MJ/kg)",
    "Potere calorifico inferiore (MJ/kg)",
    "Onderste verbrandingswaarde (MJ/kg)",
    "PCI (MJ/kg)",
    "Heizwert (MJ/kg)",
  ])("%p is the lower heating value, read", async (heading) => {
    const { columns, row } = await read(
      "Production",
      ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", heading],
      ["Seed", 100, "Oil", 40, 37],
    );
    expect([columns.heatingValue, row?.heatingValue, row?.heatingValueUnit]).toEqual(["F", "37", "MJ/kg"]);
  });
});

// --- p-units3: a gross calorific value heading on each side is said at each heading ---
describe("a gross calorific value heading on the input and on the output side is said at each", () => {
  it.each([
    ["Input gross calorific value (MJ/kg)", "Output gross calorific value (MJ/kg)"],
    ["Brennwert Einsatz (MJ/kg)", "Brennwert Erzeugnis (MJ/kg)"],
    ["PCS entrée (MJ/kg)", "PCS sortie (MJ/kg)"],
    ["Poder calorífico superior entrada (MJ/kg)", "Poder calorífico superior salida (MJ/kg)"],
    ["Potere calorifico superiore ingresso (MJ/kg)", "Potere calorifico superiore uscita (MJ/kg)"],
    ["Bovenste verbrandingswaarde invoer (MJ/kg)", "Bovenste verbrandingswaarde uitvoer (MJ/kg)"],
  ])("%p and %p", async (input, output) => {
    const { row, findings } = await read(
      "Production",
      ["Date", "Input product", "Input quantity (t)", input, "Output product", "Output quantity (t)", output],
      ["Seed", 100, 25.1, "Oil", 40, 39.5],
    );
    expect([row?.heatingValue, row?.inputHeatingValue]).toEqual([undefined, undefined]);
    const said = findings.filter((f) => f.code === "gross-calorific-value");
    expect(said.map((f) => [f.cell, f.severity])).toEqual([
      ["D1", "warning"],
      ["G1", "warning"],
    ]);
    expect(said.map((f) => f.message)).toEqual([
      expect.stringContaining(`"${input}"`),
      expect.stringContaining(`"${output}"`),
    ]);
  });
});
// --- end p-units3

// --- p-units3: a plain Unit column beside an output quantity with a unit in its heading ---
describe("a production sheet's plain Unit column against the output's heading", () => {
  it.each([
    [["Input product", "Input quantity", "Unit", "Output product", "Output quantity (kg)"], "t", "kg"],
    [["Einsatzstoff", "Einsatzmenge", "Einheit", "Erzeugnis", "Ausbringungsmenge (kg)"], "t", "kg"],
    [
      ["Produit entrant", "Quantité d'entrée", "Unité", "Produit sortant", "Quantité de sortie (kg)"],
      "t",
      "kg",
    ],
  ])("%p: the Unit column is the input's, the output keeps its heading's unit", async (heads, unit, out) => {
    const { row, findings } = await read("Production", ["Date", ...heads], ["Seed", 100, "t", "Oil", 40000]);
    expect(findings.filter((f) => f.code === "unit-conflict")).toEqual([]);
    expect([row?.unit, row?.outputUnit]).toEqual([unit, out]);
  });

  it.each([
    [["Input product", "Input quantity", "Output product", "Output quantity (kg)", "Unit"], "F2"],
    [["Input product", "Input quantity (t)", "Output product", "Output quantity (kg)", "Unit"], "F2"],
    [["Einsatzstoff", "Einsatzmenge (t)", "Einheit", "Erzeugnis", "Ausbringungsmenge (kg)"], "D2"],
  ])("%p: which side is not told, and the message says what to rename", async (heads, cell) => {
    const values = heads.map((h) =>
      /product|stoff|erzeugnis/i.test(h) ? "Oil" : /unit|einheit/i.test(h) ? "t" : 100,
    );
    const { row, findings } = await read("Production", ["Date", ...heads], values);
    const said = findings.filter((f) => f.code === "unit-conflict");
    expect(said.map((f) => f.cell)).toEqual([cell]);
    expect(said[0]?.message).toContain('head it "Input unit" if it is the input\'s');
    expect(said[0]?.message).toContain('"Output unit" if it is the output\'s');
    expect(row).toBeUndefined();
  });
});
// --- end p-units3
