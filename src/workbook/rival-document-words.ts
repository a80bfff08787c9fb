// The words of a heading that say which document states its value (p-rivals, brk13 #10): "Lieferant
// lt. SD", "Supplier as per PoS", "Fournisseur selon PdD", "Proveedor según PoS", "Leverancier
// volgens SD", "Fornitore da SD", "Kunde lt. Vertrag", "Customer as per contract". Such a column
// holds the field its other words name, as that document states it: beside the field's own column
// it is a second column of that field, held equal to it (value-rivals.ts). Pure: words only.

/** A preposition that says "as stated in" (de/en/fr/es/nl/it), with its abbreviations. */
const PER =
  "(?:lt|laut|gem|gem[äa]ss?|gem[äa]ß|nach|aus|as per|per|according to|acc\\. to|from|on|selon|d'apr[èe]s|suivant|seg[úu]n|conforme a|volgens|uit|secondo|come da|da|in base a)";

/** The documents a row's value may be taken from: the SD / PoS (a Nachweis, DD, PdD, PdS), a contract, an invoice, a delivery note. */
const DOCUMENT =
  "(?:sds?|pos|dd|pdd|pds|nachhaltigkeitsnachweis(?:es)?|nachweis(?:es)?|vertrag(?:s)?|kontrakt(?:s)?|contract|contrat|contrato|contratto|rechnung|invoice|facture|factura|factuur|fattura|lieferschein(?:s)?|delivery note|bon de livraison|albar[áa]n|pakbon|ddt)";

/** "lt. SD", "as per PoS", "(selon PdD)", "según contrato": the phrase, brackets and all. */
const PHRASE = new RegExp(
  `[([]?\\s*(?<![\\p{L}\\d])${PER}\\.?\\s+(?:(?:the|der|dem|des|le|la|l'|el|de|het|il)\\s*)?${DOCUMENT}(?![\\p{L}\\d])\\.?\\s*[)\\]]?`,
  "giu",
);

/**
 * Heading `header` without the phrase that names the document its value is taken from ("Lieferant
 * lt. SD" → "Lieferant", "Customer as per contract" → "Customer"), or null where it names none. A
 * document's own number ("SD-Nr.", "PoS number") is no such phrase: only a preposition before the
 * document ("lt.", "as per", "selon", "según", "volgens", "da") makes one.
 */
export function withoutDocument(header: string): string | null {
  PHRASE.lastIndex = 0;
  if (!PHRASE.test(header)) return null;
  PHRASE.lastIndex = 0;
  const rest = header.replace(PHRASE, " ").replace(/\s+/g, " ").trim();
  return rest || null;
}
