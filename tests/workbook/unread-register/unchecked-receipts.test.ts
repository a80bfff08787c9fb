// A receipts sheet (or a combined ledger) with SD numbers but no supplier certificate column, in a
// workbook that keeps a certificate register: no receipt can be checked against the register, so
// none gives credit, but their credit is unknown, not none. The sheet says so at its SD number
// heading (what to add: a Supplier certificate column), and the account is incomplete rather than
// short: no negative-balance. Through real .xlsx files built by exceljs.
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const CERT = "EU-ISCC-Cert-DE100-1";
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
type Cell = ExcelJS.CellValue;

/** `receipts` (a header row and rows) with 120 t sold as sustainable, and a register when `register`. */
async function run(name: string, receipts: Cell[][], register = true) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(name).addRows(receipts);
  if (name !== "Journal")
    wb.addWorksheet("Deliveries").addRows([
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Claim"],
      [day(3, 1), "Nordic Fuels Oy", "UCO", 120, "yes", "EU RED compliant"],
    ]);
  if (register)
    wb.addWorksheet("Certificates").addRows([
      ["Certificate no.", "Holder", "Valid from", "Valid until"],
      [CERT, "Saipol", day(1, 1), new Date(Date.UTC(2025, 11, 31))],
    ]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot());
  const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const said = result.findings.filter(
    (f) => (f.details as { reason?: string }).reason === "certificate-column-missing",
  );
  const uco = result.balances.filter((b) => b.product === "UCO");
  const short = result.findings.filter((f) => f.code === "negative-balance");
  return { said, complete: uco.length > 0 && uco.every((b) => b.complete), short };
}

const receipt = (sd: string, qty: number, cert?: string): Cell[] =>
  cert === undefined
    ? [day(2, 20), "Saipol", sd, "UCO", qty, "EU RED compliant"]
    : [day(2, 20), "Saipol", cert, sd, "UCO", qty, "EU RED compliant"];
const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim"];

describe("receipts without a supplier certificate column beside a certificate register", () => {
  it.each<[string, string, Cell[][], string, string]>([
    [
      "a receipts sheet",
      "Receipts",
      [HEAD, receipt("SD-1", 100), receipt("SD-2", 50)],
      "C1",
      "Supplier certificate no.",
    ],
    [
      "a receipts sheet headed in German",
      "Wareneingang",
      [
        ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge (t)", "Claim"],
        receipt("SD-1", 100),
        receipt("SD-2", 50),
      ],
      "C1",
      "Supplier certificate no.",
    ],
    [
      "a combined ledger",
      "Journal",
      [
        ["Date", "Type", "Counterparty", "SD number", "Product", "Quantity (t)", "Claim", "Sustainable"],
        [day(2, 20), "In", "Saipol", "SD-1", "UCO", 100, "EU RED compliant", ""],
        [day(3, 1), "Out", "Nordic Fuels Oy", "", "UCO", 120, "EU RED compliant", "yes"],
      ],
      "D1",
      "Supplier or customer certificate no.",
    ],
  ])(
    "%s: refused at its SD heading, naming the column to add; the account is incomplete, not short",
    async (_, name, rows, cell, label) => {
      const r = await run(name, rows);
      expect(r.said.map((f) => [f.sheet, f.cell, f.severity, f.code])).toEqual([
        [name, cell, "error", "mapping-uncertain"],
      ]);
      expect(r.said[0]?.message).toContain(`no column the add-in reads as ${label}`);
      expect(r.said[0]?.message).toContain('Add a column headed "Supplier certificate"');
      expect(r.said[0]?.message).toContain("the balances they feed are incomplete");
      expect(r.said[0]?.reach).toBeDefined();
      expect(r.complete).toBe(false);
      expect(r.short).toEqual([]);
    },
  );

  it("with the column, each receipt is checked and credited: nothing said, the account complete", async () => {
    const head = ["Date", "Supplier", "Supplier certificate", ...HEAD.slice(2)];
    const r = await run("Receipts", [head, receipt("SD-1", 100, CERT), receipt("SD-2", 50, CERT)]);
    expect(r.said).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it("without a register, there is nothing to check against: nothing said", async () => {
    const r = await run("Receipts", [HEAD, receipt("SD-1", 100), receipt("SD-2", 50)], false);
    expect(r.said).toEqual([]);
    expect(r.complete).toBe(true);
  });
});
