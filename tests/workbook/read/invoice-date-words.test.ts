// (brk27 L3, N5) An invoice's, order's or payment's date beside the arrival date: in Spanish and
// Italian books the invoice date was read as the receipt date (goods credited a period before they
// arrived, mapping-uncertain only), and "Eingang am" / "Ankunft" were no date headings at all. Now
// the arrival date is read in all seven languages, never the document's date.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** The heading read as the receipts' Date on `Document | Arrival | Supplier | …` (invoice 28.03., arrival 03.04.). */
function dateOf(doc: string, arrival: string): string | undefined {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [doc, arrival, "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"],
        [serial("2025-03-28"), serial("2025-04-03"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10],
      ]),
    ],
  });
  return r.ledger.receipts[0]?.date;
}

const PAIRS: [string, string][] = [
  ["Fecha factura", "Fecha entrada"],
  ["Fecha pedido", "Fecha de llegada"],
  ["Data fattura", "Data arrivo"],
  ["Data ordine", "Data di arrivo"],
  ["Data faktury", "Data przyjęcia"],
  ["Rechnungsdatum", "Eingang am"],
  ["Rechnungsdatum", "Ankunft"],
  ["Date facture", "Date d'arrivée"],
  ["Date de commande", "Date de réception"],
  ["Factuurdatum", "Aankomstdatum"],
  ["Invoice date", "Arrival date"],
  ["Payment date", "Receipt date"],
  ["Fecha de pago", "Fecha de recepción"],
];

it.each(PAIRS)("%p beside %p: the arrival date is the receipt's", (doc, arrival) =>
  expect(dateOf(doc, arrival)).toBe("2025-04-03"),
);

// must not change: a plain date heading alone is the receipt's date
it.each(["Datum", "Fecha", "Data", "Date"])("%p alone is read", (h) => {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [h, "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"],
        [serial("2025-03-28"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10],
      ]),
    ],
  });
  expect(r.ledger.receipts[0]?.date).toBe("2025-03-28");
});
