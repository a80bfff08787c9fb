// A colour legend's meaning that says a row's proof of sustainability has come (brk13 #12): "grün =
// SD liegt vor", "green = PoS received", "vert = PdD reçue", "verde = PoS recibida", "groen = SD
// ontvangen", "verde = SD ricevuta", "SD ok", "mit SD". Such a colour confirms its rows: they are
// read as the row's own cells say (legend-meanings.ts meansDone). Before, only "gebucht", "geprüft"
// and their like were, and a row the legend said had its SD was refused. Only the plain shape
// counts: a proof's name and a word of its having come, nothing else ("SD nicht erhalten", "SD
// erhalten?", "SD erhalten, Menge offen" are not; a proof missing, proof-missing.ts, never is).
// Pure.
import { fold } from "./normalise";
import { saysProofMissing } from "./proof-missing";
import { isProofName } from "./proof-words";

/** Words and phrases (folded) that say a proof has come, is there or is in order, by language. */
const CAME = [
  // de
  "liegt vor|liegen vor|vorliegend|vorhanden|erhalten|da|eingegangen|eingetroffen|angekommen",
  "bekommen|ok|okay|io|in ordnung|gepruft|hinterlegt",
  // en
  "received|available|in hand|on file|present|there|checked|verified|provided|attached|in order",
  // fr
  "recu|recue|recus|recues|disponible|presente|present|fourni|fournie|verifie|verifiee|en ordre",
  // es
  "recibido|recibida|recibidos|recibidas|presente|verificado|verificada|en orden",
  // it
  "ricevuto|ricevuta|ricevuti|ricevute|disponibile|pervenuto|pervenuta|verificato|verificata|in ordine",
  // nl
  "ontvangen|aanwezig|binnen|beschikbaar|gecontroleerd|in orde|er",
];
const CAME_WORDS = new Set(CAME.flatMap((line) => line.split("|")));

/** Words before a proof that say the row has it ("mit SD", "with PoS", "avec DD", "con SD", "met SD"). */
const WITH = new Set(["mit", "with", "avec", "con", "met"]);

/**
 * Words dropped before reading (folded): auxiliaries, "already", articles, and "ISCC" before a
 * proof ("ISCC-SD"): "SD ist da", "PoS has been received", "la PdD est reçue", "SD bereits erhalten".
 */
const DROPPED = new Set(
  [
    "ist|sind|wurde|wurden|worden|is|are|was|were|has|have|been|est|sont|ete|esta|estan|ha|han|sido",
    "e|stato|stata|zijn|werd|bereits|schon|already|deja|ya|gia|al|der|die|das|the|le|la|l|el|il|lo|de|het",
    "iscc",
  ]
    .join("|")
    .split("|"),
);

/**
 * Whether `text` (a part of a legend's meaning, its date already taken off) says the row's proof
 * has come and nothing else: a proof's name with a word of CAME after or before it ("SD liegt
 * vor", "PoS received", "reçu DD"), or "mit"/"with" before it ("mit SD"), no mark but a full stop
 * or a hyphen ("SD erhalten?" is a question); never where it says the proof is missing (proof-missing.ts saysProofMissing: "SD nicht erhalten").
 */
export function saysProofCame(text: string): boolean {
  // a question, a bracket, a note: more than the plain shape
  if (saysProofMissing(text) || /[^\p{L}\d\s.'’-]/u.test(text)) return false;
  const toks = (fold(text).match(/[a-z0-9]+/g) ?? []).filter((t) => !DROPPED.has(t));
  const [first, ...rest] = toks;
  const last = toks[toks.length - 1];
  if (first === undefined || last === undefined || toks.length < 2) return false;
  if (toks.length === 2 && WITH.has(first) && isProofName(last)) return true;
  if (isProofName(first) && CAME_WORDS.has(rest.join(" "))) return true;
  return isProofName(last) && CAME_WORDS.has(toks.slice(0, -1).join(" "));
}
