// (brk19 0b) The balance mode as people write it on a settings sheet, in the seven languages of
// the books. Read on whole words: "doorlopend" (Dutch: continuous) holds the letters "end" and was
// read as end of period, so the SDs continuous mode blocks were issued. A value named by neither
// list is not guessed: the settings sheet refuses the cell as an error (settings-sheet.ts
// PERIOD_SETTINGS), as every overdraft's verdict depends on the mode (docs/rules.md). Pure.
import type { BalanceMode } from "../engine/model";
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";

// prettier-ignore
const CONTINUOUS = new Set([
  "continuous", "continuously", "continual", "strict", "permanent",                      // en
  "kontinuierlich", "laufend", "fortlaufend", "standig", "stetig", "streng",             // de
  "continu", "continue", "permanente", "en continu",                                     // fr
  "continuo", "continua", "en continuo", "in continuo",                                  // es, it
  "doorlopend",                                                                           // nl (continu, permanent: above)
  "ciagly", "ciagla", "ciagle", "na biezaco", "stale",                                   // pl
]);

// prettier-ignore
const END = new Set([
  "end", "period end", "end of period", "end of the period", "at period end", "end of each period", "periodic", // en
  "ende", "periodenende", "periode ende", "ende der periode", "am periodenende", "am ende der periode", // de
  "fin", "fin de periode", "fin de la periode", "en fin de periode", "fin de periodo", "fin del periodo", "al final del periodo", // fr, es
  "fine", "fine periodo", "fine del periodo", "a fine periodo",                          // it
  "einde", "einde periode", "einde van de periode", "aan het einde van de periode", "periodiek", // nl
  "koniec", "koniec okresu", "na koniec okresu",                                         // pl
  "period", "periode", "periodo", "okres", "per period", "pro periode", "par periode", "por periodo", "per periodo", "per periode", // a balance per period
]);

/**
 * The balance mode a settings cell names ("doorlopend" → continuous, "Periodenende" → end of
 * period, "mode: continuous" too), or null for any other text: never guessed.
 */
export function modeIn(text: string): BalanceMode | null {
  const t = plainLetters(fold(text))
    .replace(/[^a-z ]+/g, " ")
    .replace(/\b(mode|modus|modo|tryb|bilanz|balance|bilan|balans|bilans|bilancio)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (CONTINUOUS.has(t)) return "continuous";
  if (END.has(t)) return "end-of-period";
  return null;
}
