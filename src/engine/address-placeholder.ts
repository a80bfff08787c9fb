// An address cell that holds no address (brk25 3, brk26 S5): a reference to another cell, row,
// column, party or document ("wie oben", "s.o.", "dito", "same as above", "wie Kundenadresse",
// "siehe Rechnungsadresse", "= Kundenadresse", "identisch", "same as billing", "voir client",
// "vedi fattura", "igual que facturación", "zie factuuradres", "patrz wyżej"), a placeholder for
// one not given ("-", "n/a", "k.A.", "tbd", "?"), or a word that names a way of handing over, not a
// place ("Abholung", "Selbstabholer", "pick-up", "ex works"). An SD is sent to the customer and
// stands alone: "wie Kundenadresse" there names no place, so such a cell is read as blank for the
// SD (the declaration is held, declaration-incomplete naming the cell and what it holds), never
// printed. Rule (docs/rules.md "An address cell that is a reference"):
// - a cell that is wholly one of PLACEHOLDERS (case, accents and punctuation aside);
// - a cell that opens with a reference word as a word of its own (REFERENCE_LEADS: "wie", "siehe",
//   "s.", "=", "same as", "voir", "vedi", "véase", "zie", "patrz"…) or a hand-over word
//   (HAND_OVER_LEADS), and whose rest states no number (an address has a house number or a
//   postcode: "Wie 2", "Zie 1, Boven", "See 4, 6900 Bregenz" are addresses) or names a row, column,
//   sheet or document ("siehe Zeile 12", "see invoice 4711", "=C5").
// A word inside another ("Wiesenstraße 5", "Am Gleichen Weg 3", "Siehe-Straße 4", "Via Vedi 2",
// "Dito-Weg 2") is no lead: those are addresses, as are "Venlo", "Como" and "c/o" addresses.
import { foldedText, plainLetters, words } from "./fold";

/** The references and placeholders, each as words() splits it (lower case, no accents or punctuation). */
const PLACEHOLDERS = new Set(
  [
    // de
    "wie oben|s o|so|siehe oben|s oben|wie vor|w o|dito|dto|do|detto|gleich|k a|ka|keine angabe|unbekannt|folgt|fehlt|offen",
    // en
    "same as above|as above|see above|above|same|ditto|idem|n a|na|none|unknown|tbd|tba|tbc|to follow|to be confirmed|n k|not known",
    // fr, it, es
    "voir ci dessus|ci dessus|idem|comme ci dessus|nc|n c|come sopra|vedi sopra|v s|sopra|como arriba|vease arriba|ver arriba|id",
    // nl, pl
    "zie boven|zie hierboven|idem dito|nvt|n v t|onbekend|jw|j w|jak wyzej|patrz wyzej|jak powyzej|patrz powyzej|brak|b d|bd",
    "x|xx|xxx|0",
  ]
    .join("|")
    .split("|"),
);

/** Word sequences (as tokens() folds them) that open a reference to another address, party or document. */
const REFERENCE_LEADS = [
  // de
  "wie|siehe|s|vgl|gleich|gleiche|gleicher|gleiches|identisch|ident|laut|lt|analog|entspricht|dito|dto",
  // en
  "see|same|identical|ditto|as per|as in|as for|refer|idem",
  // fr
  "comme|voir|identique|meme|memes",
  // it
  "come|vedi|uguale|stesso|stessa|stessi|cfr",
  // es ("Como" alone is a town: only with the word after it)
  "vease|ver|igual|mismo|misma|como el|como la|como los|como las|como en|como de|como del|como direccion|como cliente|como factura",
  // nl
  "zoals|zie|gelijk|gelijke|zelfde|hetzelfde|dezelfde",
  // pl
  "jak|patrz|taki sam|taka sama|takie same|to samo|tak jak|zob|jw",
].flatMap((l) => l.split("|").map((s) => s.split(" ")));

/** Word sequences that name a way of handing the goods over (collected at the seller's), not a place. */
const HAND_OVER_LEADS = [
  "abholung|selbstabholung|selbstabholer|abholer|abholen|ab werk|pick up|pick-up|pickup|self pick-up|self collection|customer collection|collected|collection by customer|ex works|ex-works|exw",
  "enlevement|retrait|depart usine|ritiro|franco fabbrica|franco partenza|recogida|en fabrica|franco fabrica",
  "afhalen|afhaling|af fabriek|odbior|odbior wlasny|odbior osobisty",
].flatMap((l) => l.split("|").map((s) => s.split(" ")));

/** Words after a lead that name a row, column, sheet or document: a number beside them is no address's. */
const POINTERS = new Set(
  (
    "zeile|spalte|blatt|tabelle|zelle|rechnung|lieferschein|auftrag|bestellung|vertrag|nr|" +
    "row|column|sheet|line|cell|invoice|order|contract|delivery|" +
    "ligne|colonne|feuille|facture|commande|riga|colonna|foglio|fattura|ordine|" +
    "fila|columna|hoja|factura|pedido|regel|kolom|blad|factuur|bestelling|wiersz|kolumna|arkusz|faktura|zamowienie"
  ).split("|"),
);

/**
 * The cell's words as typed apart: folded (foldedText, "ł" as "l"), split on white space and
 * punctuation but not on "-", so "Siehe-Straße" stays one word ("siehe-strasse") and "s. Kunde" is
 * ["s", "kunde"].
 */
function tokens(text: string): string[] {
  return plainLetters(foldedText(text))
    .split(/[^a-z0-9-]+/)
    .map((t) => t.replace(/^-+|-+$/g, ""))
    .filter(Boolean);
}

/** The words after the first lead of `leads` the cell opens with, or null when it opens with none. */
function afterLead(cell: string[], leads: string[][]): string[] | null {
  for (const lead of leads) if (lead.every((w, i) => cell[i] === w)) return cell.slice(lead.length);
  return null;
}

/** Whether the words after a lead state no address: no number, or a pointer to a row, column, cell or document. */
function statesNoPlace(rest: string[]): boolean {
  if (!rest.some((w) => /\d/.test(w))) return true;
  if (rest.length === 1 && /^[a-z]{1,3}\d{1,7}$/.test(rest[0] ?? "")) return true; // "=C5", "wie B12": a cell
  return rest.some((w) => POINTERS.has(w));
}

/** Whether an address cell's text is a reference, placeholder or hand-over word (see above); "" is not (it is blank). */
export function isAddressPlaceholder(text: string): boolean {
  if (text.trim() === "") return false;
  const key = words(text).join(" ");
  if (key === "" || PLACEHOLDERS.has(key)) return true; // "" here: punctuation alone ("-", "?", "/")
  const cell = tokens(text);
  const rest = text.trim().startsWith("=")
    ? cell
    : (afterLead(cell, REFERENCE_LEADS) ?? afterLead(cell, HAND_OVER_LEADS));
  return rest !== null && statesNoPlace(rest);
}

/** The address a cell states: its text, or "" where it is blank or holds a placeholder. */
export function statedAddress(text: string): string {
  return isAddressPlaceholder(text) ? "" : text;
}
