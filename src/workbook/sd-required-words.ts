// (p-sdstatus2) The words after a proof's name in a heading that ask whether a sale needs or wants
// its SD ("SD erforderlich", "SD nötig", "mit SD", "SD ausstellen", "SD an Kunde", "PoS
// required", "PoS requested", "DD requise", "SD requerida", "SD richiesta", "SD vereist", "SD
// wymagane"), in de, en, fr, es, it, nl and pl, folded (normalise.ts fold, "ł" as "l"), a
// phrase's words joined by one space. sale-proof.ts reads such a column's yes/no cells; fields.ts
// takes its single words as words of no SD number, so that such a heading is never read as the
// SD number column, whatever its cells hold; proof-heading.ts asks requiredHeading. It imports
// only engine/fold.ts, which imports nothing: all read it at their load.
import { plainLetters } from "../engine/fold";

/** The words and phrases, one line a language. */
export const REQUIRED_HEADING = [
  "erforderlich|notig|noetig|notwendig|benotigt|benoetigt|gefordert|verlangt|gewunscht|gewuenscht",
  "erwunscht|erwuenscht|pflicht|pflichtig|ausstellen|erstellen|senden|versenden|schicken|mit",
  "an kunde|an kunden|fur kunde|fuer kunde|fur kunden|fuer kunden",
  "required|needed|requested|wanted|necessary|mandatory|issue|to issue|send|to send|with|to customer",
  "for customer",
  "requis|requise|necessaire|demande|demandee|souhaite|souhaitee|exige|exigee|obligatoire|emettre",
  "a emettre|envoyer|avec|au client|pour client",
  "requerido|requerida|necesario|necesaria|solicitado|solicitada|exigido|exigida|obligatorio",
  "obligatoria|emitir|enviar|con|al cliente|para cliente",
  "richiesto|richiesta|necessario|necessaria|obbligatorio|obbligatoria|emettere|inviare|al cliente",
  "vereist|nodig|gevraagd|gewenst|verplicht|uitgeven|opmaken|versturen|sturen|met|aan klant",
  "wymagane|wymagany|wymagana|potrzebne|potrzebny|potrzebna|wystawic|wyslac|do klienta",
];

/** A word that is no question alone: "issue" (of "SD issue no."). */
const ALONE = new Set(["issue"]);

/** The single words of REQUIRED_HEADING that say the question: a heading holding one names no SD number. */
export const NOT_SD_REQUIRED = REQUIRED_HEADING.join("|")
  .split("|")
  .filter((w) => !w.includes(" ") && !ALONE.has(w));

const set = (lines: readonly string[]) => new Set(lines.join("|").split("|"));

/** REQUIRED_HEADING, as a set. */
const REQUIRED = set(REQUIRED_HEADING);

/** Labels of a yes/no answer after a heading ("SD erforderlich (j/n)", "PoS required y/n"). */
const ANSWER_LABEL = set(["j|n|y|ja|nein|yes|no|o|s|si|oui|non|tak|nie|t|nee"]);

/**
 * Whether a heading's words other than the proof's name (`rest`, folded, in order) ask whether the
 * sale needs or wants an SD ("erforderlich", "mit", "an kunde", "required", "requise"); a trailing
 * pair of answer labels ("j/n", "yes/no") is dropped.
 */
export function requiredHeading(rest: string[]): boolean {
  const words = rest.map(plainLetters);
  const n = words.length;
  const labelled =
    n > 2 && ANSWER_LABEL.has(words[n - 1] as string) && ANSWER_LABEL.has(words[n - 2] as string);
  return REQUIRED.has((labelled ? words.slice(0, -2) : words).join(" "));
}
