// brk22 §9: the words of a count sheet's column that holds a stock other than the one counted: the
// book (or system, theoretical, expected, target) stock, the stock before the count, the
// difference between book and count, and the sustainable stock (the credit, not a count). Such a
// column is never the counted quantity (fields.ts, the stock's `not` words, as "Soll" always was),
// so beside "Counted (t)", "Istbestand", "Stock physique" the count is read and the book column
// left unread, never refused as a second count nor read in its place. Words as splitWords gives
// them: lower case, accents folded. Where no column says it is the book's, two counts that
// disagree stay refused (rival-columns.ts).
import { QUANTITY_FIELDS, syn } from "./field-spec";
import { fold } from "./normalise";

export const NOT_COUNTED = syn(
  // en
  "book|booked|theoretical|calculated|system|expected|target|before|prior|difference|diff|variance|deviation|discrepancy|delta|loss|losses|gain|gains|shrinkage|sustainable|" +
    // de
    "buch|buchbestand|buchmenge|buchhaltung|buchhalterisch|buchhalterischer|sollbestand|sollmenge|rechnerisch|rechnerischer|rechnerische|theoretisch|theoretischer|theoretische|systembestand|erwartet|erwarteter|differenz|inventurdifferenz|abweichung|schwund|verlust|nachhaltig|nachhaltiger|nachhaltige|" +
    // fr
    "comptable|comptables|theorique|theoriques|informatique|avant|ecart|durable|durables|" +
    // it
    "contabile|contabili|teorica|teorico|differenza|scostamento|sostenibile|" +
    // es
    "contable|contables|teoricas|teoricos|antes|diferencia|desviacion|sostenible|sostenibles|" +
    // nl
    "boek|boekvoorraad|boekhoudkundig|boekhoudkundige|administratief|administratieve|verschil|afwijking|duurzaam|duurzame|" +
    // pl
    "ksiegowy|ksiegowa|ksiegowe|ewidencyjny|ewidencyjna|teoretyczny|teoretyczna|przed|roznica|odchylenie|zrownowazony",
);

/** The count's own headings beside such a column, read exactly (no mapping-uncertain): after the count, counted, physical, actual. */
export const COUNTED = syn(
  "!stock after count|!counted stock|!actual stock|!physical inventory|!physical quantity|" +
    "!bestand nach inventur|!bestand lt zahlung|!bestand laut zahlung|!gezahlter bestand|!zahlbestand|!tatsachlicher bestand|!physischer bestand|" +
    "!stock reel|!stock apres inventaire|!stock compte|!quantite comptee|" +
    "!giacenza fisica|!giacenza reale|!giacenza effettiva|!quantita contata|" +
    "!existencias fisicas|!existencias reales|!stock real|!stock fisico|!cantidad contada|" +
    "!fysieke voorraad|!getelde voorraad|!werkelijke voorraad|" +
    "!stan faktyczny|!stan rzeczywisty|!stan fizyczny|!ilosc policzona",
);

/**
 * A stock before the count, in words that alone say something else ("vor Ort" is on site, "materia
 * prima" raw material, "voor" also for): "Bestand vor Inventur", "Stock before count", "Stock avant
 * inventaire", "Giacenza prima dell'inventario", "Existencias antes del inventario", "Voorraad voor
 * telling", "Stan przed inwentaryzacją". Never a quantity, of any kind (heading-bar-table.ts).
 */
const BEFORE_COUNT =
  /\b(?:vor (?:der )?(?:inventur|zahlung)|before (?:the )?(?:count|stocktaking|inventory)|avant (?:l )?(?:inventaire|comptage)|prima (?:dell? )?(?:inventario|conteggio)|antes del? (?:inventario|recuento)|voor (?:de )?(?:telling|inventarisatie|inventaris)|przed inwentaryzacja)\b/;

export const COUNT_BARS = [
  {
    bar: "other-quantity" as const,
    meaning: "a stock before the count",
    flip: "written" as const,
    names: (h: string) => BEFORE_COUNT.test(fold(h).replace(/[^a-z0-9]+/g, " ")),
    fields: QUANTITY_FIELDS,
    does: "unrecognised" as const,
  },
];
