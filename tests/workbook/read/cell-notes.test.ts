// (brk22 §6) A cell's note or comment on a books row is read as that row's remark would be
// (src/workbook/note-text.ts, row-state.ts): "Lieferung storniert" in a note on the quantity leaves
// the row out exactly as the same words in a Bemerkung column do; a note of no status word is passed
// over; a note on the header, beside the table, or the add-in's own mark says nothing. And a row
// filled unlike the others, with no colour legend, is named once per table (row-colours.ts), never
// for a zebra table or a table filled alike. Real .xlsx files built by exceljs.
import type ExcelJS from "exceljs";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { noteWords } from "../../../src/workbook/note-text";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, delivery, later, RECEIPTS, type Sheets, workbookOf } from "../left-out-books";

/** Notes that say a status, in seven languages: each is read as the same remark would be. */
const STATUS_NOTES = [
  "Lieferung storniert - Ware zurück an Lieferant",
  "storniert",
  "SD fehlt",
  "Retoure",
  "Gutschrift",
  "cancelled",
  "Delivery cancelled",
  "PoS missing",
  "credit note",
  "annulé",
  "Livraison annulée",
  "annullato",
  "consegna annullata",
  "anulado",
  "entrega anulada",
  "geannuleerd",
  "levering geannuleerd",
  "anulowano",
  "not sustainable",
  "nicht nachhaltig",
];

/** Notes of no status word, in seven languages: passed over, nothing said, the row booked. */
const PLAIN_NOTES = [
  "Preis lt. Vertrag 4711",
  "Rückfrage bei Herrn Meier",
  "see invoice 123",
  "price as per contract",
  "voir facture 123",
  "vedi fattura 123",
  "ver factura 123",
  "zie factuur 123",
  "patrz faktura 123",
  "LKW HH-AB 123",
];

type Setup = (wb: ExcelJS.Workbook) => void;

async function read(sheets: Sheets, setup: Setup = () => {}) {
  const wb = workbookOf(sheets);
  setup(wb);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot());
}

/** The row findings as "severity code:reason" (no place: a note and a remark stand in different cells). */
const said = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => {
      const reason = f.details && "reason" in f.details && f.details.reason ? `:${f.details.reason}` : "";
      return `${f.severity} ${f.code}${reason}`;
    });

/** UCO received, by row. */
const received = (out: Awaited<ReturnType<typeof read>>) =>
  out.ledger.receipts.filter((r) => r.product === "UCO").map((r) => r.quantity);

/** The books with a second UCO receipt (5 t, row 3) noted `text` on its quantity (F3). */
const noted = (text: string) =>
  read(books([later(5)]), (wb) => {
    wb.getWorksheet("Receipts")!.getCell("F3").note = text;
  });

/** The same books with `text` in a Bemerkung column instead. */
const remarked = (text: string) => {
  const sheets = books([[...later(5), text]]);
  (sheets.Receipts as Sheets[string])[0] = [...RECEIPTS, "Bemerkung"];
  return read(sheets);
};

describe("a note on a books row", () => {
  it.each(STATUS_NOTES)('"%s" is read as the same remark in a Bemerkung column is', async (text) => {
    const byNote = await noted(text);
    const byRemark = await remarked(text);
    expect(said(byNote.findings)).toEqual(said(byRemark.findings));
    expect(said(byNote.findings)).not.toEqual([]);
    expect(received(byNote)).toEqual(received(byRemark));
    // the row gives no credit, and the finding stands at the noted cell, quoting the note
    expect(received(byNote)).toEqual(["60"]);
    const at = byNote.findings.find((f) => f.code.startsWith("row-"))!;
    expect(at.cell).toBe("F3");
    expect(at.message).toContain("the note on F3");
  });

  it.each(PLAIN_NOTES)('"%s" is passed over: nothing said, the row booked', async (text) => {
    const out = await noted(text);
    expect(said(out.findings)).toEqual([]);
    expect(received(out)).toEqual(["60", "5"]);
  });

  it("the brk22 case: a receipt noted as cancelled is not booked, and an info says so at its cell", async () => {
    const out = await noted("Lieferung storniert - Ware zurück an Lieferant");
    const f = out.findings.find((x) => x.code === "row-cancelled")!;
    expect([f.severity, f.sheet, f.cell]).toEqual(["info", "Receipts", "F3"]);
  });

  it("a note on the header, on a cell beside the table, or on no books row says nothing", async () => {
    const out = await read(books([later(5)]), (wb) => {
      const ws = wb.getWorksheet("Receipts")!;
      ws.getCell("F1").note = "storniert = nicht buchen";
      ws.getCell("P3").note = "storniert";
      wb.getWorksheet("Settings")!.getCell("B2").note = "alte Firma storniert";
    });
    expect(said(out.findings)).toEqual([]);
    expect(received(out)).toEqual(["60", "5"]);
  });

  it("a threaded comment's legacy note is read for its thread, not Excel's boilerplate", async () => {
    const legacy = (text: string) =>
      `[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${text}`;
    expect(noteWords(legacy("Lieferung storniert"))).toBe("Lieferung storniert");
    const german = `[Kommentar im Thread]\n\nIhre Version von Excel gestattet Ihnen das Lesen dieses Kommentars im Thread. Jegliche Bearbeitungen daran werden jedoch entfernt, wenn die Datei in einer neueren Version von Excel geöffnet wird. Weitere Informationen: https://go.microsoft.com/fwlink/?linkid=870924\n\nKommentar:\n    SD fehlt noch\nAntwort:\n    ok`;
    expect(noteWords(german)).toBe("SD fehlt noch; ok");
    // the boilerplate alone ("removed", "edits") is no status
    expect(said((await noted(legacy("Preis lt. Vertrag"))).findings)).toEqual([]);
    expect(said((await noted(legacy("storniert"))).findings)).toEqual(["info row-cancelled"]);
  });

  it("an author's name on the note's first line is no part of it; the add-in's own mark lines are not read", async () => {
    expect(noteWords("Müller, Hans:\nstorniert")).toBe("storniert");
    expect(noteWords("MB error: Receipts!F3: row 3 is marked cancelled\n\nPreis lt. Vertrag")).toBe(
      "Preis lt. Vertrag",
    );
    const ours = "MB warning: Receipts!F3: the SD is missing, not sustainable, cancelled";
    expect(said((await noted(ours)).findings)).toEqual([]);
  });
});

/** Deliveries of `n` rows (100 t, then 5 t each) with `fill(i)` (0-based data row) as each row's fill. */
const filled = (n: number, fill: (i: number) => string | null, header?: string) => {
  const rows = Array.from({ length: n }, (_, i) => delivery(D("2025-02-20"), i === 0 ? 100 : 5));
  return read(books([], { Deliveries: [books([]).Deliveries![0]!, ...rows] }), (wb) => {
    const ws = wb.getWorksheet("Deliveries")!;
    const paint = (r: number, argb: string) =>
      ws.getRow(r).eachCell((c) => {
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
      });
    if (header) paint(1, header);
    for (let i = 0; i < n; i++) {
      const argb = fill(i);
      if (argb) paint(i + 2, argb);
    }
  });
};

const coloured = (findings: Finding[]) =>
  findings
    .filter((f) => f.code === "rows-coloured")
    .map((f) => `${f.severity} ${f.cell} ${f.details?.label}`);

describe("rows filled unlike the others, with no colour legend", () => {
  it("the brk22 case: one red delivery is named once, at its row, and booked", async () => {
    const out = await filled(4, (i) => (i === 2 ? "FFFF0000" : null));
    expect(coloured(out.findings)).toEqual(["info A4 4"]);
    expect(out.ledger.deliveries.filter((d) => d.product === "UCO")).toHaveLength(4);
  });

  it("two rows in colours unlike the others: one note per sheet naming both", async () => {
    const out = await filled(8, (i) => (i === 1 ? "FFFF0000" : i === 5 ? "FFFFFF00" : null));
    expect(coloured(out.findings)).toEqual(["info A3 3, 7"]);
  });

  it.each([
    ["a zebra table (every second row grey)", 8, (i: number) => (i % 2 === 1 ? "FFD9D9D9" : null)],
    ["a zebra table starting grey", 7, (i: number) => (i % 2 === 0 ? "FFD9D9D9" : null)],
    ["every third row banded", 9, (i: number) => (i % 3 === 2 ? "FFDDEBF7" : null)],
    ["a whole table filled alike", 5, () => "FFFFF2CC"],
    ["no fills", 5, () => null],
  ] as const)("%s: nothing said", async (_, n, fill) => {
    expect(coloured((await filled(n, fill)).findings)).toEqual([]);
  });

  it("a header filled, the rows not: nothing said", async () => {
    expect(coloured((await filled(4, () => null, "FF4472C4")).findings)).toEqual([]);
  });

  it("a zebra table with one red row: the red row alone is named", async () => {
    const out = await filled(8, (i) => (i === 4 ? "FFFF0000" : i % 2 === 1 ? "FFD9D9D9" : null));
    expect(coloured(out.findings)).toEqual(["info A6 6"]);
  });

  it("a single highlighted cell is no coloured row", async () => {
    const out = await read(books([later(5)]), (wb) => {
      wb.getWorksheet("Receipts")!.getCell("F3").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
    });
    expect(coloured(out.findings)).toEqual([]);
  });
});
