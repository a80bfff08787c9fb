// (p-credit) Credit notes, returns, reversal and correction invoices (docs/rules.md "Returns"),
// through real .xlsx files built by exceljs (src/workbook/credit-words.ts, document-kind.ts,
// row-state.ts): a document type column ("Belegart", "Document type") that names one leaves a
// delivery's row out with a warning (no SD, nothing held back) and refuses a receipt's (no credit,
// the balances incomplete); a word of no document there is refused, never guessed to be a
// delivery; a Status or remark cell led by such a word is refused on either side (the row may be
// that document or a line it refers to). One table serves both: every word of it is read alike.
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { CREDIT_DOCUMENTS } from "../../../src/workbook/credit-words";
import { documentHeading, documentKind } from "../../../src/workbook/document-kind";
import { statusOf } from "../../../src/workbook/status-read";
import {
  books,
  D,
  DELIVERIES,
  delivery,
  receipt,
  RECEIPTS,
  type Sheets,
  workbookOf,
} from "../left-out-books";

/** Credit notes, returns, reversals, corrections and debit notes as ERP exports and keepers write them. */
const CREDIT = [
  "Gutschrift",
  "Gutschr.",
  "GS",
  "GS - Gutschrift",
  "Gutschrift 4711",
  "Rechnungskorrektur",
  "Korrektur",
  "Stornorechnung",
  "Storno-Rechnung",
  "Rücklieferung",
  "Retoure",
  "Credit note",
  "Credit memo",
  "CN",
  "Debit note",
  "Return",
  "Return delivery",
  "RMA",
  "Avoir",
  "Note de crédit",
  "Nota de crédito",
  "Abono",
  "Devolución",
  "Factura rectificativa",
  "Nota di credito",
  "NC",
  "Reso",
  "Creditnota",
  "Retour",
];

/** Documents of a movement: booked as usual. */
const MOVEMENT = [
  "Rechnung",
  "RE",
  "Rechnung (RE)",
  "Lieferschein",
  "Invoice",
  "Delivery note",
  "Sale",
  "Verkauf",
  "Facture",
  "Bon de livraison",
  "Factura",
  "Albarán",
  "Fattura",
  "DDT",
  "Factuur",
  "Pakbon",
];

/** Words of no document the add-in reads, or two that disagree: refused, never a delivery. */
const UNKNOWN = ["Beleg", "Proforma", "Angebot", "Rechnung / Gutschrift", "Muster", "4711"];

const HEADINGS = [
  "Belegart",
  "Document type",
  "Doc. type",
  "Tipo de documento",
  "Type de document",
  "Tipo di documento",
  "Documenttype",
  "Belegart (RE/GS)",
];

async function read(sheets: Sheets) {
  const buffer = Buffer.from(await workbookOf(sheets).xlsx.writeBuffer());
  return readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot());
}

/** The books with a Deliveries sheet of a 100 t invoice, then one 10 t row per word, under `heading`. */
const deliveries = (heading: string, words: (string | number)[], first = "Rechnung") =>
  books([], {
    Deliveries: [
      [...DELIVERIES, heading],
      [...delivery(D("2025-02-20"), 100), first],
      ...words.map((w, i) => [...delivery(D(`2025-02-${String(21 + (i % 7)).padStart(2, "0")}`), 10), w]),
    ],
  });

/** The same for receipts: the books' 60 t of UCO, then one 5 t row per word under `heading`. */
const receipts = (heading: string, words: string[]) => {
  const sheets = books(words.map((w, i) => [...receipt(D("2025-01-09"), `S-${i + 2}`, 5), w]));
  const rows = sheets.Receipts as Sheets[string];
  rows[0] = [...RECEIPTS, heading];
  rows[1] = [...(rows[1] ?? []), "Rechnung"];
  return sheets;
};

/** The row findings as "code:reason@cell" (severity first). */
const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => {
      const reason = f.details && "reason" in f.details && f.details.reason ? `:${f.details.reason}` : "";
      return `${f.severity} ${f.code}${reason}@${f.cell}`;
    });

describe("a document type column", () => {
  it.each(HEADINGS)('"%s" is read as one', (heading) => {
    expect(documentHeading(heading)).toBe("named");
  });

  it.each(["Bemerkung", "Status", "Document no.", "Belegnummer", "Typ", "Product type"])(
    '"%s" is none',
    (heading) => {
      expect(documentHeading(heading)).toBeNull();
    },
  );

  it.each(HEADINGS)(
    'under "%s", a delivery\'s credit note or return is not booked and gets no SD, and holds nothing back',
    async (heading) => {
      const { ledger, findings } = await read(deliveries(heading, CREDIT));
      const uco = ledger.deliveries.filter((d) => d.product === "UCO").map((d) => d.quantity);
      expect(uco).toEqual(["100"]);
      expect(marks(findings)).toEqual(CREDIT.map((_, i) => `warning row-credit-note@I${i + 3}`));
      expect(ledger.incomplete ?? []).toEqual([]);
      const first = findings.find((f) => f.code === "row-credit-note")!;
      expect(first.message).toContain(`"Gutschrift" in ${heading}`);
      expect(first.message).toContain("gets no Sustainability Declaration");
    },
  );

  it("on receipts, a supplier's credit note or return gives no credit and leaves the balances incomplete", async () => {
    const { ledger, findings } = await read(receipts("Belegart", CREDIT));
    expect(ledger.receipts.filter((r) => r.product === "UCO").map((r) => r.quantity)).toEqual(["60"]);
    expect(marks(findings)).toEqual(CREDIT.map((_, i) => `error row-credit-note@N${i + 3}`));
    expect(ledger.incomplete?.length).toBe(CREDIT.length);
    expect(findings.find((f) => f.code === "row-credit-note")!.message).toContain(
      "the balances it would feed are incomplete",
    );
  });

  it("an invoice, a delivery note or a delivery is booked as usual, on either side", async () => {
    const out = await read(deliveries("Belegart", MOVEMENT));
    expect(out.ledger.deliveries.filter((d) => d.product === "UCO")).toHaveLength(MOVEMENT.length + 1);
    expect(marks(out.findings)).toEqual([]);
    // (p-heads) a sale's document on a receipts sheet names the other side: refused
    const bought = MOVEMENT.filter((w) => w !== "Sale" && w !== "Verkauf");
    const inn = await read(receipts("Document type", bought));
    expect(inn.ledger.receipts.filter((r) => r.product === "UCO")).toHaveLength(bought.length + 1);
    expect(marks(inn.findings)).toEqual([]);
  });

  it("a word of no document is refused at its cell, never guessed to be a delivery", async () => {
    const { ledger, findings } = await read(deliveries("Belegart", UNKNOWN));
    expect(ledger.deliveries.filter((d) => d.product === "UCO").map((d) => d.quantity)).toEqual(["100"]);
    expect(marks(findings)).toEqual(
      UNKNOWN.map((_, i) => `error row-unconfirmed:document-type-unknown@I${i + 3}`),
    );
    expect(ledger.incomplete?.length).toBe(UNKNOWN.length);
  });
});

describe("a Status or remark cell led by a credit note or return", () => {
  const LONG = CREDIT.filter((w) => !["GS", "GS - Gutschrift", "Gutschr.", "CN", "NC", "RMA"].includes(w));

  it.each(["Bemerkung", "Remark", "Comment", "Notes", "Status"])(
    'under "%s" is refused on a delivery, the word the same as in a document type column',
    async (heading) => {
      const words = [...LONG, "returned by customer", "Rückgabe vom Kunden", "Retoure (Qualität)"];
      // a Status cell of no status ("Rechnung") is refused itself: the line done is "geliefert" there
      const first = heading === "Status" ? "geliefert" : "Rechnung";
      const { ledger, findings } = await read(deliveries(heading, words, first));
      expect(ledger.deliveries.filter((d) => d.product === "UCO").map((d) => d.quantity)).toEqual(["100"]);
      expect(marks(findings)).toEqual(words.map((_, i) => `error row-unconfirmed:credit-note@I${i + 3}`));
      expect(findings.find((f) => f.code === "row-unconfirmed")!.message).toContain(
        "cannot tell whether the row is that document or a line it refers to",
      );
    },
  );

  it("on receipts too", async () => {
    const { ledger, findings } = await read(receipts("Bemerkung", LONG));
    expect(ledger.receipts.filter((r) => r.product === "UCO").map((r) => r.quantity)).toEqual(["60"]);
    expect(marks(findings)).toEqual(LONG.map((_, i) => `error row-unconfirmed:credit-note@N${i + 3}`));
  });

  it("a longer remark that only mentions one is booked as it stands; a cancelled credit note is cancelled", async () => {
    const words = [
      "Gutschrift 4711 über Preisdifferenz",
      "credit note issued for price",
      "Gutschrift storniert",
    ];
    const { ledger, findings } = await read(deliveries("Bemerkung", words));
    expect(ledger.deliveries.filter((d) => d.product === "UCO").map((d) => d.quantity)).toEqual([
      "100",
      "10",
      "10",
    ]);
    expect(marks(findings)).toEqual(["info row-cancelled@I5"]);
  });
});

describe("one table", () => {
  const words = CREDIT_DOCUMENTS.flatMap((l) => l.split("|"));

  it.each(words)('"%s" is a credit document in a document type column and in a status cell', (w) => {
    expect(documentKind(w)).toBe("credit");
    expect(statusOf(w)).toBe("credit");
  });
});
