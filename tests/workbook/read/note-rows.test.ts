// (brk22 §14) A note typed directly under a table's rows, no blank row between: before,
// "Anmerkung: Lieferung 15.03. Teilmenge 10 t an Fuel AG umgebucht" under the deliveries was read
// as a delivery, three errors (invalid-date, missing product and quantity) holding every SD of the
// sheet. Now a row whose text stands in its first cells only, nothing else filled, is a note: said
// (info) at its cell, not booked. Both ways: a row of a booking missing its quantity, a name alone
// in the party or product column, a date alone, text in the quantity column are refused as before.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEAD: CellValue[] = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"];
const ROWS: CellValue[][] = [
  [serial("2025-03-01"), "Nordic Fuels Oy", "Biodiesel", 60, "yes"],
  [serial("2025-03-15"), "Nordic Fuels Oy", "Biodiesel", 40, "yes"],
];

function read(below: CellValue[][], head: CellValue[] = HEAD, rows: CellValue[][] = ROWS) {
  const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Deliveries", [head, ...rows, ...below])] });
  return {
    r,
    said: r.findings.map((f) =>
      `${f.severity} ${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`.trim(),
    ),
    booked: r.ledger.deliveries.map((d) => d.quantity),
  };
}

// [what, the rows under the table, the cell of the note]
const NOTES: [string, CellValue[][], string][] = [
  ["de", [["Hinweis: Mengen laut Waage"]], "A4"],
  ["de, a rebooking told", [["Anmerkung: Lieferung 15.03. Teilmenge 10 t an Fuel AG umgebucht"]], "A4"],
  ["en", [["Note: quantities per weighbridge"]], "A4"],
  ["fr", [["Remarque : quantités selon pesée"]], "A4"],
  ["it", [["Nota: quantità da pesa"]], "A4"],
  ["es", [["Nota: cantidades según báscula"]], "A4"],
  ["nl", [["Opmerking: hoeveelheden volgens weegbrug"]], "A4"],
  ["pl", [["Uwaga: ilości wg wagi"]], "A4"],
  ["a note word in its own cell", [["Hinweis:", "alle Mengen netto"]], "A4"],
  ["a sentence with no note word", [["alle Mengen netto, geprüft M. Müller"]], "A4"],
  ["a footnote mark", [["* vorläufige Menge"]], "A4"],
];

describe("a note typed directly under the rows: said at its cell, the rows above booked", () => {
  it.each(NOTES)("%s", (_, below, cell) => {
    const { r, said, booked } = read(below);
    expect(said).toEqual([`info totals-row ${cell} note-row`]);
    expect(r.findings[0]?.message).toContain("holds only a note");
    expect(booked).toEqual(["60", "40"]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it("two notes, one under the other, then a blank: each said", () => {
    const { said, booked } = read([["Hinweis: Mengen laut Waage"], ["erstellt: M. Müller"]]);
    expect(said).toEqual(["info totals-row A4 note-row", "info totals-row A5 note-row"]);
    expect(booked).toEqual(["60", "40"]);
  });

  it("a note between rows: the rows after it are read", () => {
    const { said, booked } = read([
      ["Hinweis: ab hier zweites Quartal"],
      [serial("2025-04-02"), "Fuel AG", "Biodiesel", 20, "yes"],
    ]);
    expect(said).toEqual(["info totals-row A4 note-row"]);
    expect(booked).toEqual(["60", "40", "20"]);
  });

  it("a total's word alone is a total's line, as before, not a note", () => {
    const { said, booked } = read([["Summe"]]);
    expect(said.filter((x) => x.includes("note-row"))).toEqual([]);
    expect(booked).toEqual(["60", "40"]);
  });

  it("a note word leads a note in the party column", () => {
    const { said } = read([["Note: quantities per weighbridge"]], PARTY_FIRST, partyFirst(ROWS));
    expect(said).toEqual(["info totals-row A4 note-row"]);
  });
});

// rows that may be bookings: refused as before; [what, rows under the table, the party column first]
const REFUSED: [string, CellValue[][], boolean][] = [
  ["a booking missing its quantity", [[serial("2025-03-20"), "Fuel AG", "Biodiesel", null, "yes"]], false],
  ["a date alone", [[serial("2025-03-20")]], false],
  ["a date typed wrong alone", [["31.02.2025"]], false],
  ["text in the date column beside a quantity", [["Hinweis: Nachlieferung", null, null, 10]], false],
  ["a note spread over three cells", [["Hinweis:", "Mengen", "laut Waage"]], false],
  ["a note beside a number", [["Hinweis: Mengen laut Waage", 12]], false],
  // the party first: a name alone there is a booking begun
  ["a name alone in the party column", [["Fuel AG"]], true],
];

const PARTY_FIRST: CellValue[] = ["Customer", "Date", "Product", "Quantity (t)", "Sustainable"];
const partyFirst = (rows: CellValue[][]) => rows.map((r) => [r[1], r[0], r[2], r[3], r[4]] as CellValue[]);

describe("what is still refused: a row that may be a booking", () => {
  it.each(REFUSED)("%s", (_, below, party) => {
    const { said, r } = party ? read(below, PARTY_FIRST, partyFirst(ROWS)) : read(below);
    expect(said.filter((s) => s.includes("note-row"))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  });
});
