// (brk26 N6) "Alle Mengen in kg" in the title block above the header was not read: every row of a
// quantity headed "Menge" was refused (invalid-unit). Now such a statement, in seven languages, is
// the unit of the quantity columns that name none; a column naming its own unit keeps it, and a
// contradiction between title and heading refuses the table at the heading.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEAD = ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge", "Nachhaltig"];
const row = (qty: number): CellValue[] => [serial("2025-01-10"), "Saipol", "IN-1", "UCO", qty, "ja"];

function read(title: CellValue[][], head: CellValue[] = HEAD) {
  const r = readWorkbook({
    name: "Books.xlsx",
    sheets: [sheet("Wareneingang", [...title, head, row(100000)])],
  });
  const receipt = r.ledger.receipts[0];
  return {
    r,
    got: receipt ? `${receipt.quantity} ${receipt.unit ?? ""}`.trim() : null,
    said: r.findings.map((f) =>
      `${f.severity} ${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`.trim(),
    ),
  };
}

// [title as typed, the unit it states]
const STATEMENTS: [string, string][] = [
  ["Alle Mengen in kg", "kg"],
  ["Wareneingang 2025 (Mengen in kg)", "kg"],
  ["Mengenangaben in Tonnen", "t"],
  ["All quantities in kg", "kg"],
  ["Quantities in t", "t"],
  ["Toutes les quantités en kg", "kg"],
  ["Tutte le quantità in kg", "kg"],
  ["Todas las cantidades en kg", "kg"],
  ["Alle hoeveelheden in kg", "kg"],
  ["Wszystkie ilości w kg", "kg"],
  ["Alle Mengen in Liter", "L"],
];

describe("a title block's unit of all quantities, seven languages: the unit of a quantity that names none", () => {
  it.each(STATEMENTS)("%p", (title, unit) => {
    const { got, said } = read([["Wareneingang 2025"], [title], []]);
    expect(got).toBe(`100000 ${unit}`);
    expect(said.filter((s) => s.startsWith("error"))).toEqual([]);
  });

  it("a column that names its own unit, the same as the title's: kept", () => {
    const head = HEAD.map((h) => (h === "Menge" ? "Menge (kg)" : h));
    expect(read([["Alle Mengen in kg"]], head).got).toBe("100000 kg");
  });

  it("a heading that names another unit than the title: refused at the heading, nothing booked, balances incomplete", () => {
    const head = HEAD.map((h) => (h === "Menge" ? "Menge (t)" : h));
    const { r, got, said } = read([["Alle Mengen in kg"]], head);
    expect(got).toBeNull();
    expect(said).toContain("error header-not-found E2 title-unit");
    const f = r.findings.find((x) => x.cell === "E2");
    expect(f?.message).toContain(
      'the title above the table ("Alle Mengen in kg") says all quantities are in kg',
    );
    expect(r.ledger.incomplete?.map((i) => i.source)).toEqual([{ sheet: "Wareneingang", cell: "E2" }]);
  });
});

// titles that state no unit of all quantities: nothing changes (the quantity has no unit, as before:
// the engine refuses it, invalid-unit)
const NO_STATEMENT: [string, CellValue[][]][] = [
  ["a title with no unit", [["Wareneingang 2025"]]],
  ["a unit of another measure", [["Preise in EUR"]]],
  ["a title that states two units", [["Mengen in kg", "Mengen in t"]]],
  ["a unit word with no quantity word", [["Angaben in kg"]]],
  ["a note below the header row does not count", []],
];

describe("what does not change: no statement of all quantities' unit above the header", () => {
  it.each(NO_STATEMENT)("%s", (_, title) => {
    expect(read(title).got).toBe("100000");
  });

  it("a sheet with a Unit column keeps each row's unit", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [sheet("Wareneingang", [["Alle Mengen in kg"], [...HEAD, "Einheit"], [...row(100), "t"]])],
    });
    expect(r.ledger.receipts.map((x) => `${x.quantity} ${x.unit}`)).toEqual(["100 t"]);
  });
});
