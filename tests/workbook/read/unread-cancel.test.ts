// (brk26 S3) A cancellation typed in a column the reader did not read was booked silently: "wurde
// storniert" under "Notiz", "Info", "Spalte1", "Lieferschein", or in a column with no heading right
// of the table; the delivery was declared. Now a remark-like heading in 7 languages is a remark
// column (status-headings.ts), and a cell of a column of no field, status or remark heading, or of
// none, that says the row was cancelled refuses the row at that cell (unread-cancel.ts); numbers,
// SD numbers, products, dates, "Lieferschein 4711" and denials there change nothing. Receipts and
// deliveries, through real .xlsx files built by exceljs.
import { BOTH, casesOf, type Cell, day, expectRefused, marks, read } from "./unread-book";

/** Words that say the row was cancelled, in de, en, fr, es, it, nl, pl. */
const CANCELLED = [
  "wurde storniert",
  "storniert",
  "Storno",
  "was cancelled",
  "void",
  "annulé",
  "annulée",
  "anulado",
  "annullato",
  "geannuleerd",
  "anulowano",
  "został anulowany",
];

describe("a remark-like heading is a remark column, in 7 languages", () => {
  const REMARKS = [
    "Notiz",
    "Notizen",
    "Info",
    "Infos",
    "Vermerk",
    "Hinweis",
    "Kommentar",
    "Versandnotiz",
    "Zusatzinfo",
    "Memo",
    "note",
    "comment",
    "Information",
    "remarque",
    "Infos livraison",
    "observación",
    "Notas",
    "nota",
    "Annotazioni",
    "opmerking",
    "Notitie",
    "Toelichting",
    "uwagi",
    "Notatka",
    "Komentarz",
  ];
  const cases = BOTH.flatMap((kind) => REMARKS.map((h) => [kind, h] as const));
  it.each(cases)(
    '%s under "%s": "wurde storniert" is a cancelled line, not booked',
    async (kind, heading) => {
      const { booked, findings, at } = await read(kind, heading, "wurde storniert");
      expect(booked).toBe(1);
      expect(marks(findings)).toEqual([["info", "row-cancelled", at, undefined]]);
    },
  );

  it.each(BOTH)(
    "%s: a remark that says the row was rebooked is refused there, as under Bemerkung",
    async (kind) => {
      const { booked, findings, at } = await read(kind, "Notiz", "storniert und neu gebucht");
      expect(booked).toBe(1);
      expect(marks(findings)).toEqual([["error", "row-unconfirmed", at, "status-void-unclear"]]);
    },
  );
});

describe("a column of no field, status or remark heading, or of none, that says the row was cancelled", () => {
  // Excel's default names of a table's columns, headings that name something else, none at all
  const HEADINGS: [string | null, number, string][] = [
    ["Spalte1", 0, "cancel-unread-column"],
    ["Column1", 0, "cancel-unread-column"],
    ["Colonne1", 0, "cancel-unread-column"],
    ["Columna1", 0, "cancel-unread-column"],
    ["Colonna1", 0, "cancel-unread-column"],
    ["Kolom1", 0, "cancel-unread-column"],
    ["Kolumna1", 0, "cancel-unread-column"],
    ["Lieferschein", 0, "cancel-unread-column"],
    ["Lieferschein-Nr.", 0, "cancel-unread-column"],
    ["Fahrer", 0, "cancel-unread-column"],
    [null, 0, "cancel-unheaded-column"],
    [null, 1, "cancel-unheaded-column"],
    [null, 3, "cancel-unheaded-column"],
  ];
  it.each(casesOf(HEADINGS, CANCELLED))(
    '%s under %p (gap %p): "%s" refuses the row at its cell',
    expectRefused,
  );

  // a cancellation rebooked, of part of the line, or still to come: refused there too
  const UNCLEAR = ["storniert und neu gebucht", "Teilstorno 10 t", "noch nicht storniert", "SD-4 storniert"];
  const unclear = BOTH.flatMap((kind) => UNCLEAR.map((t) => [kind, t] as const));
  it.each(unclear)('%s: "%s" in a column with no heading refuses the row', async (kind, text) => {
    const { booked, findings, at } = await read(kind, null, text);
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual([["error", "row-unconfirmed", at, "cancel-unheaded-column"]]);
  });

  it("says what the column is and what to do", async () => {
    const { findings } = await read("deliveries", "Spalte1", "wurde storniert");
    const f = findings.find((x) => x.code === "row-unconfirmed")!;
    expect(f.message).toContain('"wurde storniert" in Spalte1 says row 2 was cancelled');
    expect(f.message).toContain("head the column Status or Bemerkung");
  });
});

describe("what such a column holds that is no cancellation changes nothing", () => {
  const KEPT: [string | null, Cell][] = [
    [null, 123],
    [null, 40.5],
    [null, "40,5"],
    [null, day(20)],
    [null, "EU-ISCC-SD-2025-0042"],
    [null, "Rapsöl"],
    [null, "Lieferschein 4711"],
    [null, "nicht storniert"],
    [null, "not cancelled"],
    [null, "S = storniert"],
    ["Spalte1", "Rapsöl raffiniert"],
    ["Spalte1", 4711],
    ["Column1", "not cancelled"],
    ["Lieferschein", "4711"],
    ["Lieferschein", "LS-4711"],
    ["Lieferschein", "Lieferschein 4711"],
    // bound by its heading to another paper, as in a remark ("Rechnung storniert")
    ["Rechnung", "storniert"],
    ["Invoice", "cancelled"],
  ];
  const cases = BOTH.flatMap((kind) => KEPT.map(([h, v]) => [kind, h, v] as const));
  it.each(cases)("%s under %p: %p is booked, no row finding", async (kind, h, v) => {
    const { booked, findings } = await read(kind, h, v);
    expect(booked).toBe(2);
    expect(marks(findings)).toEqual([]);
  });
});
