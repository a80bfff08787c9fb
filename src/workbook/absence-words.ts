// (p-remarks4) Words proof-states.ts reads around a proof's absence, its waiver and its coming, in
// de, en, fr, es, it, nl and pl: what a word of absence before a proof is really about ("no PoS
// issues", "ohne SD-Nummer"), who waives it ("Kunde verzichtet"), a separable verb of sending
// later ("Lieferant schickt SD nach").
// Folded words (normalise.ts fold). Pure.

/** (p-remarks4) Verbs of sending with "nach" ending the clause ("Lieferant schickt SD nach"): to come. */
export const SEND = new Set(
  "schickt|schicken|sendet|senden|reicht|reichen|liefert|liefern|tragt|traegt".split("|"),
);

/** (p-remarks4) Words after a proof that say what is absent is not the proof ("no PoS issues", "ohne SD-Nummer"). */
export const HEAD = new Set(
  "issue|issues|problem|problems|probleme|problemen|problemi|problemas|problemes|complaints|mangel|maengel|fehler|errors|delay|verzug|retard|retraso|ritardo|vertraging".split(
    "|",
  ),
);
export const NUMBER = new Set(["nr", "number", "nummer", "numero", "num"]);
/** (p-remarks4) "Kunde hat kein SD erhalten": the customer has not yet received it. */
export const HAS = new Set(["hat", "haben", "hatte", "hatten", "heeft", "hebben"]);
export const RECEIVED = new Set(["erhalten", "bekommen", "ontvangen", "gekregen"]);
/** (p-remarks4) Words of the customer ("Kunde verzichtet", "le client renonce"). */
export const CUSTOMER = new Set(
  "kunde|kunden|kd|abnehmer|customer|client|buyer|acheteur|cliente|comprador|acquirente|klant|koper|klient|odbiorca".split(
    "|",
  ),
);
