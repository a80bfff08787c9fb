// Production sheets that record co-products (domain.md §5): a batch or process id column shared by
// rows, or several output columns on one row; and the settings behind carry-forward evidence and
// 12-month periods. Fixtures go through a real .xlsx file.
import { runEngine } from "../../../src/engine";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";
import { cellAt, cellsOf } from "../../../src/engine/source-cells";

describe("a production sheet with a column for the co-product", () => {
  it.each([
    [
      "English",
      [
        "Date",
        "Input product",
        "Input quantity (t)",
        "Output product",
        "Output quantity (t)",
        "Co-product",
        "Co-product quantity (t)",
      ],
    ],
    [
      "German",
      [
        "Datum",
        "Einsatzstoff",
        "Einsatzmenge (t)",
        "Erzeugnis",
        "Ausbringungsmenge (t)",
        "Nebenprodukt",
        "Nebenprodukt Menge (t)",
      ],
    ],
    [
      "German, noun last",
      [
        "Datum",
        "Einsatzstoff",
        "Einsatzmenge (t)",
        "Erzeugnis",
        "Ausbringungsmenge (t)",
        "Koppelprodukt",
        "Menge Koppelprodukt (t)",
      ],
    ],
  ])("(%s headers) gives one record per output, sharing the input and a batch id", async (_, header) => {
    const { ledger, sheets, findings } = readWorkbook(
      await throughXlsx(
        sheet("Production", [
          header,
          [serial("2025-01-20"), "Rapeseed", 1000, "Rapeseed oil", 420, "Rapeseed meal", 560],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(sheets[0]).toMatchObject({ kind: "production" });
    expect(sheets[0]?.columns).toMatchObject({ outputProduct2: "F", outputQuantity2: "G" });
    const rows = ledger.production.map((p) => [
      p.inputQuantity,
      p.outputProduct,
      p.outputQuantity,
      p.batchId,
    ]);
    expect(rows).toEqual([
      ["1000", "Rapeseed oil", "420", "Production row 2"],
      ["1000", "Rapeseed meal", "560", "Production row 2"],
    ]);
    expect(cellsOf(ledger.production[1]!.source)).toMatchObject({
      inputQuantity: "C2",
      outputProduct: "F2",
      outputQuantity: "G2",
    });
    expect(cellAt(ledger.production[0]!.source, "outputProduct")).toBe("D2");
  });

  it("reads the co-product's own factor column", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Production", [
          [
            "Date",
            "Input product",
            "Input quantity",
            "Output product",
            "Output quantity",
            "By-product",
            "By-product factor",
          ],
          [serial("2025-01-20"), "Crude oil", 1000, "Biodiesel", 900, "Glycerine", 0.09],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(ledger.production.map((p) => [p.outputProduct, p.outputQuantity, p.factor])).toEqual([
      ["Biodiesel", "900", undefined],
      ["Glycerine", undefined, "0.09"],
    ]);
  });

  it("keeps the row's GHG values with the main output and consumes the seed once", async () => {
    const snapshot = await throughXlsx(
      sheet("Receipts", [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Country of origin"],
        [serial("2025-01-05"), "Agrar Nord", "IN-1", "Rapeseed", 1000, "Rapeseed", "DE"],
      ]),
      sheet("Production", [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "By-product",
          "By-product quantity",
          "GHG total",
        ],
        [serial("2025-01-20"), "Rapeseed", 1000, "Rapeseed oil", 420, "Rapeseed meal", 560, 30.1],
      ]),
    );
    const { ledger } = readWorkbook(snapshot);
    expect(ledger.production.map((p) => p.ghg?.total)).toEqual(["30.1", undefined]);
    const result = runEngine(ledger, { today: "2025-04-15" });
    const of = (product: string) => result.balances.find((b) => b.product === product);
    expect(of("Rapeseed")).toMatchObject({ consumed: "1000", closing: "0" });
    expect(of("Rapeseed oil")).toMatchObject({ produced: "420" });
    expect(of("Rapeseed meal")).toMatchObject({ produced: "560" });
  });

  it("reads a batch column, in English and German", async () => {
    for (const label of ["Batch", "Process ID", "Chargennummer", "Charge"]) {
      const { ledger, sheets } = readWorkbook(
        await throughXlsx(
          sheet("Production", [
            ["Date", label, "Input product", "Input quantity", "Output product", "Output quantity"],
            [serial("2025-01-20"), "P-7", "Rapeseed", 1000, "Rapeseed oil", 420],
            [serial("2025-01-20"), "P-7", "Rapeseed", 1000, "Rapeseed meal", 560],
          ]),
        ),
      );
      expect(sheets[0]?.columns.batchId).toBe("B");
      expect(ledger.production.map((p) => p.batchId)).toEqual(["P-7", "P-7"]);
    }
  });
});

describe("settings for carry-forward evidence and 12-month periods", () => {
  it.each([
    ["Farm", "farm"],
    ["Landwirtschaftlicher Betrieb", "farm"],
    ["Plantation", "farm"],
    ["First gathering point", "first-gathering-point"],
    ["FGP", "first-gathering-point"],
    ["Ersterfasser", "first-gathering-point"],
    ["Trader with storage", "other"],
    ["Ölmühle", "other"],
    ["Collecting point", "other"],
  ])("reads the operator type %s as %s", async (value, type) => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Settings", [
          ["Company name", "Hof Meyer"],
          ["Operator type", value],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(ledger.settings.operatorType).toBe(type);
  });

  it("flags an operator type it does not know, at its cell, and assumes none", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Settings", [
          ["Company name", "Hof Meyer"],
          ["Betriebsart", "something else"],
        ]),
      ),
    );
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["invalid-value", "B2"]]);
    expect(ledger.settings.operatorType).toBeUndefined();
  });

  it("a farm with 12-month periods is checked by the year; the cap without a count can be switched off", async () => {
    const { ledger } = readWorkbook(
      await throughXlsx(
        sheet("Einstellungen", [
          ["Firma", "Hof Meyer"],
          ["Betriebsart", "Landwirt"],
          ["Bilanzzeitraum (Monate)", 12],
          ["Cap without count", "nein"],
        ]),
      ),
    );
    expect(ledger.settings).toMatchObject({ operatorType: "farm", periodMonths: 12, capWithoutCount: false });
    const result = runEngine({ ...ledger }, { today: "2025-04-15" });
    expect(result.findings.map((f) => f.code)).not.toContain("period-too-long");
  });
});
