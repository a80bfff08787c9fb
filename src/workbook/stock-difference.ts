// (h-parties) An ERP's entry of a stock difference on a books sheet: Navision / Business Central's
// item ledger entry types "Negative Adjmt." and "Positive Adjmt." (German "Abgang" and "Zugang",
// "Neg. Anpassung"), SAP's movement types of scrapping (551, 553, 555) and of inventory
// differences (701–708, 711–718), and the words of a stock loss, scrapping or an inventory
// difference in seven languages. A loss is no sale and a gain no purchase: read as a delivery,
// a negative adjustment became a sale to no one whose declaration was held as incomplete. The
// add-in keeps no record of losses, so such a row is refused at its cell (the type cell of a
// combined ledger: cell-values.ts; the movement type of a receipts or deliveries sheet:
// erp-movement.ts), never booked as a delivery or receipt. Purchase/Einkauf, Sale/Verkauf, 101,
// 601, 641 are read as before.
import { plainLetters } from "../engine/fold";
import { fold } from "./normalise";

/** What a stock difference is: a loss (negative adjustment, scrapping), a gain, or either (an inventory difference). */
export type StockDifference = "loss" | "gain" | "difference";

// Folded and joined (letters only: "Neg. Anpassung" is neganpassung), de, en, fr, es, it, nl, pl.
// prettier-ignore
const WORDS: Readonly<Record<StockDifference, string>> = {
  loss:
    "negativeadjmt|negativeadjustment|negadjmt|negadj|negadjustment|stockloss|inventoryloss|scrapping|scrap|writeoff|shrinkage|" +
    "neganpassung|negativeanpassung|negativkorrektur|verschrottung|schwund|inventurverlust|bestandsverlust|" +
    "ajustnegatif|ajustementnegatif|ajustneg|miseaurebut|rebut|perte|" +
    "ajustenegativo|ajusteneg|merma|desecho|" +
    "rettificanegativa|rettneg|rottamazione|perdita|" +
    "negatievecorrectie|negcorrectie|negatieveaanpassing|verlies|" +
    "korektaujemna|korektaminus|ubytek|niedobor|strata|zlomowanie",
  gain:
    "positiveadjmt|positiveadjustment|posadjmt|posadj|posadjustment|" +
    "posanpassung|positiveanpassung|positivkorrektur|" +
    "ajustpositif|ajustementpositif|ajustpos|ajustepositivo|ajustepos|rettificapositiva|rettpos|" +
    "positievecorrectie|poscorrectie|positieveaanpassing|korektadodatnia|korektaplus",
  difference:
    "inventorydifference|inventurdifferenz|bestandsdifferenz|bestandskorrektur|ecartdinventaire|ecartinventaire|" +
    "diferenciadeinventario|diferenciainventario|differenzainventariale|differenzadiinventario|" +
    "voorraadverschil|inventarisverschil|roznicainwentaryzacyjna|rozniceinwentaryzacyjne",
};

const TABLE = new Map<string, StockDifference>(
  (Object.keys(WORDS) as StockDifference[]).flatMap((k) => WORDS[k].split("|").map((w) => [w, k] as const)),
);

/**
 * Navision / Business Central's German entry types of an adjustment: in a column headed as the
 * ERP's entry type (erpEntryHeading) "Abgang" is "Negative Adjmt.", "Zugang" "Positive Adjmt.";
 * elsewhere they are the words of a delivery and a receipt ("Zugang | Abgang", side-word-table.ts).
 */
const NAVISION_ADJUSTMENTS = new Map<string, StockDifference>([
  ["abgang", "loss"],
  ["zugang", "gain"],
]);

/** Headings (folded words) of an item ledger's entry type column: Navision / Business Central in its languages. */
const ENTRY_HEADINGS = new Set(
  (
    "postenart|artikelpostenart|entry type|item ledger entry type|ledger entry type|" +
    "type ecriture|type d ecriture|tipo de movimiento|tipo movimiento|tipo movimento|soort post|posttype|typ zapisu"
  ).split("|"),
);

const key = (text: string): string => fold(plainLetters(text)).replace(/[^a-z]+/g, "");

/** Whether `heading` names an item ledger's entry type column ("Postenart", "Entry Type"). */
export function erpEntryHeading(heading: string): boolean {
  const words = fold(plainLetters(heading))
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
  return ENTRY_HEADINGS.has(words);
}

/**
 * The stock difference a type or movement cell's text names, or null: one of WORDS ("Negative
 * Adjmt.", "Neg. Anpassung", "Verschrottung", "Ajust. négatif", "Korekta ujemna"); under an ERP
 * entry type heading (`entry`) also Navision's "Abgang" and "Zugang".
 */
export function stockDifference(text: string, entry: boolean): StockDifference | null {
  const k = key(text);
  return TABLE.get(k) ?? (entry ? (NAVISION_ADJUSTMENTS.get(k) ?? null) : null);
}

/**
 * SAP MM movement types of a stock difference (SAP Help, "Movement Types"): 551/553/555 scrapping
 * from unrestricted, quality-inspection and blocked stock (552/554/556 their reversals, read as
 * reversals: erp-movement.ts); 701–708 inventory differences entered by physical inventory, 711–718
 * those posted in Warehouse Management (gains and losses and their reversals alike).
 */
export function sapStockDifference(code: string): StockDifference | null {
  if (code === "551" || code === "553" || code === "555") return "loss";
  const n = Number(code);
  return (n >= 701 && n <= 708) || (n >= 711 && n <= 718) ? "difference" : null;
}
