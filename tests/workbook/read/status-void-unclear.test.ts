// (brk25 §5b) A remark or note that says its own row, or its quantity, was cancelled and rebooked,
// reversed, replaced, or is to be cancelled, while it is no plain "cancelled" status: before, the
// row was booked with a warning only ("Menge storniert und neu gebucht (Zeile 5)" credited a
// receipt whose quantity row 5 holds again; a note "storniert" answered "ok, danke" read as a
// remark). Now it is refused at its cell (row-unconfirmed, status-void-unclear): nothing of the
// row credited or declared until the keeper settles it. What plainly is not about the row's
// validity stays a remark, each kept row justified below (src/workbook/cancel-mention.ts,
// status-read.ts). Real .xlsx files built by exceljs.
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { statusOf } from "../../../src/workbook/status-read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { day, readReceipts } from "./status-book";

/** The row findings as "severity code:reason". */
const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => {
      const reason = f.details && "reason" in f.details && f.details.reason ? `:${f.details.reason}` : "";
      return `${f.severity} ${f.code}${reason}`;
    });

/** The row, or its quantity, cancelled and rebooked, reversed, replaced, or to be cancelled: refused. */
const VOID_UNCLEAR: Record<string, string[]> = {
  de: [
    "Menge storniert und neu gebucht (Zeile 5)",
    "storniert und neu gebucht",
    "storniert, neu gebucht",
    "Menge storniert",
    "umgebucht auf Zeile 5",
    "SD-4 storniert, neu ausgestellt als SD-5",
    "Storno Lieferschein 4711",
    // a reversal number on the row's own line: how ERP exports record that this line was reversed
    "Storno-Nr. 123 siehe Gutschrift",
    // reversed by an invoice: the invoice is the agent, the row what was reversed
    "Menge storniert per Rechnung 12",
    "bitte stornieren",
    "soll storniert werden",
    "noch nicht storniert",
    // a note "storniert" answered: the cancellation acknowledged, or the line delivered after all?
    "storniert; ok, danke",
    "storniert; doch geliefert",
  ],
  en: [
    "cancelled and rebooked in row 5",
    "quantity reversed, rebooked row 5",
    "cancelled - reissued as SD-25-009",
    "voided, reissued",
    "was cancelled, rebooked as row 5",
    "duplicate of row 5",
    "to be cancelled",
    "not yet cancelled",
  ],
  fr: ["annulé et recomptabilisé ligne 5", "quantité annulée, ressaisie ligne 5", "pas encore annulé"],
  it: ["annullato e registrato di nuovo (riga 5)", "quantità stornata, registrata di nuovo"],
  es: ["anulado y registrado de nuevo (fila 5)", "cantidad anulada, contabilizada de nuevo"],
  nl: ["geannuleerd en opnieuw geboekt (regel 5)", "nog niet geannuleerd"],
  pl: ["anulowano i zaksięgowano ponownie (wiersz 5)", "ilość anulowana, zaksięgowana ponownie"],
};

/** On a receipt, a denial of its own that the remark also says, read first (remark-denials.ts). */
const OTHER_DENIAL: Record<string, string> = {
  // the supplier's SD cancelled: no credit without a valid SD (brk15)
  "SD-4 storniert, neu ausgestellt als SD-5": "proof-void",
  // "umgebucht" as a transfer from an own site (p-remarks4)
  "umgebucht auf Zeile 5": "received-internal-transfer",
};

/**
 * Must not change: remarks that speak of a cancellation but plainly not of this row's validity,
 * booked and said as before ("mentions", a warning at the cell), or nothing said (null).
 */
const KEPT: readonly (readonly [string, "mentions" | null, string])[] = [
  // the keeper denies the cancellation: the row stands
  ["nicht storniert", "mentions", "denied"],
  ["keine Stornierung", "mentions", "denied"],
  ["not cancelled", "mentions", "denied"],
  ["pas annulé", "mentions", "denied"],
  ["non annullato", "mentions", "denied"],
  ["no anulado", "mentions", "denied"],
  ["niet geannuleerd", "mentions", "denied"],
  ["nie anulowano", "mentions", "denied"],
  // a fee or its costs was charged for a cancellation: money, not the row's quantity
  ["cancellation fee", "mentions", "a fee"],
  ["cancellation fee charged", "mentions", "a fee"],
  ["Stornogebühr 50 EUR", "mentions", "a fee"],
  ["Stornokosten lt. Vertrag", "mentions", "a fee"],
  ["frais d'annulation", "mentions", "a fee"],
  ["spese di annullamento", "mentions", "a fee"],
  ["gastos de cancelación", "mentions", "a fee"],
  ["annuleringskosten", "mentions", "a fee"],
  ["opłata za anulowanie", "mentions", "a fee"],
  // a price, surcharge, discount or freight dropped: money, not the row's quantity
  ["Zuschlag entfällt", "mentions", "a price"],
  ["Rabatt gestrichen", "mentions", "a price"],
  ["surcharge cancelled", "mentions", "a price"],
  ["remise annulée", "mentions", "a price"],
  ["sconto annullato", "mentions", "a price"],
  ["descuento anulado", "mentions", "a price"],
  ["korting geannuleerd", "mentions", "a price"],
  ["rabat anulowany", "mentions", "a price"],
  // a contract or an invoice cancelled, the goods delivered: paperwork of the deal, not the movement
  ["Vertrag storniert, Ware geliefert", "mentions", "a contract"],
  ["contract cancelled, goods delivered", "mentions", "a contract"],
  ["Stornierung des Vertrags", "mentions", "a contract"],
  ["reversal of invoice 12", "mentions", "an invoice"],
  ["Rechnung storniert, neue Rechnung folgt", "mentions", "an invoice"],
  // a reversal invoice to come is a document of no movement (p-credit): said, as before
  ["Storno-Rechnung folgt", "mentions", "a credit document"],
  // a label of the state before (brk25 §5): "war: storniert" names a state, not this one
  ["war: storniert", "mentions", "a label"],
  ["was: cancelled", "mentions", "a label"],
  // the keeper says the row stands after all, in a word of validity
  ["war storniert, jetzt gültig", "mentions", "valid"],
  ["cancelled in error, valid", "mentions", "valid"],
  // the active form: this row replaces delivery note 4711, it is the live one (brk24 §1); the
  // note it replaces carries its own "ersetzt durch" or is deleted
  ["ersetzt Lieferschein 4711 (Tippfehler)", null, "replaces another"],
  // a credit note for a price difference says nothing of the row (p-credit)
  ["Gutschrift 4711 über Preisdifferenz", null, "a credit note of price"],
];

describe("a remark that says the row was cancelled and rebooked, reversed or replaced", () => {
  it.each(Object.entries(VOID_UNCLEAR))("%s: each reads as unclear", (_, words) => {
    expect(words.map((w) => [w, statusOf(w)])).toEqual(words.map((w) => [w, "void-unclear"]));
  });

  it.each(Object.entries(VOID_UNCLEAR))(
    "%s: on receipts, refused at the remark cell, nothing credited",
    async (_, words) => {
      const { ledger, findings } = await readReceipts("Bemerkung", ["geliefert", ...words]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      expect(marks(findings)).toEqual(
        words.map((w) => `error row-unconfirmed:${OTHER_DENIAL[w] ?? "status-void-unclear"}`),
      );
      expect(findings.filter((f) => f.code === "row-unconfirmed").map((f) => f.cell)).toEqual(
        words.map((_, i) => `F${i + 3}`),
      );
      const message = findings.find((f) => f.cell === "F3")!.message;
      expect(message).toContain("delete the row");
      expect(message).toContain('"gilt" or "valid"');
    },
  );

  it("on deliveries, refused: no declaration for the row", async () => {
    const words = ["geliefert", ...Object.values(VOID_UNCLEAR).map((w) => w[0] as string)];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["Date", "Product", "Quantity (t)", "Customer", "Bemerkung"]);
    words.forEach((w, i) => ws.addRow([day(i + 2), "UCO", 10 * (i + 1), "Raffinerie Nord AG", w]));
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["10"]);
    expect(marks(findings)).toEqual(words.slice(1).map(() => "error row-unconfirmed:status-void-unclear"));
  });

  it('a note "storniert" answered "ok, danke": refused at the noted cell, nothing credited', async () => {
    const thread = (...texts: string[]) =>
      "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n" +
      texts.map((t, i) => `${i === 0 ? "Comment" : "Reply"}:\n    ${t}`).join("\n");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addRow(["Date", "Product", "Quantity (t)", "Supplier", "SD number"]);
    [10, 20, 30].forEach((q, i) => ws.addRow([day(i + 2), "UCO", q, `Supplier ${i}`, `SD-25-${i}`]));
    ws.getCell("C2").note = thread("storniert", "ok, danke");
    // the note alone, unanswered: a plain cancelled status, as before
    ws.getCell("C3").note = thread("storniert");
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["30"]);
    expect(marks(findings)).toEqual(["error row-unconfirmed:status-void-unclear", "info row-cancelled"]);
    expect(findings.find((f) => f.code === "row-unconfirmed")!.message).toContain(
      '"storniert; ok, danke" in the note on C2',
    );
  });

  it('"Teilstorno 10 t": part of the row cancelled is refused, never booked whole', () => {
    const parts = [
      "Teilstorno 10 t",
      "10 t storniert, Rest geliefert",
      "partly cancelled",
      "partiellement annulé",
    ];
    expect(parts.map(statusOf)).toEqual(parts.map(() => "part-cancelled"));
  });

  it("a plain cancelled status, its auxiliaries and agent, is still cancelled", () => {
    const plain = [
      "storniert",
      "wurde ersetzt",
      "replaced by row 5",
      "ersetzt durch Zeile 5",
      "annulé",
      "anulowano",
    ];
    expect(plain.map(statusOf)).toEqual(plain.map(() => "cancelled"));
  });
});

describe("what must not change: a cancellation of something else, denied, or a label", () => {
  it.each(KEPT)('"%s" is %s (%s)', (text, says) => {
    expect(statusOf(text)).toBe(says);
  });

  it("on receipts the kept remarks are booked, a warning where they speak of a cancellation", async () => {
    const words = KEPT.map(([w]) => w);
    const { ledger, findings } = await readReceipts("Bemerkung", words);
    expect(ledger.receipts).toHaveLength(words.length);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(marks(findings)).toEqual(
      KEPT.filter(([, says]) => says === "mentions").map(() => "warning row-cancelled"),
    );
  });
});
