// Superscript and subscript text: a rich-text run Excel raises or lowers ("m" + raised "3", "380" +
// raised "1" for a footnote) and the Unicode characters that write the same ("m³", "380¹").
// Joining a rich-text cell's runs as plain text would read "380" + raised "1" as 3801; written
// with its Unicode form it reads as the cell shows it: "m³" stays a unit, and "380¹" is no number
// (cell-numbers.ts refuses it, naming the footnote mark).

const SUPER_FROM = "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
const SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
const SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
const SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

function table(from: string, to: string): Map<string, string> {
  const out = [...to];
  return new Map([...from].map((c, i) => [c, out[i] as string]));
}

const SUPER = table(SUPER_FROM, SUPER_TO);
const SUB = table(SUB_FROM, SUB_TO);

/**
 * A rich-text run's text as shown: raised ("superscript") or lowered ("subscript") characters in
 * their Unicode forms where Unicode has one; a character without one (a raised "*", "q") is kept
 * as typed, and stays no part of a number (cell-numbers.ts).
 */
export function scriptText(text: string, vertAlign: string | undefined): string {
  const map = vertAlign === "superscript" ? SUPER : vertAlign === "subscript" ? SUB : null;
  if (!map) return text;
  let out = "";
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

/** Every superscript and subscript character scriptText writes, and the Latin-1 ones (¹²³). */
const SCRIPT_CHARS = new Set([...SUPER_TO, ...SUB_TO]);

/** Marks of a footnote typed after a value besides raised characters: "380*", "380†". */
const FOOTNOTE_MARKS = new Set(["*", "†", "‡"]);

/**
 * The text without its superscript and subscript characters and footnote marks ("380¹" → "380",
 * "1.250 ²" → "1.250 "), or null where it has none: what the number would be without the mark.
 */
export function withoutMarks(text: string): string | null {
  let out = "";
  let found = false;
  for (const c of text) {
    if (SCRIPT_CHARS.has(c) || FOOTNOTE_MARKS.has(c)) found = true;
    else out += c;
  }
  return found ? out : null;
}
