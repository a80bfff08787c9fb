// Rows a clerk writes inside a receipts table that are no bookings: totals, page carry-overs and
// opening or closing balances, in the six languages of the add-in's users, through a real .xlsx.
// Each is skipped with a note (an opening balance booked as a receipt would count its stock as
// received; a totals label read as a date gives noise) while a supplier named like one is booked.
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Cell = string | number | Date | null;
const D = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function read(rows: Cell[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c === null) return;
      const cell = ws.getCell(r + 1, col + 1);
      cell.value = c;
      if (c instanceof Date) cell.numFmt = "dd.mm.yyyy";
    }),
  );
  const file = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Rows.xlsx");
  return readWorkbook(await file.readSnapshot());
}

const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];
const booking = (i: number, q: number): Cell[] => [
  D(`2025-01-0${i + 1}`),
  "Agrar Handel Nord GmbH",
  `A${i}`,
  "Rapeseed oil",
  q,
  "EU RED compliant",
  "DE",
];

const BALANCES = [
  "Anfangsbestand",
  "Endbestand",
  "Saldo",
  "Opening balance",
  "Closing balance",
  "Balance b/f",
  "Report à nouveau",
  "Solde initial",
  "Saldo inicial",
  "Saldo iniziale",
  "Beginvoorraad",
  "Eindvoorraad",
];
const TOTALS = [
  "Summe",
  "Gesamt",
  "Total",
  "Totale",
  "Totaal",
  "Totales",
  "Somma",
  "Suma",
  "Eindtotaal",
  "Riporto",
];

// (p-opening) a closing balance carries nothing in: skipped with a note; an opening one is skipped
// only where it is the sum of the rows above (100), else it states a balance the rows do not give
// (999): refused (stated-balance), never skipped unsaid
const CLOSING = new Set(["Endbestand", "Closing balance", "Eindvoorraad"]);
describe("an opening or closing balance row in the supplier column", () => {
  it.each(BALANCES.flatMap((label) => [100, 999].map((qty) => [label, qty] as const)))(
    "%p with %p below 100 t: skipped with a note where it carries nothing in, else refused",
    async (label, qty) => {
      const { ledger, findings } = await read([
        HEAD,
        booking(1, 100),
        [D("2025-01-09"), label, null, "Rapeseed oil", qty],
        booking(2, 50),
      ]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50"]);
      const reason = CLOSING.has(label) || qty === 100 ? "balance-row" : "stated-balance";
      expect(
        findings.map((f) => `${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`),
      ).toEqual([`totals-row B3 ${reason}`]);
    },
  );
});

describe("a totals row labelled in the date column", () => {
  it.each(TOTALS)("skips %p as a total, with no date or missing-value error", async (label) => {
    const { ledger, findings } = await read([
      HEAD,
      booking(1, 100),
      booking(2, 50),
      [label, null, null, null, 150],
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50"]);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["totals-row A4"]);
  });
});

describe("a supplier whose name starts like a total or balance word", () => {
  it.each(["Saldo Trading S.L.", "Somma Bio S.r.l.", "Total Énergies"])(
    "books %p where its row has its SD number",
    async (name) => {
      const row = booking(3, 20);
      row[1] = name;
      const { ledger, findings } = await read([HEAD, booking(1, 100), row]);
      expect(ledger.receipts.map((r) => [r.supplier, r.quantity])).toEqual([
        ["Agrar Handel Nord GmbH", "100"],
        [name, "20"],
      ]);
      expect(findings).toEqual([]);
    },
  );
});

// credit carried in above the first booking (issue 15 break-test #13, workbook/opening-rows.ts)
const OPENINGS = [
  "Übertrag aus 2024",
  "Übertrag",
  "Anfangsbestand",
  "Saldovortrag",
  "Eröffnungsbestand",
  "Vortrag",
  "Opening balance",
  "Brought forward",
  "Balance b/f",
  "Report à nouveau",
  "Solde initial",
  "Saldo inicial",
  "Saldo anterior",
  "Saldo iniziale",
  "Riporto",
  "Beginsaldo",
  "Beginvoorraad",
];

/** What a read said: "code cell reason" of each finding, and the cells its incomplete inputs are held at. */
const said = (got: Awaited<ReturnType<typeof read>>) => ({
  findings: got.findings.map(
    (f) => `${f.code} ${f.severity} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`,
  ),
  incomplete: (got.ledger.incomplete ?? []).map((i) => `${i.source.cell} ${(i.products ?? []).join(",")}`),
  receipts: got.ledger.receipts.map((r) => r.quantity),
});

describe("an opening or carried-over line above the first booking", () => {
  it.each(OPENINGS)(
    "%p with a quantity: an error at its label, the sheet's product incomplete",
    async (label) => {
      const r = said(await read([HEAD, [null, label, null, null, 12.5], booking(1, 100)]));
      expect(r.findings).toEqual(["totals-row error B2 opening-credit"]);
      expect(r.incomplete).toEqual(["B2 Rapeseed oil"]);
      expect(r.receipts).toEqual(["100"]);
    },
  );

  it.each<[string, Cell[]]>([
    ["with no quantity", [null, "Übertrag aus 2024"]],
    ["with a zero quantity", [null, "Anfangsbestand", null, null, 0]],
    ["with a date only", [D("2024-12-31"), "Saldovortrag"]],
    ["that is a closing balance", [null, "Endbestand", null, null, 12.5]],
    ["that carries to the next page", [null, "À reporter", null, null, 12.5]],
  ])("a line %s carries no credit in: skipped with a note", async (_, line) => {
    const r = said(await read([HEAD, line, booking(1, 100)]));
    expect(r.findings.map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["totals-row info"]);
    expect(r.incomplete).toEqual([]);
  });

  it("the same line below a booking is a running total: skipped with a note", async () => {
    const r = said(await read([HEAD, booking(1, 100), [null, "Übertrag", null, null, 100], booking(2, 50)]));
    expect(r.findings).toEqual(["totals-row info B3 "]);
    expect(r.incomplete).toEqual([]);
  });
});

describe("a total labelled only in a column not read (Beleg) ends nothing", () => {
  const head = [...HEAD, "Beleg"];
  it("a carry-over line with no date: the bookings after it are read", async () => {
    const r = said(
      await read([head, [null, null, null, null, null, null, null, "Übertrag"], booking(1, 100)]),
    );
    expect(r.findings).toEqual(["totals-row info H2 "]);
    expect(r.receipts).toEqual(["100"]);
  });

  it("a month's subtotal between bookings: both sides read", async () => {
    const r = said(
      await read([
        head,
        booking(1, 100),
        [null, null, null, null, null, null, null, "Summe Januar"],
        booking(2, 50),
      ]),
    );
    expect(r.findings).toEqual(["totals-row info H3 "]);
    expect(r.receipts).toEqual(["100", "50"]);
  });
});

// (p-misc, workbook/opening-rows.ts) with no label word: a line above the first booking holding
// only a quantity may be credit or stock carried over, or a booking half typed; the add-in cannot
// tell, so it is refused at that number and the sheet's product is incomplete. Never a receipt,
// never the blank line that ends the data (the bookings below are read), never skipped unsaid.
describe("a line above the first booking that holds only a quantity, no label word", () => {
  // running balance headings of real books, a column the add-in does not read
  const BALANCE_HEADINGS = [
    "Bestand (t)",
    "Lagerbestand",
    "Stock (t)",
    "Balance",
    "Solde (t)",
    "Saldo",
    "Existencias",
    "Giacenza",
    "Voorraad (t)",
  ];
  it.each(BALANCE_HEADINGS)(
    "a number under %p alone: refused at it, the rows below read",
    async (heading) => {
      const r = said(
        await read([[...HEAD, heading], [null, null, null, null, null, null, null, 12.5], booking(1, 100)]),
      );
      expect(r.findings).toEqual(["possible-totals-row error H2 opening-quantity"]);
      expect(r.incomplete).toEqual(["H2 Rapeseed oil"]);
      expect(r.receipts).toEqual(["100"]);
    },
  );

  it.each<[string, Cell[], string]>([
    ["a quantity with no date, product or name", [null, null, null, null, 12.5], "E2"],
    ["a quantity typed as text", [null, null, null, null, "12,5"], "E2"],
  ])("%s: refused at it as an opening quantity, not a total", async (_, line, cell) => {
    const r = said(await read([HEAD, line, booking(1, 100)]));
    expect(r.findings).toEqual([`possible-totals-row error ${cell} opening-quantity`]);
    expect(r.incomplete).toEqual([`${cell} Rapeseed oil`]);
    expect(r.receipts).toEqual(["100"]);
  });

  it.each<[string, Cell[]]>([
    ["a zero", [null, null, null, null, null, null, null, 0]],
    ["a date alone", [null, null, null, null, null, null, null, D("2024-12-31")]],
  ])("a line holding %s in a column not read is no quantity: a blank line, as before", async (_, line) => {
    const r = said(await read([[...HEAD, "Bestand (t)"], line, booking(1, 100)]));
    expect(r.findings.some((f) => f.startsWith("possible-totals-row"))).toBe(false);
  });

  it("the same quantity-only line below a booking is a total question, not an opening", async () => {
    const r = said(await read([HEAD, booking(1, 100), [null, null, null, null, 12.5], booking(2, 50)]));
    expect(r.findings).toEqual(["possible-totals-row error E3 "]);
  });
});
