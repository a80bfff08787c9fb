// The words of proof-missing.ts, in one table (de, en, fr, es, it, nl): how a keeper names a
// proof of sustainability, says it is missing, awaited or to come, that it has come, that it is
// not to be issued, and the values of none, not applicable or not known a proof's label may hold
// ("SD: nein", "PoS n/a", "SD: k.A."). proof-missing.ts reads a text with them; remark-denials.ts,
// status-read.ts and colour-words.ts ask it, so the same words mean the same wherever they are
// written. Words are accent-folded and lower case (normalise.ts fold); a phrase's words are read
// as proof-missing.ts words() reads a text. Pure.

/** Folded words written "a|b|c", as a set. */
export const wordSet = (words: string) => new Set(words.split("|"));

/** Fillers of time ("noch keine SD", "no PoS yet"): the proof is still to come, not gone without. */
export const TIME =
  "noch|immer|bisher|bislang|derzeit|aktuell|momentan|yet|still|currently|encore|toujours|actuellement|" +
  "todavia|aun|actualmente|ancora|attualmente|nog|steeds|momenteel";

/** Words dropped before reading (folded): fillers, articles, auxiliaries, in the six languages. */
export const DROPPED = [
  TIME,
  // other fillers: unfortunately, so far, any more
  "leider|mehr|so|far|unfortunately|longer|anymore|malheureusement|plus|aunque|mas|purtroppo|piu|helaas|meer",
  // articles
  "der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|le|la|les|l|un|une|du|el|los|las|lo|il",
  "gli|i|uno|una|het|de|een",
  // auxiliaries and the "-n't" of English
  "ist|sind|wurde|wurden|worden|is|are|was|were|been|has|have|had|be|est|sont|ete|es|son|ha|han|sido",
  "e|sono|stato|stata|zijn|werd|t",
]
  .join("|")
  .split("|");

/**
 * Names of a proof (folded words), with the compounds that end in one ("ISCC-Zertifikat"), and the
 * short forms a keeper writes (brk15): "NHN" (Nachhaltigkeitsnachweis), "DV" and "DvD"
 * (duurzaamheidsverklaring), "DS" (declaración / dichiarazione di sostenibilità); the original alone
 * ("Original folgt": the SD's original, the document still to follow).
 */
export const PROOF = [
  "sd|sds|sdn|pos|poc|pocs|dd|dds|pdd|pds|pdc|nhn|nhnw|dv|dvs|ds",
  "nachweis|nachweise|nachweisen|zertifikat|zertifikate",
  "erklarung|erklaerung|erklarungen|beleg|belege|certificate|certificates|cert|certs|proof|proofs",
  "declaration|declarations|document|documents|certificat|certificats|attestation|preuve|justificatif",
  "certificado|certificados|declaracion|declaraciones|documento|documentos|prueba|justificante",
  "certificato|certificati|dichiarazione|dichiarazioni|attestato|prova|certificaat|certificaten",
  "verklaring|verklaringen|bewijs",
  // "DvD" (Duurzaamheidsverklaring); pl "Deklaracja (zrównoważonego rozwoju)", "certyfikat"
  "dvd|dvds|deklaracja|deklaracji|deklaracje|dokument|dokumenty|certyfikat|certyfikaty|swiadectwo",
  // the SD's original named alone ("Original folgt", "origineel ontbreekt"): the document to follow (brk20)
  "original|originale|originali|originals|originaux|originales|origineel|originelen|oryginal|oryginaly",
  // pl cases of "oryginał" ("brak oryginału", "z oryginałem") (brk21 6)
  "oryginalu|oryginalem|oryginalow",
]
  .join("|")
  .split("|");

/** Ends of compound proof names ("Nachhaltigkeitsnachweis", "duurzaamheidsverklaring"). */
export const PROOF_END =
  /(?:nachweis|nachweise|zertifikat|zertifikate|erklarung|erklaerung|verklaring|certificaat)$/;

/** Words and phrases that say a thing is missing, still to come or awaited. */
export const MISSING = [
  // de
  "fehlt|fehlen|fehlend|fehlende|fehlender|fehlendes|fehlenden|ausstehend|ausstehende|ausstehender",
  "ausstehenden|steht aus|stehen aus|folgt|folgen|kommt|kommen|nachreichen|nachzureichen",
  "wird nachgereicht|werden nachgereicht|angefordert|in klarung|in klaerung|ungeklart|ungeklaert",
  "erwartet|warten auf|wartet auf|liegt nicht vor|liegen nicht vor|nicht da|openstaand|openstaande",
  // en
  "missing|pending|outstanding|awaited|awaiting|waiting for|to follow|follows|will follow|to come",
  "to be sent|to be provided|to be received|requested|under clarification|tbc|expected|lacking",
  // fr
  "manquant|manquante|manquants|manquantes|manque|manquent|en attente|venir|suivre|suit|attendu",
  "attendue|attendus|attendues|demande|demandee|en cours clarification|clarifier|recevoir|fournir",
  // es
  "falta|faltan|faltante|faltantes|pendiente|pendientes|esperando|en espera|solicitado|solicitada",
  "en aclaracion|por recibir|por llegar|espera",
  // it
  "manca|mancano|mancante|mancanti|in attesa|richiesto|richiesta|in chiarimento|da chiarire",
  "da ricevere|segue|seguira|in arrivo",
  // nl
  "ontbreekt|ontbreken|ontbrekend|ontbrekende|volgt|komt|wachten op|in afwachting|aangevraagd",
  "wordt nagestuurd|verwacht",
  // (p-sdstatus) pl
  "brak|brakuje|oczekuje|oczekiwanie|w oczekiwaniu|zamowiono|zamowiony|zamowiona",
  // (p-remarks4) asked for, chased: "SD beim Lieferanten angefragt", "DD relancée", "SD sollecitata"
  "angefragt|nachgefragt|angemahnt|gemahnt|chased|relance|relancee|reclame|reclamee|reclamado|reclamada",
  "sollecitato|sollecitata|opgevraagd|nagevraagd|poproszono|monitowano",
  // (brk21 6) pl: on its way, to be delivered or sent ("oryginał w drodze", "SD do dostarczenia")
  "w drodze|do dostarczenia|do doslania|do przeslania|zostanie dostarczony|zostanie dostarczona",
];

/**
 * Words of "open" that say missing only right beside a proof ("SD offen", "open PoS", "DD
 * ouverte", "SD: offen"): elsewhere ("Rechnung offen, SD liegt vor") they speak of something else.
 */
export const OPEN = wordSet("offen|offene|open|ouvert|ouverte|abierto|abierta|aperto|aperta");

/** Words and phrases that say a proof has come: missing when denied ("nicht erhalten"). */
export const CAME = [
  "erhalten|vorhanden|eingegangen|eingetroffen|angekommen|bekommen|geliefert|vorliegend|ausgestellt",
  "received|arrived|available|there|provided|sent|issued|submitted|in hand",
  "recu|recue|recus|recues|arrive|arrivee|disponible|fourni|fournie|envoye|envoyee|emis|emise",
  "recibido|recibida|llegado|llegada|enviado|enviada|emitido|emitida",
  "ricevuto|ricevuta|arrivato|arrivata|disponibile|inviato|inviata|emesso|emessa",
  "ontvangen|binnen|aanwezig|beschikbaar|gekregen|aangeleverd|geleverd|verstuurd|uitgegeven",
];

/**
 * (p-remarks2) Words that say a proof is there or in order without a word of having come ("SD ok",
 * "SD liegt vor", "PoS: yes", "DD vérifiée"): they say nothing missing, but a clause that holds
 * one undenied says something of its own, so a word of missing after "und", "and", "et", "y",
 * "en", "e" or a dash speaks of another thing ("SD ok - Rechnung fehlt").
 */
export const HERE = [
  "ok|okay|liegt vor|liegen vor|in ordnung|io|geprueft|gepruft|kontrolliert|ja|yes|oui|si|checked",
  "verified|valid|gultig|gueltig|verifie|verifiee|valide|validee|verificado|verificada|valido|valida",
  "verificato|verificata|geldig|gecontroleerd|akkoord",
];

/**
 * (p-remarks2) Words that join two clauses ("SD erhalten und Rechnung fehlt", "PoS received and
 * invoice missing", "DD reçue et facture manquante", "SD ricevuta e fattura mancante", "SD
 * ontvangen en factuur ontbreekt", "SD ok - Rechnung fehlt"): a dash standing alone is the mark "—".
 */
export const JOIN = wordSet("und|sowie|aber|and|but|et|mais|y|pero|e|ma|en|maar|&|+|—");

/**
 * (p-remarks2) Documents of a row other than its proof (folded words): an invoice, a payment, a
 * weighing slip, a delivery note, a CMR, in de, en, fr, es, it, nl; a compound ending in one
 * ("Eingangsrechnung") counts. Their being missing or pending says nothing of the line or its proof.
 */
export const OTHER_DOCUMENT = [
  "rechnung|rechnungen|faktura|invoice|invoices|bill|facture|factures|factura|facturas|fattura|fatture",
  "factuur|facturen|zahlung|payment|paiement|pago|pagamento|betaling|wiegeschein|wiegekarte|wiegenote",
  "weighbridge|weighing|weegbon|cmr|frachtbrief|lieferschein|albaran|ddt|pakbon|vrachtbrief|bol",
];

/** Words of issuing a proof ("SD nicht ausstellen", "do not issue PoS"): the row goes without one when denied. */
export const ISSUE = [
  "ausstellen|auszustellen|erstellen|zu erstellen|issue|to be issued|emettre|etablir|emitir|expedir",
  "emettere|rilasciare|uitgeven|opmaken|afgeven",
];

/** Words that deny the word after them; a word of missing they deny says the proof is there. */
export const NOT = wordSet(
  "nicht|not|no|non|pas|ne|niet|nie|never|nunca|jamais|isn|hasn|wasn|haven|hadn|didn|doesn|aren|weren",
);

/** Words of absence before a proof ("ohne SD", "no PoS", "sans DD", "pas de DD", "geen SD"). */
export const WITHOUT = wordSet(
  "ohne|kein|keine|keinen|keiner|keinem|without|no|sans|pas|aucun|aucune|sin|ningun|ninguna|senza|nessun|nessuna|zonder|geen|bez|zadnego|zadnej|zadnych",
);

/**
 * Values of none or not applicable after a proof's label ("SD: nein", "PoS: none", "PoS n/a",
 * "PoS = N", "PoS: n.v.t."): a word of absence or denial, or one of these.
 */
export const NONE = new Set([
  ...WITHOUT,
  ...NOT,
  ..."nein|nee|none|n|nil|keins|ninguno|nessuno|niente|nada|nichts|niets|nothing|neant|entfallt|entfaellt|na|nvt".split(
    "|",
  ),
]);

/** Values of none that take more words: not applicable ("nicht zutreffend", "sans objet", "no aplica"). */
export const NOT_APPLICABLE = [
  "not applicable|nicht zutreffend|nicht relevant|non applicable|sans objet|no aplica|no aplicable",
  "non applicabile|non pertinente|niet van toepassing|niet relevant",
];

/** Values of not known after a proof's label ("SD: k.A.", "PoS: unknown", "SD: ?", "SD: -"): missing. */
export const UNKNOWN = new Set([
  ...OPEN,
  ..."ka|nd|tbd|tba|unbekannt|unklar|unknown|unclear|inconnu|inconnue|desconocido|desconocida|sconosciuto|sconosciuta|onbekend|onduidelijk|—|?|/".split(
    "|",
  ),
]);

/** Words after a proof that label its number, not a value ("SD-Nr.: -", "PoS number: n/a"). */
export const NUMBER_LABEL = wordSet("nr|number|nummer|numero|num|#|°|.");

/** Marks between a proof's label and its value ("SD: nein", "PoS = N", "SD -> keine"). */
export const SEPARATOR = wordSet(":|=|>|—|?");

/** Marks after a value that end it ("SD: nein.", "PoS: none!"). */
export const TRAILING = wordSet(".|!|)");

/** Words a clause of a word of missing may hold and still speak of the proof before it ("SD, fehlt seit 12.03."). */
export const LINK = wordSet("seit|since|depuis|desde|dal|dall|sinds|am|on|per|bis|until|ab|from|vom|kw|cw");

const PROOF_NAMES = new Set(PROOF);

/**
 * Whether a folded word names a proof ("sd", "pos", "pdd", "nhn", "dv", "nachweis", "certificate"),
 * or is a compound that ends in one ("nachhaltigkeitsnachweis", "duurzaamheidsverklaring"): PROOF,
 * PROOF_END. The one check: proof-missing.ts and legend-proof.ts both ask it.
 */
export function isProofName(word: string | undefined): boolean {
  return word !== undefined && (PROOF_NAMES.has(word) || PROOF_END.test(word));
}
