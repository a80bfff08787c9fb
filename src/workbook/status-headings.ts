// Which unmapped column holds a line's status or a remark on it (docs/rules.md "Rows and sheets
// marked as not really there"), by its heading. A heading counts when it is, or has as a word or
// the end of a compound, a status word in English, German, French, Spanish, Italian or Dutch
// ("Status", "Lieferstatus", "QA-Status", "Delivery status", "Freigabe", "Freigabestatus",
// "Stand", "Estatus", "Situación", "Stato consegna", "Statut livraison", "Approval", "Release
// status", "Zustand", "Toestand") or a remark word ("Bemerkung QA", "Remarks"). It does not count
// where the heading names something else the word can be part of: a date ("Stand-Datum",
// "Release date", "Freigabedatum"), a place ("Standort" is no word of it; "State/Province", "Ship-to
// state", "Estado/Provincia"), a number ("Status no."), or a paper whose status is not the line's
// ("Invoice status", "Zahlungsstatus", "SD status", "Certificate status"). A column wrongly taken
// costs little (its cells must still hold a status word), one missed books a rejected line: the
// list leans wide. Pure.
import { fold } from "./normalise";
import { headerWords } from "./header-words";
import { moneyWord } from "./unread-headings";

/** Whole words (folded) that name a status column. */
const STATUS = new Set(
  [
    "status|state|stand|release|approval|approvals|freigabe|zustand|statut|etat|situation|estado|estatus",
    "situacion|stato|toestand|stan|stav|qa|qc|qs|workflow|bearbeitungsstand|lieferstand|freigabestand",
    "buchungsstand|storno|sperrvermerk|sperre",
    // a check whose outcome is the line's ("Prüfung: n.i.O.")
    "prufung|pruefung|eingangsprufung|qualitatsprufung|wareneingangsprufung",
  ]
    .join("|")
    .split("|"),
);

/** Whole words (folded) that name a remark column. */
const REMARK = new Set(
  [
    "remark|remarks|note|notes|comment|comments|bemerkung|bemerkungen|anmerkung|anmerkungen|kommentar",
    "kommentare|hinweis|hinweise|remarque|remarques|commentaire|commentaires|observation|observations",
    "observaciones|observacion|comentario|comentarios|osservazioni|osservazione|nota|commento|commenti",
    "opmerking|opmerkingen|uwagi|uwaga|bemaerkning|anmarkning|situacao|observacoes",
    // (brk26 S3) notes and memos: "Notiz", "Info", "Vermerk", "Memo", "Notitie", "Notatka", "Annotazioni"
    "notiz|notizen|info|infos|information|informationen|vermerk|vermerke|memo|memos|annotation|annotations",
    "mention|mentions|informations|nota|notas|anotacion|anotaciones|aclaracion|aclaraciones",
    "annotazione|annotazioni|informazioni|notitie|notities|toelichting|commentaar|memo|notatka|notatki",
    "komentarz|komentarze|adnotacja|adnotacje|informacja|informacje|objasnienie|objasnienia",
  ]
    .join("|")
    .split("|"),
);

/**
 * (brk26 S3) The end of a compound that names a remark ("Versandnotiz", "Zusatzinfo", "Prüfvermerk",
 * "Lieferhinweis", "Verkaufsbemerkung", "leveringsopmerking"): at least three letters before it.
 */
const REMARK_COMPOUND =
  /^[a-z]{3,}(?:notiz|notizen|info|infos|vermerk|vermerke|hinweis|hinweise|bemerkung|bemerkungen|anmerkung|anmerkungen|kommentar|kommentare|opmerking|opmerkingen|notitie|notities)$/;

/** Words that make the heading name a date, a number or a paper, not the line's status. */
const OTHER =
  /^(?:date|datum|data|fecha|dato|day|tag|time|zeit|uhrzeit|when|wann|nr|no|number|nummer|numero|num|id|qty|quantity|menge|amount|invoice|rechnung|payment|zahlung|facture|paiement|factura|pago|fattura|pagamento|factuur|betaling|sd|pos|certificate|zertifikat|certificat|certificado|certificato|certificaat|cert|contract|vertrag|credit|kredit)$|datum$/;

/** Words beside "State"/"Estado"/"État" that make it a place (an address's state or province). */
const PLACE =
  /^(?:province|provincia|provinz|country|land|pays|pais|paese|region|city|stadt|ort|zip|plz|postal|postcode|county|bundesland|address|adresse|direccion|indirizzo|adres|ship|bill|to|from|origin|herkunft|destination|code|us|usa|supplier|customer|lieferant|kunde|of)$/;

/** The words of a status heading that have a geographic sense as well. */
const PLACE_WORDS = new Set(["state", "estado", "etat"]);

/** A compound whose end is a status word ("Lieferstatus", "Qualitätsfreigabe", "Prüfstatus"). */
const COMPOUND = /(?:status|freigabe|zustand)$|^status/;

/**
 * Whether an unmapped column headed `heading` holds a line's status or a remark on it (see the
 * file comment for what counts and what does not).
 */
export function statusHeading(heading: string): boolean {
  return headingKind(heading) !== null;
}

/**
 * What an unmapped column headed `heading` holds: "status" (its cells are read as the line's
 * status: a word in no list there leaves the status unclear), "remark" (free text: a remark word,
 * also beside a status word, "Bemerkung QA", "Status / Bemerkung"), "place" (a word that names a
 * status or an address's state alone, "State", "Estado", "État": its status words count, other
 * words may be a state, "TX", "Bayern"), or null (neither).
 */
export function headingKind(heading: string): "status" | "remark" | "place" | null {
  const words = fold(heading)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // (h-lacksum) a payment's or invoice's status compound ("Zahlungsstatus", "Betalingsstatus") too
  if (words.length === 0 || words.some((w) => OTHER.test(w) || (COMPOUND.test(w) && moneyWord(w))))
    return null;
  // (brk22) a heading with a quantity's unit holds amounts ("Stan księgowy (t)", pl book stock), never a status
  if (headerWords(heading).unitClass === "quantity") return null;
  const remark = words.some((w) => REMARK.has(w) || REMARK_COMPOUND.test(w));
  const status = words.filter((w) => STATUS.has(w) || COMPOUND.test(w));
  if (status.length === 0) return remark ? "remark" : null;
  // "State" of an address; a status column is never headed with a place
  const place = status.every((w) => PLACE_WORDS.has(w));
  if (place && words.some((w) => PLACE.test(w))) return null;
  return remark ? "remark" : place ? "place" : "status";
}
