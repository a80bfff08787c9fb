// The meanings by which a colour legend books the rows of a colour (colour-words.ts meaningOf,
// brk11): "gebucht", "geprüft", "OK", "booked", "vérifié", "contabilizado", "verificato",
// "geboekt", or several of them joined ("geprüft und gebucht", "checked / booked"). A meaning is
// done only when it says done and nothing else: a qualifier, a condition, an exception, a duty
// still open or a future ("gebucht, SD fehlt noch", "OK sobald SD da", "done except PoS", "to be
// booked", "booked twice", "Prüfung offen", "à faire", "pendiente", "in afwachting") is no word
// of this list, so its rows are refused quoting it (colour-legend.ts, reason colour-meaning):
// unclear is never yes. (brk13 #12) A meaning that confirms the row is done too: a done word with
// the date it was done ("gebucht am 12.03.2025", "erledigt (03/2025)", "checked on 2025-03-12"),
// and a proof that has come ("SD liegt vor", "PoS received", "checked, SD ok": legend-proof.ts).
// Pure.
import { saysProofCame } from "./legend-proof";
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
 * A date as a legend writes when a row was done (folded text): "12.03.2025", "12.03.", "03/2025",
 * "2025-03-12", "12/03", a year alone ("2025"). Taken as one mark (DAY) before the meaning is split
 * at its "/" ("erledigt (03/2025)").
 */
const DATE = /(?<![\p{L}\d])(?:\d{1,4}(?:[./-]\d{1,4}){1,2}\.?|(?:19|20)\d{2})(?![\p{L}\d])/gu;
const DAY = "§";

/**
 * A part's date at its end, with the word that says "on" before it or in brackets ("am 12.03.",
 * "on 12/03", "le 12/03", "el", "il", "op", "vom", "(03/2025)"); group 1 the words before it.
 * Any other word before it ("until", "bis", "seit", "ab") makes it a condition: no date of doing.
 */
const DATED = new RegExp(
  `^(.*?)\\s*(?:\\(\\s*(?:(?:am|vom|on|le|du|el|del|il|dal|op|van|per)\\s+)?${DAY}\\s*\\)|(?:(?:am|vom|on|le|du|el|del|il|dal|op|van|per)\\s+)?${DAY})$`,
  "u",
);

/**
 * Whether a legend's meaning `text` (its words without the "=" before them) says done and
 * nothing else: every part of it, split at a comma, "&", "+", "/" or "and" ("und", "et", "y",
 * "e", "en"), is a done word of DONE, its full stops dropped ("i.O.", "o.k.") and a closing
 * "." or "!" allowed, or a proof that has come (legend-proof.ts saysProofCame), each with the
 * date it was done or not (DATED). "gebucht", "geprüft und gebucht", "gebucht am 12.03.2025",
 * "SD liegt vor" and "checked, SD ok" are; "gebucht, SD fehlt noch", "geprüft?", "to be booked",
 * "booked twice", "booked until 31/03", "done except PoS", "SD nicht erhalten" and "" are not.
 */
export function meansDone(text: string): boolean {
  const folded = fold(text)
    .trim()
    .replace(DATE, DAY)
    .replace(/[.!]+$/u, "")
    .trim();
  if (folded === "" || folded === DAY) return false;
  const whole = undated(folded);
  if (whole !== null && saysProofCame(whole)) return true;
  return folded.split(JOIN).every((part) => {
    const core = undated(part.trim());
    if (core === null) return false;
    return DONE_WORDS.has(core.replace(/\./g, "").replace(/\s+/g, " ").trim()) || saysProofCame(core);
  });
}

/** `part` without the date of doing at its end (DATED), null where a date stands anywhere else. */
function undated(part: string): string | null {
  const core = DATED.exec(part)?.[1] ?? part;
  return core.includes(DAY) ? null : core.trim();
}
