// Every kind of sheet in one English workbook, plus what must never be read as input.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx, withCellMaps } from "../fixtures";
import { cellsOf } from "../../../src/engine/source-cells";

// each test writes and reads a real .xlsx of eleven sheets: more than jest's 5 s on a busy machine
jest.setTimeout(30_000);

async function books() {
  return readWorkbook(
    await throughXlsx(
      sheet(
        "Receipts",
        [
          [
            "Date",
            "Product",
            "Qty (MT)",
            "Supplier",
            "Supplier certificate no.",
            "PoS number",
            "Scheme",
            "Raw material",
            "Country of origin",
            "Waste/Residue",
            "Annex IX part",
            "GHG total",
            "GHG unit",
            "GHG method",
            "Installation start date",
            "Site",
          ],
          [
            serial("2025-01-05"),
            "UCO",
            24.5,
            "Collector A",
            "EU-ISCC-Cert-DE1",
            "PoS-1",
            "ISCC-EU",
            "Used cooking oil",
            "DE",
            "yes",
            "B",
            14.2,
            "g CO2eq/MJ",
            "DDV",
            serial("2012-05-01"),
            "Hamburg",
          ],
        ],
        { formats: { A2: "yyyy-mm-dd", O2: "yyyy-mm-dd" } },
      ),
      sheet("Sales", [
        [
          "Delivery date",
          "Product",
          "Quantity",
          "Unit",
          "Customer",
          "Customer address",
          "Customer certificate",
          "Sustainable",
          "Claim",
          "Linked SDs",
          "SD number",
        ],
        [
          "2025-02-01",
          "UCO",
          10,
          "kg",
          "Refinery B",
          "Port 1, Rotterdam",
          "EU-ISCC-Cert-NL2",
          "yes",
          "EU RED compliant",
          "PoS-1; PoS-9",
          "ACME-2025-0001",
        ],
      ]),
      sheet("Production", [
        ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", "Site"],
        ["2025-02-10", "Rapeseed", 100, "Rapeseed oil", 41.5, "Mannheim"],
      ]),
      sheet("Factors", [
        ["Input product", "Output product", "Conversion factor", "Valid from", "Valid to"],
        ["Rapeseed", "Rapeseed oil", 0.415, "2025-01-01", "2025-12-31"],
      ]),
      sheet("Stock count", [
        ["Count date", "Product", "Physical stock [t]", "Site"],
        ["2025-03-31", "UCO", 14.5, "Hamburg"],
      ]),
      sheet("Certificates", [
        ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
        ["EU-ISCC-Cert-DE1", "Collector A", "ISCC EU", "2024-06-01", "2025-05-31", "valid"],
      ]),
      sheet("Sites", [
        ["Site", "Company", "Country", "Certificate", "Certification body"],
        ["Hamburg", "Acme GmbH", "DE", "EU-ISCC-Cert-DE9", "CB One"],
      ]),
      sheet("Transfers", [
        ["Date", "From site", "To site", "Product", "Quantity (t)"],
        ["2025-03-01", "Hamburg", "Mannheim", "UCO", 5],
      ]),
      sheet("Settings", [
        ["Settings of these books"],
        [],
        ["Company name", "Acme GmbH"],
        ["Company address", "Hafenstraße 1, Hamburg"],
        ["Own certificate", "EU-ISCC-Cert-DE9"],
        ["Scheme", "ISCC EU"],
        ["Period length (months)", 3],
        ["First period start", "01.01.2025"],
        ["SD number prefix", "ACME"],
      ]),
      sheet("Notes", [["These books are kept by the site clerk."], ["Ask Anna before changing anything."]]),
      sheet("MB Summary", [
        ["Date", "Product", "Quantity", "Supplier"],
        [serial("2025-01-05"), "UCO", 99, "Nobody"],
      ]),
      sheet("SD ACME-2025-0002", [
        ["Sustainability Declaration"],
        ["Date", "Product", "Quantity", "Customer"],
      ]),
      sheet("MB Declarations", [
        ["SD number", "Status", "Quantity", "Delivery sheet", "Delivery row", "Fingerprint (SHA-256)"],
        ["ACME-2025-0001", "Issued", 10, "Sales", 2, "ab12"],
        [null, null, 3, null, null, null],
        ["ACME-2025-0002", "Issued", 4.5, "Sales", 9, "cd34"],
      ]),
      sheet("MB Config", [["MB Config"], ["setting", "sdPrefix", "ACME-EU"]], { visibility: "veryHidden" }),
    ),
  );
}

describe("sheet kinds", () => {
  it("recognises each kind with its header row and columns, and leaves unknown sheets alone", async () => {
    const { sheets } = await books();
    expect(
      sheets.map(({ name, kind, headerRow, rows, columns }) => ({ name, kind, headerRow, rows, columns })),
    ).toEqual([
      {
        name: "Receipts",
        kind: "receipts",
        headerRow: 1,
        rows: 1,
        columns: {
          date: "A",
          product: "B",
          quantity: "C",
          supplier: "D",
          supplierCertificate: "E",
          sdNumber: "F",
          scheme: "G",
          rawMaterial: "H",
          countryOfOrigin: "I",
          wasteResidue: "J",
          annexIxPart: "K",
          "ghg.total": "L",
          "ghg.unit": "M",
          "ghg.method": "N",
          installationStartDate: "O",
          site: "P",
        },
      },
      {
        name: "Sales",
        kind: "deliveries",
        headerRow: 1,
        rows: 1,
        columns: {
          date: "A",
          product: "B",
          quantity: "C",
          unit: "D",
          customer: "E",
          customerAddress: "F",
          customerCertificate: "G",
          sustainable: "H",
          claim: "I",
          linkedSds: "J",
          sdNumber: "K",
        },
      },
      {
        name: "Production",
        kind: "production",
        headerRow: 1,
        rows: 1,
        columns: {
          date: "A",
          inputProduct: "B",
          inputQuantity: "C",
          outputProduct: "D",
          outputQuantity: "E",
          site: "F",
        },
      },
      {
        name: "Factors",
        kind: "factors",
        headerRow: 1,
        rows: 1,
        columns: { inputProduct: "A", outputProduct: "B", factor: "C", validFrom: "D", validTo: "E" },
      },
      {
        name: "Stock count",
        kind: "stock",
        headerRow: 1,
        rows: 1,
        columns: { date: "A", product: "B", quantity: "C", site: "D" },
      },
      {
        name: "Certificates",
        kind: "certificates",
        headerRow: 1,
        rows: 1,
        columns: {
          certificateNumber: "A",
          holder: "B",
          scheme: "C",
          validFrom: "D",
          validUntil: "E",
          status: "F",
        },
      },
      {
        name: "Sites",
        kind: "sites",
        headerRow: 1,
        rows: 1,
        columns: { site: "A", company: "B", country: "C", certificateNumber: "D", certificationBody: "E" },
      },
      {
        name: "Transfers",
        kind: "transfers",
        headerRow: 1,
        rows: 1,
        columns: { date: "A", fromSite: "B", toSite: "C", product: "D", quantity: "E" },
      },
      {
        name: "Settings",
        kind: "settings",
        headerRow: null,
        rows: 7,
        columns: {
          companyName: "B",
          companyAddress: "B",
          ownCertificate: "B",
          scheme: "B",
          periodMonths: "B",
          periodStart: "B",
          sdPrefix: "B",
        },
      },
      { name: "Notes", kind: "unknown", headerRow: null, rows: 0, columns: {} },
    ]);
  });

  it("reads no generated sheet as input and makes no findings on a clean workbook", async () => {
    const { findings, ledger } = await books();
    expect(findings).toEqual([]);
    expect(ledger.receipts.map((r) => r.supplier)).toEqual(["Collector A"]);
  });

  it("maps every kind to its engine records with addresses", async () => {
    const { ledger } = await books();
    expect(withCellMaps(ledger.receipts)[0]).toEqual({
      date: "2025-01-05",
      product: "UCO",
      quantity: "24.5",
      unit: "t",
      supplier: "Collector A",
      supplierCertificate: "EU-ISCC-Cert-DE1",
      sdNumber: "PoS-1",
      scheme: "ISCC EU",
      rawMaterial: "Used cooking oil",
      countryOfOrigin: "DE",
      wasteResidue: "yes",
      annexIxPart: "B",
      ghg: { total: "14.2", unit: "g CO2eq/MJ", method: "DDV" },
      installationStartDate: "2012-05-01",
      site: "Hamburg",
      source: {
        sheet: "Receipts",
        row: 2,
        cells: {
          date: "A2",
          product: "B2",
          quantity: "C2",
          unit: "C1",
          supplier: "D2",
          supplierCertificate: "E2",
          sdNumber: "F2",
          scheme: "G2",
          rawMaterial: "H2",
          countryOfOrigin: "I2",
          wasteResidue: "J2",
          annexIxPart: "K2",
          "ghg.total": "L2",
          "ghg.unit": "M2",
          "ghg.method": "N2",
          installationStartDate: "O2",
          site: "P2",
        },
      },
    });
    expect(ledger.deliveries[0]).toMatchObject({
      date: "2025-02-01",
      quantity: "10",
      unit: "kg",
      customer: "Refinery B",
      customerAddress: "Port 1, Rotterdam",
      sustainable: "yes",
      linkedSds: ["PoS-1", "PoS-9"],
      sdNumber: "ACME-2025-0001",
      source: { sheet: "Sales", row: 2 },
    });
    expect(cellsOf(ledger.deliveries[0]!.source)).toMatchObject({ unit: "D2", linkedSds: "J2" });
    expect(withCellMaps(ledger.production)).toEqual([
      {
        date: "2025-02-10",
        inputProduct: "Rapeseed",
        inputQuantity: "100",
        outputProduct: "Rapeseed oil",
        outputQuantity: "41.5",
        // the output's own header unit, kept apart from the input's (issue 13 break-test #3)
        outputUnit: "t",
        unit: "t",
        site: "Mannheim",
        source: {
          sheet: "Production",
          row: 2,
          cells: {
            date: "A2",
            inputProduct: "B2",
            inputQuantity: "C2",
            outputProduct: "D2",
            outputQuantity: "E2",
            outputUnit: "E1",
            site: "F2",
            unit: "C1",
          },
        },
      },
    ]);
    expect(ledger.factors[0]).toMatchObject({
      factor: "0.415",
      validFrom: "2025-01-01",
      validTo: "2025-12-31",
    });
    expect(ledger.stockCounts[0]).toMatchObject({
      date: "2025-03-31",
      quantity: "14.5",
      unit: "t",
      site: "Hamburg",
    });
    expect(ledger.certificates[0]).toMatchObject({
      certificateNumber: "EU-ISCC-Cert-DE1",
      validFrom: "2024-06-01",
      validUntil: "2025-05-31",
      status: "valid",
      source: { sheet: "Certificates", row: 2 },
    });
    expect(ledger.sites[0]).toMatchObject({
      site: "Hamburg",
      company: "Acme GmbH",
      certificationBody: "CB One",
    });
    expect(ledger.transfers[0]).toMatchObject({
      fromSite: "Hamburg",
      toSite: "Mannheim",
      quantity: "5",
      unit: "t",
    });
  });

  it("reads settings from the settings sheet, with MB Config winning", async () => {
    const { ledger, config } = await books();
    expect(config.settings).toEqual({ sdPrefix: "ACME-EU" });
    expect(ledger.settings).toEqual({
      companyName: "Acme GmbH",
      companyAddress: "Hafenstraße 1, Hamburg",
      ownCertificate: "EU-ISCC-Cert-DE9",
      scheme: "ISCC EU",
      periodMonths: 3,
      periodStart: "2025-01-01",
      sdPrefix: "ACME-EU",
      source: {
        sheet: "Settings",
        row: 3,
        cells: {
          companyName: "B3",
          companyAddress: "B4",
          ownCertificate: "B5",
          scheme: "B6",
          periodMonths: "B7",
          periodStart: "B8",
          sdPrefix: "B9",
        },
      },
    });
  });

  it("reads the declaration register and counts every SD number in the workbook as used", async () => {
    const { ledger } = await books();
    expect(ledger.issued).toEqual([
      {
        number: "ACME-2025-0001",
        status: "Issued",
        quantity: "10",
        deliverySheet: "Sales",
        deliveryRow: 2,
        fingerprint: "ab12",
        source: {
          sheet: "MB Declarations",
          row: 2,
          cells: {
            number: "A2",
            status: "B2",
            quantity: "C2",
            deliverySheet: "D2",
            deliveryRow: "E2",
            fingerprint: "F2",
          },
        },
      },
      expect.objectContaining({
        number: "ACME-2025-0002",
        quantity: "4.5",
        deliveryRow: 9,
        fingerprint: "cd34",
      }),
    ]);
    expect([...ledger.usedSdNumbers!].sort()).toEqual(["ACME-2025-0001", "ACME-2025-0002", "PoS-1"]);
  });
});
