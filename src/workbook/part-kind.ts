// What a sustainable part's heading says its column holds (a share, a quantity, yes/no, or a part
// of no unit said), read once per column by table-columns.ts.
import type { PartKind } from "./cell-read";
import { fold } from "./normalise";
import type { ColumnMatch } from "./recognition";

/**
 * Words of a sustainable part's heading that say a share (en, de, fr, es, nl, it: "Nachhaltiger
 * Anteil", "pourcentage durable", "porcentaje sostenible", "aandeel duurzaam", "quota sostenibile")
 * or a quantity ("davon", "of which", "dont", "de los cuales", "waarvan", "di cui", "quantité",
 * "cantidad", "hoeveelheid", "quantità"), on the accent-folded heading between spaces.
 */
const SHARE_WORDS =
  / (share|anteil|portion|proportion|percentage|prozent|prozentsatz|quote|quota|pourcentage|porcentaje|proporcion|cuota|aandeel|percentuale|proporzione) /;
/** Words of a part that is a quantity or a share alike (en, de, fr, es, nl, it): "Part durable", "Parte sostenible". */
const EITHER_WORDS = / (part|parts|parte|partie|teil|portion|porcion|porzione|deel|gedeelte) /;
const QUANTITY_WORDS =
  / (quantity|qty|menge|amount|part|teil|davon|thereof|which|volume|volumen|mass|masse|weight|gewicht|tonnage|quantite|dont|cantidad|cuales|cual|hoeveelheid|waarvan|quantita|cui)/;
/**
 * Nouns of an amount (en, de, fr, es, nl, it) that make a part a quantity ("Teil Menge"); "of
 * which" does not ("davon Teil zertifiziert": of which a part, in t or in %?, p-values).
 */
const AMOUNT_WORDS =
  / (quantity|qty|menge|amount|volume|volumen|mass|masse|weight|gewicht|tonnage|quantite|cantidad|hoeveelheid|quantita)/;

/**
 * What a sustainable part's header says the column holds: a share, a quantity, yes/no, or "part"
 * where its words name a part without saying which ("Part durable", "Sustainable part",
 * "Nachhaltiger Teil", "davon Teil zertifiziert"; with a noun of an amount beside, "Teil Menge", a
 * quantity; "of which" alone says no unit). A share or part with no unit and no % leaves a plain
 * number unread (cell-numbers.ts readShare).
 */
export function partKind(fieldId: string, match: ColumnMatch): PartKind {
  if (match.header.includes("%")) return "share";
  if (match.unit) return "quantity";
  const h = ` ${fold(match.header).replace(/[^a-z]+/g, " ")} `;
  // a share said in one word: "Nachhaltigkeitsanteil", "Bioanteil", "Nachhaltigkeitsquote" (p-parts)
  if (SHARE_WORDS.test(h) || /[a-z](anteil|quote|aandeel) /.test(h)) return "share";
  if (EITHER_WORDS.test(h) && !AMOUNT_WORDS.test(h)) return "part";
  if (QUANTITY_WORDS.test(h)) return "quantity";
  return fieldId === "sustainableInputQuantity" ? "quantity" : "flag";
}
