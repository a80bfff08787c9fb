// The meanings by which a colour legend books the rows of a colour (colour-words.ts meaningOf,
// brk11): "gebucht", "geprüft", "OK", "booked", "vérifié", "contabilizado", "verificato",
// "geboekt", or several of them joined ("geprüft und gebucht", "checked / booked"). A meaning is
// done only when it says done and nothing else: a qualifier, a condition, an exception, a duty
// still open or a future ("gebucht, SD fehlt noch", "OK sobald SD da", "done except PoS", "to be
// booked", "booked twice", "Prüfung offen", "à faire", "pendiente", "in afwachting") is no word
// of this list, so its rows are refused quoting it (colour-legend.ts, reason colour-meaning):
// unclear is never yes. Pure.
import { fold } from "./normalise";

/**
 * Words and phrases that say a row is done, in de, en, fr, es, it and nl, as written. A word
 * ending in "é" (fr) is also read with "ée", "és", "ées"; one ending in "o" (es, it) also with
 * "a", "os", "as", "i", "e" ("verificada", "contabilizzati").
 */
const DONE = [
  // de
  "gebucht|verbucht|eingebucht|geprüft|kontrolliert|erledigt|ok|okay|io|in ordnung|alles ok",
  "alles in ordnung|fertig|abgeschlossen|bestätigt|freigegeben|korrekt|abgestimmt|abgerechnet",
  "geliefert|erhalten|eingegangen|bezahlt|gültig",
  // en
  "booked|posted|done|checked|verified|confirmed|approved|completed|complete|finished|cleared",
  "reconciled|accepted|received|delivered|correct|all ok|all good|fine|in order|valid|settled",
  // fr
  "comptabilisé|vérifié|validé|contrôlé|confirmé|approuvé|fait|terminé|réceptionné|reçu|reçue",
  "livré|conforme|en ordre|enregistré|soldé|tout ok",
  // es
  "contabilizado|verificado|revisado|comprobado|validado|confirmado|aprobado|hecho|terminado",
  "completado|recibido|entregado|registrado|correcto|conciliado|todo ok",
  // it
  "contabilizzato|verificato|controllato|validato|confermato|approvato|fatto|completato|ricevuto",
  "consegnato|registrato|corretto|evaso|riconciliato|tutto ok",
  // nl
  "geboekt|ingeboekt|gecontroleerd|gecheckt|geverifieerd|bevestigd|goedgekeurd|gedaan|afgerond",
  "klaar|in orde|ontvangen|geleverd|akkoord|voltooid|afgehandeld|alles ok",
];

/** A done word's other forms (see DONE). */
function forms(word: string): string[] {
  if (word.endsWith("é")) return [word, `${word}e`, `${word}s`, `${word}es`];
  if (/[^\s]o$/u.test(word) && !word.includes(" ")) {
    const stem = word.slice(0, -1);
    return [word, ...["a", "os", "as", "i", "e"].map((end) => stem + end)];
  }
  return [word];
}

/** DONE with all forms, folded. */
const DONE_WORDS = new Set(
  DONE.flatMap((line) => line.split("|"))
    .flatMap(forms)
    .map((w) => fold(w)),
);

/** What joins done words into one meaning: a mark, or "and" in the six languages. */
const JOIN = /\s*(?:[,;&+/]|\s(?:und|and|et|y|e|en|u)\s)\s*/u;

/**
 * Whether a legend's meaning `text` (its words without the "=" before them) says done and
 * nothing else: every part of it, split at a comma, "&", "+", "/" or "and" ("und", "et", "y",
 * "e", "en"), is a done word of DONE, its full stops dropped ("i.O.", "o.k.") and a closing
 * "." or "!" allowed. "gebucht" and "geprüft und gebucht" are; "gebucht, SD fehlt noch",
 * "geprüft?", "to be booked", "booked twice", "done except PoS" and "" are not.
 */
export function meansDone(text: string): boolean {
  const folded = fold(text)
    .trim()
    .replace(/[.!]+$/u, "");
  if (folded === "") return false;
  return folded
    .split(JOIN)
    .every((part) => DONE_WORDS.has(part.replace(/\./g, "").replace(/\s+/g, " ").trim()));
}
