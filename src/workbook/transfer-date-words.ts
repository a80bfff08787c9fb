// The words of a transfer's days (brk26 L4, N4; h-transfer3): which heading names the day goods left
// a site ("Versanddatum", "Datum Abgang", "Shipped on", "Data wysyłki") and which the day they
// arrived ("Eingangsdatum", "Received on", "Reçu le", "Ontvangen op"). A heading that names a move
// ("shipped", "received", "versandt") and a day (a date word, or a participle's preposition of a day
// at its end: "on", "am", "le", "il", "el", "op", "dnia") is a date heading, never a quantity
// (heading-bar-table.ts, bar "a-day"); "Shipped (t)", "Received qty", "Versandmenge" name no day and
// stay quantities. de, en, fr, it, es, nl, pl. Pure: words only.
import { plainLetters } from "../engine/fold";
import { foldedWords } from "./normalise";

// a date's word anywhere, a German or Dutch compound ending in one ("Versanddatum", "aankomstdatum")
// or "Tag"; or the preposition of a day after a participle, as the heading's last word ("received
// on", "versendet am", "reçu le", "ricevuto il", "recibido el", "ontvangen op", "wysłano dnia"): a
// preposition inside a heading ("Quantity on hand", "Menge am Lager") says no day
const DAY_WORD = /(?:^| )(?:\w*datum|date|data|fecha|dato|dnia|day|tag)(?: |$)/;
const DAY_PREPOSITION = /(?:^| )(?:on|am|le|il|el|op|dnia)$/;
// word starts, on folded headings (ä -> a, "ł" -> l)
const SENT =
  /(?:^| )(?:versand|versend|verschick|abgang|abfahrt|lade|verlade|dispatch|ship|sent|loading|loaded|depart|expedi|envoi|envoy|chargement|charge|spedi|invio|inviat|partenza|caric|envi[oa]|enviad|salida|despach|carga|verzend|verzond|verstuur|vertrek|laad|geladen|wysyl|wyslan|nadan|wyjazd|zaladun|zaladow|wydan)/;
const ARRIVED =
  /(?:^| )(?:eingang|eingegangen|ankunft|angekommen|empfang|zugang|anliefer|erhalt|wareneingang|arriv|receiv|receipt|recu|recep|ricev|llegad|recibid|aankomst|aangekomen|ontvang|binnenkomst|przyj|przybyc|przybyl|odbior|otrzyma|dostarcz)/;

/** The heading folded, anything but letters and digits one space ("Data wysyłki" → "data wysylki"). */
const words = (heading: string) => foldedWords(plainLetters(heading));

/** Whether folded words `w` say a day: a date's word, or a day's preposition at the end. */
const saysDay = (w: string) => DAY_WORD.test(w) || DAY_PREPOSITION.test(w.trim());

/** Whether `heading` names the day goods left a site ("Versanddatum", "Datum Abgang", "Shipped on", "Data wysyłki"). */
export const namesDispatchDate = (heading: string): boolean => {
  const w = words(heading);
  return saysDay(w) && SENT.test(w) && !ARRIVED.test(w);
};

/** Whether `heading` names the day goods arrived at a site ("Eingangsdatum", "Datum Ankunft", "Received on", "Data przyjęcia"). */
export const namesArrivalDate = (heading: string): boolean => {
  const w = words(heading);
  return saysDay(w) && ARRIVED.test(w) && !SENT.test(w);
};

/**
 * Whether `heading` names the day of a move, whichever ("Shipped on", "Received on", "Versendet am",
 * "Reçu le", "Ricevuto il", "Recibido el", "Ontvangen op", "Wysłano dnia", "Versanddatum"): a date
 * heading, never a quantity sent or received. "Shipped (t)", "Received qty", "Versandmenge": false.
 */
export const namesDayOfMove = (heading: string): boolean => {
  const w = words(heading);
  return saysDay(w) && (SENT.test(w) || ARRIVED.test(w));
};
