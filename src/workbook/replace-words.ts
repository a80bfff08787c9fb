// (brk24 §1) Which way a remark of replacing points, in de/en/fr/it/es/nl/pl. "X replaces Y" is
// the active form: the row that says it is the live line, the replacement, and is booked
// ("ersetzt ON-2024-0099", "remplace SD-4", "sostituisce", "reemplaza", "sustituye a", "vervangt",
// "zastępuje", "replaces", "Ersatz für", "en remplacement de", "in sostituzione di", "ter
// vervanging van", "w miejsce"). "Y was replaced by X" is the passive form: the row is the old line
// and is not booked ("ersetzt durch", "replaced by", "remplacé par", "sostituito da", "reemplazado
// por", "vervangen door", "zastąpiony przez": status-words.ts CANCEL). German "ersetzt" and French
// "remplace" typed without its accent are both: the participle ("ersetzt", "ersetzt durch Zeile
// 5", "ersetzt am 03.03.") or the verb with an object ("ersetzt ON-2024-0099", "ersetzt Zeile 4",
// "ersetzt Lieferung vom 28.02."); what follows them decides (replacesObject). Pure.

/** The active phrases, folded: the row that says them is the replacement, booked (a line done). */
export const REPLACES = [
  "replaces|replacing|replacement for|replacement of|in replacement of|in place of|supersedes",
  "ersatz fur|ersatz fuer|als ersatz fur|als ersatz fuer|anstelle von|an stelle von",
  "en remplacement de|en remplacement du|en remplacement des|annule et remplace",
  "sostituisce|in sostituzione di|in sostituzione del|in sostituzione della|annulla e sostituisce",
  "reemplaza|reemplaza a|sustituye|sustituye a|en sustitucion de|en reemplazo de|anula y sustituye",
  "anula y reemplaza|vervangt|ter vervanging van|zastepuje|w miejsce|w zastepstwie",
];

/** Folded verbs that are a participle alone and the active verb before an object. */
const BOTH_WAYS = new Set(["ersetzt", "remplace"]);

/** Words after which the participle's agent, reason or day follows ("ersetzt durch", "am", "wegen"). */
const PASSIVE_NEXT = new Set([
  "durch",
  "von",
  "vom",
  "am",
  "wegen",
  "par",
  "le",
  "by",
  "on",
  "at",
  "due",
  "per",
]);

/** Words of the thing replaced: a document, a line, an article ("ersetzt Lieferung", "remplace la"). */
const OBJECT = new Set(
  [
    "sd|pos|dd|poc|nr|no|nummer|number|numero|zeile|row|line|ligne|riga|linea|regel|wiersz|lieferung",
    "delivery|livraison|consegna|entrega|levering|dostawe|dostawa|rechnung|invoice|facture|beleg|position",
    "die|den|das|der|the|la|les|l|il|lo|el|los|de|het|erklarung|declaration|nachweis|schein|lieferschein",
  ]
    .join("|")
    .split("|"),
);

/**
 * Whether the folded word `word` at `toks[i]` is "ersetzt" or "remplace" used as the verb before
 * an object: a code ("ON-2024-0099", "SD 4", "#4711", "4711") or a word of the thing replaced
 * ("Zeile 4", "Lieferung vom 28.02.", "la DD"), not a date ("ersetzt 28.02."), an agent or a day
 * ("ersetzt durch", "ersetzt am 03.03."), nor nothing ("ersetzt" alone: the participle).
 */
export function replacesObject(word: string, toks: readonly string[], i: number): boolean {
  if (!BOTH_WAYS.has(word)) return false;
  let k = i + 1;
  if (toks[k] === "#" || toks[k] === ":") k++;
  const next = toks[k];
  if (next === undefined) return false;
  const after = toks[k + 1];
  const digits = (t: string | undefined) => t !== undefined && /^\d+$/.test(t);
  // a number: a code or a bare number ("4711"), unless a date ("28.02.", "28/02/2025")
  if (digits(next)) return !((after === "." || after === "/") && digits(toks[k + 2]));
  if (!/^[a-z]+$/.test(next)) return false;
  // a code led by letters: "ON-2024-0099", "SD-4", "IN/12"
  if ((after === "-" || after === "/") && digits(toks[k + 2])) return true;
  if (PASSIVE_NEXT.has(next)) return false;
  // "IN 12", or a word of the thing replaced
  return digits(after) || OBJECT.has(next);
}

/** The text with French "remplacé" (the participle) kept apart from "remplace" (the verb) once folded. */
export function participleKept(text: string): string {
  return text.normalize("NFC").replace(/(remplac)[éÉ](?![eEéÉ])/gi, "$1ee");
}
