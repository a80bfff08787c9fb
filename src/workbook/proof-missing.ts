// The one table of how a keeper says that a row's proof of sustainability (SD, PoS, PoC,
// Nachweis, DD, PdD, PdS, certificate…) is missing, still to come or awaited, in de, en, fr, es, it
// and nl: "SD fehlt noch", "Nachweis kommt noch", "SD noch nicht da", "PoS not yet received",
// "awaiting PoS", "DD en attente", "en attente de la PdD", "pendiente de PoS", "certificato
// mancante", "nog geen SD", "ohne SD". Every reading asks it, so that the same words mean the same
// wherever they are written: a colour legend's meaning (colour-words.ts meaningOf), a Status cell
// (status-read.ts statusOf, "proof-missing") and a remark cell (remark-denials.ts remarkDenial). A
// receipt so marked gives no credit until its proof has come (domain.md §2); on a delivery "SD
// folgt" is the declaration the add-in is to issue (row-state.ts decides by the side).
//
// Read by words, not by their order: the text says missing when it names a proof and a word of
// missing anywhere in it ("SD fehlt", "fehlt: SD", "manca il certificato"), or a word of absence
// right before a proof ("ohne SD", "geen SD", "sans la DD"), or a word of having come denied
// ("nicht erhalten", "not received", "pas reçu", "no recibido", "non ricevuto", "niet ontvangen").
// Filler words ("noch", "yet", "still", "encore", "todavía", "ancora", "nog", "bisher"…), articles
// and auxiliaries ("ist", "has been", "est") are dropped first, so "steht noch aus", "has not yet
// been received" and "n'est pas encore reçu" read as "steht aus", "not received", "pas reçu". A word
// of missing denied ("nicht fehlend", "not missing", "no longer pending", "SD fehlt nicht (mehr)")
// says the proof is there: it is no missing. Words of a proof that has come ("SD liegt vor", "PoS
// received", "mit SD") are none of these. Pure.
import { fold } from "./normalise";

/** Folded words written "a|b|c", as a set. */
const wordSet = (words: string) => new Set(words.split("|"));

/** Words dropped before reading (folded): fillers, articles, auxiliaries, in the six languages. */
const DROPPED = [
  // fillers: still, yet, so far, unfortunately, any more
  "noch|immer|bisher|bislang|derzeit|aktuell|momentan|leider|mehr|yet|still|so|far|currently|unfortunately",
  "longer|anymore|encore|toujours|actuellement|malheureusement|plus|todavia|aun|aunque|actualmente|mas",
  "ancora|attualmente|purtroppo|piu|nog|steeds|momenteel|helaas|meer",
  // articles
  "der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|le|la|les|l|un|une|du|el|los|las|lo|il",
  "gli|i|uno|una|het|de|een",
  // auxiliaries and the "-n't" of English
  "ist|sind|wurde|wurden|worden|is|are|was|were|been|has|have|had|be|est|sont|ete|es|son|ha|han|sido",
  "e|sono|stato|stata|zijn|werd|t",
]
  .join("|")
  .split("|");

/** Names of a proof (folded words), with the compounds that end in one ("ISCC-Zertifikat"). */
const PROOF = [
  "sd|sds|sdn|pos|poc|pocs|dd|dds|pdd|pds|pdc|nachweis|nachweise|nachweisen|zertifikat|zertifikate",
  "erklarung|erklaerung|erklarungen|beleg|belege|certificate|certificates|cert|certs|proof|proofs",
  "declaration|declarations|document|documents|certificat|certificats|attestation|preuve|justificatif",
  "certificado|certificados|declaracion|declaraciones|documento|documentos|prueba|justificante",
  "certificato|certificati|dichiarazione|dichiarazioni|attestato|prova|certificaat|certificaten",
  "verklaring|verklaringen|bewijs",
]
  .join("|")
  .split("|");

/** Ends of compound proof names ("Nachhaltigkeitsnachweis", "duurzaamheidsverklaring"). */
const PROOF_END =
  /(?:nachweis|nachweise|zertifikat|zertifikate|erklarung|erklaerung|verklaring|certificaat)$/;

/** Words and phrases that say a thing is missing, still to come or awaited. */
const MISSING = [
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
];

/**
 * Words of "open" that say missing only right beside a proof ("SD offen", "open PoS", "DD
 * ouverte"): elsewhere ("Rechnung offen, SD liegt vor") they speak of something else.
 */
const OPEN = wordSet("offen|offene|open|ouvert|ouverte|abierto|abierta|aperto|aperta");

/** Words and phrases that say a proof has come: missing when denied ("nicht erhalten"). */
const CAME = [
  "erhalten|vorhanden|eingegangen|eingetroffen|angekommen|bekommen|geliefert|vorliegend|ausgestellt",
  "received|arrived|available|there|provided|sent|issued|submitted|in hand",
  "recu|recue|recus|recues|arrive|arrivee|disponible|fourni|fournie|envoye|envoyee|emis|emise",
  "recibido|recibida|llegado|llegada|enviado|enviada|emitido|emitida",
  "ricevuto|ricevuta|arrivato|arrivata|disponibile|inviato|inviata|emesso|emessa",
  "ontvangen|binnen|aanwezig|beschikbaar|gekregen|aangeleverd|geleverd|verstuurd|uitgegeven",
];

/** Words that deny the word after them; a word of missing they deny says the proof is there. */
const NOT = wordSet(
  "nicht|not|no|non|pas|ne|niet|nie|never|nunca|jamais|isn|hasn|wasn|haven|hadn|didn|doesn|aren|weren",
);

/** Words of absence before a proof ("ohne SD", "no PoS", "sans DD", "pas de DD", "geen SD"). */
const WITHOUT = wordSet(
  "ohne|kein|keine|keinen|keiner|keinem|without|no|sans|pas|aucun|aucune|sin|ningun|ninguna|senza|nessun|nessuna|zonder|geen",
);

const DROP = new Set(DROPPED);

/** Text as folded words and marks, each mark a token of its own, the dropped words left out. */
function words(text: string): string[] {
  const toks = fold(text).match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
  // a hyphen between letters joins nothing here: "SD-Nr." is "sd", "nr"
  return toks.filter((t) => t !== "-" && t !== "'" && t !== "’" && !DROP.has(t));
}

/** A list of phrases as word lists, longest first (read by the same words() as the text). */
const phrases = (lines: string[]) =>
  lines
    .flatMap((l) => l.split("|"))
    .map(words)
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);

const MISSING_PHRASES = phrases(MISSING);
const CAME_PHRASES = phrases(CAME);
const PROOFS = new Set(PROOF);

const isMark = (t: string | undefined) => t !== undefined && !/^[a-z0-9]+$/.test(t);
const isProof = (t: string | undefined) => t !== undefined && (PROOFS.has(t) || PROOF_END.test(t));

/** The spans [start, end) of `list`'s phrases in `toks`, none overlapping, longest first. */
function spans(toks: string[], list: string[][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = list.find((p) => p.every((w, k) => toks[i + k] === w));
    if (!hit) continue;
    out.push([i, i + hit.length]);
    i += hit.length - 1;
  }
  return out;
}

/**
 * Whether `text` (a legend's meaning, a Status or a remark cell) says a proof of sustainability
 * is missing, still to come or awaited (see the file comment): "SD fehlt noch", "PoS not yet
 * received", "en attente de la PdD", "nog geen SD" are; "SD liegt vor", "PoS received", "mit SD",
 * "SD nicht fehlend", "Rechnung fehlt" (no proof named) and "" are not.
 */
export function saysProofMissing(text: string): boolean {
  const toks = words(text);
  if (toks.some((t, i) => WITHOUT.has(t) && isProof(toks[i + 1]))) return true;
  if (!toks.some(isProof)) return false;
  const denied = (start: number, end: number) =>
    NOT.has(toks[start - 1] ?? "") ||
    // "SD fehlt nicht", "manque pas": a denial after the word, ending its clause
    (NOT.has(toks[end] ?? "") && (end + 1 >= toks.length || isMark(toks[end + 1])));
  const open = toks.some((t, i) => OPEN.has(t) && (isProof(toks[i - 1]) || isProof(toks[i + 1])));
  const missing = open || spans(toks, MISSING_PHRASES).some(([s, e]) => !denied(s, e));
  return missing || spans(toks, CAME_PHRASES).some(([s]) => NOT.has(toks[s - 1] ?? ""));
}
