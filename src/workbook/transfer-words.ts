// The words of a transfer between the company's own sites (brk12 c11; domain.md "Transfers between
// sites", ISCC PLUS multi-site credit transfer): the headings of the site it leaves and the site it
// reaches ("Abgebendes Werk" / "Empfangendes Werk", "Sending plant" / "Receiving plant", "Site
// expéditeur" / "Site destinataire", "Planta de origen" / "Planta de destino", "Stabilimento
// mittente" / "Stabilimento ricevente", "Verzendende locatie" / "Ontvangende locatie"), and the
// words of a sheet's name that say it holds such moves ("Umlagerungen", "Stock transfer",
// "Transferts", "Traslados", "Trasferimenti", "Overboekingen").
import type { KindSpec } from "./field-spec";
import { splitWords } from "./header-words";
import { sideAs, wordsAs } from "./side-word-table";
import { SITE_NOUNS } from "../engine/site-town";

/** Which end of a transfer a heading names: the site it leaves ("from") or the site it reaches ("to"). */
export type SiteEnd = "from" | "to";

// The words of the end a move leaves from, and of the end it reaches, as a site's qualifier
// ("abgebendes Werk", "from site", "site de départ", "planta de origen", "sito di partenza"): the
// one table's words of use "end" (side-word-table.ts; the end a move leaves is its "out").
const FROM_WORDS = wordsAs("end", "out");
const TO_WORDS = wordsAs("end", "in");

// Words that join a site's noun to its end ("Site de départ", "Planta de origen", "Sito di
// partenza"); "de" and "van" alone before a site's noun are its origin ("De site", "Van locatie").
// prettier-ignore
const JOINERS = new Set(["de", "d", "di", "del", "della", "dello", "du", "des", "la", "le", "l", "of", "the", "van", "het"]);
const JOINER_FROM = new Set(["de", "van"]);

// German compounds of an end and a site's noun, one word ("Abgangswerk", "Empfangswerk", "Zielwerk").
const COMPOUND =
  /^(abgangs|herkunfts|quell|ursprungs|versand|empfangs|ziel|bestimmungs)(werk|lager|standort|tanklager|betrieb)$/;
const COMPOUND_FROM = new Set(["abgangs", "herkunfts", "quell", "ursprungs", "versand"]);

// (brk13 #11) A tank's nouns: a tank (silo, cuve, tanque, serbatoio) is storage within one site, never
// a site of its own (domain.md §2 "Site", §4 transfers between sites' accounts; site-columns.ts
// reads tank numbers as one site's too). "Tank ab" / "Tank an" name where material moves within a site.
// prettier-ignore
const TANK_NOUNS = new Set([
  "tank", "tanks", "silo", "silos", "behalter", "behaelter", "cuve", "cuves", "tanque", "tanques",
  "serbatoio", "serbatoi", "opslagtank", "tankput",
]);

/**
 * The end of a transfer a heading names, or null: one word of an end with a site's noun and nothing
 * else ("Abgebendes Werk", "Von Werk", "An Werk", "Sending plant", "Receiving site", "From site",
 * "Site expéditeur", "Planta de destino", "Stabilimento ricevente", "Verzendende locatie"), or a
 * German compound of both ("Abgangswerk", "Zielstandort"). An end's word alone ("Von", "Origin",
 * "Destinataire") is no site: it may be a party or a country of origin (fields.ts reads "Von" and
 * "Nach" by name on a transfers sheet).
 */
export function siteEndOf(heading: string): SiteEnd | null {
  const words = splitWords(heading);
  const one = words.length === 1 ? COMPOUND.exec(words[0] as string) : null;
  if (one) return COMPOUND_FROM.has(one[1] as string) ? "from" : "to";
  return endBeside(words, SITE_NOUNS);
}

/**
 * (brk13 #11) The end of a move between tanks a heading names, or null: an end's word with a
 * tank's noun and nothing else ("Tank ab", "Tank an", "Von Tank", "From tank", "Cuve de départ",
 * "Tanque de origen", "Serbatoio di partenza", "Van tank"). Such a move stays within one site.
 */
export function tankEndOf(heading: string): SiteEnd | null {
  return endBeside(splitWords(heading), TANK_NOUNS);
}

/**
 * (brk13 #11) Whether a site cell's text names a tank, not a site: a tank's noun with at most a
 * short number or letter ("Tank 1", "TK-02", "Silo B", "Cuve 3", "Serbatoio 2"); "Tanklager
 * Hamburg" is a site.
 */
export function namesTank(text: string): boolean {
  const words = splitWords(text);
  const [noun, id, ...rest] = words;
  return rest.length === 0 && (TANK_NOUNS.has(noun ?? "") || noun === "tk") && (id ?? "").length <= 4;
}

/**
 * (brk13 #11) The end of a transfer a heading names by an end's word alone, for a Transfers table
 * only (siteEndHits): "Von" / "Nach", "Van" / "Naar", "De" / "Vers", "Da" / "A", "Desde" / "Hacia",
 * "Origen" / "Destino", "Herkunft" / "Ziel", "Provenienza" / "Destinazione" (the one table's words
 * of use "block-end" or "origin"); null for any other heading.
 */
export function loneEndOf(heading: string): SiteEnd | null {
  const words = splitWords(heading);
  if (words.length !== 1) return null;
  const w = words[0] as string;
  const side = sideAs(w, "block-end") ?? sideAs(w, "origin");
  return side === "out" ? "from" : side === "in" ? "to" : null;
}

/** The end `words` name: one end's word (or a joiner "de", "van") beside one of `own` nouns, and nothing else. */
function endBeside(words: string[], own: ReadonlySet<string>): SiteEnd | null {
  const core = words.filter((w) => !JOINERS.has(w));
  const ends = core.filter((w) => FROM_WORDS.has(w) || TO_WORDS.has(w));
  const nouns = core.filter((w) => own.has(w));
  if (nouns.length === 0 || ends.length + nouns.length !== core.length) return null;
  // "De site", "Van locatie": a joiner is the end where no other word is
  if (ends.length === 0) return words.some((w) => JOINER_FROM.has(w)) ? "from" : null;
  return ends.length === 1 ? (FROM_WORDS.has(ends[0] as string) ? "from" : "to") : null;
}

/**
 * Whether headings `hs` name both ends of a transfer: one heading of the site a move leaves and
 * another of the site it reaches (siteEndOf). Such a table is a Transfers table, never a stock
 * count, receipts or deliveries (read-plan.ts).
 */
export function namesBothEnds(hs: readonly string[]): boolean {
  const ends = hs.map(siteEndOf);
  return ends.includes("from") && ends.includes("to");
}

// Words of a sheet's name that say it holds transfers between sites, folded (recognise.ts nameHints).
// prettier-ignore
export const TRANSFER_NAMES: readonly string[] = [
  "umlagerung", "umbuchung", "uberfuhrung", "ueberfuhrung", "ueberfuehrung", "werksumlagerung",
  "transfer", "relocation",
  "transfert", "traslado", "traspaso", "transferencia",
  "trasferiment", "overboeking", "overplaatsing", "verplaatsing",
];

/**
 * A transfers table's reading of a heading that names an end (siteEndOf): its From site or To site
 * field, exact and distinctive (it says the sheet holds transfers); an end's word alone ("Van",
 * "Naar", "Origen", "Da", loneEndOf) exact but not distinctive (a sheet is not taken for transfers
 * by it); none on a table of another kind.
 */
export function siteEndHits(
  spec: KindSpec,
  heading: string,
): { field: number; score: number; exact: boolean; distinctive: boolean; rule: string }[] {
  const site = spec.kind === "transfers" ? siteEndOf(heading) : null;
  const end = site ?? (spec.kind === "transfers" ? loneEndOf(heading) : null);
  const field = end ? spec.fields.findIndex((f) => f.id === (end === "from" ? "fromSite" : "toSite")) : -1;
  return field < 0 ? [] : [{ field, score: 1, exact: true, distinctive: site !== null, rule: "site-end" }];
}

// The words of a column that numbers each move, so that its two rows carry one number (p-xfer2): a
// voucher, a reference, a document, in six languages ("Beleg", "Belegnr.", "Referenz", "Reference",
// "Ref.", "Document no.", "Référence", "N° de pièce", "Referencia", "Documento", "Riferimento",
// "Referentie", "Boekingsnummer", "Umbuchungsnr.").
// prettier-ignore
const REFERENCE_WORDS = new Set([
  "beleg", "belegnr", "belegnummer", "referenz", "referenznr", "umbuchungsnr", "umbuchungsnummer", "vorgangsnr",
  "reference", "ref", "document", "doc", "voucher",
  "piece", "bordereau",
  "referencia", "documento", "comprobante",
  "riferimento", "bolla",
  "referentie", "boekingsnummer", "bon",
]);
// Words that may stand beside a reference's word: a number's ("Nr.", "No.", "N°", "ID").
// prettier-ignore
const NUMBER_WORDS = new Set(["nr", "no", "n", "number", "nummer", "numero", "num", "id", "de", "du"]);

/**
 * Whether heading `h` names a move's reference (a voucher, a document number): one word of
 * REFERENCE_WORDS, with at most a word of a number ("Beleg", "Belegnr.", "Ref.", "Reference",
 * "Document no.", "N° de pièce", "Referencia", "Riferimento", "Referentie"). Two rows of a move
 * booked at each site must carry the same one where the sheet has such a column (transfer-pairs.ts).
 */
export function namesReference(h: string): boolean {
  const words = splitWords(h);
  const refs = words.filter((w) => REFERENCE_WORDS.has(w));
  return refs.length === 1 && words.every((w) => REFERENCE_WORDS.has(w) || NUMBER_WORDS.has(w));
}
