// An address cell that holds no address (brk25 3): a reference to another cell or row ("wie oben",
// "s.o.", "dito", "same as above", "idem", "voir ci-dessus", "come sopra", "como arriba", "zie
// boven", "jw.", "patrz wyżej") or a placeholder for one not given ("-", "n/a", "k.A.", "tbd",
// "?"). An SD is sent to the customer and stands alone: "as above" there names no place, so such a
// cell is read as blank for the SD (the declaration is held, declaration-incomplete naming the cell
// and what it holds), never printed. Only a cell that is wholly such a word, give or take case,
// accents and punctuation: "Am Oberen Hafen 3", "Dito-Weg 2", "Idemstraße 4" are addresses.
import { words } from "./fold";

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

/** Whether an address cell's text is wholly a reference or placeholder (see above); "" is not (it is blank). */
export function isAddressPlaceholder(text: string): boolean {
  if (text.trim() === "") return false;
  const key = words(text).join(" ");
  return key === "" || PLACEHOLDERS.has(key); // "" here: punctuation alone ("-", "?", "/")
}

/** The address a cell states: its text, or "" where it is blank or holds a placeholder. */
export function statedAddress(text: string): string {
  return isAddressPlaceholder(text) ? "" : text;
}
