// A German-headed combined ledger as a site clerk keeps it: a title block above the header,
// numbers typed as text in the German convention, a totals row, an #N/A and two bad cells.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx, withCellMaps } from "../fixtures";

async function germanBooks() {
  return readWorkbook(
    await throughXlsx(
      sheet(
        "Bestandsbuch 2025",
        [
          ["Massenbilanz Rapsöl – Standort Mannheim"],
          ["Firma: Müller Biofuels GmbH"],
          [],
          [
            "Datum",
            "Vorgang",
            "Produkt",
            "Menge (t)",
            "Lieferant/Kunde",
            "Zertifikat",
            "Nachhaltigkeitsnachweis-Nr.",
            "THG [g CO2eq/MJ]",
          ],
          [
            "02.01.2025",
            "Eingang",
            "Rapsöl",
            "1.250,000",
            "Ölmühle Süd GmbH",
            "EU-ISCC-Cert-DE105-11111",
            "NN-2025-001",
            "28,4",
          ],
          [
            serial("2025-01-10"),
            "Ausgang",
            "Rapsöl",
            "800,5",
            "Stadtwerke Nord",
            "EU-ISCC-Cert-DE105-22222",
            "MB-2025-001",
            null,
          ],
          [
            "15.01.2025",
            "Zugang",
            "Rapsöl",
            400,
            "Saipol",
            "EU-ISCC-Cert-FR201-33333",
            "SD-77",
            { error: "#N/A" },
          ],
          ["20.01.2025", "Abgang", "Rapsöl", "viel", "Stadtwerke Nord", null, null, null],
          ["31.02.2025", "Eingang", "Rapsöl", 100, "Saipol", null, "SD-78", null],
          ["Summe", null, null, "1.849,5"],
          [],
          ["Geprüft: K. Weber", null, null, "999"],
        ],
        { formats: { A6: "dd.mm.yyyy" }, merges: ["A1:H1"] },
      ),
    ),
  );
}

describe("a German combined ledger with a title block", () => {
  it("is recognised as a ledger with its header in row 4 and every column mapped", async () => {
    const { sheets } = await germanBooks();
    expect(sheets).toEqual([
      {
        name: "Bestandsbuch 2025",
        kind: "ledger",
        headerRow: 4,
        rows: 5,
        columns: {
          date: "A",
          direction: "B",
          product: "C",
          quantity: "D",
          counterparty: "E",
          certificate: "F",
          sdNumber: "G",
          "ghg.total": "H",
        },
        units: { quantity: "t", "ghg.total": "g CO2eq/MJ" },
        headers: {
          date: "Datum",
          direction: "Vorgang",
          product: "Produkt",
          quantity: "Menge (t)",
          counterparty: "Lieferant/Kunde",
          certificate: "Zertifikat",
          sdNumber: "Nachhaltigkeitsnachweis-Nr.",
          "ghg.total": "THG [g CO2eq/MJ]",
        },
        corrected: false,
        confidence: {
          date: "exact",
          direction: "exact",
          product: "exact",
          quantity: "exact",
          counterparty: "exact",
          certificate: "exact",
          sdNumber: "exact",
          "ghg.total": "exact",
        },
        notes: {},
      },
    ]);
  });

  it("reports exactly the #N/A, the text quantity and the impossible date, at their cells", async () => {
    const { findings } = await germanBooks();
    expect(findings.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }))).toEqual([
      { code: "cell-error", severity: "error", sheet: "Bestandsbuch 2025", cell: "H7" },
      { code: "invalid-number", severity: "error", sheet: "Bestandsbuch 2025", cell: "D8" },
      { code: "invalid-date", severity: "error", sheet: "Bestandsbuch 2025", cell: "A9" },
      // (p-ledgerdir) "Summe 1.849,5" is neither in less out (849.5) nor in and out added (2,450.5)
      { code: "totals-row", severity: "warning", sheet: "Bestandsbuch 2025", cell: "A10" },
    ]);
    expect(findings[3]!.details).toMatchObject({ reason: "sum-differs", stated: "1849.5" });
    expect(findings[0]!.message).toBe(
      "'Bestandsbuch 2025'!H7: the cell shows #N/A instead of GHG emissions total (E); correct the formula or type the value (the row gives no sustainable credit until it is corrected; its credit is unknown, not none, so the balances it feeds are incomplete).",
    );
    expect(findings[1]!.message).toContain('"viel" in Quantity is not a number');
    expect(findings[2]!.message).toContain('"31.02.2025" in Date is not a date');
  });

  it("turns Eingang/Zugang into receipts and Ausgang into a delivery, with German numbers and every address", async () => {
    const { ledger } = await germanBooks();
    expect(withCellMaps(ledger.receipts)).toEqual([
      {
        date: "2025-01-02",
        product: "Rapsöl",
        quantity: "1250",
        unit: "t",
        supplier: "Ölmühle Süd GmbH",
        supplierCertificate: "EU-ISCC-Cert-DE105-11111",
        sdNumber: "NN-2025-001",
        ghg: { total: "28.4", unit: "g CO2eq/MJ" },
        source: {
          sheet: "Bestandsbuch 2025",
          row: 5,
          cells: {
            date: "A5",
            product: "C5",
            quantity: "D5",
            unit: "D4",
            supplier: "E5",
            supplierCertificate: "F5",
            sdNumber: "G5",
            "ghg.total": "H5",
            "ghg.unit": "H4",
          },
        },
      },
      {
        date: "2025-01-15",
        product: "Rapsöl",
        quantity: "400",
        unit: "t",
        supplier: "Saipol",
        supplierCertificate: "EU-ISCC-Cert-FR201-33333",
        sdNumber: "SD-77",
        // the #N/A hides a GHG value that exists: listed, never read as blank
        unreadable: ["ghg.total"],
        source: {
          sheet: "Bestandsbuch 2025",
          row: 7,
          cells: {
            date: "A7",
            product: "C7",
            quantity: "D7",
            unit: "D4",
            supplier: "E7",
            supplierCertificate: "F7",
            sdNumber: "G7",
          },
        },
      },
    ]);
    expect(withCellMaps(ledger.deliveries)).toEqual([
      {
        date: "2025-01-10",
        product: "Rapsöl",
        quantity: "800.5",
        unit: "t",
        customer: "Stadtwerke Nord",
        customerCertificate: "EU-ISCC-Cert-DE105-22222",
        sdNumber: "MB-2025-001",
        source: {
          sheet: "Bestandsbuch 2025",
          row: 6,
          cells: {
            date: "A6",
            product: "C6",
            quantity: "D6",
            unit: "D4",
            customer: "E6",
            customerCertificate: "F6",
            sdNumber: "G6",
          },
        },
      },
    ]);
    // the SD number of the row left out for its date is still taken
    expect(ledger.usedSdNumbers).toEqual(["NN-2025-001", "MB-2025-001", "SD-77", "SD-78"]);
  });
});
