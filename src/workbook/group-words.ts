// (p-groups) The words that head a group of columns by the document or the movement its values
// are from, in a heading of two rows: "Rechnung" over "Datum | Nr.", "Lieferung" over "Datum |
// Menge (t)". Accent-folded, lower case, as the whole cell (normalise.ts synonymKey): de, en, fr,
// es, it, nl, pl. A document's date or quantity (an invoice's, an order's, a contract's) is never
// the movement's: the date a mass balance books is the day the material moved (domain.md).

/** What a group word says a column's values are of: a document about the goods, or their movement. */
export type Group = "document" | "movement";

/** Invoices, orders and contracts: their dates and quantities are the document's, not the movement's. */
const DOCUMENT = [
  // invoice
  "rechnung|faktura|invoice|facture|factura|fattura|factuur|faktura vat",
  // order
  "bestellung|auftrag|kundenauftrag|order|purchase order|sales order|commande|bon de commande|" +
    "pedido|orden de compra|ordine|ordine di acquisto|bestelling|zamowienie|zlecenie",
  // contract
  "vertrag|kontrakt|contract|contrat|contrato|contratto|umowa",
].join("|");

/** Deliveries, dispatches and receipts of the goods: the one date under them is the row's date. */
const MOVEMENT = [
  // delivery, dispatch
  "lieferung|auslieferung|anlieferung|lieferschein|versand|warenausgang|ausgang|" +
    "delivery|delivery note|shipment|dispatch|despatch|" +
    "livraison|bon de livraison|expedition|envoi|" +
    "entrega|envio|expedicion|albaran|" +
    "consegna|spedizione|ddt|documento di trasporto|" +
    "levering|afleverbon|verzending|" +
    "dostawa|wysylka|wydanie",
  // receipt
  "wareneingang|eingang|goods receipt|receipt|goods received|reception|recepcion|" +
    "ricevimento|ricezione|ontvangst|goederenontvangst|przyjecie|przyjecie towaru",
].join("|");

export const GROUP_WORDS: ReadonlyMap<string, Group> = new Map([
  ...DOCUMENT.split("|").map((w) => [w, "document"] as [string, Group]),
  ...MOVEMENT.split("|").map((w) => [w, "movement"] as [string, Group]),
]);

/** A sub-heading that is a date and nothing more: "Datum", "Date", "Fecha", "Data", "Dato". */
export const DATE_WORDS: ReadonlySet<string> = new Set(["datum", "date", "fecha", "data", "dato"]);

/** A sub-heading under a group word that names the document's number: "Nr.", "No.", "N°", "Nummer". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  "nr|no|n|nummer|number|numero|num|numer|ref|referenz|reference|referencia|riferimento|referentie|id".split(
    "|",
  ),
);
