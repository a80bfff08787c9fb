// Layouts we have never seen: group rows over the field row, merged header cells, separate In and
// Out columns, headers in other words and languages, and the user's corrections in MB Config.
import { configSheetRows } from "../../../src/workbook/config";
import { readWorkbook } from "../../../src/workbook/read";
import type { MbConfig } from "../../../src/workbook/types";
import { plain, serial, sheet, throughXlsx, withCellMaps } from "../fixtures";

describe("a combined ledger with separate In and Out columns under a merged group header", () => {
  async function inOut() {
    return readWorkbook(
      await throughXlsx(
        sheet(
          "Sheet1",
          [
            ["Date", "Product", "Quantity (t)", null, "Counterparty", "SD number"],
            [null, null, "In", "Out"],
            [serial("2025-04-01"), "UCO", 100, null, "Collector A", "PoS-1"],
            [serial("2025-04-02"), "UCO", null, 40, "Refinery B", null],
            [serial("2025-04-03"), "UCO", null, null, "Refinery B", null],
            ["Total", null, 100, 40],
          ],
          {
            merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"],
            formats: { A3: "dd/mm/yyyy", A4: "dd/mm/yyyy", A5: "dd/mm/yyyy" },
          },
        ),
      ),
    );
  }

  it("takes the lower header row and qualifies In and Out by the group above", async () => {
    const { sheets } = await inOut();
    expect(sheets).toEqual([
      {
        name: "Sheet1",
        kind: "ledger",
        headerRow: 2,
        rows: 3,
        columns: {
          date: "A",
          product: "B",
          inQuantity: "C",
          outQuantity: "D",
          counterparty: "E",
          sdNumber: "F",
        },
        units: { inQuantity: "t", outQuantity: "t" },
        headers: {
          date: "Date",
          product: "Product",
          inQuantity: "Quantity (t) In",
          outQuantity: "Quantity (t) Out",
          counterparty: "Counterparty",
          sdNumber: "SD number",
        },
        corrected: false,
        confidence: {
          date: "exact",
          product: "exact",
          inQuantity: "exact",
          outQuantity: "exact",
          counterparty: "exact",
          sdNumber: "exact",
        },
        notes: {},
      },
    ]);
  });

  it("makes a receipt of In and a delivery of Out, and flags a row with neither", async () => {
    const { ledger, findings } = await inOut();
    expect(withCellMaps(ledger.receipts)).toEqual([
      {
        date: "2025-04-01",
        product: "UCO",
        quantity: "100",
        unit: "t",
        supplier: "Collector A",
        sdNumber: "PoS-1",
        source: {
          sheet: "Sheet1",
          row: 3,
          cells: { date: "A3", product: "B3", quantity: "C3", unit: "C2", supplier: "E3", sdNumber: "F3" },
        },
      },
    ]);
    expect(withCellMaps(ledger.deliveries)).toEqual([
      {
        date: "2025-04-02",
        product: "UCO",
        quantity: "40",
        unit: "t",
        customer: "Refinery B",
        source: {
          sheet: "Sheet1",
          row: 4,
          cells: { date: "A4", product: "B4", quantity: "D4", unit: "D2", customer: "E4" },
        },
      },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["missing-value", "error", "C5"],
      ["totals-row", "info", "A6"],
    ]);
  });
});

describe("headers in other words", () => {
  it.each([
    [
      ["Datum", "Produkt", "Menge", "Lieferant"],
      { date: "A", product: "B", quantity: "C", supplier: "D" },
      {},
    ],
    [
      ["DATE", "Material", "Net weight kg", "Vendor", "SD-Nr."],
      { date: "A", product: "B", quantity: "C", supplier: "D", sdNumber: "E" },
      { quantity: "kg" },
    ],
    [
      ["Eingangsdatum", "Ware", "Gewicht in t", "Verkäufer", "Nachweis-Nr."],
      { date: "A", product: "B", quantity: "C", supplier: "D", sdNumber: "E" },
      { quantity: "t" },
    ],
    [
      ["date of receipt", "commodity", "Volume (m³)", "Seller", "Proof of Sustainability"],
      { date: "A", product: "B", quantity: "C", supplier: "D", sdNumber: "E" },
      { quantity: "m3" },
    ],
  ])("%j is a receipts sheet", async (header, columns, units) => {
    const { sheets, findings } = readWorkbook(
      await throughXlsx(sheet("Tabelle1", [header, [serial("2025-01-02"), "UCO", 5, "X", "S-1"]])),
    );
    expect(findings).toEqual([]);
    expect(sheets[0]).toMatchObject({ kind: "receipts", headerRow: 1, rows: 1, columns, units });
  });

  it("finds a header under a group row of supplier details and GHG components", async () => {
    const { sheets, ledger } = readWorkbook(
      await throughXlsx(
        sheet(
          "Receipts",
          [
            ["Goods receipts Q1"],
            [null, null, null, "Supplier", null, "GHG (g CO2eq/MJ)", null, null],
            ["Date", "Product", "Quantity [t]", "Name", "Certificate", "eec", "ep", "Total"],
            [serial("2025-01-02"), "Rapeseed", 30, "Farm Co", "EU-ISCC-Cert-1", 20.1, 5.2, 25.3],
          ],
          { merges: ["D2:E2", "F2:H2"] },
        ),
      ),
    );
    expect(sheets[0]).toMatchObject({
      kind: "receipts",
      headerRow: 3,
      columns: {
        date: "A",
        product: "B",
        quantity: "C",
        supplier: "D",
        supplierCertificate: "E",
        "ghg.eec": "F",
        "ghg.ep": "G",
        "ghg.total": "H",
      },
      units: { quantity: "t", "ghg.eec": "g CO2eq/MJ", "ghg.ep": "g CO2eq/MJ", "ghg.total": "g CO2eq/MJ" },
    });
    expect(ledger.receipts[0]).toMatchObject({
      supplier: "Farm Co",
      supplierCertificate: "EU-ISCC-Cert-1",
      ghg: { eec: "20.1", ep: "5.2", total: "25.3", unit: "g CO2eq/MJ" },
    });
  });
});

describe("headers that cannot be found", () => {
  it("says which required columns are missing on a sheet that looks like receipts", async () => {
    const { sheets, findings, ledger } = readWorkbook(
      await throughXlsx(
        sheet("Purchases", [
          ["Purchases 2025"],
          [],
          ["Date", "Supplier", "Remarks"],
          [serial("2025-01-02"), "X", "ok"],
        ]),
      ),
    );
    expect(sheets[0]).toMatchObject({
      kind: "receipts",
      headerRow: 3,
      rows: 0,
      columns: { date: "A", supplier: "B" },
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: "header-not-found",
        severity: "error",
        sheet: "Purchases",
        cell: "A3",
        message:
          'Purchases!A3: sheet "Purchases" looks like receipts, but the add-in found no column for Product and Quantity, so its rows are not read and the balances of the products it would feed are incomplete; map the column for Product in the add-in\'s Sheets tab (its columns not mapped yet are headed "Remarks"), or give it a heading such as "Product".',
      }),
    ]);
    expect(ledger.receipts).toEqual([]);
  });

  it("flags a sheet named like a kind that has no header at all", async () => {
    const { sheets, findings } = readWorkbook(await throughXlsx(sheet("Deliveries", [["nothing here yet"]])));
    expect(sheets[0]).toMatchObject({ kind: "deliveries", headerRow: null, rows: 0, columns: {} });
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        "header-not-found",
        "warning",
        "A1",
        'Sheet "Deliveries" has no header row with a column for Date, Product and Quantity in its first 30 rows: add these column headings, or map the columns in the add-in.',
      ],
    ]);
  });

  it("does not look below row 30", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]);
    const { sheets } = readWorkbook(
      await throughXlsx(
        sheet("Data", [
          ...rows,
          ["Date", "Product", "Quantity", "Supplier"],
          [serial("2025-01-02"), "A", 1, "B"],
        ]),
      ),
    );
    expect(sheets[0]).toMatchObject({ kind: "unknown", headerRow: null });
  });
});

describe("the user's corrections in MB Config", () => {
  const books = (config: MbConfig) =>
    throughXlsx(
      sheet("Intake", [
        ["When", "What", "Gross", "Net (t)", "From"],
        [serial("2025-01-02"), "UCO", 12, 11.5, "Collector A"],
      ]),
      sheet("MB Config", plain(configSheetRows(config)), { visibility: "veryHidden" }),
    );

  it("reads a sheet whose header could not be found once the user has mapped its columns", async () => {
    const before = readWorkbook(await books({ mappings: [], settings: {}, marks: [], generated: [] }));
    // the name suggests receipts and "Net (t)" is a quantity, but one column is not a header row
    expect(before.sheets[0]).toMatchObject({ kind: "receipts", headerRow: null, rows: 0 });
    expect(before.findings.map((f) => [f.code, f.cell])).toEqual([["header-not-found", "A1"]]);

    const config: MbConfig = {
      mappings: [
        { sheet: "Intake", field: "date", column: "A", kind: "receipts" },
        { sheet: "Intake", field: "product", column: "B" },
        { sheet: "Intake", field: "quantity", column: "D" },
        { sheet: "Intake", field: "supplier", column: "E" },
      ],
      settings: {},
      marks: [],
      generated: [],
    };
    const after = readWorkbook(await books(config));
    expect(after.config.mappings).toEqual(config.mappings);
    expect(after.sheets[0]).toMatchObject({
      kind: "receipts",
      headerRow: 1,
      rows: 1,
      columns: { date: "A", product: "B", quantity: "D", supplier: "E" },
      units: { quantity: "t" },
      corrected: true,
    });
    expect(after.ledger.receipts[0]).toMatchObject({ quantity: "11.5", unit: "t", supplier: "Collector A" });
    expect(after.findings).toEqual([]);
  });

  it("moves a column that recognition got wrong, and unmaps one", async () => {
    const snapshot = await throughXlsx(
      sheet("Receipts", [
        ["Date", "Product", "Quantity", "Quantity (corrected)", "Supplier", "Site"],
        [serial("2025-01-02"), "UCO", 12, 11.5, "Collector A", "Old site name"],
      ]),
      sheet(
        "MB Config",
        plain(
          configSheetRows({
            mappings: [
              { sheet: "Receipts", field: "quantity", column: "D" },
              { sheet: "Receipts", field: "site", column: "" },
            ],
            settings: {},
            marks: [],
            generated: [],
          }),
        ),
        { visibility: "veryHidden" },
      ),
    );
    const { sheets, ledger } = readWorkbook(snapshot);
    expect(sheets[0]).toMatchObject({
      columns: { date: "A", product: "B", quantity: "D", supplier: "E" },
      corrected: true,
    });
    expect(sheets[0]!.columns.site).toBeUndefined();
    expect(withCellMaps(ledger.receipts)[0]).toMatchObject({
      quantity: "11.5",
      source: { cells: { quantity: "D2" } },
    });
    expect(ledger.receipts[0]!.site).toBeUndefined();
  });

  it("takes the kind from the sheet's name when the user mapped columns without choosing one", async () => {
    const snapshot = await throughXlsx(
      sheet("Deliveries", [
        ["Tag", "Was", "Wie viel"],
        [serial("2025-03-01"), "UCO", 7],
      ]),
      sheet(
        "MB Config",
        [
          ["mapping", "Deliveries", "date", "A"],
          ["mapping", "Deliveries", "product", "B"],
          ["mapping", "Deliveries", "quantity", "C"],
        ],
        { visibility: "veryHidden" },
      ),
    );
    const { sheets, ledger, findings } = readWorkbook(snapshot);
    expect(sheets[0]).toMatchObject({ kind: "deliveries", corrected: true, rows: 1 });
    expect(ledger.deliveries[0]).toMatchObject({ date: "2025-03-01", product: "UCO", quantity: "7" });
    expect(findings).toEqual([]);
  });

  it("leaves a sheet alone that the user marked as not part of the books", async () => {
    const snapshot = await throughXlsx(
      sheet("Receipts", [
        ["Date", "Product", "Quantity", "Supplier"],
        [serial("2025-01-02"), "UCO", 12, "A"],
      ]),
      sheet("MB Config", [["mapping", "Receipts", "ignore", "", "unknown"]], { visibility: "veryHidden" }),
    );
    const { sheets, ledger } = readWorkbook(snapshot);
    expect(sheets[0]).toMatchObject({ kind: "unknown", corrected: true, rows: 0 });
    expect(ledger.receipts).toEqual([]);
  });
});
