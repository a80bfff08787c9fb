// Where the SD column is not found (p-sdno2, workbook/unmapped-sd.ts) or mixes SD numbers with
// other documents' numbers (sd-marks.ts), through real .xlsx files: the headings that may hold the
// SDs are named, a combined ledger's receipts are covered as a receipts sheet's are, and an invoice
// or delivery-note number in a delivery's SD column is refused at its cell, never issued.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { mayHoldSdNumbers } from "../../../src/workbook/unmapped-sd";
import { serial, sheet, throughXlsx } from "../fixtures";

const CERT = "EU-ISCC-Cert-DE100-1";
const sdColumn = (findings: Finding[]) =>
  findings.filter(
    (f) =>
      f.code === "mapping-uncertain" &&
      f.details &&
      "reason" in f.details &&
      f.details.reason === "sd-column-missing",
  );

/** A sustainable receipt: date, supplier, SD number, product, quantity, claim, certificate. */
const RECEIPT: CellValue[] = [
  serial("2025-02-20"),
  "Saipol",
  "SD-2025-77",
  "UCO",
  100,
  "EU RED compliant",
  CERT,
];

async function read(name: string, rows: CellValue[][]) {
  const formats = Object.fromEntries(rows.map((_, i) => [`A${i + 1}`, "yyyy-mm-dd"]));
  return readWorkbook(await throughXlsx(sheet(name, rows, { formats })));
}

describe("a receipts sheet without an SD column names the headings that may hold the SDs", () => {
  const head = (h: string) => [
    "Date",
    "Supplier",
    h,
    "Product",
    "Quantity (t)",
    "Claim",
    "Supplier certificate",
  ];
  const row = RECEIPT;

  it.each(["#", "№", "NwN-Nr.", "Certificate / SD", "Nº", "Beleg-Nr."])(
    "%p is left unmapped and named as the column that may hold them",
    async (h) => {
      expect(mayHoldSdNumbers(h)).toBe(true);
      const { ledger, findings, sheets } = await read("Receipts", [head(h), row]);
      expect(sheets[0]!.columns.sdNumber).toBeUndefined();
      const [said] = sdColumn(findings);
      expect(said).toMatchObject({ cell: "C1", severity: "error", details: { value: `"${h}"` } });
      expect(ledger.receipts[0]!.unreadable).toContain("sdNumber");
    },
  );

  it.each(["SD/PoS", "PoS-Nr.", "Nachweis"])(
    "%p is read as the SD column where it is the only one; left unmapped, it would be named",
    async (h) => {
      expect(mayHoldSdNumbers(h)).toBe(true);
      const { ledger, findings, sheets } = await read("Receipts", [head(h), row]);
      expect(sheets[0]!.columns.sdNumber).toBe("C");
      expect(sdColumn(findings)).toEqual([]);
      expect(ledger.receipts[0]!.sdNumber).toBe("SD-2025-77");
    },
  );

  it.each(["Invoice #", "Lieferschein-Nr.", "Delivery note no.", "Certificate", "Remarks", "Supplier"])(
    "%p names no SD",
    (h) => {
      expect(mayHoldSdNumbers(h)).toBe(false);
    },
  );
});

describe("a combined ledger without an SD column", () => {
  const HEAD = [
    "Date",
    "Type",
    "Supplier or customer",
    "Nº",
    "Product",
    "Quantity (t)",
    "Claim",
    "Certificate",
  ];
  // the receipts sheet's row, typed "In" after its date
  const inRow: CellValue[] = [serial("2025-02-20"), "In", ...RECEIPT.slice(1)];
  const outRow: CellValue[] = [
    serial("2025-03-01"),
    "Out",
    "Fuel AG",
    "RE-1",
    "UCO",
    40,
    "EU RED compliant",
    null,
  ];

  it("is said at its header where its receipts show signs; its receipts give no credit, its deliveries keep theirs", async () => {
    const { ledger, findings, sheets } = await read("Journal", [HEAD, inRow, outRow]);
    expect(sheets[0]!.kind).toBe("ledger");
    expect(sheets[0]!.columns.sdNumber).toBeUndefined();
    expect(sdColumn(findings)).toEqual([
      expect.objectContaining({
        sheet: "Journal",
        cell: "D1",
        severity: "error",
        details: expect.objectContaining({ value: '"Nº"' }),
      }),
    ]);
    expect(ledger.receipts.map((r) => r.unreadable)).toEqual([["sdNumber"]]);
    expect(ledger.deliveries.map((d) => d.unreadable ?? [])).toEqual([[]]);
  });

  it("says nothing where only its deliveries state a claim", async () => {
    const plain: CellValue[] = [serial("2025-02-20"), "In", "Bauer", "L-1", "UCO", 100, null, null];
    const { findings } = await read("Journal", [HEAD, plain, outRow]);
    expect(sdColumn(findings)).toEqual([]);
  });
});

describe("a delivery SD column mixing other documents' numbers", () => {
  const head = (h: string) => ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", h];
  const sale = (sd: CellValue): CellValue[] => [serial("2025-03-01"), "Fuel AG", "UCO", 10, "yes", sd];

  it.each([
    ["RE-4711", "an invoice number"],
    ["INV-2025-17", "an invoice number"],
    ["RG 2025/17", "an invoice number"],
    ["Rechnung 4711", "an invoice number"],
    ["Invoice 2025-17", "an invoice number"],
    ["Facture 17", "an invoice number"],
    ["LS-4711", "a delivery-note number"],
    ["Lieferschein 4711", "a delivery-note number"],
    ["Delivery note 88", "a delivery-note number"],
    ["CMR 5512", "a delivery-note number"],
    ["PO-88", "an order number"],
    ["Auftrag 12", "an order number"],
  ])('%p under "SD / Invoice" is refused at its cell as %p', async (value, kind) => {
    const { ledger, findings, sheets } = await read("Deliveries", [
      head("SD / Invoice"),
      sale(value),
      sale("SD-2025-0001"),
    ]);
    expect(sheets[0]!.columns.sdNumber).toBe("F");
    const refused = findings.filter((f) => f.cell === "F2");
    expect(refused).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        severity: "error",
        details: expect.objectContaining({ reason: "sd-other-document", read: kind }),
      }),
    ]);
    // the SD number in the same column is read; the other document's number is no SD
    expect(ledger.deliveries.map((d) => d.sdNumber)).toEqual([undefined, "SD-2025-0001"]);
    expect(ledger.usedSdNumbers).not.toContain(value);
  });
});
