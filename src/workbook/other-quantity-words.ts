// The words of a heading that name a quantity other than the one booked (quantity-heading-words.ts):
// gross and tare weights, ordered, planned or invoiced quantities. Moved out of header-word-lists.ts
// whole (issue 15: files under 300 lines).

/**
 * Words that name a quantity other than the one that moved (matcher-bars.ts): a gross or tare
 * weight, or an ordered, planned, forecast, contracted, budgeted or invoiced quantity, in
 * en/de/fr/es/it/nl (folded, as `splitWords` gives them). A heading with one is never a quantity.
 */
export const OTHER_QUANTITY_WORDS = new Set([
  // gross and tare weights (a weighbridge's print-out)
  ...["gross", "brutto", "bruto", "brut", "brute", "bruts", "brutes", "lordo", "lorda"],
  ...["tare", "tara", "tarra", "leergewicht", "vollgewicht", "taragewicht", "tarragewicht"],
  // ordered
  ...[
    "order",
    "ordered",
    "orders",
    "bestellt",
    "bestellte",
    "bestellung",
    "besteld",
    "bestelde",
    "bestelling",
  ],
  ...["commande", "commandee", "commandees", "commandes", "pedida", "pedido", "pedidas", "pedidos"],
  ...["ordinata", "ordinato", "ordinate", "ordinati", "ordine", "ordinazione"],
  // planned, forecast, budgeted
  ...["planned", "plan", "geplant", "geplante", "prevue", "prevu", "prevues", "planifiee", "prevista"],
  ...["previsto", "planificada", "planificado", "pianificata", "pianificato", "programmata", "gepland"],
  ...["geplande", "forecast", "forecasted", "prognose", "prognostiziert", "prevision", "previsionnelle"],
  ...["previsione", "prevision", "pronostico", "verwachting", "verwacht", "budget", "budgetiert"],
  // contracted
  ...["contract", "contracted", "contractual", "vertrag", "vertraglich", "kontrakt", "contrat"],
  ...["contractuelle", "contractuel", "contrato", "contratada", "contratado", "contractual"],
  ...["contratto", "contrattuale", "contrattata", "gecontracteerd", "contractueel"],
  // invoiced
  ...["invoiced", "invoice", "billed", "fakturiert", "rechnung", "facturee", "facture", "facturada"],
  ...[
    "facturado",
    "factura",
    "fatturata",
    "fatturato",
    "fattura",
    "gefactureerd",
    "gefactureerde",
    "factuur",
  ],
]);

/** German and Dutch compounds of such a word with a quantity's ("Bestellmenge", "Brutogewicht", "Trockenmenge", "Drooggewicht"). */
export const OTHER_QUANTITY_COMPOUND =
  /^(?:brutto|bruto|tara|tarra|leer|voll|bestell|auftrags|plan|soll|kontrakt|vertrags|rechnungs|prognose|budget|besteld|contract|factuur|trocken|atro|droog)(?:menge|gewicht|masse|volumen|hoeveelheid|volume|tonnage)$/;
