// brk15: a heading with two quantity units ("Menge (kg) in t") was read in the first one: 100
// booked as 100 kg where the heading may mean tonnes. Neither is read: the heading as written is
// its unit, which the engine refuses at the heading (invalid-unit); one unit, written twice, reads.
import { runEngine } from "../../src/engine";
import { headerWords } from "../../src/workbook/header-words";
import { readWorkbook } from "../../src/workbook/read";
import { serial, sheet } from "./fixtures";

const TWO = [
  "Menge (kg) in t",
  "Gewicht (t) kg",
  "Quantity (MT) kg",
  "Net weight (kg) in t",
  "Quantité (kg) en t",
  "Cantidad (t) kg",
  "Hoeveelheid (kg) in t",
  "Quantità (kg) in t",
];
const ONE: [string, string][] = [
  ["Menge (t)", "t"],
  ["Menge in t", "t"],
  ["Menge (t) t", "t"],
  ["Net weight (kg) kg", "kg"],
  ["Qty (kg)", "kg"],
];

describe("two quantity units in one heading", () => {
  it.each(TWO)("%s: neither read, refused at the heading, nothing booked", (heading) => {
    expect(headerWords(heading).unit).toBe(heading);
    const read = readWorkbook({
      name: "b.xlsx",
      sheets: [
        sheet("Receipts", [
          ["Datum", "Lieferant", "SD-Nr.", "Produkt", heading],
          [serial("2025-02-10"), "F", "SD-1", "UCO", 100],
        ]),
      ],
    });
    const result = runEngine(read.ledger, { findings: read.findings });
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["invalid-unit", "E1"],
    ]);
    expect(result.balances.map((b) => b.received)).toEqual([]);
  });

  it.each(ONE)("%s: one unit, read as %s", (heading, unit) => {
    expect(headerWords(heading).unit).toBe(unit);
  });
});
