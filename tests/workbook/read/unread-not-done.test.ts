// (h-lacksum) A row whose own cell says it did not take place or is not yet confirmed was booked
// silently where that cell stood in a column the reader does not read: "abgelehnt", "pending",
// "offen", "on hold" under "Spalte1", "Lieferschein" or no heading (only cancellations were looked
// at there, brk26 S3). Now such a cell refuses the row (row-unconfirmed), read with the Status
// column's own words (status-words.ts, the open statuses of brk26 S4 among them). And a date in a
// column of the day the row was cancelled ("Stornodatum", "Cancelled on") refuses it. Must not
// change: "offen" under a payment or invoice heading (the money is open, the goods moved),
// "pending" under "Lieferschein" (another paper pending), denials, two-letter codes, a blank or
// "nein" under "Stornodatum", a date under "Rechnungsdatum".
import { BOTH, casesOf, type Cell, day, expectRefused, marks, read } from "./unread-book";

/** Words of a line not done or not yet confirmed, in de, en, fr, es, it, nl, pl. */
const NOT_DONE = [
  "abgelehnt",
  "offen",
  "in Klärung",
  "Entwurf",
  "teilw. abgelehnt",
  "rejected",
  "pending",
  "on hold",
  "draft",
  "en attente",
  "ouvert",
  "refusé",
  "rechazado",
  "pendiente",
  "abierto",
  "respinto",
  "in sospeso",
  "aperto",
  "afgewezen",
  "in behandeling",
  "openstaand",
  "odrzucono",
  "w toku",
  "otwarty",
];

describe("a column of no field, status or remark heading, or of none, that says the row is not done", () => {
  const HEADINGS: [string | null, number, string][] = [
    ["Spalte1", 0, "unconfirmed-unread-column"],
    ["Fahrer", 0, "unconfirmed-unread-column"],
    [null, 0, "unconfirmed-unheaded-column"],
    [null, 2, "unconfirmed-unheaded-column"],
  ];
  it.each(casesOf(HEADINGS, NOT_DONE))(
    '%s under %p (gap %p): "%s" refuses the row at its cell',
    expectRefused,
  );

  it("says what the cell says and what to do", async () => {
    const { findings } = await read("receipts", "Spalte1", "abgelehnt");
    const f = findings.find((x) => x.code === "row-unconfirmed")!;
    expect(f.message).toContain(
      '"abgelehnt" in Spalte1 says row 2 did not take place or is not yet confirmed',
    );
    expect(f.message).toContain("head the column Status or Bemerkung");
  });
});

describe("must not change: such words that speak of something else", () => {
  const KEPT: [string | null, Cell][] = [
    // the payment or the invoice is open: the goods moved
    ["Zahlung", "offen"],
    ["Zahlungsstatus", "offen"],
    ["Payment", "open"],
    ["Invoice status", "pending"],
    ["Paiement", "en attente"],
    ["Pago", "pendiente"],
    ["Pagamento", "in sospeso"],
    ["Betaling", "openstaand"],
    ["Płatność", "otwarty"],
    ["Faktura", "oczekuje"],
    // another paper pending, as a remark reads it
    ["Lieferschein", "pending"],
    [null, "Rechnung offen"],
    // denied, done, a code of two letters, a question alone
    [null, "nicht abgelehnt"],
    [null, "not rejected"],
    [null, "geliefert"],
    ["Spalte1", "ok"],
    ["Spalte1", "KO"],
    [null, "?"],
    [null, "Lieferschein 4711"],
  ];
  const cases = BOTH.flatMap((kind) => KEPT.map(([h, v]) => [kind, h, v] as const));
  it.each(cases)("%s under %p: %p is booked, no row finding", async (kind, h, v) => {
    const { booked, findings } = await read(kind, h, v);
    expect(booked).toBe(2);
    expect(marks(findings)).toEqual([]);
  });
});

describe("a date in a column of the day the row was cancelled", () => {
  const HEADINGS = [
    "Stornodatum",
    "Storniert am",
    "Stornierungsdatum",
    "Cancelled on",
    "Cancellation date",
    "Date d'annulation",
    "Annulé le",
    "Fecha de anulación",
    "Data di annullamento",
    "Annuleringsdatum",
    "Geannuleerd op",
    "Data anulowania",
  ];
  const cases = BOTH.flatMap((kind) => HEADINGS.map((h) => [kind, h] as const));
  it.each(cases)("%s under %p: a date refuses the row, a blank row is booked", async (kind, h) => {
    const { booked, findings, at } = await read(kind, h, day(15));
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual([["error", "row-unconfirmed", at, "cancel-date-column"]]);
  });

  it("a date typed as text refuses the row too, quoted as typed", async () => {
    const { booked, findings } = await read("deliveries", "Stornodatum", "12.03.2025");
    expect(booked).toBe(1);
    expect(findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      '"12.03.2025" in Stornodatum says row 2 was cancelled on that day',
    );
  });

  it("a date cell is quoted as the user sees the day", async () => {
    const { findings } = await read("receipts", "Cancelled on", day(15));
    expect(findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      '"15 Jan 2025" in Cancelled on',
    );
  });

  const KEPT: [string, Cell][] = [
    ["Stornodatum", "nein"],
    ["Stornodatum", "-"],
    ["Rechnungsdatum", day(15)],
    ["Reverse charge date", day(15)],
    ["Granulat-Datum", day(15)],
  ];
  it.each(BOTH.flatMap((kind) => KEPT.map(([h, v]) => [kind, h, v] as const)))(
    "%s under %p: %p is booked, no row finding",
    async (kind, h, v) => {
      const { booked, findings } = await read(kind, h, v);
      expect(booked).toBe(2);
      expect(marks(findings)).toEqual([]);
    },
  );
});
