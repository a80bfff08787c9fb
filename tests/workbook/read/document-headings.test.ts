// A column that may say which document a row is (p-heads, new user's test #3): a heading that
// names a document type ("Belegart", "Document type", "Tipo de documento") is one, whatever its
// values; "Vorgang", "Transaction", "Operation" are one only where their values are document
// words, else free text ("Auftrag 4711") whose cells led by a credit note are still read. A
// document of the other side of a sheet ("Wareneingang" on sales) names that side.
import {
  documentHeading,
  documentSide,
  documentValues,
  freeTextKind,
} from "../../../src/workbook/document-kind";

describe("a document type heading", () => {
  it.each([
    "Belegart",
    "Belegart (RE/GS)",
    "Document type",
    "Doc. type",
    "Type de document",
    "Tipo de documento",
    "Tipo di documento",
    "Documenttype",
  ])("%p names a document type", (h) => expect(documentHeading(h)).toBe("named"));

  it.each([
    "Vorgang",
    "Vorgangsart",
    "Transaction",
    "Operation",
    "Opération",
    "Operación",
    "Operazione",
    "Transactie",
  ])("%p may be one: its values decide", (h) => expect(documentHeading(h)).toBe("ambiguous"));

  it.each(["Remarks", "Kunde", "Auftrag"])("%p is none", (h) => expect(documentHeading(h)).toBeNull());
});

describe("the values under an ambiguous heading", () => {
  it.each([
    [["Rechnung", "Gutschrift", ""]],
    [["Invoice", "Credit note"]],
    [["Lieferschein", "Lieferschein an Kunde", "Retoure"]],
    [["Facture", "Avoir"]],
  ])("%p are document words", (texts) => expect(documentValues(texts)).toBe(true));

  it.each([
    [["Verkauf an Müller", "Auftrag 4711", "Lieferung an Kunde Nord"]],
    [["Rechnung", "Auftrag 4711"]],
    [["Order 12", "Contract 2025-03"]],
    [["", " "]],
  ])("%p are free text", (texts) => expect(documentValues(texts)).toBe(false));

  it.each([
    ["Gutschrift zu Auftrag 4711", "credit"],
    ["Credit note 12 for order 4711", "credit"],
    ["Retoure Kunde Nord", "credit"],
    ["Auftrag 4711", null],
    ["Lieferung an Kunde mit Gutschrift", null],
    ["Verkauf", null],
  ])("free text %p says %p", (text, kind) => expect(freeTextKind(text)).toBe(kind));
});

describe("the side a document names", () => {
  it.each([
    ["Wareneingang", "in"],
    ["goods receipt", "in"],
    ["Eingangsrechnung", "in"],
    ["Réception", "in"],
    ["Rechnung vom Lieferanten", "in"],
    ["Verkauf", "out"],
    ["Warenausgang", "out"],
    ["Sales invoice", "out"],
    ["Lieferschein an Kunde", "out"],
    ["Delivery note to customer", "out"],
    ["Vente", "out"],
    ["Rechnung", null],
    ["Lieferschein", null],
    ["Lieferung", null],
    ["Delivery note", null],
    ["Gutschrift", null],
  ])("%p: %p", (text, side) => expect(documentSide(text)).toBe(side));
});
