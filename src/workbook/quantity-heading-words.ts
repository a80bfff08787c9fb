// The words of a quantity heading that say which quantity it is (p-gross, p-factor): a gross, tare,
// dry, ordered, planned or invoiced quantity is never the quantity that moved (a bar of
// heading-bar-table.ts); the quantity an SD declares ("Menge lt. SD") is read beside the received
// one (rival-columns.ts). Pure: words only.
import { OTHER_QUANTITY_COMPOUND, OTHER_QUANTITY_WORDS } from "./header-word-lists";
import { splitWords } from "./header-words";

/**
 * Whether heading `header` names a quantity other than the one that moved: a gross or tare
 * weight, a dry mass ("Menge atro", "Dry matter", "Matière sèche", "Materia seca", "Droge stof",
 * "Sostanza secca", "TS", "DM"), an ordered, planned, forecast, contracted, budgeted or invoiced quantity, in
 * en/de/fr/es/it/nl ("Peso bruto (kg)", "Tara", "Quantité commandée", "Bestellmenge").
 */
export function namesOtherQuantity(header: string): boolean {
  return splitWords(header).some(
    (w) => OTHER_QUANTITY_WORDS.has(w) || DRY_MASS_WORDS.has(w) || OTHER_QUANTITY_COMPOUND.test(w),
  );
}

/**
 * p-factor: words of a dry mass, another magnitude than the mass as received (absolut trocken,
 * lufttrocken, Trockensubstanz, dry matter, matière sèche, materia seca, droge stof, sostanza secca).
 */
export const DRY_MASS_WORDS: ReadonlySet<string> = new Set([
  ...["atro", "lutro", "trocken", "trockenmasse", "trockensubstanz", "ts", "dry", "dm", "seche", "seches"],
  ...["sec", "seca", "secas", "seco", "secos", "secca", "secche", "secco", "secchi", "droge", "droog", "ds"],
]);

/** Words of a heading that say the quantity is the one an SD declares ("lt.", "laut", "as per", "selon"…). */
const DECLARED_WORDS = new Set(
  "declared deklariert deklarierte declaree declarees declarada declarado dichiarata dichiarato gedeclareerd gedeclareerde".split(
    " ",
  ),
);
/**
 * The SD itself as a heading names it: SD, PoS, PoC, DD and PdD/PdS (fr/es), NHN
 * (Nachhaltigkeitsnachweis), DV (nl duurzaamheidsverklaring); brk15: "Quantité selon PdD" was a
 * plain second quantity, so the SD capped nothing.
 */
const SD_WORDS_OF_QUANTITY = new Set(
  "sd sds sdn pos poc pocs dd pdd pds pdc nhn dv nachhaltigkeitsnachweis nachhaltigkeitserklarung duurzaamheidsverklaring nachweis".split(
    " ",
  ),
);

/**
 * p-factor: whether quantity heading `header` names the quantity the supplier's SD declares
 * ("Menge lt. SD", "Quantity as per SD", "Quantité selon DD", "Cantidad según SD", "Hoeveelheid
 * volgens SD", "Quantità secondo SD", "Declared quantity"), not necessarily what was received.
 * Alone, it is read as the quantity (the SD is the document the credit rests on); beside a
 * received column, the received quantity is read and this one caps it (rival-columns.ts).
 */
export function namesDeclaredQuantity(header: string): boolean {
  return splitWords(header).some((w) => DECLARED_WORDS.has(w) || SD_WORDS_OF_QUANTITY.has(w));
}
