// (brk11) Through the real massbal declare on a real .xlsx: a deliveries column answered yes/no
// under a certificate or SD heading ("Zertifikat" ja/nein, "SD ausgestellt (ja/nein)"), a "Typ"
// column of "mit SD" / "ohne SD" and a scheme's name with a yes/no marker ("ISCC (Y/N)") are held
// at their heading: no delivery of the sheet is declared, never the "nein" one. Before, the first
// was read as the customer's certificate number, the second as the SD number, the third was not
// read, the fourth was read as Sustainable: the "nein" / "ohne SD" delivery was declared or drawn.
// A supplier certificate headed "ISCC No." or "Certificaatnr." is read and checked against the
// register: an expired one gives no credit.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, sale } from "./sd-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** A deliveries header without a Sustainable column, its last column headed `heading`. */
const header = (heading: string): Cell[] => [
  "Date",
  "Customer",
  "Customer address",
  "Product",
  "Quantity (t)",
  heading,
];
/** A sale of `qty` t on `date` whose last cell is `answer` (the Sustainable column of sale() dropped). */
const row = (date: string, qty: number, answer: string): Cell[] => [
  ...sale(date, qty, null).slice(0, 5),
  answer,
];

describe("a yes/no column on deliveries is held at its heading, never declared past", () => {
  it.each([
    ["Zertifikat", "ja", "nein"],
    ["SD ausgestellt (ja/nein)", "ja", "nein"],
    ["Typ", "mit SD", "ohne SD"],
    ["Type", "with PoS", "without PoS"],
    ["Catégorie", "avec DD", "sans DD"],
    ["ISCC (Y/N)", "Y", "N"],
    ["ISCC (ja/nein)", "ja", "nein"],
    ["REDcert", "sí", "no"],
  ])("%s (%s / %s): an error at F1, no declaration", async (heading, yes, no) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [header(heading), row("2025-02-10", 30, yes), row("2025-02-20", 20, no)],
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain" && f.sheet === "Deliveries");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([["error", "F1"]]);
    expect(said[0]?.message).toContain("no delivery of this sheet is declared until the column is mapped");
    expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
  });
});

describe("a supplier certificate under a heading the reader did not know is read and checked", () => {
  const SUPPLIER = "EU-ISCC-Cert-FR200-1";
  const OWN = "EU-ISCC-Cert-FR201-2";
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  /** 100 t of UCO from France, EU RED compliant at 10.5 g CO2eq/MJ, a waste. */
  const UCO_LOT = ["UCO", 100, "Used cooking oil", "FR", "EU RED compliant", 10.5, "yes"];

  it.each(["ISCC No.", "N° ISCC", "Certificaatnr.", "ISCC-Nr. Lieferant", "N° certificat fournisseur"])(
    "%s: the expired certificate is found at its cell and the receipt gives no credit",
    async (heading) => {
      const wb = new ExcelJS.Workbook();
      const add = (name: string, rows: unknown[][]) => wb.addWorksheet(name).addRows(rows);
      add("Settings", [
        ["Setting", "Value"],
        ["Company name", "Négoce SA"],
        ["Company address", "1 quai du Port, 13002 Marseille"],
        ["Own certificate", OWN],
      ]);
      add("Certificates", [
        ["Certificate number", "Holder", "Scheme", "Valid from", "Valid until"],
        [SUPPLIER, "Huiles SARL", "ISCC EU", day("2023-01-01"), day("2024-12-31")],
        [OWN, "Négoce SA", "ISCC EU", day("2024-06-01"), day("2099-12-31")],
      ]);
      const receiptHead = ["Date", "Supplier", heading, "SD number", "Product", "Quantity (t)"];
      const more = ["Raw material", "Country of origin", "Claim", "GHG total (g CO2eq/MJ)", "Waste/residue"];
      add("Receipts", [
        [...receiptHead, ...more],
        [day("2025-01-08"), "Huiles SARL", SUPPLIER, "DD-1", ...UCO_LOT],
      ]);
      add("Deliveries", [
        ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
        [day("2025-01-20"), "Carburants SA", "2 rue X, Lyon", "UCO", 50, "yes"],
      ]);
      await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
      const result = massbal(["declare", "books.xlsx", "--json", "--force"], folder.path);
      expect(stderrBeyondProgress(result.stderr)).toBe("");
      const r = JSON.parse(result.stdout) as {
        findings: { code: string; sheet: string | null; cell: string | null }[];
        balances: { product: string; periodStart: string; received: string }[];
      };
      const invalid = r.findings.filter((f) => f.code === "certificate-invalid");
      expect(invalid.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Receipts!C2"]);
      expect(r.balances.find((b) => b.product === "UCO" && b.periodStart <= "2025-01-08")).toMatchObject({
        received: "0",
      });
    },
  );
});
