// brk26 S2: receipts and deliveries kept with a column of an amount taken away from the quantity
// ("Menge (t) | Rücklieferung (t)" = "100 | 20"): a nonzero value refuses the row at that cell, and
// nothing of it is booked; a blank or 0 is nothing taken away. In seven languages; a heading that
// says a date, number, reason, address or the net quantity of a return is no deduction.
import { readWorkbook } from "../../../src/workbook/read";
import { namesDeduction } from "../../../src/workbook/deduction-columns";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

// [language, quantity heading, deduction heading]
// prettier-ignore
const DEDUCTIONS: [string, string, string][] = [
  ["de", "Menge (t)", "Rücklieferung (t)"],
  ["de", "Menge (t)", "davon storniert (t)"],
  ["de", "Menge (t)", "Retoure (t)"],
  ["de", "Menge (t)", "Gutschrift (t)"],
  ["de", "Menge (t)", "Minderlieferung (t)"],
  ["de", "Menge (t)", "Reklamation (t)"],
  ["de", "Menge (t)", "Schwund (t)"],
  ["de", "Menge (t)", "Schwund"],
  ["de", "Menge (t)", "Transportverlust (t)"],
  ["de", "Menge (t)", "Differenz (t)"],
  ["de", "Menge (t)", "Storno-Menge (t)"],
  ["de", "Menge (t)", "Schwund (%)"],
  ["en", "Quantity (t)", "Returned (t)"],
  ["en", "Quantity (t)", "Returned qty"],
  ["en", "Quantity (t)", "Cancelled quantity (t)"],
  ["en", "Quantity (t)", "Credit note qty (t)"],
  ["en", "Quantity (t)", "Loss (t)"],
  ["en", "Quantity (t)", "Difference (t)"],
  ["fr", "Quantité (t)", "Quantité retournée (t)"],
  ["fr", "Quantité (t)", "Dont annulé (t)"],
  ["fr", "Quantité (t)", "Avoir (t)"],
  ["fr", "Quantité (t)", "Perte (t)"],
  ["it", "Quantità (t)", "Reso (t)"],
  ["it", "Quantità (t)", "Di cui stornato (t)"],
  ["it", "Quantità (t)", "Calo (t)"],
  ["es", "Cantidad (t)", "Devolución (t)"],
  ["es", "Cantidad (t)", "Cantidad anulada (t)"],
  ["es", "Cantidad (t)", "Merma (t)"],
  ["nl", "Hoeveelheid (t)", "Retour (t)"],
  ["nl", "Hoeveelheid (t)", "Waarvan geannuleerd (t)"],
  ["nl", "Hoeveelheid (t)", "Verschil (t)"],
  ["pl", "Ilość (t)", "Zwrot (t)"],
  ["pl", "Ilość (t)", "Ilość anulowana (t)"],
  ["pl", "Ilość (t)", "Ubytek (t)"],
];

// no deduction: a date, number, reason, address or status of one, a retained sample, the net
// quantity, a flag column ("Storno" alone: row-state.ts reads it), a word with no amount
// prettier-ignore
const NOT_DEDUCTIONS = [
  "Rückstellmuster", "Rückstellmuster (kg)", "Returns address", "Retourenadresse", "Datum Retoure", "Storno-Grund",
  "Gutschrift-Nr.", "Credit note no.", "Return reason", "Motif du retour", "Storno", "Retoure", "Gutschrift",
  "Differenz", "Menge abzgl. Retoure (t)", "Quantity net of returns (t)", "Menge (t)", "davon nachhaltig (t)",
  "Preisdifferenz (EUR)", "Status Reklamation", "Short name",
];

const RECEIPT_HEAD = ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt"];
const receipt = (a: CellValue, b: CellValue) => [serial("2025-01-10"), "Good AG", "S-1", "Rapsöl", a, b];
const DELIVERY_HEAD = ["Datum", "Kunde", "Produkt"];
const delivery = (a: CellValue, b: CellValue) => [serial("2025-03-01"), "Kunde AG", "Rapsöl", a, b];

const read = (name: string, rows: CellValue[][]) =>
  readWorkbook({ name: "Book.xlsx", sheets: [sheet(name, rows)] });

describe("the words of an amount taken away from the quantity", () => {
  it.each(DEDUCTIONS)("%s: %p | %p says one", (_, __, h) => expect(namesDeduction(h)).toBe(true));
  it.each(NOT_DEDUCTIONS)("%p says none", (h) => expect(namesDeduction(h)).toBe(false));
});

describe("a receipt with an amount taken away beside its quantity", () => {
  it.each(DEDUCTIONS)("%s: %p | %p = 100 | 20: refused at the deduction's cell", async (_, q, h) => {
    const r = await read("Wareneingang", [[...RECEIPT_HEAD, q, h], receipt(100, 20)]);
    expect(r.sheets[0]).toMatchObject({ kind: "receipts" });
    expect(r.ledger.receipts).toEqual([]);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors).toMatchObject([
      { code: "quantity-columns-disagree", cell: "F2", details: { reason: "deduction", missing: h } },
    ]);
    expect(errors[0]?.message).toContain("type the net quantity");
  });

  it.each([0, null, "0", "0,0"])("a deduction of %p: the row booked as it stands, no finding", async (v) => {
    const r = await read("Wareneingang", [
      [...RECEIPT_HEAD, "Menge (t)", "Rücklieferung (t)"],
      receipt(100, v),
    ]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "100" }]);
    expect(r.findings.filter((f) => f.code === "quantity-columns-disagree")).toEqual([]);
    expect(r.findings.filter((f) => f.code === "second-quantity-column")).toEqual([]);
  });

  it.each(["k.A.", "0,5 %", "-2", "siehe Gutschrift"])(
    "%p in it: refused (never read as nothing)",
    async (v) => {
      const r = await read("Wareneingang", [
        [...RECEIPT_HEAD, "Menge (t)", "Rücklieferung (t)"],
        receipt(100, v),
      ]);
      expect(r.ledger.receipts).toEqual([]);
      expect(r.findings).toContainEqual(
        expect.objectContaining({ code: "quantity-columns-disagree", cell: "F2" }),
      );
    },
  );
});

describe("a delivery with an amount taken away beside its quantity", () => {
  it.each(DEDUCTIONS)("%s: %p | %p = 40 | 10: refused, nothing declared", async (_, q, h) => {
    const r = await read("Warenausgang", [[...DELIVERY_HEAD, q, h], delivery(40, 10), delivery(40, null)]);
    expect(r.sheets[0]).toMatchObject({ kind: "deliveries" });
    expect(r.ledger.deliveries).toMatchObject([{ quantity: "40" }]);
    expect(r.ledger.deliveries[0]?.source.row).toBe(3);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: "quantity-columns-disagree", cell: "E2", details: expect.objectContaining({ reason: "deduction" }) }), // prettier-ignore
    );
  });
});

describe("columns that take nothing away: no row refused for them", () => {
  it.each(NOT_DEDUCTIONS)("%p = 20 beside the quantity: no deduction refusal", async (h) => {
    const r = await read("Wareneingang", [[...RECEIPT_HEAD, "Menge (t)", h], receipt(100, 20)]);
    expect(r.findings.map((f) => (f.details as { reason?: string }).reason)).not.toContain("deduction");
  });

  it("a book with none reads as before", async () => {
    const r = await read("Wareneingang", [[...RECEIPT_HEAD, "Menge (t)", "Bemerkung"], receipt(100, "ok")]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "100" }]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
