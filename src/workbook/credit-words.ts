// The one table of documents that are no delivery and no receipt of material (docs/rules.md
// "Returns"): credit notes, returns, reversal and correction invoices, debit notes, in German,
// English, French, Spanish, Italian and Dutch, as keepers and ERP exports write them. A row such a
// document makes is no movement of sustainable material: it gets no SD and gives no credit. The
// same words are read in a "Belegart"/"Document type" column (document-kind.ts) and in a Status or
// remark column (status-words.ts, kind "credit"); short forms ("GS", "CN", "NC", "Gutschr.") only
// in a document type column, where a cell names a document and nothing else. Written as keepers
// spell them; the readers fold them (case, accents, "ä" typed as "ae"). Pure.

/** Documents that are no movement: every word and phrase, "|"-separated, by what they are. */
export const CREDIT_DOCUMENTS: readonly string[] = [
  // credit notes
  "gutschrift|rechnungsgutschrift|gutschriftsanzeige|kundengutschrift|lieferantengutschrift|warengutschrift",
  "credit note|credit memo|credit invoice|credit nota|creditnote|creditmemo",
  "avoir|note de crédit|note d avoir|facture d avoir|facture avoir",
  "abono|nota de crédito|nota de abono|factura de abono|factura rectificativa|rectificativa",
  "nota di credito|nota credito|nota d accredito|nota di accredito",
  "creditnota|creditfactuur|credit factuur",
  // reversal and correction invoices
  "stornorechnung|storno rechnung|rechnungsstorno|stornobeleg|storno gutschrift|stornogutschrift",
  "reversal invoice|cancellation invoice|reverse invoice|facture d annulation|factura de anulación",
  "fattura di storno|nota di storno|storno fattura|annuleringsfactuur",
  "korrektur|rechnungskorrektur|korrekturrechnung|korrekturbeleg|berichtigung|rechnungsberichtigung",
  "correction|correction invoice|corrective invoice|corrected invoice|rectificatif|facture rectificative",
  "rectificación|corrección|factura correctiva|rettifica|fattura di rettifica|correzione",
  "correctie|correctiefactuur",
  // debit notes: a charge or the buyer's claim, no material moved
  "lastschrift|belastungsanzeige|debit note|debit memo|note de débit|nota de débito|nota de cargo",
  "nota di debito|nota debito|debetnota|debitnota",
  // returns, of the supplier's material or the customer's
  "retoure|retour|retouren|rücklieferung|rücksendung|rückgabe|rücknahme|rückware|warenrücksendung",
  "retourenschein|retourenlieferschein|zurückgesendet|zurückgeschickt|zurück an lieferant|retourniert",
  "zurückgegeben|zurückgeliefert|rückgabe vom kunden|rücksendung an lieferant",
  "return|returns|return delivery|returned|returned goods|goods return|return note|sent back|rma",
  "retourné|retournée|renvoyé|renvoyée|bon de retour|retour marchandise",
  "devolución|devuelto|devuelta|nota de devolución|albarán de devolución",
  "reso|restituito|restituita|restituzione|nota di reso",
  "retourzending|retourlevering|retourbon|geretourneerd|teruggestuurd",
];

/**
 * Short forms of the same documents, read only in a document type column (a remark "CN" may be
 * China, "GS" initials): Gutschrift (GS, Gutschr.), credit note (CN, CR), nota di credito (NC),
 * note de crédit (NDC), nota de crédito (NC), debit note (DN is a delivery note too, so not here).
 */
export const CREDIT_SHORT: readonly string[] = ["gs|gutschr|cn|cr|crn|nc|ndc|ncr|credit|storno|rma|ret"];

/**
 * Documents of a movement (a delivery or a receipt, or its invoice) that name neither side: the
 * row is booked as usual. (The type words of a combined ledger, direction-words.ts, count too.)
 */
export const MOVEMENT_DOCUMENTS: readonly string[] = [
  "rechnung|re|lieferschein|ls|lieferung|faktura|frachtbrief|cmr",
  "invoice|inv|bill|delivery|delivery note|shipment|bill of lading|bol",
  "facture|fact|bon de livraison|bl|livraison|lettre de voiture",
  "factura|fra|albarán|albaran|entrega|nota de entrega",
  "fattura|ddt|documento di trasporto|bolla|bolla di consegna|consegna",
  "factuur|pakbon|levering|leverbon|afleverbon|vrachtbrief",
];

/**
 * Documents of a receipt: booked on a receipts sheet (or a ledger's receipt), refused at the cell
 * on a sales sheet, where they name the other side (p-heads).
 */
export const RECEIPT_DOCUMENTS: readonly string[] = [
  "wareneingang|einkauf|eingangsrechnung|lieferantenrechnung|wareneingangsschein",
  "purchase|purchase invoice|supplier invoice|receipt|goods receipt|goods received note|grn",
  "achat|réception|bon de réception|facture fournisseur|compra|recepción|factura de proveedor",
  "acquisto|ricevimento|fattura fornitore|inkoop|ontvangst|inkoopfactuur",
];

/** Documents of a sale or delivery to a customer: refused at the cell on a receipts sheet (p-heads). */
export const SALE_DOCUMENTS: readonly string[] = [
  "warenausgang|verkauf|ausgangsrechnung|kundenrechnung",
  "sale|sales invoice|customer invoice|dispatch note",
  "vente|facture client|venta|factura de cliente|vendita|fattura cliente|verkoop|verkoopfactuur",
];

/**
 * Words after a document that say whose it is ("Lieferschein an Kunde", "Invoice from supplier"),
 * as the document tables' keys (folded, one space): the side they name.
 */
export const PARTY_SIDES: readonly [RegExp, "in" | "out"][] = [
  [
    / (?:an|fur|zum|to|for|au|pour|al|para|per|aan|voor) (?:den |le |el |il |de )?(?:kunde|kunden|customer|client|cliente|klant)$/,
    "out",
  ],
  [
    / (?:von|vom|from|du|de|del|dal|da|van) (?:dem |le |el |il |de )?(?:lieferant|lieferanten|supplier|fournisseur|proveedor|fornitore|leverancier)$/,
    "in",
  ],
];
