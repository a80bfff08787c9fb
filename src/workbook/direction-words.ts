// The type words of a combined ledger row (field type "direction"): what says a receipt and what
// says a sale, in English, German, French, Spanish, Italian and Dutch. Folded (no accents, lower
// case, letters and the signs + and - only).
import { fold } from "./normalise";

const IN_WORDS = new Set([
  "in",
  "eingang",
  "zugang",
  "receipt",
  "receipts",
  "purchase",
  "einkauf",
  "kauf",
  "zukauf",
  "wareneingang",
  "incoming",
  "inbound",
  "inflow",
  "received",
  "receive",
  "input",
  "+",
  // French, Spanish, Italian, Dutch
  "entree",
  "entrees",
  "achat",
  "achats",
  "reception",
  "entrada",
  "compra",
  "entrata",
  "acquisto",
  "inkoop",
  "ontvangst",
  "ingang",
  // (p-ledgerdir) more of each language's purchase and receipt words
  "einkaufe",
  "zukaufe",
  "incomingdelivery",
  "compras",
  "recepcion",
  "ingreso",
  "ingresos",
  "acquisti",
  "carico",
  "ricevimento",
  "arrivo",
  "aanvoer",
  "ontvangen",
  "arrivee",
]);
const OUT_WORDS = new Set([
  "out",
  "ausgang",
  "abgang",
  "sale",
  "sales",
  "verkauf",
  "verkaufe",
  "warenausgang",
  "outgoingdelivery",
  "outgoing",
  "outbound",
  "outflow",
  "sold",
  "delivered",
  "output",
  "-",
  // French, Spanish, Italian, Dutch
  "sortie",
  "sorties",
  "vente",
  "ventes",
  "expedition",
  "salida",
  "salidas",
  "venta",
  "ventas",
  "egreso",
  "uscita",
  "vendita",
  "vendite",
  "scarico",
  "verkoop",
  "uitgang",
  "afvoer",
]);

/**
 * (p-ledgerdir) Words that name a movement of goods but not its side: a "Lieferung" is the
 * supplier's delivery to the site as much as the site's to its customer, a "Transport" or a
 * "Bewegung" either way. In a ledger's type column they are refused at the cell, never read as a
 * sale (the first law): the row's quantity would change sides, a receipt's SD be counted as one
 * issued. Folded as the type words are.
 */
const TWO_WAY_WORDS = new Set([
  "lieferung",
  "lieferungen",
  "delivery",
  "deliveries",
  "shipment",
  "livraison",
  "livraisons",
  "entrega",
  "entregas",
  "consegna",
  "consegne",
  "levering",
  "leveringen",
  "transport",
  "transporte",
  "trasporto",
  "bewegung",
  "warenbewegung",
  "movement",
  "mouvement",
  "movimiento",
  "movimento",
  "mutatie",
  "transfer",
  "transaction",
  "buchung",
]);

/**
 * A ledger row's type: "in" (a receipt) or "out" (a delivery) for a word of the vocabulary
 * ("Eingang", "Sale", "Entrée", "Vente"), null for anything else (never a default).
 */
export function direction(text: string): "in" | "out" | null {
  const t = key(text);
  if (IN_WORDS.has(t)) return "in";
  if (OUT_WORDS.has(t)) return "out";
  return null;
}

/** Whether a ledger type cell's text names a movement of either side ("Lieferung", "Livraison", "Transport"): TWO_WAY_WORDS. */
export function twoWay(text: string): boolean {
  return TWO_WAY_WORDS.has(key(text));
}

const key = (text: string) =>
  fold(text)
    .trim()
    .replace(/[^a-z+-]+/g, "");
