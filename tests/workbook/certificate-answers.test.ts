// (p-certyn) A heading that names the certificate or a scheme ("Certificado", "Certificato",
// "Zertifikat", "ISCC") heads a certificate's number or a yes/no answer: its values decide. Before,
// a yes/no column under it was kept off the certificate field by its values and then read as
// nothing: "Certificado" no beside "Sostenible" sí was dropped and the delivery declared.
import { runEngine } from "../../src/engine/index";
import type { CellValue } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/read";
import { serial, sheet } from "./fixtures";
import { numberedReceipt, RECEIPT_HEAD, receipt } from "./part-sheets";

const D = serial("2025-02-01");

/** A heading of the certificate, the yes/no heading beside it, and that language's yes and no. */
const HEADINGS: [string, string, string, string][] = [
  ["Zertifikat", "Nachhaltig", "ja", "nein"],
  ["ISCC Zertifikat", "Nachhaltig", "ja", "nein"],
  ["Certificate", "Sustainable", "yes", "no"],
  ["ISCC", "Sustainable", "yes", "no"],
  ["Certificat", "Durable", "oui", "non"],
  ["Certificaat", "Duurzaam", "ja", "nee"],
  ["Certyfikat", "Zrównoważony", "tak", "nie"],
  ["Certificado", "Sostenible", "sí", "no"],
  ["Certificado ISCC", "Sostenible", "sí", "no"],
  ["Certificado", "Sustentável", "sim", "não"],
  ["Certificato", "Sostenibile", "sì", "no"],
  ["Zertifikat", "Nachhaltig", "x", ""],
  ["Certificate", "Sustainable", "x", ""],
  ["Certificado", "Sostenible", "x", ""],
];

const cell = (v: string): CellValue => (v === "" ? null : v);

/** A receipts sheet of 500 t (so that deliveries have something to draw on) and `sales` rows under `head`. */
function book(head: string[], sales: CellValue[][]) {
  const receipts = sheet("Receipts", [RECEIPT_HEAD, receipt(500)]);
  return readWorkbook({ name: "books.xlsx", sheets: [receipts, sheet("Sales", [head, ...sales])] });
}

const sale = (qty: number, ...more: CellValue[]): CellValue[] => [
  D,
  "C1 AG",
  "Hafenstr. 1",
  "Rapeseed oil",
  qty,
  ...more,
];
const SALES_HEAD = ["Date", "Customer", "Customer address", "Product", "Quantity (t)"];

describe("a yes/no column headed by the certificate, beside the yes/no column read", () => {
  it.each(HEADINGS)(
    "deliveries: %s (%s) %s / %s: refused at its heading, no delivery declared",
    (cert, flag, yes, no) => {
      const read = book([...SALES_HEAD, flag, cert], [sale(100, yes, cell(yes)), sale(60, yes, cell(no))]);
      const at = read.findings.filter((f) => f.code === "mapping-uncertain").map((f) => [f.sheet, f.cell]);
      expect(at).toEqual([["Sales", "G1"]]);
      expect(read.ledger.deliveries.map((d) => d.unreadable)).toEqual([["sustainable"], ["sustainable"]]);
      expect(runEngine(read.ledger, { findings: read.findings }).declarations).toEqual([]);
    },
  );

  it.each(HEADINGS)(
    "receipts: %s (%s) %s / %s: refused at its heading, only the receipt it says yes of credited",
    (cert, flag, yes, no) => {
      const rows = [
        [...RECEIPT_HEAD, flag, cert],
        numberedReceipt(1, 100, true, yes, cell(yes)),
        numberedReceipt(2, 60, true, yes, cell(no)),
      ];
      const read = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
      const result = runEngine(read.ledger, { findings: read.findings });
      const at = result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell]);
      expect(at).toEqual([["mapping-uncertain", "J1"]]);
      expect(result.balances.map((b) => [String(b.received), b.complete])).toEqual([["100", false]]);
    },
  );

  // the control: a heading of something else beside it is no yes/no column, and the deliveries are declared
  it("deliveries beside a Notes column of sí and no: declared (the test above can fail)", () => {
    const read = book([...SALES_HEAD, "Sostenible", "Notes"], [sale(100, "sí", "sí"), sale(60, "sí", "no")]);
    expect(runEngine(read.ledger, { findings: read.findings }).declarations).toHaveLength(2);
  });
});

const NUMBERS: [string, string] = ["EU-ISCC-Cert-DE105-40012345", "EU-ISCC-Cert-ES216-20004567"];

describe("certificate numbers under the same headings", () => {
  const certs = [...new Set(HEADINGS.map((h) => h[0]).filter((h) => h !== "ISCC"))];
  it.each(certs)("deliveries: %s is the customer's certificate, nothing refused", (cert) => {
    const read = book(
      [...SALES_HEAD, "Sustainable", cert],
      [sale(100, "yes", NUMBERS[0]), sale(60, "yes", NUMBERS[1])],
    );
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.ledger.deliveries.map((d) => [d.customerCertificate, d.unreadable])).toEqual([
      [NUMBERS[0], undefined],
      [NUMBERS[1], undefined],
    ]);
  });

  it.each(certs)("receipts: %s is the supplier's certificate, nothing refused", (cert) => {
    const rows = [
      [...RECEIPT_HEAD, "Sustainable", cert],
      numberedReceipt(1, 100, true, "yes", NUMBERS[0]),
      numberedReceipt(2, 60, true, "yes", NUMBERS[1]),
    ];
    const read = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.ledger.receipts.map((r) => r.supplierCertificate)).toEqual(NUMBERS);
  });
});

/** A heading of the certificate, a number under it, that language's no. */
const MIXED: [string, string][] = [
  ["Zertifikat", "nein"],
  ["ISCC Zertifikat", "nein"],
  ["Certificate", "no"],
  ["Certificat", "non"],
  ["Certificaat", "nee"],
  ["Certyfikat", "nie"],
  ["Certificado", "no"],
  ["Certificado ISCC", "no"],
  ["Certificado", "não"],
  ["Certificato", "no"],
  ["Zertifikat", "x"],
];

describe("certificate numbers and yes/no answers in one column", () => {
  it.each(MIXED)(
    "deliveries: %s with a number and %s: refused at its heading, no delivery declared",
    (cert, no) => {
      const rows = [sale(100, "yes", NUMBERS[0]), sale(60, "yes", no)];
      const read = book([...SALES_HEAD, "Sustainable", cert], rows);
      const said = read.findings.filter((f) => f.code === "mapping-uncertain");
      expect(said.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["G1", "certificate-or-answer"],
      ]);
      expect(said[0]?.message).toContain(`Write the certificate's number in every row of "${cert}"`);
      // the answer's cell is no certificate number either (p-sdcell certificate-cells.ts)
      expect(read.ledger.deliveries.map((d) => d.unreadable)).toEqual([
        ["sustainable"],
        ["customerCertificate", "sustainable"],
      ]);
      expect(runEngine(read.ledger, { findings: read.findings }).declarations).toEqual([]);
    },
  );

  it.each(MIXED)(
    "receipts: %s with a number and %s: refused at its heading, the balance incomplete",
    (cert, no) => {
      const rows = [
        [...RECEIPT_HEAD, "Sustainable", cert],
        numberedReceipt(1, 100, true, "yes", NUMBERS[0]),
        numberedReceipt(2, 60, true, "yes", no),
      ];
      const read = readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
      const said = read.findings.filter((f) => f.severity === "error");
      expect(said.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["J1", "certificate-or-answer"],
        // the answer's cell is no certificate number either (p-sdcell certificate-cells.ts)
        ["J3", "not-certificate-number"],
      ]);
      const result = runEngine(read.ledger, { findings: read.findings });
      expect(result.balances.map((b) => b.complete)).toEqual([false]);
    },
  );

  // the control: a certificate column of numbers and a placeholder ("-") is the certificate
  it('deliveries: Certificado with a number and "-": the certificate, nothing refused at its heading', () => {
    const read = book(
      [...SALES_HEAD, "Sustainable", "Certificado"],
      [sale(100, "yes", NUMBERS[0]), sale(60, "yes", "-")],
    );
    expect(read.findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
  });
});
