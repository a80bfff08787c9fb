// (p-values, new-user test brk10 s11) Text that is no number in a column of the quantity: "s.
// Anlage" in "Menge lt. SD (t)" beside "Menge (t)" was neither read nor refused, and the receipt was
// booked at its received quantity with no cap by its SD. Every such text, in every column that holds
// a quantity the add-in reads or compares (the quantity, the SD's quantity beside it or alone, a
// second quantity such as "Net weight (t)", on receipts, deliveries and combined ledgers of both
// shapes), is refused at its cell and the row is not booked: never skipped.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** Texts staff type where a quantity goes, in the six languages (and marks of "nothing", "later"). */
const TEXTS = [
  "s. Anlage",
  "siehe SD",
  "lt. Anhang",
  "siehe oben",
  "k.A.",
  "folgt",
  "see annex",
  "see attachment",
  "as per SD",
  "n/a",
  "N/A",
  "TBD",
  "tbc",
  "voir annexe",
  "cf. DD",
  "ver anexo",
  "según SD",
  "zie bijlage",
  "volgt",
  "vedi allegato",
  "come da SD",
  "-",
  "?",
];

const D = serial("2025-02-03");

/** A layout: its sheet, the column (letter) the text goes in, and how a row is built around it. */
interface Layout {
  name: string;
  col: string;
  header: CellValue[];
  row: (text: CellValue) => CellValue[];
  /** the booked records of the sheet (receipts and deliveries read) */
  kind: "receipts" | "deliveries";
}

const LAYOUTS: Layout[] = [
  {
    name: "receipts, Menge lt. SD (t) beside Menge (t)",
    col: "F",
    header: ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Menge lt. SD (t)"],
    row: (t) => [D, "Fett AG", "SD-9", "UCO", 10, t],
    kind: "receipts",
  },
  {
    name: "receipts, Quantity as per SD (t) alone",
    col: "E",
    header: ["Date", "Supplier", "SD no", "Product", "Quantity as per SD (t)"],
    row: (t) => [D, "Fett AG", "SD-9", "UCO", t],
    kind: "receipts",
  },
  {
    name: "receipts, Net weight (t) beside Qty (t)",
    col: "F",
    header: ["Date", "Supplier", "SD no", "Product", "Qty (t)", "Net weight (t)"],
    row: (t) => [D, "Fett AG", "SD-9", "UCO", 10, t],
    kind: "receipts",
  },
  {
    name: "deliveries, Menge lt. SD (t) beside Menge (t)",
    col: "F",
    header: ["Datum", "Kunde", "Kundenadresse", "Produkt", "Menge (t)", "Menge lt. SD (t)", "Nachhaltig"],
    row: (t) => [D, "Raff AG", "Hafenstr. 1, Hamburg", "UCO", 10, t, "ja"],
    kind: "deliveries",
  },
  {
    name: "ledger with a type column, Menge lt. SD (t) beside Menge (t)",
    col: "G",
    header: ["Datum", "Typ", "Partner", "SD-Nr.", "Produkt", "Menge (t)", "Menge lt. SD (t)"],
    row: (t) => [D, "Eingang", "Fett AG", "SD-9", "UCO", 10, t],
    kind: "receipts",
  },
  {
    name: "ledger with Eingang and Ausgang, Menge lt. SD (t) beside them",
    col: "G",
    header: ["Datum", "Partner", "SD-Nr.", "Produkt", "Eingang (t)", "Ausgang (t)", "Menge lt. SD (t)"],
    row: (t) => [D, "Fett AG", "SD-9", "UCO", 10, null, t],
    kind: "receipts",
  },
  {
    name: "ledger with Eingang and Ausgang, a delivery's Menge lt. SD (t)",
    col: "G",
    header: ["Datum", "Partner", "SD-Nr.", "Produkt", "Eingang (t)", "Ausgang (t)", "Menge lt. SD (t)"],
    row: (t) => [D, "Raff AG", null, "UCO", null, 10, t],
    kind: "deliveries",
  },
  {
    name: "ledger with In and Out, Net weight (t) beside them",
    col: "G",
    header: ["Date", "Partner", "SD no", "Product", "In (t)", "Out (t)", "Net weight (t)"],
    row: (t) => [D, "Fett AG", "SD-9", "UCO", 10, null, t],
    kind: "receipts",
  },
];

/** The findings at the text's cell (row 3, below a row that is booked) and what was booked of row 3. */
function read(layout: Layout, text: CellValue) {
  // the first row's quantity columns agree (10 beside 10): it is booked
  const rows = [layout.header, layout.row(10), layout.row(text)];
  const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Buch", rows)] });
  const cell = `${layout.col}3`;
  const at = r.findings.filter((f) => f.cell === cell).map((f) => [f.code, f.severity]);
  const booked = r.ledger[layout.kind].map((x) => x.source.row);
  return { at, booked, findings: r.findings };
}

describe("text that is no number in a column of the quantity is refused at its cell, never skipped", () => {
  const cases = LAYOUTS.flatMap((l) => TEXTS.map((t) => [l.name, t, l] as const));
  it.each(cases)("%s: %j is refused and its row not booked", (_name, text, layout) => {
    const { at, booked } = read(layout, text);
    expect(at).toEqual([["invalid-number", "error"]]);
    expect(booked).toEqual([2]);
  });

  const sdLayouts = LAYOUTS.filter((l) => /SD/.test(l.name)).map((l) => [l.name, l] as const);
  it.each(sdLayouts)("%s: the finding asks for the quantity from the SD", (_name, l) => {
    const f = read(l, "s. Anlage").findings.find((x) => x.cell === `${l.col}3`);
    expect((f?.details as { reason?: string }).reason).toBe("sd-quantity-text");
    expect(f?.message).toContain("type the quantity from the SD into this cell");
  });

  it("a receipt's SD column says the supplier's SD caps the credit; a delivery's, its own SD", () => {
    const [receipt, delivery] = [LAYOUTS[5], LAYOUTS[6]].map(
      (l) => read(l as Layout, "k.A.").findings.find((x) => x.cell === "G3")?.message,
    );
    expect(receipt).toContain("the supplier's SD declares, which caps the credit the receipt gives");
    expect(delivery).toContain("the delivery's own SD declares, which must be the quantity delivered");
  });

  it("a second quantity column's text asks for the quantity there or a blank", () => {
    const f = read(LAYOUTS[2] as Layout, "n/a").findings.find((x) => x.cell === "F3");
    expect((f?.details as { reason?: string }).reason).toBe("second-quantity-text");
    expect(f?.message).toContain('beside "Qty (t)"');
  });
});

describe("property: any text without a digit in a column of the quantity refuses its row", () => {
  const text = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((s) => !/\d/.test(s) && s.trim() !== "" && !s.trim().startsWith("="));
  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", (_name, layout) => {
    fc.assert(
      fc.property(text, (t) => {
        const { at, booked } = read(layout, t);
        expect(at.length).toBe(1);
        expect(booked).toEqual([2]);
      }),
      { numRuns: 25 },
    );
  });
});
