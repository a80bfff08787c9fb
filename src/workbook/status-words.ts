// Statuses that say a line may not be a movement that took place (docs/rules.md "Rows and sheets
// marked as not really there"): rejected or invalid, or planned, draft or pending. Such a row would
// change a balance by a quantity that perhaps never moved, so it is refused at its status cell
// (row-unconfirmed), never booked silently nor booked with a mere warning: the first law refuses
// what changes a magnitude. Only a whole status counts ("rejected", "in sospeso", "Entwurf!"); a
// word inside a longer remark ("rejected by QA, re-delivered", "invoice pending") is a remark, and
// statuses that speak of a line done ("delivered", "ok", "erledigt", "bezahlt") or only of its
// invoice ("open", "offen") are booked. Pure.
import { fold } from "./normalise";

/** Whole statuses (folded, punctuation as spaces) that reject a line or call it not valid. */
const REJECTED = [
  // English
  "rejected|refused|declined|invalid|not valid|not approved|disapproved",
  // German
  "abgelehnt|zuruckgewiesen|ungultig|nicht gultig|nicht freigegeben|verworfen",
  // French
  "rejete|rejetee|refuse|refusee|invalide|non valide|non valable",
  // Spanish
  "rechazado|rechazada|invalido|invalida|no valido|no valida|denegado|denegada",
  // Italian
  "rifiutato|rifiutata|respinto|respinta|non valido|non valida|non approvato",
  // Dutch
  "afgewezen|geweigerd|ongeldig|afgekeurd|niet geldig",
];

/** Whole statuses (folded, punctuation as spaces) that call a line planned, a draft, or pending. */
const NOT_YET = [
  // English
  "planned|draft|pending|scheduled|forecast|provisional|tentative|expected|on hold|not delivered|not yet delivered|not received|not yet received|to be delivered|awaiting delivery",
  // German
  "geplant|entwurf|in planung|vorlaufig|ausstehend|avisiert|erwartet|prognose|nicht geliefert|noch nicht geliefert|nicht erhalten|noch nicht erhalten",
  // French
  "prevu|prevue|planifie|planifiee|brouillon|en attente|provisoire|previsionnel|non livre|non livree|pas encore livre|a venir",
  // Spanish
  "previsto|prevista|planificado|planificada|planeado|borrador|pendiente|en espera|no entregado|no entregada|programado|programada",
  // Italian
  "pianificato|pianificata|programmato|programmata|bozza|in sospeso|in attesa|provvisorio|provvisoria|non consegnato|non consegnata",
  // Dutch
  "gepland|concept|ontwerp|in afwachting|voorlopig|verwacht|niet geleverd|nog niet geleverd|niet ontvangen",
];

const UNCONFIRMED = new Set([...REJECTED, ...NOT_YET].flatMap((list) => list.split("|")));

/**
 * Whether a status text, as a whole, says its line may not be a movement that took place
 * (rejected, invalid, planned, draft, pending…, in English, German, French, Spanish, Italian and
 * Dutch). Case, accents, surrounding punctuation and spacing do not matter; a longer remark that
 * only contains such a word does not count.
 */
export function unconfirmed(text: string): boolean {
  const words = fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return words !== "" && UNCONFIRMED.has(words);
}
