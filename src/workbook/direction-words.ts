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
]);
const OUT_WORDS = new Set([
  "out",
  "ausgang",
  "abgang",
  "sale",
  "sales",
  "delivery",
  "deliveries",
  "verkauf",
  "lieferung",
  "warenausgang",
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
  "livraison",
  "salida",
  "venta",
  "uscita",
  "vendita",
  "verkoop",
  "levering",
  "uitgang",
]);

/**
 * A ledger row's type: "in" (a receipt) or "out" (a delivery) for a word of the vocabulary
 * ("Eingang", "Sale", "Entrée", "Vente"), null for anything else (never a default).
 */
export function direction(text: string): "in" | "out" | null {
  const t = fold(text)
    .trim()
    .replace(/[^a-z+-]+/g, "");
  if (IN_WORDS.has(t)) return "in";
  if (OUT_WORDS.has(t)) return "out";
  return null;
}
