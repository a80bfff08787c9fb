// What a heading's own words bar it from, whatever else they match (matcher.ts, candidate-headings.ts):
// a heading that names a gross, tare, dry ("atro", "dry matter"), ordered, planned or invoiced
// quantity is never the quantity that moved; a unit heading that names GHG ("Unité GES", "Einheit THG") is never the quantity's
// unit; a date heading that says its first day ("Valide du", "gültig ab") is never the last one,
// and one that says its last day ("Valide au", "gültig bis") never the first (design.md, first law:
// a magnitude or a meaning is never changed by a near match).
import { QUANTITY_FIELDS } from "./field-spec";
import {
  FROM_MARKERS,
  OTHER_QUANTITY_COMPOUND,
  OTHER_QUANTITY_WORDS,
  UNTIL_MARKERS,
} from "./header-word-lists";
import { splitWords } from "./header-words";

/** Why a heading can never be a field: see `barredFrom`. */
export type Bar = "other-quantity" | "ghg-unit" | "other-end";

const QUANTITIES = new Set(QUANTITY_FIELDS);
/** The quantity's unit fields (a row's, a production input's); ghg.unit is the GHG value's. */
const QUANTITY_UNITS = new Set(["unit"]);
/** Words that name a greenhouse gas value in en/de/fr/es/it/nl: GHG, THG, GES, GEI, BKG, CO2… */
const GHG_WORDS =
  /\b(?:ghg|thg|ges|gei|bkg|\w*co2\w*|emission|emissions|emissionen|emisiones|emissioni|emissies|broeikasgas\w*|treibhausgas\w*|greenhouse|serre|invernadero|serra)\b/;

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

/**
 * Why heading `header` can never be field `fieldId` (a FieldSpec id), or null: "other-quantity"
 * for a quantity field and a heading that names another quantity (`namesOtherQuantity`);
 * "ghg-unit" for the quantity's unit and a heading that names GHG ("Unité GES", "Unidad GEI",
 * "Eenheid BKG"); "other-end" for Valid from and a heading that says until ("Valide au",
 * "Válido hasta", "Valido al", "Geldig tot", "gültig bis"), or Valid until and one that says from
 * ("Valide du", "Válido desde", "Valido dal", "Geldig van", "gültig ab"), but not both.
 */
export function barredFrom(fieldId: string, header: string): Bar | null {
  if (QUANTITIES.has(fieldId)) return namesOtherQuantity(header) ? "other-quantity" : null;
  if (QUANTITY_UNITS.has(fieldId)) return GHG_WORDS.test(splitWords(header).join(" ")) ? "ghg-unit" : null;
  if (fieldId === "validFrom" || fieldId === "validUntil") {
    const words = splitWords(header);
    const from = words.some((w) => FROM_MARKERS.has(w));
    const until = words.some((w) => UNTIL_MARKERS.has(w));
    if (from === until) return null;
    return (fieldId === "validFrom" ? until : from) ? "other-end" : null;
  }
  return null;
}

/** Words of a heading that say the quantity is the one an SD declares ("lt.", "laut", "as per", "selon"…). */
const DECLARED_WORDS = new Set(
  "declared deklariert deklarierte declaree declarees declarada declarado dichiarata dichiarato gedeclareerd gedeclareerde".split(
    " ",
  ),
);
/** The SD itself as a heading names it: SD, PoS, DD (déclaration de durabilité), Nachhaltigkeitsnachweis. */
const SD_WORDS_OF_QUANTITY = new Set(["sd", "sds", "pos", "dd", "nachhaltigkeitsnachweis", "nachweis"]);

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
