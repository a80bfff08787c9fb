// Type words of a combined ledger row beyond those cell-values.ts knows: the French, Spanish,
// Italian and Dutch words for a receipt and a sale. Folded (no accents, lower case, letters only).
import { direction } from "./cell-values";
import { fold } from "./normalise";

const MORE_IN = new Set([
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
const MORE_OUT = new Set([
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
 * A ledger row's type: "in" (a receipt) or "out" (a delivery) for a word of either vocabulary
 * ("Eingang", "Sale", "Entrée", "Vente"), null for anything else (never a default).
 */
export function ledgerDirection(text: string): "in" | "out" | null {
  const known = direction(text);
  if (known) return known;
  const t = fold(text)
    .trim()
    .replace(/[^a-z]+/g, "");
  if (MORE_IN.has(t)) return "in";
  if (MORE_OUT.has(t)) return "out";
  return null;
}
