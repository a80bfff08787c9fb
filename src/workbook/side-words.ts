// The words of a group heading over one side of a sheet that keeps receipts and deliveries side by
// side ("Eingang" over the receipts' columns, "Ausgang" over the deliveries'), in en/de/fr/es/nl/it
// (brk8 #7, side-blocks.ts). A word that heads both sides' columns elsewhere ("Dispatch" over a
// receipt's date of dispatch, "Lieferung") is in neither list: a block is told by a word that says
// its side alone.
import { headerWords, splitWords } from "./header-words";
import { wordsAs } from "./side-word-table";
import { SITE_NOUNS } from "../engine/site-town";

const IN_WORDS = wordsAs("heading", "in");

const OUT_WORDS = wordsAs("heading", "out");

/** Group headings that are the side alone: "In" and "Out" count only as the whole heading. */
const WHOLE_IN = wordsAs("whole", "in");
const WHOLE_OUT = wordsAs("whole", "out");

/**
 * The side a group heading names: "in" for the receipts' columns ("Eingang", "Wareneingänge",
 * "Receipts", "Incoming", "Zugang", "Entrées", "Réceptions", "Entradas", "Inkoop", "Ontvangsten",
 * "Ingressi", "Carico", "In"), "out" for the deliveries' ("Ausgang", "Abgang", "Deliveries",
 * "Sales", "Outgoing", "Sorties", "Livraisons", "Salidas", "Ventas", "Verkoop", "Uscite",
 * "Scarico", "Out"); null where it names neither, or both ("Eingang / Ausgang").
 */
export function sideOfHeading(text: string): "in" | "out" | null {
  const words = splitWords(text);
  if (words.length === 1 && WHOLE_IN.has(words[0] as string)) return "in";
  if (words.length === 1 && WHOLE_OUT.has(words[0] as string)) return "out";
  const isIn = words.some((w) => IN_WORDS.has(w));
  const isOut = words.some((w) => OUT_WORDS.has(w));
  if (isIn === isOut) return null;
  return isIn ? "in" : "out";
}

/** Words that say a quantity beside a side's word ("Menge Eingang", "Qty in"): they change nothing. */
const QUANTITY_WORDS = new Set([
  "menge",
  "quantity",
  "quantite",
  "cantidad",
  "hoeveelheid",
  "quantita",
  "amount",
]);
/**
 * (p-xfer2) German Abgang / Zugang cut to their prefix ("Ab (t)", "Zu (t)", "Menge ab"): a side's
 * quantity only with a quantity's unit or word beside it; "Ab" alone names where a move leaves
 * from ("Ab Werk", transfer-words.ts).
 */
const PREFIX_IN = wordsAs("prefix", "in");
const PREFIX_OUT = wordsAs("prefix", "out");
/** A side's quantity in one word: a column's heading, not a group's (side-blocks.ts flowOf). */
const FLOW_IN = wordsAs("quantity", "in");
const FLOW_OUT = wordsAs("quantity", "out");

/**
 * The side whose quantity a column heading names by a side's word alone, with or without a unit
 * and a word for quantity: "in" for "Eingang (t)", "Zugang", "In (t)", "Receipts (t)", "Entrée
 * (t)", "Entrada", "Inkoop (t)", "Carico", "Menge Eingang [kg]", "Qty in t"; "out" for "Ausgang
 * (t)", "Abgang", "Out (t)", "Deliveries (t)", "Sortie (t)", "Salida", "Verkoop (t)", "Scarico",
 * "Delivered (t)", "Ausgangsmenge"; "Zu (t)" and "Ab (t)" with a quantity's unit or word; and the
 * side of a word cut short ("Eing. (t)", "Abg.", abbreviatedSide).
 * Null for anything else: a heading with another word ("Eingangsdatum", "Datum Eingang"), a unit
 * that is no quantity's, or the words of both sides.
 */
export function flowOfHeading(text: string): "in" | "out" | null {
  const cut = abbreviatedSide(text)?.side;
  if (cut) return cut === "unclear" ? null : cut;
  const hw = headerWords(text);
  if (hw.unitClass !== null && hw.unitClass !== "quantity") return null;
  const rest = hw.tokens.filter((w) => !QUANTITY_WORDS.has(w));
  if (rest.length === 0) return null;
  if (rest.length === 1 && WHOLE_IN.has(rest[0] as string)) return "in";
  if (rest.length === 1 && WHOLE_OUT.has(rest[0] as string)) return "out";
  const measured = hw.unitClass === "quantity" || rest.length < hw.tokens.length;
  if (measured && rest.length === 1 && PREFIX_IN.has(rest[0] as string)) return "in";
  if (measured && rest.length === 1 && PREFIX_OUT.has(rest[0] as string)) return "out";
  if (rest.every((w) => IN_WORDS.has(w) || FLOW_IN.has(w))) return "in";
  if (rest.every((w) => OUT_WORDS.has(w) || FLOW_OUT.has(w))) return "out";
  return null;
}

// A side's word cut short with a full stop, as staff head a narrow column: "Eing. (t)", "Zug.",
// "Rec.", "Entr." are the receipts' quantity; "Ausg. (t)", "Abg.", "Del." the deliveries'.
const ABBR_IN = wordsAs("cut", "in");
const ABBR_OUT = wordsAs("cut", "out");
/**
 * Cut short to a word of either meaning: "Ent." (de Entnahme, a withdrawal; es Entrada, fr Entrée,
 * a receipt), "Sal." (es Salida, a delivery; Saldo, the balance), "Sort." (fr Sortie, a delivery;
 * de Sorte, the grade): a sheet of two blocks headed so is not read.
 */
const ABBR_UNCLEAR = new Set(["ent", "sal", "sort"]);
/** Cut words that are words of their own without the full stop ("del": es/it "of the"). */
const OWN_WORDS = new Set(["del"]);

/**
 * The side a quantity heading cut short names ("Eing. (t)", "Ausg. [kg]", "Zug.", "Abg.", "Rec.",
 * "Del.", "Entr. (t)", "Menge Eing."): the word before the full stop, with at most a
 * word for quantity and a unit beside it. "unclear" for a word of either meaning ("Ent.", "Sal."),
 * with the heading's own text in `word`; null where the heading is no such abbreviation.
 */
export function abbreviatedSide(text: string): { side: "in" | "out" | "unclear"; word: string } | null {
  // the full stop may be left out ("Eing (t)", "Ausg", "Zug (t)"): the cut words are no words of their own
  const m = /^\s*(?:(?:menge|qty|quantity|qt[eé]|cant\.?)\s+)?([A-Za-zÀ-ɏ]+)\.?(?![A-Za-zÀ-ɏ])(.*)$/i.exec(
    text,
  );
  if (!m) return null;
  const rest = headerWords(m[2] ?? "");
  if (rest.unitClass !== null && rest.unitClass !== "quantity") return null;
  if (rest.tokens.some((w) => !QUANTITY_WORDS.has(w))) return null;
  const word = splitWords(m[1] ?? "").join(" ");
  // "del" without its full stop is the es/it "of the", no cut word
  if (!text.includes(".") && OWN_WORDS.has(word)) return null;
  if (ABBR_IN.has(word)) return { side: "in", word };
  if (ABBR_OUT.has(word)) return { side: "out", word };
  return ABBR_UNCLEAR.has(word) ? { side: "unclear", word } : null;
}

// The words of a transfer's sites (fields.ts, transfers: from site, to site), and the nouns of a
// site beside them ("Von Standort", "To site"): a block headed so moves material between sites.
const FROM_WORDS = wordsAs("block-end", "out");
const TO_WORDS = wordsAs("block-end", "in");
// A site's nouns (engine/site-town.ts SITE_NOUNS), and a tank's: a block headed "Von Tank" / "Nach
// Tank" moves material too (within one site), never one side's receipts or deliveries.
const BLOCK_NOUNS: ReadonlySet<string> = new Set([...SITE_NOUNS, "tank"]);

/**
 * Whether a heading names where a movement comes from or goes to, and nothing else: "Von", "Nach",
 * "An", "From", "To", "De", "Vers", "À", "Desde", "Hacia", "Van", "Naar", "Da", "Verso", alone or
 * with a site's noun ("Von Standort", "To site", "Site de", "Naar locatie"). A supplier or customer
 * heading is none ("Lieferant", "Kunde"): side-blocks.ts asks this only of headings of no other role.
 */
export function namesSiteEnd(text: string): boolean {
  const words = splitWords(text);
  const ends = words.filter((w) => FROM_WORDS.has(w) || TO_WORDS.has(w));
  return ends.length === 1 && words.every((w) => ends.includes(w) || BLOCK_NOUNS.has(w));
}

// The words of where a movement starts and ends, as a column's heading (brk11 t1): "Herkunft" /
// "Ziel", "Origin" / "Destination", "Provenance" / "Destination", "Origen" / "Destino", "Herkomst" /
// "Bestemming", "Provenienza" / "Destinazione". Alone, an origin is often the raw material's country
// of origin on a receipt; a block with an origin beside one with a destination moves material
// between sites, so the two are asked for together (siteEndHeadings).
const ORIGIN_WORDS = wordsAs("origin", "out");
const DESTINATION_WORDS = wordsAs("origin", "in");

/** Whether a heading is an origin's or destination's word, alone or with a site's noun ("Herkunft Werk", "Destination site"). */
function endOf(text: string): "origin" | "destination" | null {
  const words = splitWords(text).filter((w) => !BLOCK_NOUNS.has(w) && !FROM_WORDS.has(w));
  if (words.length !== 1) return null;
  const w = words[0] as string;
  return ORIGIN_WORDS.has(w) ? "origin" : DESTINATION_WORDS.has(w) ? "destination" : null;
}

/** A heading or group heading with its 0-based column. */
export interface Placed {
  col: number;
  text: string;
}

/**
 * The headings (of no other role, `hs`) of a sheet's two blocks and the texts of the group row
 * above them (`groupRow`, may be missing) that say a movement between sites: each heading that
 * names a site end by "Von" / "Nach", "From" / "To"… (namesSiteEnd); where one names an origin and
 * another a destination, both ("Herkunft" / "Ziel", "Origin" / "Destination", "Provenance",
 * "Origen" / "Destino", "Herkomst" / "Bestemming", "Provenienza" / "Destinazione"); and each group
 * heading that names a transfer (transferGroups). Empty where none does.
 */
export function siteEndHeadings(hs: readonly Placed[], groupRow: readonly unknown[] | undefined): Placed[] {
  const ends = hs.filter((h) => namesSiteEnd(h.text));
  const origins = hs.filter((h) => endOf(h.text) === "origin");
  const destinations = hs.filter((h) => endOf(h.text) === "destination");
  const paired = origins.length > 0 && destinations.length > 0 ? [...origins, ...destinations] : [];
  return [...ends, ...paired.filter((h) => !ends.includes(h)), ...transferGroups(groupRow)];
}

// Words of a group heading over a block that name a transfer (brk11 t9): "Umlagerung Ausgang" /
// "Umlagerung Eingang", "Transfer out" / "Transfer in", "Transferts", "Traspasos", "Overboekingen",
// "Trasferimenti". Such blocks are the two ends of moves between sites, neither side's.
// prettier-ignore
const TRANSFER_WORDS = new Set([
  // de
  "umlagerung", "umlagerungen", "umbuchung", "umbuchungen", "uberfuhrung", "ueberfuehrung", "uberfuhrungen",
  "werksumlagerung", "lagerumbuchung",
  // en
  "transfer", "transfers", "relocation", "relocations",
  // fr
  "transfert", "transferts",
  // es
  "traspaso", "traspasos", "transferencia", "transferencias", "traslado", "traslados",
  // nl
  "overboeking", "overboekingen", "overplaatsing", "overplaatsingen", "verplaatsing", "verplaatsingen",
  // it
  "trasferimento", "trasferimenti",
]);

/**
 * The texts of a group row (the row above a sheet's header) that name a transfer, each with its
 * 0-based column: "Umlagerung Ausgang" over one block, "Umlagerung Eingang" over the other,
 * "Umbuchung", "Transfer in", "Transfert", "Traspaso", "Overboeking", "Trasferimento". Empty for a
 * missing row or one that names none.
 */
export function transferGroups(row: readonly unknown[] | undefined): Placed[] {
  const out: Placed[] = [];
  (row ?? []).forEach((v, col) => {
    if (typeof v === "string" && splitWords(v).some((w) => TRANSFER_WORDS.has(w)))
      out.push({ col, text: v.trim() });
  });
  return out;
}
