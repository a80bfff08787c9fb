// A heading's text as folded words (header-words.ts): CamelCase, snake_case and digits split
// ("CertificateFuelQuantity", "supplier_cert_no", "Menge2025"), accents and letters NFD leaves
// whole folded. Moved out of header-words.ts whole (issue 15: files under 300 lines).
import { plainLetters } from "../engine/normalise";
import { fold } from "./normalise";

/** Mixed-case words that are one word, not two ("PoS", "kWh", "Nabisy"). */
const NO_SPLIT = new Set(["poss", "pocs", "nabisy", "mwh", "gwh", "kwh", "nm3"]);
const EMAIL = /(?<![A-Za-z0-9])e[-\u2010\u2011 ]?(?:mail|post)/gi; // "E-Post": sv, no, da, de

/** "CertificateFuelQuantity" -> certificate fuel quantity; "supplier_cert_no" -> supplier cert no. */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  const ascii = !/[^\x20-\x7e]/.test(text);
  // (brk22) "E-Mail", "e-mail", "E Mail", (brk23) "E-Post" is one word, "email": never a GHG total E
  const whole = (ascii ? text : text.normalize("NFKC")).replace(EMAIL, "email");
  for (let piece of whole.split(/[^A-Za-z0-9\u00c0-\u024f]+/)) {
    if (!piece) continue;
    // "SDs", "LinkedIncomingSDs": an acronym's plural
    piece = piece.replace(/([A-Z]{2,})s(?=[A-Z]|$)/g, "$1");
    const plain = ascii && !/[A-Z]/.test(piece) && !/\d/.test(piece);
    if (plain) {
      out.push(piece);
      continue;
    }
    const spaced =
      piece.length <= 3 || NO_SPLIT.has(piece.toLowerCase())
        ? piece
        : piece
            .replace(/([a-z\u00df-\u00ff])([A-Z\u00c0-\u00de])/g, "$1 $2")
            .replace(/([A-Z\u00c0-\u00de]+)([A-Z\u00c0-\u00de][a-z\u00df-\u00ff])/g, "$1 $2")
            .replace(/([a-zA-Z])(\d)/g, "$1 $2")
            .replace(/(\d)([a-zA-Z])/g, "$1 $2");
    // beyond the shared ł: the Nordic, French and Croatian letters of headings ("Mængde", "Bøl", "Œuvre")
    for (const w of plainLetters(fold(spaced))
      .replace(/ø/g, "o")
      .replace(/æ/g, "ae")
      .replace(/œ/g, "oe")
      .replace(/đ/g, "d")
      .split(/[^a-z0-9]+/))
      if (w) out.push(w);
  }
  return out;
}
