// (brk25 §7) A status or remark saying part of a row was cancelled, with the part's quantity
// ("Teilstorno 10 t"): the row is not booked (neither whole nor cancelled whole) and the finding at
// the cell says what is unknown: whether the row's quantity is before or after the cancellation.
// Must not change: without a quantity ("Teilstorno") the finding says how much is not stated.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const d = serial("2025-03-03");

function read(heading: string, text: string) {
  const r = readWorkbook({
    name: "b.xlsx",
    sheets: [
      sheet("Receipts", [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", heading],
        [d, "Saipol", "SD-1", "UCO", 100, text],
        [d, "Saipol", "SD-2", "UCO", 50, null],
      ]),
    ],
  });
  return {
    booked: r.ledger.receipts.map((x) => x.quantity),
    said: r.findings.map((f) => [f.code, f.cell, f.message]),
  };
}

it.each([
  ["Status", "Teilstorno 10 t"],
  ["Bemerkung", "Teilstorno 10 t"],
  ["Status", "teilweise storniert (10 t)"],
  ["Remark", "partially cancelled 10 t"],
])("%s %j: the row not booked, the finding asks before or after", (h, text) => {
  const { booked, said } = read(h, text);
  expect(booked).toEqual(["50"]);
  expect(said).toEqual([
    ["row-unconfirmed", "F2", expect.stringContaining("before the cancellation or what stands after it")],
  ]);
});

it('"Teilstorno" alone: not booked, the finding says how much is not stated', () => {
  const { booked, said } = read("Status", "Teilstorno");
  expect(booked).toEqual(["50"]);
  expect(said).toEqual([
    ["row-unconfirmed", "F2", expect.stringContaining("was cancelled, but not how much")],
  ]);
});
