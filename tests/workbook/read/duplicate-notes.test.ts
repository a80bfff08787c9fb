// (brk27 S3) Two delivery rows with the same delivery note number ("Lieferschein-Nr." LS 4711):
// before, each got its own SD, with no word. One delivery note is one dispatch: the second row of
// a note already given for the same customer and product is refused at its note cell, not booked,
// the balances of its product incomplete. One note may list two products (read), and rows the
// same in every cell without a note are booked with a warning (two trucks are possible).
import { isNoteHeading } from "../../../src/workbook/duplicate-notes";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEAD = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"];
const row = (qty: number, product = "Rapsöl", customer = "Kunde AG"): CellValue[] => [
  serial("2025-02-01"),
  customer,
  product,
  qty,
  "ja",
];

// a delivery note's heading, in seven languages, as staff and ERP exports write it
const NOTE_HEADINGS = [
  // de
  "Lieferschein-Nr.",
  "Lieferschein",
  "Lieferscheinnummer",
  "LS-Nr.",
  // en
  "Delivery note",
  "Delivery note no.",
  "Dispatch note number",
  // fr
  "Bon de livraison",
  "N° BL",
  "Numéro de bon de livraison",
  // it
  "Bolla",
  "N. DDT",
  "Documento di trasporto",
  // es
  "Albarán",
  "Nº albarán",
  "Número de albarán",
  // nl
  "Pakbon",
  "Pakbonnummer",
  "Afleverbon nr",
  // pl
  "WZ",
  "Nr WZ",
  "Numer WZ",
];

// headings that name another document, a date or a quantity of the note: never its number
const NOT_NOTE = [
  "Lieferscheindatum",
  "Lieferschein Datum",
  "Delivery note date",
  "Datum",
  "Rechnungsnummer",
  "Invoice no.",
  "SD-Nr.",
  "Menge lt. Lieferschein",
  "Bemerkung",
  "Auftragsnummer",
];

describe("the heading of a delivery note's number", () => {
  it.each(NOTE_HEADINGS)("%p is one", (h) => expect(isNoteHeading(h)).toBe(true));
  it.each(NOT_NOTE)("%p is not", (h) => expect(isNoteHeading(h)).toBe(false));
});

const read = (heading: string, rows: CellValue[][]) =>
  readWorkbook({ name: "B.xlsx", sheets: [sheet("Warenausgang", [[...HEAD, heading], ...rows])] });
const repeats = (r: ReturnType<typeof readWorkbook>) => r.findings.filter((f) => f.code === "duplicate-row");

describe("the same delivery note on two rows of one customer and product", () => {
  it.each(NOTE_HEADINGS)("under %p: the second row refused at its note cell, the first read", (heading) => {
    const r = read(heading, [
      [...row(40), "LS 4711"],
      [...row(40), "LS 4711"],
    ]);
    expect(r.ledger.deliveries.map((d) => d.source.row)).toEqual([2]);
    expect(repeats(r)).toMatchObject([
      {
        severity: "error",
        cell: "F3",
        details: { reason: "same-note", value: "LS 4711", read: "2", label: heading },
      },
    ]);
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["deliveries"], products: ["Rapsöl"] }]);
  });

  it("spelled apart (case, spaces): still one note", () => {
    const r = read("Lieferschein-Nr.", [
      [...row(40), "LS 4711"],
      [...row(25), "ls4711"],
    ]);
    expect(repeats(r)).toMatchObject([{ cell: "F3", details: { reason: "same-note" } }]);
  });

  it("on the receipts, for one supplier and product: the second refused", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Wareneingang", [
          ["Datum", "Lieferant", "Produkt", "Menge (t)", "Nachweis-Nr.", "Lieferschein-Nr."],
          [serial("2025-01-10"), "Good AG", "Rapsöl", 100, "S-1", "L-1"],
          [serial("2025-01-10"), "Good AG", "Rapsöl", 100, "S-1b", "L-1"],
        ]),
      ],
    });
    expect(r.ledger.receipts.map((x) => x.sdNumber)).toEqual(["S-1"]);
    expect(repeats(r)).toMatchObject([{ cell: "F3", details: { reason: "same-note" } }]);
  });
});

describe("what does not change", () => {
  it.each([
    ["one note listing two products", [...row(40), "LS 1"], [...row(10, "Rapsschrot"), "LS 1"]],
    ["one note number at two customers", [...row(40), "LS 1"], [...row(40, "Rapsöl", "Other AG"), "LS 1"]],
    ["two notes", [...row(40), "LS 1"], [...row(40), "LS 2"]],
    ["one note and a blank", [...row(40), "LS 1"], [...row(30), ""]],
  ])("%p: both rows read, no finding", (_, a, b) => {
    const r = read("Lieferschein-Nr.", [a as CellValue[], b as CellValue[]]);
    expect(repeats(r)).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(2);
  });

  it("the same note column on no sheet: rows alike but of other quantities read as before", () => {
    const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Warenausgang", [HEAD, row(40), row(30)])] });
    expect(repeats(r)).toEqual([]);
  });
});

describe("rows the same in every cell, with no note or SD number", () => {
  it("the second booked, with a warning that names the first", () => {
    const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Warenausgang", [HEAD, row(40), row(40)])] });
    expect(r.ledger.deliveries).toHaveLength(2);
    expect(repeats(r)).toMatchObject([
      { severity: "warning", cell: "A3", details: { reason: "same-row", read: "2" } },
    ]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
});
