// The SD's receiving point through the real massbal declare on a real .xlsx (p-shipto): a
// deliveries column headed "Lieferadresse (Kunde)" is printed as the address of receipt/receiving
// point, and never as the dispatch point, which stays the own company's address.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, issuingReceipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const SHIP_TO = "Tanklager Süd, Hafenstr. 5, 20457 Hamburg";

/** label → value of each SD sheet of out.xlsx */
async function sdSheets(): Promise<Map<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "out.xlsx"));
  return wb.worksheets
    .filter((ws) => ws.name.startsWith("SD "))
    .map((ws) => {
      const m = new Map<string, unknown>();
      ws.eachRow((r) => m.set(String(r.getCell(1).text), r.getCell(2).text));
      return m;
    });
}

it('a "Lieferadresse (Kunde)" column is the SD\'s receiving point, never its dispatch point', async () => {
  const report = await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [
      [...deliveryHeader(), "Lieferadresse (Kunde)"],
      [...sale("2025-02-01", 50, null), SHIP_TO],
    ],
  );
  expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
  const [sd] = await sdSheets();
  expect(sd?.get("Address of receipt/receiving point")).toBe(SHIP_TO);
  expect(sd?.get("Address of dispatch/shipping point")).not.toBe(SHIP_TO);
  expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
});

it("a book without a delivery-address column: the receiving point is the recipient's", async () => {
  await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [deliveryHeader(), sale("2025-02-01", 50, null)],
  );
  const [sd] = await sdSheets();
  expect(sd?.get("Address of receipt/receiving point")).toBe("Same as recipient");
});

// (p-shipto2) the header has "Customer address" (sd-books.ts deliveryHeader): a second address column
// beside it, in several languages, is printed by its own words and never swaps the two
it.each(["Dirección de envío", "Versandadresse", "Indirizzo di spedizione", "Verzendadres", "Adres wysyłki"])(
  'beside "Customer address", a "%s" column is the receiving point; the recipient keeps its address',
  async (heading) => {
    await declareIntoCopy(
      folder.path,
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      [
        [...deliveryHeader(), heading],
        [...sale("2025-02-01", 50, null), SHIP_TO],
      ],
    );
    const [sd] = await sdSheets();
    expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
    expect(sd?.get("Address of receipt/receiving point")).toBe(SHIP_TO);
    expect(sd?.get("Address of dispatch/shipping point")).not.toBe(SHIP_TO);
  },
);

it('beside "Customer address", a plain "Adresse" holding another address is asked, never printed', async () => {
  for (const heading of ["Adresse"]) {
    const report = await declareIntoCopy(
      folder.path,
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      [
        [...deliveryHeader(), heading],
        [...sale("2025-02-01", 50, null), SHIP_TO],
      ],
    );
    // the row is refused at the second column's cell and no SD is issued on a guess
    expect(report.declarations).toEqual([]);
    const codes = report.findings.map((f) => `${f.code}@${f.place}`);
    expect(codes).toEqual(
      expect.arrayContaining(["invalid-value@Deliveries!H2", "mapping-uncertain@Deliveries!H1"]),
    );
  }
});

it("SAP's sold-to and ship-to parties: the SD is issued to the buyer, the ship-to party said at its heading", async () => {
  const pairs: [string, string][] = [
    ["Auftraggeber", "Warenempfänger"],
    ["Sold-to party", "Ship-to party"],
    ["Kunde", "Warenempfänger"],
  ];
  for (const [buyer, shipTo] of pairs) {
    const rows = [
      [...deliveryHeader().map((c) => (c === "Customer" ? buyer : c)), shipTo],
      [...sale("2025-02-01", 50, null), "Neste Porvoo Refinery"],
    ];
    const report = await declareIntoCopy(
      folder.path,
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      rows,
    );
    expect(report.declarations.map((d) => d.customer)).toEqual(["Fuel AG"]);
    const at = report.findings.filter((f) => f.place === "Deliveries!H1");
    expect(at.map((f) => f.code)).toEqual(["mapping-uncertain"]);
    expect(at[0]?.message).toContain("shipped to");
  }
});

// (brk20 A3) the consignee's address beside "Customer address", in several languages: before, the
// column was dropped without a word and the SD printed "Same as recipient"
it.each([
  "Anschrift Warenempfänger",
  "Consignee address",
  "Adresse du destinataire des marchandises",
  "Adres odbiorcy towaru",
])('beside "Customer address", a "%s" column is the SD\'s receiving point', async (heading) => {
  const report = await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [
      [...deliveryHeader(), heading],
      [...sale("2025-02-01", 50, null), SHIP_TO],
    ],
  );
  expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
  const [sd] = await sdSheets();
  expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
  expect(sd?.get("Address of receipt/receiving point")).toBe(SHIP_TO);
});

it("an address column read as none of the SD's addresses holds the SDs of its rows, said at its heading", async () => {
  const report = await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [
      [...deliveryHeader(), "Anschrift Lager"],
      [...sale("2025-02-01", 50, null), SHIP_TO],
      [...sale("2025-02-02", 40, null), null],
    ],
  );
  const at = report.findings.filter((f) => f.place === "Deliveries!H1");
  expect(at.map((f) => `${f.severity} ${f.code}`)).toEqual(["error mapping-uncertain"]);
  expect(at[0]?.message).toContain('"Delivery address"');
  // the row naming another address is held; the row naming none is issued
  expect(report.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual(["50 blocked", "40 new"]);
});

/** A sale declared from a sheet whose "Customer address" is headed "Delivery address", with a column `heading` holding `value`. */
function declareBesideDelivery(heading: string, value: string) {
  const header = deliveryHeader().map((c) => (c === "Customer address" ? "Delivery address" : c));
  return declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [
      [...header, heading],
      [...sale("2025-02-01", 50, null), value],
    ],
  );
}

// (brk21 5) an invoice's address is none of the SD's: beside "Customer address" it refused every row
// as a second customer address; beside a delivery address alone the SD printed it as the recipient's
it.each([
  "Rechnungsanschrift",
  "Invoice address",
  "Bill-to address",
  "Adresse de facturation",
  "Adres do faktury",
])(
  'beside "Customer address", a "%s" column is not printed: the SD is issued with the customer\'s address',
  async (heading) => {
    const report = await declareIntoCopy(
      folder.path,
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      [
        [...deliveryHeader(), heading],
        [...sale("2025-02-01", 50, null), "PO Box 100, 00101 Helsinki"],
      ],
    );
    expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
    expect(report.findings.filter((f) => f.place === "Deliveries!H1").map((f) => f.severity)).toEqual([
      "info",
    ]);
    const [sd] = await sdSheets();
    expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
    expect(sd?.get("Address of receipt/receiving point")).toBe("Same as recipient");
  },
);

it.each(["Factuuradres", "Dirección de facturación", "Indirizzo di fatturazione"])(
  'beside a delivery address alone, a "%s" column is never printed as the recipient\'s address',
  async (heading) => {
    const report = await declareBesideDelivery(heading, "PO Box 100, 00101 Helsinki");
    // the SD lacks the recipient's address: not issued, and the billing column said at its heading
    expect(report.declarations.map((d) => d.status)).toEqual(["blocked"]);
    expect(report.findings.map((f) => `${f.severity} ${f.code}@${f.place}`)).toEqual(
      expect.arrayContaining([
        "warning mapping-uncertain@Deliveries!H1",
        "error declaration-incomplete@Deliveries!E2",
      ]),
    );
  },
);

it.each(["Firmensitz Kunde", "Registered office", "Siège social client", "Siedziba klienta"])(
  'beside a delivery address alone, a "%s" column is the recipient\'s address the SD prints',
  async (heading) => {
    const report = await declareBesideDelivery(heading, "Keilaranta 21, 02150 Espoo");
    expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
    const [sd] = await sdSheets();
    expect(sd?.get("Address")).toBe("Keilaranta 21, 02150 Espoo");
    expect(sd?.get("Address of receipt/receiving point")).toBe("Hafenstr. 1, Hamburg");
  },
);

// (brk23 10) one address for the goods and the invoices is the recipient's: before, it was read as
// a billing address alone, and the SD was held for a recipient address the row had
it.each([
  "Rechnungs- und Lieferanschrift",
  "Billing/shipping address",
  "Adresse de livraison et de facturation",
  "Adresse Empfänger / Rechnung",
])(
  'a "%s" column in place of the customer address is the recipient\'s address the SD prints',
  async (heading) => {
    const header = deliveryHeader().map((c) => (c === "Customer address" ? heading : c));
    const report = await declareIntoCopy(
      folder.path,
      [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
      [header, sale("2025-02-01", 50, null)],
    );
    expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
    expect(report.findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
    const [sd] = await sdSheets();
    expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
  },
);
