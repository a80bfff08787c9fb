// (p-status6) A status that names a part of its line, by a stem of part or a quantity, in
// de/en/es/fr/it/nl, on receipts AND deliveries, through real .xlsx files built by exceljs
// (src/workbook/status-part.ts): refused at the status cell as status-partial (status-part-cancelled
// beside a cancellation), not booked, the balances incomplete. Plain words still read, and a part
// of a payment says nothing of the quantity.
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, DELIVERIES, delivery, workbookOf } from "../left-out-books";
import { readReceipts } from "./status-book";

// each booked in full until p-status6, silently or with a warning
const PARTIAL = [
  "partially accepted",
  "accepté partiellement",
  "aceptado parcialmente",
  "only 80 t accepted",
  "accepted 80 t",
  "80 t accepted",
  "abgelehnt: 20 t",
  "50 t abgelehnt",
  "teilw. geliefert",
  "tw. geliefert",
  "z.T. geliefert",
  "zum Teil abgelehnt",
  "teilgeliefert",
  "Teillieferung",
  "partly delivered",
  "teilabgelehnt",
  "Teilmenge abgelehnt",
  "partial rejection",
  "rejected in part",
  "rechazo parcial",
  "parc. rechazado",
  "entrega parcial",
  "refus partiel",
  "en partie livré",
  "livraison partielle",
  "parzialmente accettato",
  "consegna parziale",
  "gedeeltelijk geleverd",
  "deels afgekeurd",
];

const PART_CANCELLED = [
  "storniert (teilweise)",
  "annulation partielle",
  "anulado parcialmente",
  "Teil-Storno",
];

// plain words, the whole line, and a part of a payment: read as before
const PLAIN: [string, string | null][] = [
  ["accepted", null],
  ["geliefert", null],
  ["delivered 100 %", null],
  ["teilweise bezahlt", null],
  ["partly paid", null],
  ["Teilzahlung erhalten", null],
  ["abgelehnt", "row-unconfirmed"],
  ["storniert", "row-cancelled"],
  ["storn.", "row-cancelled"],
  ["anul.", "row-cancelled"],
];

/** The row findings as "cell:reason" (the code where no reason is given). */
const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map(
      (f) =>
        `${f.cell}:${f.details && "reason" in f.details && f.details.reason ? f.details.reason : f.code}`,
    );

describe("receipts: a status that names a part of the line", () => {
  it.each([
    ...PARTIAL.map((s) => [s, "status-partial"]),
    ...PART_CANCELLED.map((s) => [s, "status-part-cancelled"]),
  ])('"%s" is refused as %s', async (status, reason) => {
    const { ledger, findings } = await readReceipts("Status", ["delivered", status]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
    expect(marks(findings)).toEqual([`F3:${reason}`]);
    expect(findings.find((f) => f.code === "row-unconfirmed")?.severity).toBe("error");
    expect(ledger.incomplete).toBeDefined();
  });

  it.each(PLAIN)('"%s" reads as before', async (status, mark) => {
    const { findings } = await readReceipts("Status", [status]);
    const got = marks(findings).map((m) => m.split(":")[1]);
    expect(got).toEqual(mark === null ? [] : [mark]);
  });
});

/** The read of the left-out books whose UCO deliveries carry `status` in a Status column. */
async function readDeliveries(status: string) {
  const sheets = books([], {
    Deliveries: [
      [...DELIVERIES, "Status"],
      [...delivery(D("2025-02-20"), 30), "geliefert"],
      [...delivery(D("2025-02-21"), 20), status],
    ],
  });
  const buffer = Buffer.from(await workbookOf(sheets).xlsx.writeBuffer());
  return readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot());
}

describe("deliveries: a status that names a part of the line", () => {
  it.each(PARTIAL.filter((_, i) => i % 3 === 0))(
    '"%s" is refused, the delivery not booked',
    async (status) => {
      const { ledger, findings } = await readDeliveries(status);
      expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["30"]);
      expect(marks(findings)).toEqual(["I3:status-partial"]);
      expect(ledger.incomplete).toBeDefined();
    },
  );

  it("a part of a payment books the delivery", async () => {
    const { ledger } = await readDeliveries("teilweise bezahlt");
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["30", "20"]);
  });
});
