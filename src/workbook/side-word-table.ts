// The one table of side words (issue 15: no repeated logic): every word that says which side of the
// books a movement is on (a receipt "in", a delivery "out", or either: "two-way"), once, with its
// languages and where it may be read. Three readers take from it: the headings of a sheet's side
// blocks and quantity columns (side-words.ts), a combined ledger's type cells (direction-words.ts)
// and the ends of a transfer between sites (transfer-words.ts; the end a move leaves from is "out",
// the end it reaches "in"). Folded: no accents, lower case ("Eingänge" -> eingange).
//
// A word is read only where its uses say: "Lieferung" is two-way in a type cell, never a side
// (p-ledgerdir); "Carico" is the receipts' side as a heading and as a type; "Von" is a transfer's
// end, never a side of one site's books.

/** The side a word names: "in" (a receipt; the end a transfer reaches), "out" (a delivery; the end it leaves), or "two-way" (a movement of either side). */
export type Side = "in" | "out" | "two-way";

/** The languages of the table (pt: a few Portuguese spellings met on Spanish sheets). */
export type Lang = "de" | "en" | "fr" | "es" | "nl" | "it" | "pt";

/**
 * Where a word may be read:
 * - "heading": a group heading over one side's block or a quantity column's heading ("Eingang", "Sales");
 * - "quantity": a quantity column's heading only, one word ("Received", "Eingangsmenge");
 * - "whole": a heading that is the word alone ("In", "Aus");
 * - "prefix": a quantity heading with a quantity's unit or word beside it ("Zu (t)", "Menge ab");
 * - "cut": a word cut short with (or without) a full stop ("Eing.", "Abg.");
 * - "type": a combined ledger's type cell ("Einkauf", "Vendita", "-");
 * - "end": a transfer's end beside a site's noun ("Abgebendes Werk", "Site de départ");
 * - "block-end": where a block's movement comes from or goes to, alone or with a site's noun ("Von", "Naar locatie");
 * - "origin": an origin's or destination's word, told only in pairs ("Herkunft" / "Ziel", "Origen" / "Destino").
 */
export type Use =
  "heading" | "quantity" | "whole" | "prefix" | "cut" | "type" | "end" | "block-end" | "origin";

/** One word of the table. */
export interface SideWord {
  /** folded word */
  word: string;
  side: Side;
  langs: readonly Lang[];
  uses: readonly Use[];
  /**
   * A two-way word's side as a heading over a block, its plural ("Lieferungen" over the deliveries'
   * columns): the only way a word is read as two sides (a two-way type, an "out" heading).
   */
  headingSide?: "in" | "out";
}

type Row = [langs: string, side: Side, uses: string, words: string, headingSide?: "in" | "out"];

// [languages, side, uses, words]: each word once in the whole table (tests/workbook/side-word-table.test.ts)
// prettier-ignore
const ROWS: readonly Row[] = [
  // --- receipts' side
  ["en", "in", "heading type", "receipt receipts incoming inbound inflow purchase"],
  ["en", "in", "heading", "inflows purchases intake intakes"],
  ["en", "in", "quantity type", "received"],
  ["en", "in", "type", "receive input incomingdelivery"],
  ["en", "in", "whole type", "in"],
  ["en", "in", "cut", "rec recd rcvd recv"],
  ["de", "in", "heading type", "eingang wareneingang zugang einkauf einkaufe zukauf zukaufe"],
  ["de", "in", "heading", "eingange eingaenge wareneingange zugange zugaenge anlieferung anlieferungen einlagerung einlagerungen"],
  ["de", "in", "quantity", "eingangsmenge zugangsmenge einkaufsmenge"],
  ["de", "in", "type", "kauf"],
  ["de", "in", "whole", "ein"],
  ["de", "in", "prefix", "zu"],
  ["de", "in", "cut", "eing zug"],
  ["fr", "in", "heading type", "entree entrees reception achat achats"],
  ["fr", "in", "heading", "receptions arrivees approvisionnement approvisionnements"],
  ["fr", "in", "heading type end", "arrivee"],
  ["fr es", "in", "cut", "entr"],
  ["es", "in", "heading type", "entrada recepcion compra compras ingreso ingresos"],
  ["es", "in", "heading", "entradas recepciones"],
  ["es it", "in", "cut", "ingr"],
  ["nl", "in", "heading type", "inkoop ontvangst aanvoer ingang"],
  ["nl", "in", "heading", "inkopen ontvangsten inkomend inkomende binnenkomend"],
  ["nl", "in", "type", "ontvangen"],
  ["nl", "in", "cut", "ontv ink"],
  ["it", "in", "heading type", "entrata ricevimento acquisto acquisti carico"],
  ["it", "in", "heading", "ingresso ingressi entrate ricevimenti carichi"],
  ["it", "in", "type end", "arrivo"],
  ["en de fr es nl it", "in", "type", "+"],
  // --- deliveries' side
  ["en", "out", "heading type", "outgoing outbound outflow sale sales"],
  ["en", "out", "heading", "outflows shipments"],
  ["en", "out", "quantity type", "delivered sold"],
  ["en", "out", "type", "output outgoingdelivery"],
  ["en", "out", "whole type", "out"],
  ["en", "out", "cut", "del deliv dlv"],
  ["de", "out", "heading type", "ausgang warenausgang abgang verkauf verkaufe"],
  ["de", "out", "heading", "ausgange ausgaenge warenausgange abgange abgaenge verkaeufe auslieferung auslieferungen auslagerung auslagerungen"],
  ["de", "out", "quantity", "ausgangsmenge abgangsmenge verkaufsmenge"],
  ["de", "out", "whole", "aus"],
  ["de", "out", "cut", "ausg abg verk"],
  ["fr", "out", "heading type", "sortie sorties vente ventes"],
  ["fr", "out", "type", "expedition"],
  ["fr", "out", "cut", "livr"],
  ["es", "out", "heading type", "salidas venta ventas"],
  ["es", "out", "heading type end", "salida"],
  ["es", "out", "type", "egreso"],
  ["pt", "out", "heading end", "saida"],
  ["pt", "out", "heading", "saidas"],
  ["nl", "out", "heading type", "verkoop afvoer uitgang"],
  ["nl", "out", "heading", "verkopen uitgaand uitgaande"],
  ["nl", "out", "whole type", "uit"],
  ["nl", "out", "cut", "uitg"],
  ["it", "out", "heading type", "uscita vendita vendite scarico"],
  ["it", "out", "heading", "uscite scarichi"],
  ["it", "out", "cut", "usc"],
  ["en de fr es nl it", "out", "type", "-"],
  // --- either side: refused as a type; a plural heads the deliveries' block
  ["en", "two-way", "heading type", "deliveries", "out"],
  ["de", "two-way", "heading type", "lieferungen", "out"],
  ["fr", "two-way", "heading type", "livraisons", "out"],
  ["es", "two-way", "heading type", "entregas", "out"],
  ["nl", "two-way", "heading type", "leveringen", "out"],
  ["it", "two-way", "heading type", "consegne", "out"],
  ["en", "two-way", "type", "delivery shipment movement transfer transaction"],
  ["de", "two-way", "type", "lieferung transport bewegung warenbewegung buchung"],
  ["fr", "two-way", "type", "livraison mouvement"],
  ["es", "two-way", "type", "entrega transporte movimiento"],
  ["nl", "two-way", "type", "levering mutatie"],
  ["it", "two-way", "type", "consegna trasporto movimento"],
  // --- the end a transfer leaves from ("out")
  ["de", "out", "end block-end", "von"],
  ["de", "out", "end prefix", "ab"],
  ["de", "out", "end", "abgebend abgebende abgebender abgebendes abgebenden versendend versendende versendender versendendes quell"],
  ["de", "out", "end origin", "herkunft ursprung"],
  ["de", "out", "origin", "herkunftsort herkunftswerk herkunftslager herkunftsstandort ursprungsort"],
  ["en", "out", "end block-end", "from"],
  ["en", "out", "end", "sending originating dispatching issuing"],
  ["en", "out", "end origin", "origin source"],
  ["fr", "out", "end", "expediteur expeditrice expediteurs depart"],
  ["fr", "out", "end origin", "provenance"],
  ["fr it", "out", "end origin", "origine"],
  ["fr es pt", "out", "block-end", "de"],
  ["es", "out", "end block-end", "desde"],
  ["es", "out", "end", "emisor emisora remitente"],
  ["es", "out", "end origin", "origen procedencia"],
  ["it", "out", "end block-end", "da"],
  ["it", "out", "end", "mittente partenza"],
  ["it", "out", "end origin", "provenienza"],
  ["nl", "out", "end block-end", "van"],
  ["nl", "out", "end", "verzendend verzendende afzendend afzendende vertrek"],
  ["nl", "out", "end origin", "herkomst oorsprong"],
  ["pt", "out", "end", "origem expedidor expedidora"],
  // --- the end a transfer reaches ("in")
  ["de", "in", "end block-end", "nach an"],
  ["de", "in", "end", "empfangend empfangende empfangender empfangendes empfangenden"],
  ["de", "in", "end origin", "ziel bestimmung"],
  ["de", "in", "origin", "zielort zielwerk ziellager zielstandort bestimmungsort"],
  ["en", "in", "end block-end", "to"],
  ["en", "in", "end", "receiving target recipient"],
  ["en fr", "in", "end origin", "destination"],
  ["fr", "in", "end block-end", "vers"],
  ["fr", "in", "end", "destinataire destinataires recepteur receptrice"],
  ["es", "in", "end block-end", "hacia"],
  ["es", "in", "end", "receptor receptora destinatario destinataria llegada"],
  ["es it pt", "in", "end origin", "destino"],
  ["it es pt", "in", "end block-end", "a"],
  ["it", "in", "end block-end", "verso"],
  ["it", "in", "end", "ricevente"],
  ["it", "in", "end origin", "destinazione"],
  ["nl", "in", "end block-end", "naar"],
  ["nl", "in", "end", "ontvangend ontvangende aankomst"],
  ["nl", "in", "end origin", "bestemming"],
  ["pt", "in", "end", "recetor recetora chegada"],
];

/** Every word of the table, each once (a word written twice is a fault of the table, thrown at load). */
export const SIDE_WORDS: readonly SideWord[] = ROWS.flatMap(([langs, side, uses, words, headingSide]) =>
  words.split(" ").map((word) => ({
    word,
    side,
    langs: langs.split(" ") as Lang[],
    uses: uses.split(" ") as Use[],
    ...(headingSide ? { headingSide } : {}),
  })),
);

const BY_WORD = new Map<string, SideWord>();
for (const w of SIDE_WORDS) {
  if (BY_WORD.has(w.word)) throw new Error(`side-word-table.ts: "${w.word}" is written twice`);
  BY_WORD.set(w.word, w);
}

/** The table's entry of folded word `word`, or undefined. */
export function sideWord(word: string): SideWord | undefined {
  return BY_WORD.get(word);
}

/**
 * The side folded word `word` names where read as `use`, or null where the table does not let it
 * be read so. A two-way word read as a heading names its headingSide ("Lieferungen" over a block:
 * "out"); as a type it stays "two-way" (refused, never a side guessed).
 */
export function sideAs(word: string, use: Use): Side | null {
  const w = BY_WORD.get(word);
  if (!w || !w.uses.includes(use)) return null;
  return w.side === "two-way" && use !== "type" && w.headingSide ? w.headingSide : w.side;
}

/** The folded words readable as `use` that name `side` there (sideAs), as a set. */
export function wordsAs(use: Use, side: Side): Set<string> {
  return new Set(SIDE_WORDS.filter((w) => sideAs(w.word, use) === side).map((w) => w.word));
}
