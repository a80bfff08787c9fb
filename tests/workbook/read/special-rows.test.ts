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

describe("an opening or closing balance row in the supplier column", () => {
  it.each(BALANCES)("skips %p with a note saying how to enter an opening stock", async (label) => {
    const { ledger, findings } = await read([
      HEAD,
      booking(1, 100),
      [D("2025-01-09"), label, null, "Rapeseed oil", 999],
      booking(2, 50),
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50"]);
    expect(
      findings.map((f) => `${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`),
    ).toEqual(["totals-row B3 balance-row"]);
  });
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
