// Credit carried in above a combined ledger's first booking, through massbal on a real .xlsx (issue
// 15 break-test #13, workbook/opening-rows.ts): "Übertrag aus 2024" or "Anfangsbestand" 12.5 t,
// then 30 t in and 40 t out. The add-in cannot book opening credit, so the line is an error at its
// label and the account is incomplete: never complete at -10 t with a negative-balance error. A
// carry-over labelled only in a column not read ("Beleg") ends nothing: the rows after it are read.
import { day } from "../../src/books";
import type { CellValue } from "exceljs";
import { fettAg, openingBook, receiptsHead } from "./opening-books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; rows: number }[];
  findings: { code: string; severity: string; sheet?: string | null; cell: string | null; message: string }[];
  balances: {
    product?: string;
    produced?: string;
    received: string;
    delivered: string;
    closing: string;
    complete: boolean;
  }[];
}

const HEAD = [
  "Datum",
  "Produkt",
  "Beleg",
  "Lieferant / Kunde",
  "Zertifikat",
  "SD-Nr.",
  "Zugang (t)",
  "Abgang (t)",
];
const MORE = ["Bestand (t)", "Rohstoff", "Herkunft", "Claim", "Abfall", "Nachhaltig"];
const CERT = "EU-ISCC-Cert-DE100-10001";

/** The first row: its Beleg, Lieferant / Kunde, Bestand cells, and Produkt and Zugang where given. */
interface Opening {
  beleg?: string;
  party?: string;
  stock: number | null;
  product?: string;
  zu?: number | string;
}

/** The ledger with `opening` as its first row. */
async function write(opening: Opening): Promise<string> {
  const line = (
    date: string,
    doc: string,
    party: string,
    sd: string | null,
    zu: number | null,
    ab: number | null,
  ) => [
    day(date),
    "UCO",
    doc,
    party,
    CERT,
    sd,
    zu,
    ab,
    null,
    ...(zu ? ["UCO", "DE", "EU RED compliant", "ja"] : [null, null, null, null]),
    "ja",
  ];
  return writeBook(folder.path, "ledger.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Biogas Nord GmbH"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    "Bestandsbuch UCO": [
      [...HEAD, ...MORE],
      [
        null,
        opening.product ?? null,
        opening.beleg ?? null,
        opening.party ?? null,
        null,
        null,
        opening.zu ?? null,
        null,
        opening.stock,
      ],
      line("2025-01-05", "WE-1", "Fett AG", "SD-25-01", 20, null),
      line("2025-01-20", "LS-1", "Raffinerie X", null, null, 15),
      line("2025-02-05", "WE-2", "Fett AG", "SD-25-02", 10, null),
      line("2025-02-15", "LS-2", "Raffinerie X", null, null, 25),
    ],
  });
}

describe("massbal: an opening line of a combined ledger", () => {
  it.each([
    ["Übertrag aus 2024 (Lieferant / Kunde)", { party: "Übertrag aus 2024", stock: 12.5 }, "D2"],
    ["Anfangsbestand (Lieferant / Kunde)", { party: "Anfangsbestand", stock: 12.5 }, "D2"],
    ["Übertrag in Beleg, a column not read", { beleg: "Übertrag", stock: 12.5 }, "C2"],
  ])("%s: an error at its label, the account incomplete, no negative balance", async (_, opening, cell) => {
    const r = checkJson<Report>(folder.path, await write(opening));
    expect(r.sheets.find((s) => s.name === "Bestandsbuch UCO")?.rows).toBe(4);
    const said = r.findings.filter((f) => f.code === "totals-row" && f.severity === "error");
    expect(said.map((f) => f.cell)).toEqual([cell]);
    expect(said[0]?.message).toContain("the add-in has no row for opening credit, so it is not booked");
    expect(r.findings.filter((f) => ["negative-balance", "rows-after-blank"].includes(f.code))).toEqual([]);
    expect(r.balances.map((b) => [b.received, b.delivered, b.closing, b.complete])).toEqual([
      ["30", "40", "-10", false],
    ]);
  });
});

// (p-misc) with no label word: a line above the first booking that holds only a quantity may be
// credit or stock carried over, or a booking half typed; refused at that number (never a receipt,
// never the blank line that ends the data, never skipped unsaid), the account incomplete
describe("massbal: a line above the first booking holding only a quantity", () => {
  it.each([
    ["a Bestand number alone (a column not read)", { stock: 12.5 }, "I2", "Bestand (t) 12.5"],
    ["a Zugang quantity with no date, product or name", { zu: 12.5, stock: null }, "G2", "Quantity in 12.5"],
    ["a Zugang quantity typed as text", { zu: "12,5", stock: null }, "G2", "Quantity in 12.5"],
    ["Zugang and Bestand", { zu: 12.5, stock: 12.5 }, "G2", "Quantity in 12.5"],
  ])(
    "%s: an error at the number, the rows below read, the account incomplete",
    async (_, opening, cell, named) => {
      const r = checkJson<Report>(folder.path, await write(opening));
      expect(r.sheets.find((s) => s.name === "Bestandsbuch UCO")?.rows).toBeGreaterThanOrEqual(4);
      const said = r.findings.filter((f) => f.severity === "error");
      expect(said.map((f) => [f.code, f.cell])).toEqual([["possible-totals-row", cell]]);
      expect(said[0]?.message).toContain(`row 2 holds only a quantity, ${named}`);
      expect(said[0]?.message).toContain("above the first booking");
      expect(said[0]?.message).not.toContain("the sum of the rows above");
      expect(r.balances.map((b) => [b.received, b.delivered, b.closing, b.complete])).toEqual([
        ["30", "40", "-10", false],
      ]);
    },
  );

  it("a blank line above the first booking, with no number, is still nothing", async () => {
    const r = checkJson<Report>(folder.path, await write({ party: null as never, stock: 0 }));
    expect(r.findings.filter((f) => f.code === "possible-totals-row")).toEqual([]);
  });
});

// (p-opening, brk9) an opening line however staff write it, in the cell they write it in: a
// receipts sheet "UCO" whose first row states 50 t carried over, then 30 t received, and 60 t
// sold. "Bestand" as the supplier was booked as a receipt with no finding; "Saldovortrag" as the
// product said the balances were incomplete while UCO stood complete at -30 t with a
// negative-balance error; "Bestand 01.01." as the date was told to type a date. Each is now
// refused at its cell, UCO incomplete, no negative balance.
describe("massbal: an opening line in the supplier, product, SD or date cell of a receipts sheet", () => {
  it.each<[string, CellValue[], string, string]>([
    ["Bestand as the supplier", [day("2025-01-01"), "Bestand", null, null, "UCO", 50], "B2", '"Bestand" in'],
    ["Saldovortrag as the product", [day("2025-01-01"), null, null, null, "Saldovortrag", 50], "E2", "(UCO)"],
    [
      "Bestand 01.01. as the date",
      ["Bestand 01.01.", "Fett AG", CERT, null, "UCO", 50],
      "A2",
      "Bestand 01.01.",
    ],
    [
      "Opening 1 Jan as the date, 50 t as a Bestand",
      ["Opening 1 Jan", null, null, null, "UCO", null, null, 50],
      "A2",
      "Opening 1 Jan",
    ],
    ["Vorjahr as the SD number", [day("2025-01-01"), null, null, "Vorjahr", "UCO", 50], "D2", "Vorjahr"],
    // (brk10) booked as a receipt before: 50 t of credit with an SD and certificate, UCO complete
    [
      "Solde reporté as the supplier of a full row",
      [day("2025-01-01"), "Solde reporté", CERT, "SD-0", "UCO", 50],
      "B2",
      "Solde reporté",
    ],
    [
      "Lagerbestand as the supplier",
      [day("2025-01-01"), "Lagerbestand", null, null, "UCO", 50],
      "B2",
      "Lagerbestand",
    ],
    [
      "Stand 01.01.2025 as the date",
      ["Stand 01.01.2025", "Fett AG", CERT, null, "UCO", 50],
      "A2",
      "Stand 01.01.2025",
    ],
  ])(
    "%s: refused at its cell, never booked, UCO incomplete, no negative balance",
    async (_, first, cell, named) => {
      const head = receiptsHead("Bestand (t)");
      const file = await writeBook(folder.path, "receipts.xlsx", openingBook(head, first));
      const r = checkJson<Report>(folder.path, file);
      const errors = r.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => [f.code, f.cell])).toEqual([["totals-row", cell]]);
      expect(errors[0]?.message).toContain("the add-in has no row for opening credit, so it is not booked");
      expect(errors[0]?.message).toContain(named);
      expect(
        r.findings.filter((f) => ["negative-balance", "overdraft", "invalid-date"].includes(f.code)),
      ).toEqual([]);
      expect(r.balances.map((b) => [b.received, b.delivered, b.closing, b.complete])).toEqual([
        ["30", "60", "-30", false],
      ]);
    },
  );
});

// (p-opening) below the first receipt, with no certificate or SD number: "Saldovortrag" 40 t where
// 25 t were received above. Skipped as a total with a note, UCO stood complete at -25 t with a
// negative-balance error; a balance the rows do not give is refused, UCO incomplete. The running
// sum (25 t) is still a page's carry-over, skipped.
describe("massbal: an opening balance below the first receipt", () => {
  const book = (word: string, qty: number) =>
    openingBook(receiptsHead("Bestand (t)"), fettAg("2025-01-02", "SD-0", 5), [
      [day("2025-01-25"), word, null, null, "UCO", qty],
    ]);

  it.each([
    "Bestand",
    "Saldovortrag",
    "b/f",
    "Report à nouveau",
    "Saldo inicial",
    "Beginsaldo",
    "Saldo iniziale",
  ])("%p 40 t: refused at its label, UCO incomplete, no negative balance", async (word) => {
    const r = checkJson<Report>(folder.path, await writeBook(folder.path, "mid.xlsx", book(word, 40)));
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.cell])).toEqual([["totals-row", "B4"]]);
    expect(errors[0]?.message).toContain("of 40, where the rows above add up to 25");
    expect(r.balances.map((b) => [b.received, b.delivered, b.closing, b.complete])).toEqual([
      ["35", "60", "-25", false],
    ]);
  });

  it("Übertrag 25 t, the sum of the rows above: skipped, UCO complete", async () => {
    const r = checkJson<Report>(folder.path, await writeBook(folder.path, "mid.xlsx", book("Übertrag", 25)));
    expect(r.findings.filter((f) => f.code === "totals-row").map((f) => f.severity)).toEqual(["info"]);
    expect(r.balances.map((b) => [b.received, b.closing, b.complete])).toEqual([["35", "-25", true]]);
  });
});

// (p-opening) "Bestand" 12 t above the first delivery is a stock stated, not credit carried over
describe("massbal: an opening line on a deliveries sheet", () => {
  it("is refused as stock, not spoken of as credit", async () => {
    const b = openingBook(receiptsHead(), fettAg("2025-01-02", "SD-0", 5));
    b.Verkauf = [b.Verkauf![0]!, [day("2025-01-01"), "Bestand", "UCO", 12, null], ...b.Verkauf!.slice(1)];
    const r = checkJson<Report>(folder.path, await writeBook(folder.path, "sales.xlsx", b));
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.filter((f) => f.code === "totals-row").map((f) => f.cell)).toEqual(["B2"]);
    expect(errors[0]?.message).toContain("states stock carried over from before the books' first row");
    expect(errors[0]?.message).not.toContain("credit over");
    expect(r.balances.map((b) => b.complete)).toEqual([false]);
  });
});

// (p-opening) a product named "Saldo" on every row is a product; an opening line dated in another
// order or language ("Saldo iniziale al 1° gennaio", "b/f 31/12/25") is refused, never read as a date
describe("massbal: names and dated opening words", () => {
  it("a product named Saldo throughout is booked and sold", async () => {
    const b = openingBook(receiptsHead(), fettAg("2025-01-02", "SD-0", 35));
    const named = Object.fromEntries(
      Object.entries(b).map(([s, rows]) => [s, rows.map((l) => l.map((v) => (v === "UCO" ? "Saldo" : v)))]),
    );
    const r = checkJson<Report>(folder.path, await writeBook(folder.path, "saldo.xlsx", named));
    expect(r.findings.filter((f) => f.code === "totals-row")).toEqual([]);
    expect(r.balances.map((b) => [b.received, b.delivered, b.closing, b.complete])).toEqual([
      ["65", "60", "5", true],
    ]);
  });

  // brk10: the sheet's product list dropped every balance word, so a production sheet's output
  // "Saldo" kept a complete balance while a row that may have produced it was not read
  it("a production sheet's output named Saldo: a row left out there leaves Saldo incomplete", async () => {
    const b = openingBook(receiptsHead(), fettAg("2025-01-02", "SD-0", 35));
    const r = checkJson<Report>(
      folder.path,
      await writeBook(folder.path, "saldo-made.xlsx", {
        ...b,
        Production: [
          ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
          [day("2025-03-10"), "UCO", 3, "Saldo", 2.7],
          [day("2025-03-20"), "UCO", 2, "Saldo", 1.8],
          [null, null, 4, null, 3.6],
        ],
      }),
    );
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["possible-totals-row", "C4"],
    ]);
    expect(r.balances.map((x) => [x.product, x.produced, x.complete])).toEqual([
      ["Saldo", "4.5", false],
      ["UCO", "0", false],
    ]);
  });

  // brk10: a customer named with a total's word was skipped as a totals row where its quantity was
  // the sum of the rows above; "Saldo de Mar" was refused as an opening line dated in March. Such a
  // row is booked; where its quantity is the sum of the rows above it may be a subtotal as well
  // ("Summe Logistik AG"), and without an SD number to tell, it is refused (named-sum)
  it.each(["Vortrag GmbH", "Summe Logistik AG", "Total Energies", "Saldo Marino", "Saldo de Mar"])(
    "a delivery to %p is booked; of the sum of the rows above, refused",
    async (customer) => {
      const b = openingBook(receiptsHead(), fettAg("2025-01-02", "SD-0", 95));
      const sales = (qty: number) => [...(b.Verkauf ?? []), [day("2025-03-01"), customer, "UCO", qty, "ja"]];
      const booked = checkJson<Report>(
        folder.path,
        await writeBook(folder.path, "named.xlsx", { ...b, Verkauf: sales(50) }),
      );
      expect(booked.findings.filter((f) => f.sheet === "Verkauf").map((f) => f.code)).toEqual([]);
      expect(booked.sheets.find((s) => s.name === "Verkauf")?.rows).toBe(3);
      expect(booked.balances.map((x) => [x.received, x.delivered])).toEqual([["125", "110"]]);
      const sum = checkJson<Report>(
        folder.path,
        await writeBook(folder.path, "named-sum.xlsx", { ...b, Verkauf: sales(60) }),
      );
      const said = sum.findings.filter((f) => f.sheet === "Verkauf");
      expect(said.map((f) => [f.code, f.severity, f.cell])).toEqual([["possible-totals-row", "error", "D4"]]);
      expect(said[0]?.message).toContain(`labelled "${customer}"`);
      expect(sum.balances.map((x) => [x.received, x.delivered, x.complete])).toEqual([["125", "60", false]]);
    },
  );

  it.each([
    "Saldo iniziale al 1° gennaio",
    "Report à nouveau 1er janvier 2025",
    "b/f 31/12/24",
    "Bestand per 31.12.2024",
  ])("%p as the first row's date: refused as an opening line, never a date", async (word) => {
    const b = openingBook(receiptsHead(), [word, "Fett AG", null, null, "UCO", 50]);
    const r = checkJson<Report>(folder.path, await writeBook(folder.path, "dated.xlsx", b));
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.cell])).toEqual([["totals-row", "A2"]]);
    expect(r.balances.map((x) => [x.received, x.complete])).toEqual([["30", false]]);
  });
});
