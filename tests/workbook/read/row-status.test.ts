// A line whose status says it may not be a movement that took place (rejected, invalid, planned,
// draft, pending…), through real .xlsx files built by exceljs: refused at its status cell
// (row-unconfirmed), never booked silently, its account incomplete; statuses of a line done stay
// booked, and remarks that merely mention such a word are booked and said (src/workbook/status-read.ts).
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { statusOf } from "../../../src/workbook/status-read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity (t)", "Supplier", "SD number"];
const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const receipt = (d: number, qty: number, status: string | null) => [
  day(d + 1),
  "UCO",
  qty,
  `Supplier ${d}`,
  `SD-25-${String(d).padStart(3, "0")}`,
  status,
];

/** A receipts sheet with a status column headed `heading`, written by exceljs and read back. */
async function readReceipts(heading: string, statuses: (string | null)[], kind = "Receipts") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(kind);
  ws.addRow([...HEADER, heading]);
  statuses.forEach((s, i) => ws.addRow(receipt(i + 1, 10 * (i + 1), s)));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  return readWorkbook(snapshot);
}

const said = (findings: Finding[]) => findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);

// real spellings under the headings keepers give them, in six languages
const UNCONFIRMED: [string, string][] = [
  ["Status", "rejected"],
  ["Status", "Rejected"],
  ["Status", "REFUSED"],
  ["Status", "invalid"],
  ["Status", "not valid"],
  ["Status", "draft"],
  ["Status", "Pending"],
  ["Status", "pending?"],
  ["Status", "planned"],
  ["Remarks", "Planned."],
  ["Status", "on hold"],
  ["Status", "not yet delivered"],
  ["Status", "abgelehnt"],
  ["Status", "ungültig"],
  ["Bemerkung", "Ungültig!"],
  ["Status", "Entwurf"],
  ["Status", "geplant"],
  ["Buchungsstatus", "vorläufig"],
  ["Status", "ausstehend"],
  ["Bemerkung", "noch nicht geliefert"],
  ["Statut", "rejeté"],
  ["Statut", "Refusée"],
  ["Statut", "prévu"],
  ["Statut", "brouillon"],
  ["Statut", "en attente"],
  ["Estado", "rechazado"],
  ["Estado", "inválida"],
  ["Estado", "pendiente"],
  ["Estado", "borrador"],
  ["Observaciones", "previsto"],
  ["Stato", "respinto"],
  ["Stato", "in sospeso"],
  ["Stato", "bozza"],
  ["Stato", "pianificato"],
  ["Opmerking", "afgewezen"],
  ["Status", "ongeldig"],
  ["Status", "concept"],
  ["Opmerking", "gepland"],
  ["Status", " in afwachting "],
];

describe("a line whose status leaves it unconfirmed", () => {
  it.each(UNCONFIRMED)('under "%s", "%s" is refused at its status cell', async (heading, word) => {
    const { ledger, findings } = await readReceipts(heading, ["ok", word, null]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10", "30"]);
    expect(said(findings)).toEqual([["error", "row-unconfirmed", "Receipts!F3"]]);
    expect(findings[0]!.details).toMatchObject({ label: heading, value: word, read: "3", dropped: true });
    // the input it would give is missing: its account is incomplete, held back at that cell
    expect(ledger.incomplete).toEqual([
      { kinds: ["receipts"], products: ["UCO"], sites: [""], source: { sheet: "Receipts", cell: "F3" } },
    ]);
    // its SD number stays taken
    expect(ledger.usedSdNumbers).toContain("SD-25-002");
  });

  it("is not booked on a deliveries sheet either, and leaves the deliveries incomplete", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["Date", "Product", "Quantity (t)", "Customer", "Estado"]);
    ws.addRow([day(2), "UCO", 40, "Raffinerie Nord AG", "entregado"]);
    ws.addRow([day(3), "HVO", 20, "Raffinerie Nord AG", "Pendiente"]);
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["40"]);
    expect(said(findings)).toEqual([["error", "row-unconfirmed", "Sales!E3"]]);
    expect(ledger.incomplete).toEqual([
      expect.objectContaining({ kinds: ["deliveries"], products: ["HVO"] }),
    ]);
  });

  it("a cancellation in the status wins: the row is cancelled, not refused", async () => {
    const { ledger, findings } = await readReceipts("Status", ["storniert", null]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20"]);
    expect(said(findings)).toEqual([["info", "row-cancelled", "Receipts!F2"]]);
    expect(ledger.incomplete).toBeUndefined();
  });
});

describe("statuses and remarks that stay booked", () => {
  const BOOKED = [
    "delivered",
    "ok",
    "OK",
    "geliefert",
    "done",
    "erledigt",
    "bezahlt",
    "paid",
    // (brk26 S4) "open", "offen" left: an open order or call-off, refused (status-spellings.test.ts)
    "livré",
    "entregado",
    "consegnato",
    "geleverd",
    "received",
  ];
  it("books each and says nothing", async () => {
    const { ledger, findings } = await readReceipts("Status", BOOKED);
    expect(ledger.receipts).toHaveLength(BOOKED.length);
    expect(findings).toEqual([]);
    expect(ledger.incomplete).toBeUndefined();
  });

  // a mere mention in a longer remark is a remark, not a status: booked, and said at its cell
  const REMARKS = [
    "rejected by QA, re-delivered on 12.01.",
    "draft contract signed",
    "planned tank change done",
    "prévu le 12/01, livré",
  ];
  // (p-remarks2) another document pending says nothing of the line: booked, nothing said
  it('books "invoice pending", "Rechnung ausstehend" under Status without a word', async () => {
    const { ledger, findings } = await readReceipts("Status", ["invoice pending", "Rechnung ausstehend"]);
    expect(ledger.receipts).toHaveLength(2);
    expect(said(findings)).toEqual([]);
  });
  it("books each remark that mentions one and says so at its cell", async () => {
    const { ledger, findings } = await readReceipts("Status", REMARKS);
    expect(ledger.receipts).toHaveLength(REMARKS.length);
    expect(said(findings)).toEqual(
      REMARKS.map((_, i) => ["warning", "row-unconfirmed", `Receipts!F${i + 2}`]),
    );
    expect(ledger.incomplete).toBeUndefined();
  });

  it("refuses nothing on a sheet that feeds no balance (a certificate remark)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Certificates");
    ws.addRow(["Certificate no.", "Holder", "Valid from", "Valid until", "Remarks"]);
    ws.addRow(["EU-ISCC-Cert-DE100-1", "Saipol", day(1), new Date(Date.UTC(2026, 0, 1)), "invalid"]);
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger, findings } = readWorkbook(snapshot);
    expect(findings.filter((f) => f.code === "row-unconfirmed")).toEqual([]);
    expect(ledger.certificates).toHaveLength(1);
  });

  it("tells a status from a word inside a remark", () => {
    expect(["Rejected", "in sospeso", "Entwurf!", "(draft)"].map(statusOf)).toEqual([
      "unconfirmed",
      "unconfirmed",
      "unconfirmed",
      "unconfirmed",
    ]);
    // (p-status4) "concepts" is no "concept" (a draft): a word of no status, "unknown"
    // (p-remarks2) another document pending ("pending payment") says nothing of the line
    expect(["rejected twice", "pending payment", "", "concepts"].map(statusOf)).toEqual([
      "remark",
      null,
      null,
      "unknown",
    ]);
  });
});
