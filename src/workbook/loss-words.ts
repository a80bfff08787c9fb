// The words of a quantity lost, of a difference and of a reason, on headings folded by
// `lossHeadingWords` (ä -> a, "ł" -> l, anything but letters and digits one space): one table for
// the loss of a transfer (transfer-loss.ts) and the amounts taken away from a receipt or delivery
// (deduction-columns.ts). Each is an alternation of whole words for `wholeWords`; German compounds
// end in their stem ("Transportverlust", "Mengenschwund", "Mengendifferenz"). en, de, fr, it, es,
// nl, pl.
import { plainLetters } from "../engine/fold";
import { foldedWords } from "./normalise";

/** A quantity lost, short or shrunk ("loss", "Schwund", "perte", "calo", "merma", "tekort", "ubytek"). */
export const LOSS_WORDS =
  "loss|losses|lost|shrinkage|shortage|shortfall|\\w*verlust|\\w*verluste|\\w*schwund|fehlmenge|fehlmengen|manko|" +
  "perte|pertes|freinte|freintes|manquant|manquants|perdita|perdite|calo|cali|ammanco|perdida|perdidas|merma|" +
  "mermas|faltante|verlies|verliezen|manco|tekort|strata|straty|ubytek|ubytki|niedobor";

/** A difference: a loss or a gain, or another difference (a weighing, a price). */
export const DIFFERENCE_WORDS = "difference|diff|\\w*differenz|ecart|differenza|diferencia|verschil|roznica";

/** A reason, a remark or a kind of what a heading names: no quantity ("Grund", "Storno-Grund", "Art"). */
export const REASON_WORDS =
  "grund|reason|remark|bemerkung|comment|kommentar|note|motif|motivo|reden|powod|uwagi|art|type|typ";

/** A test for any of `alternation`'s words standing whole among a heading's folded words. */
export const wholeWords = (alternation: string): RegExp => new RegExp(`(?:^| )(?:${alternation})(?: |$)`);

/** The heading folded, anything but letters and digits one space ("Ubytek (t)" → "ubytek t"). */
export const lossHeadingWords = (heading: string): string => foldedWords(plainLetters(heading));
