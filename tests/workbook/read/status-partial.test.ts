// Statuses of part of a line, pending abbreviated, and how many status texts make a "State" column
// one of statuses (p-sd8), through real .xlsx files built by exceljs (src/workbook/status-read.ts,
// status-words.ts, row-state.ts keepsStatuses).
import type { Finding } from "../../../src/engine/result";
import { readReceipts } from "./status-book";

/** The row findings as "cell:reason" (the code where no reason is given). */
const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map(
      (f) =>
        `${f.cell}:${f.details && "reason" in f.details && f.details.reason ? f.details.reason : f.code}`,
    );

// part of the line rejected: how much was accepted the cell does not say
const PARTLY = [
  "teilw. abgelehnt",
  "teilweise abgelehnt",
  "tlw. abgelehnt",
  "partly rejected",
  "partially rejected",
  "rejected partially",
  "parcialmente rechazado",
  "partiellement refusé",
  "parzialmente respinto",
  "gedeeltelijk afgekeurd",
  "teilweise abgelehnt, Rest geliefert",
  // (p-misc) in one word: until p-misc booked with a warning
  "teilabgelehnt",
];

// (p-misc) part of the line cancelled: how much stands the cell does not say
const PART_CANCELLED = [
  "teilweise storniert",
  "teilstorniert",
  "tlw. storniert",
  "teilw. storniert",
  "Teilstorno",
  "Teil-Storno",
  "partly cancelled",
  "partially cancelled",
  "partly canceled",
  "cancelled partially",
  "parcialmente anulado",
  "parcialmente cancelado",
  "partiellement annulé",
  "teilweise storniert, Rest geliefert",
];

describe("a status of part of the line", () => {
  it.each(["Status", "Lieferstatus", "Bemerkung"])(
    'under "%s" each is refused at its cell: not booked, the balances incomplete',
    async (heading) => {
      const { ledger, findings } = await readReceipts(heading, ["delivered", ...PARTLY]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      expect(marks(findings)).toEqual(PARTLY.map((_, i) => `F${i + 3}:status-partial`));
      expect(findings.filter((f) => f.code === "row-unconfirmed").map((f) => f.severity)).toEqual(
        PARTLY.map(() => "error"),
      );
      expect(ledger.incomplete).toBeDefined();
      const first = findings.find((f) => f.code === "row-unconfirmed")!;
      expect(first.message).toContain('"teilw. abgelehnt" in');
      expect(first.message).toContain("the quantity accepted is unknown");
      expect(first.message).toContain("the balances it would feed are incomplete");
    },
  );

  // (p-misc) part of it cancelled: until p-misc booked in full with a warning
  it.each(["Status", "Estado", "Bemerkung"])(
    'under "%s" part of it cancelled is refused at its cell: not booked, the balances incomplete',
    async (heading) => {
      const { ledger, findings } = await readReceipts(heading, ["delivered", ...PART_CANCELLED]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      expect(marks(findings)).toEqual(PART_CANCELLED.map((_, i) => `F${i + 3}:status-part-cancelled`));
      expect(findings.filter((f) => f.code === "row-unconfirmed").map((f) => f.severity)).toEqual(
        PART_CANCELLED.map(() => "error"),
      );
      expect(ledger.incomplete).toBeDefined();
      const first = findings.find((f) => f.code === "row-unconfirmed")!;
      expect(first.message).toContain('"teilweise storniert" in');
      expect(first.message).toContain("the quantity that stands is unknown");
      expect(first.message).toContain("the balances it would feed are incomplete");
    },
  );

  // (p-credit) a cancellation invoice is a document of no movement: refused (until p-credit booked and said)
  // (brk25 §5b) "cancelled – reissued as SD-9": the row perhaps void, its quantity under SD-9 on
  // another row; refused (until brk25 booked with a warning)
  it("a line cancelled whole or one delivered stay as they were; a cancellation invoice, a line cancelled and reissued are refused", async () => {
    const { ledger, findings } = await readReceipts("Status", [
      "storniert",
      "Storno-Rechnung",
      "cancelled – reissued as SD-9",
      "delivered",
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["40"]);
    expect(marks(findings)).toEqual(["F2:row-cancelled", "F3:credit-note", "F4:status-void-unclear"]);
  });
});

describe("pending abbreviated", () => {
  it.each(["pdte.", "pdte", "PDTE", "pend.", "Pend"])(
    "%p is read as pending: refused as pending is",
    async (text) => {
      const got = await readReceipts("Estado", ["entregado", "entregado", "entregado", text]);
      const pending = await readReceipts("Estado", ["entregado", "entregado", "entregado", "pending"]);
      expect(marks(got.findings)).toEqual(["F5:row-unconfirmed"]);
      expect(got.ledger.receipts).toHaveLength(3);
      expect(marks(got.findings)).toEqual(marks(pending.findings));
    },
  );
});

describe('how many status texts make a "State" column one of statuses', () => {
  // at least three texts with a status word, and half the column's texts or more
  it.each([
    ["State", ["Texas", "cancelled"], ["F3:row-cancelled"], 1],
    ["Estado", ["Jalisco", "entregado"], [], 2],
    ["State", ["Texas", "Ohio", "delivered", "cancelled"], ["F5:row-cancelled"], 3],
    ["State", ["Texas", "delivered", "delivered", "cancelled"], ["F2:status-unknown", "F5:row-cancelled"], 2],
    [
      "Estado",
      ["entregado", "anulado", "recibido", "Jalisco", "Sonora", "Texas"],
      ["F3:row-cancelled", "F5:status-unknown", "F6:status-unknown", "F7:status-unknown"],
      2,
    ],
    [
      "Estado",
      ["entregado", "anulado", "recibido", "Jalisco", "Sonora", "Texas", "Ohio"],
      ["F3:row-cancelled"],
      6,
    ],
  ])('under "%s", %j: %j, %p rows booked', async (heading, texts, want, booked) => {
    const { ledger, findings } = await readReceipts(heading, texts);
    expect(marks(findings)).toEqual(want);
    expect(ledger.receipts).toHaveLength(booked);
  });
});
