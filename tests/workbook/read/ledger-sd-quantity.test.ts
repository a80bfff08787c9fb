// A combined ledger with the SD's quantity beside its quantity ("Menge lt. SD", "SD quantity"):
// each row is held to the rule of its side's sheet. On a receipt the supplier's SD caps what was
// received (more received than declared is refused, less is read: transport losses); on a delivery
// it is the delivery's own SD, which declares what was delivered: any other amount is refused
// (quantity-columns-disagree, reason sd-differs), never drawn at one of the two. Before, a ledger
// with a Type column capped its deliveries by the SD (12 t declared for 10 t delivered was read
// silently), and one with In and Out columns read the SD's column as a Quantity it never books,
// so an SD declaring 15 t for 20 t received gave 20 t of credit with no word.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** The SD's quantity as staff head it, by language. */
const SD_QUANTITY = [
  "Menge lt. SD (t)",
  "Menge laut SD (t)",
  "Quantity as per SD (t)",
  "Quantité selon DD (t)",
  "Cantidad según SD (t)",
  "Hoeveelheid volgens SD (t)",
  "Quantità secondo SD (t)",
];

type Shape = "type" | "in-out";

/** One ledger row: its side, the quantity booked and the SD's quantity beside it. */
type Row = [side: "in" | "out", quantity: number, sd: number];

function ledger(shape: Shape, sdHeading: string, rows: Row[]): CellValue[][] {
  const head =
    shape === "type"
      ? ["Datum", "Typ", "Partner", "SD-Nr.", "Produkt", "Menge (t)", sdHeading]
      : ["Datum", "Partner", "SD-Nr.", "Produkt", "Zugang (t)", "Abgang (t)", sdHeading];
  return [
    head,
    ...rows.map(([side, q, sd], i) => {
      const partner = side === "in" ? "Fett AG" : "Raff X";
      const sdNo = side === "in" ? `SD-${i + 1}` : null;
      const date = serial(`2025-0${side === "in" ? 1 : 5}-${String(i + 1).padStart(2, "0")}`);
      return shape === "type"
        ? [date, side === "in" ? "Eingang" : "Ausgang", partner, sdNo, "UCO", q, sd]
        : [date, partner, sdNo, "UCO", side === "in" ? q : null, side === "out" ? q : null, sd];
    }),
  ];
}

function read(shape: Shape, sdHeading: string, rows: Row[]) {
  const { ledger: books, findings } = readWorkbook({
    name: "L.xlsx",
    sheets: [sheet("Buch", ledger(shape, sdHeading, rows))],
  });
  const said = findings
    .filter((f) => f.code === "quantity-columns-disagree")
    .map((f) => [f.cell, (f.details as { reason?: string }).reason]);
  return { books, said };
}

const cases = (["type", "in-out"] as Shape[]).flatMap((shape) => SD_QUANTITY.map((h) => [shape, h] as const));

describe("a combined ledger's SD quantity: each row held to its side's rule", () => {
  it.each(cases)(
    "%s, %s: a delivery's SD declaring more or less than delivered is refused (sd-differs)",
    (shape, h) => {
      const { books, said } = read(shape, h, [
        ["in", 50, 50],
        ["out", 10, 12],
        ["out", 10, 8],
        ["out", 10, 10],
      ]);
      expect(said).toEqual([
        ["G3", "sd-differs"],
        ["G4", "sd-differs"],
      ]);
      expect(books.deliveries.map((d) => d.quantity)).toEqual(["10"]);
      expect(books.deliveries.map((d) => d.date)).toEqual(["2025-05-04"]);
    },
  );

  it.each(cases)("%s, %s: a receipt above its SD is refused (over-declared), below it read", (shape, h) => {
    const { books, said } = read(shape, h, [
      ["in", 20, 15],
      ["in", 20, 25],
      ["in", 20, 20],
    ]);
    expect(said).toEqual([["G2", "over-declared"]]);
    expect(books.receipts.map((r) => [r.sdNumber, r.quantity])).toEqual([
      ["SD-2", "20"],
      ["SD-3", "20"],
    ]);
  });

  it("the SD's column beside In and Out is never read as a quantity of the ledger's own", () => {
    const { sheets } = readWorkbook({
      name: "L.xlsx",
      sheets: [sheet("Buch", ledger("in-out", "Menge lt. SD (t)", [["in", 20, 20]]))],
    });
    expect(sheets[0]?.columns).toMatchObject({ inQuantity: "E", outQuantity: "F" });
    expect(sheets[0]?.columns.quantity).toBeUndefined();
  });
});

describe("p-blocks: the SD's column beside a ledger's quantities is said with advice that fits the ledger", () => {
  const warning = (shape: Shape, h: string) =>
    readWorkbook({
      name: "L.xlsx",
      sheets: [sheet("Buch", ledger(shape, h, [["in", 20, 20]]))],
    }).findings.find((f) => f.code === "second-quantity-column");

  it.each(SD_QUANTITY)(
    "in-out, %s: read from Zugang or Abgang, booked there, never 'map it as Quantity'",
    (h) => {
      const f = warning("in-out", h);
      expect([f?.cell, (f?.details as { reason?: string }).reason]).toEqual(["G1", "in-out"]);
      expect(f?.message).toContain('from "Zugang (t)" or "Abgang (t)", whichever is filled');
      expect(f?.message).not.toContain("map it as");
    },
  );

  it.each(SD_QUANTITY)("type column, %s: mapping it as Quantity still fits, and is said", (h) => {
    expect(warning("type", h)?.message).toContain(`If "${h}" is the one to read, map it as Quantity`);
  });
});
