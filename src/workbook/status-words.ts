// The words a keeper writes in a Status or remark column, by what they say of a line (docs/rules.md
// "Rows and sheets marked as not really there"), in English, German, French, Spanish, Italian and
// Dutch (cancellations in Polish and the Nordic languages too, and Polish words of a line not done): cancelled; not (yet) a movement
// that took place (rejected, invalid, planned, draft, pending, estimated, blocked, in quarantine,
// under review, returned, in transit, aborted, scrapped, in progress…); a line done (delivered, ok,
// erledigt, released, approved…, and what re-does it: re-delivered, reissued); and negations
// ("not", "nicht", "non"…), which turn a word of a line done into one not confirmed. Written as
// keepers spell them; status-read.ts folds them (case, accents, "ä" typed as "ae"). Documents of
// no movement (credit notes, returns, reversal and correction invoices) are credit-words.ts's
// table, read here as kind "credit" as in a document type column (p-credit). Pure.
import { CREDIT_DOCUMENTS } from "./credit-words";
import { REPLACES } from "./replace-words";

/** What a status word says of its line. */
export type StatusKind = "cancel" | "unconfirmed" | "credit" | "done" | "neg";

const CANCEL = [
  "cancelled|canceled|cancellation|void|voided|reversed|reversal|deleted|annulled|withdrawn",
  "storniert|storno|stornierung|entfällt|entfallen|gelöscht|annulliert|gestrichen|zurückgenommen",
  "annulé|annulée|annulation|supprimé|supprimée|anulado|anulada|anulación|cancelado|cancelada",
  "annullato|annullata|stornato|stornata|cancellato|cancellata|geannuleerd|vervallen|gestorneerd",
  "anulowany|anulowana|anulowano|stornowany|annulleret|annullert|slettet|annullerad|makulerad|struken",
  // a line booked twice, superseded, revoked or withdrawn: the keeper says it is not (or no more) there
  "duplicate|duplicated|double booking|doppelbuchung|duplikat|doppelt gebucht|doublon|duplicado|duplicato|dubbel",
  "superseded",
  // (brk12) entered twice: the keeper says this line counts another once more
  "doppelt erfasst|doppelt eingetragen|doppelte buchung|doppelter eintrag|zweimal erfasst|zweimal gebucht",
  "booked twice|entered twice|double entry|double counted|counted twice|en double|saisi deux fois|compté deux fois",
  "registrado dos veces|contabilizado dos veces|duplicada|doppione|registrato due volte|doppia registrazione",
  "dubbel geboekt|dubbele boeking|dubbel ingevoerd|twee keer geboekt",
  "revoked|widerrufen|zurückgezogen|nichtig|null and void|retiré|retirée|révoqué|révoquée|revocado|revocada",
  "ritirato|ritirata|revocato|revocata|ingetrokken|obsolete|veraltet|obsolète|obsoleto|obsoleta|verouderd",
  // (p-status5) a line replaced or rebooked elsewhere: the other line carries it, this one counted
  // twice otherwise ("ersetzt" alone as "ersetzt durch …"; the re-doing words stay a line done)
  "replaced|ersetzt|umgebucht|remplacé|remplacée|reemplazado|reemplazada|sostituito|sostituita|vervangen",
  // (brk24 §1) the passive in Spanish and Polish too ("sustituido por", "zastąpiony przez"); the
  // active "X replaces Y" is a line done (replace-words.ts)
  "sustituido|sustituida|zastąpiony|zastąpiona|zastąpione",
  // (p-status6) cancelled abbreviated: "storn." (storniert), "anul." (anulado), "annul." (annulé)
  "storn|anul|annul|canc",
];

const UNCONFIRMED = [
  // rejected, not valid, not confirmed
  "rejected|rej|refused|declined|invalid|disapproved|unconfirmed|unapproved|unreleased|unverified|not ok|nok|failed",
  "ko|k o|sperrlager|im sperrlager|blocked stock",
  "abgelehnt|zurückgewiesen|ungültig|verworfen|unbestätigt|nicht in ordnung|nio|fehlerhaft|beanstandet|reklamiert",
  "rejeté|rejetée|refusé|refusée|invalide|non valable|non conforme|non confirmé",
  "rechazado|rechazada|inválido|inválida|denegado|denegada|no conforme|sin confirmar",
  "rifiutato|rifiutata|respinto|respinta|non conforme|non confermato|non approvato",
  "afgewezen|geweigerd|ongeldig|afgekeurd|onbevestigd|niet goedgekeurd",
  // planned, a draft, pending, estimated, to be confirmed
  "planned|draft|pending|scheduled|forecast|provisional|tentative|expected|estimate|estimated|tbc|tbd|to be confirmed|to be determined",
  "to be delivered|awaiting|awaiting delivery|awaiting approval|pending approval|preliminary|proposed",
  "geplant|entwurf|in planung|vorläufig|ausstehend|avisiert|erwartet|prognose|geschätzt|schätzung|offen zur freigabe",
  "prévu|prévue|planifié|planifiée|brouillon|en attente|provisoire|prévisionnel|à venir|estimé|estimée|estimation",
  "previsto|prevista|planificado|planificada|planeado|planeada|borrador|pendiente|en espera|programado|programada",
  "estimado|estimada|provisional|pianificato|pianificata|programmato|programmata|bozza|in sospeso|in attesa",
  "provvisorio|provvisoria|stimato|stimata|stima|previsionale|gepland|concept|ontwerp|in afwachting|voorlopig",
  "verwacht|geschat|schatting",
  // (brk26 S4) open: an open order, call-off or invoice, a line not yet dispatched or received;
  // at best unclear, never a line done (until brk26 read as done, 1d845da3)
  "open|still open|open order|offen|noch offen|offene bestellung|offener auftrag|ouvert|ouverte",
  "abierto|abierta|aperto|aperta|openstaand|nog open|otwarty|otwarta|otwarte",
  // (brk12) a proforma (no movement yet), a complaint open on the goods
  "proforma|pro forma|proforma rechnung|proformarechnung|facture proforma|factura proforma|fattura proforma",
  "reklamation|in reklamation|beanstandung|complaint|under complaint|réclamation|en réclamation|reclamación",
  "reclamo|in reclamo|contestazione|klacht|in klacht",
  // (p-sd8) pending abbreviated: "pdte." (pendiente), "pend." (pending)
  "pdte|pend",
  // blocked, in quarantine, under review
  "on hold|blocked|quarantine|in quarantine|quarantined|under review|in review|under investigation|in clarification",
  "gesperrt|sperre|quarantäne|in quarantäne|in prüfung|in klärung|zu klären|klärung|in bearbeitung",
  "bloqué|bloquée|quarantaine|en quarantaine|en cours de vérification|en vérification|en litige",
  "bloqueado|bloqueada|cuarentena|en cuarentena|en revisión|en verificación",
  "bloccato|bloccata|quarantena|in quarantena|in revisione|in verifica|in contestazione",
  "geblokkeerd|in quarantaine|in behandeling|in controle|in onderzoek",
  // in transit (returned: a document of no movement, credit-words.ts, p-credit)
  "in transit|en route|on the way",
  "unterwegs|im transit|in transit|auf dem weg",
  "en transit|en chemin",
  "en tránsito|en camino",
  "in transito|in viaggio",
  "onderweg",
  // production (and any line) aborted, scrapped, still in progress
  "aborted|cancelled batch|scrapped|failed batch|in progress|ongoing|running|wip|not finished|unfinished",
  "abgebrochen|verschrottet|fehlcharge|ausschuss|in arbeit|läuft|laufend|nicht fertig|unfertig",
  "interrompu|interrompue|abandonné|abandonnée|mis au rebut|rebut|en cours|en production",
  "abortado|abortada|interrumpido|desechado|chatarra|en curso|en proceso|en producción",
  "interrotto|interrotta|scartato|scartata|rottamato|in corso|in lavorazione|in produzione",
  "afgebroken|gesloopt|afgekeurde batch|bezig|lopend|in uitvoering|in productie",
  // (h-lacksum) pl: rejected, pending, in progress, on hold, blocked, to be confirmed
  "odrzucony|odrzucona|odrzucone|odrzucono|w toku|w trakcie|oczekuje|oczekujący|oczekująca|wstrzymany|wstrzymana",
  "wstrzymane|zablokowany|zablokowana|zablokowane|niepotwierdzony|niepotwierdzona|do potwierdzenia|w weryfikacji",
];

const DONE = [
  "delivered|received|ok|okay|done|complete|completed|closed|finished|paid|released|approved|confirmed",
  "accepted|booked|posted|checked|verified|valid|shipped|loaded|unloaded|in order|fine",
  // what re-does a line: the line lives on ("rejected by QA, re-delivered")
  "re delivered|redelivered|reissued|re issued|rebooked|corrected|resolved|resubmitted",
  "geliefert|erhalten|eingegangen|erledigt|abgeschlossen|fertig|bezahlt|freigegeben|bestätigt|akzeptiert",
  "angenommen|gebucht|geprüft|gültig|versandt|verladen|entladen|io|in ordnung|nachgeliefert|neu geliefert",
  "korrigiert|neu ausgestellt|geklärt|erfolgt|durchgeführt|took place|effectué|realizado|effettuato|uitgevoerd",
  "livré|livrée|reçu|reçue|terminé|terminée|fait|payé|validé|validée|approuvé|confirmé|accepté|valide",
  "comptabilisé|relivré",
  "entregado|entregada|recibido|recibida|hecho|terminado|completado|pagado|aprobado|confirmado|aceptado",
  "válido|válida|corregido",
  "consegnato|consegnata|ricevuto|ricevuta|fatto|completato|chiuso|pagato|approvato|confermato",
  "accettato|valido|valida|corretto",
  "geleverd|ontvangen|gedaan|afgerond|betaald|goedgekeurd|bevestigd|geaccepteerd|geldig|gecorrigeerd",
  // (p-status4) booked, final, settled, invoiced, checked: a line done in every language, so that
  // a word in no list can be refused (status-read.ts "unknown") without refusing real books
  "final|finalised|finalized|settled|invoiced|billed|dispatched|collected|in stock|correct",
  "verbucht|eingebucht|zugestellt|ausgeliefert|angeliefert|abgeholt|abgerechnet|fakturiert|final|endgültig",
  "korrekt|passt|passed|pass|bestanden|produced|produziert|hergestellt|stored|eingelagert|weighed|gewogen",
  "réussi|produit|stocké|superato|prodotto|geslaagd|geproduceerd|opgeslagen|producido|almacenado",
  "clôturé|clôturée|fermé|fermée|définitif|définitive|expédié|expédiée|facturé|facturée|vérifié|vérifiée",
  "en ordre|conforme|correct|enregistré|enregistrée|reçue|confirmée|validée|livrées|terminée",
  "contabilizado|contabilizada|registrado|registrada|cerrado|cerrada|finalizado|finalizada|definitivo",
  "definitiva|enviado|enviada|despachado|facturado|facturada|verificado|verificada|correcto|confirmada",
  "contabilizzato|contabilizzata|registrato|registrata|chiusa|definitivo|definitiva|spedito|spedita",
  "fatturato|fatturata|verificato|verificata|corretto|corretta|confermata|completata|consegnati",
  "geboekt|ingeboekt|gesloten|definitief|verzonden|gefactureerd|gecontroleerd|in orde|klaar|gereed|voltooid",
  "afgehandeld|compleet|correct",
  // (brk24 §1) this line replaces another ("replaces SD-4", "Ersatz für", "sostituisce"): it is the live one
  ...REPLACES,
  // (p-status5) more words of a line received, accepted or settled, as new users wrote them
  "kontrolliert|good|cleared|matched|reconciled|abgestimmt|réceptionné|réceptionnée|soldé|soldée|clos",
  "en stock|déchargé|déchargée|recepcionado|recepcionada|validado|validada|descargado|descargada",
  "validato|validata|scaricato|scaricata|evaso|evasa|afgesloten|gelost|akkoord",
];

/** Words that deny the word after them ("not approved", "nicht geliefert", "no ok", "non livré"). */
const NEG = [
  "not|not yet|no|non|never|nicht|noch nicht|kein|keine|nie|pas|pas encore|non encore|todavia no|aun no",
  "ancora non|non ancora|niet|nog niet|geen",
];

/** Every word and phrase by its kind, as written (status-read.ts folds them). */
export const STATUS_WORDS: ReadonlyArray<readonly [StatusKind, readonly string[]]> = [
  ["cancel", CANCEL],
  ["unconfirmed", UNCONFIRMED],
  // (p-credit) a credit note, return, reversal or correction: the one table of credit-words.ts
  ["credit", CREDIT_DOCUMENTS],
  ["done", DONE],
  ["neg", NEG],
];

/**
 * Words that may stand beside a status without changing it (folded): what the status is about
 * within the movement ("QA rejected", "pending approval", "Lieferung abgelehnt", "Charge gesperrt").
 * A word of the paperwork ("invoice pending", "Rechnung ausstehend") is none of them: the line
 * itself may have taken place.
 */
export const ABOUT = new Set(
  [
    "qa|qc|qs|lab|labor|labo|quality|qualitat|qualite|calidad|qualita|kwaliteit|approval|release|confirmation",
    "review|check|inspection|analysis|test|freigabe|prufung|pruefung|bestatigung|kontrolle|analyse|validation",
    "approbation|verification|aprobacion|revision|approvazione|verifica|goedkeuring|controle",
    "goods|ware|waren|material|delivery|lieferung|receipt|wareneingang|eingang|shipment|sendung|load|ladung",
    "truck|lkw|vessel|barge|schiff|batch|charge|lot|partie|cargo|line|row|zeile|booking|buchung|order",
    "auftrag|bestellung|customer|kunde|supplier|lieferant|status|production|produktion|run|livraison",
    "reception|marchandise|entrega|recepcion|mercancia|lote|consegna|ricevimento|merce|lotto|levering",
    "ontvangst|goederen|partij|ganz|komplett|vollstandig|vollstaendig|fully|whole|entire|total|totalement|completamente",
  ]
    .join("|")
    .split("|"),
);

/**
 * (p-status5) Words that say a line done only when they are all a cell holds ("Freigabe",
 * "Wareneingang", "komplett", "vollständig", "aktiv", "Ist" as against "Soll", "ja", "yes", "x"),
 * folded: beside another status they qualify it ("komplett storniert") or are doubt.
 */
export const DONE_ALONE = new Set(
  [
    "freigabe|wareneingang|eingang|komplett|vollstandig|vollstaendig|aktiv|active|actual|ist|ja|j|yes|y|x",
    "oui|si",
  ]
    .join("|")
    .split("|"),
);

/**
 * (brk25 §5) The auxiliaries of a passive or perfect before or after a status word, folded: "wurde
 * storniert", "ist ersetzt", "was cancelled", "has been replaced", "a été annulée", "è stata
 * sostituita", "fue anulado", "werd geannuleerd", "został anulowany" say what the participle says.
 */
export const AUXILIARIES = new Set(
  [
    "wurde|wurden|worden|wird|werden|ist|sind|war|waren|bereits|schon",
    "was|were|is|are|has|have|been|got|already",
    "a|ete|est|etait|fut|deja|e|stato|stata|stati|state|era|fu|gia",
    "fue|fueron|ha|han|sido|esta|es|ya|werd|wordt|zijn|al|reeds",
    "zostal|zostala|zostalo|zostaly|jest|byl|byla|bylo|juz",
  ]
    .join("|")
    .split("|"),
);

/**
 * Words after which the rest of a status is its reason, date or agent ("rejected by QA",
 * "geplant für KW 12", "returned to supplier", "on hold until payment"), folded.
 */
export const CLAUSE = new Set(
  [
    "by|von|durch|per|par|por|da|door|wegen|due|because|weil|car|porque|perche|omdat|until|bis|till|since",
    "seit|depuis|desde|dal|sinds|am|on|le|el|il|op|at|from|vom|ab|for|fur|pour|para|voor|to|zu|zum|zur",
    "a|al|au|naar|after|nach|apres|despues|dopo|na|via|eta|due|wg|lt|gem|see|siehe|voir|ver|vedi|zie",
    "przez|con|with",
  ]
    .join("|")
    .split("|"),
);
