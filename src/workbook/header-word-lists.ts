// The word lists behind headerWords (header-words.ts): abbreviations staff write and what they
// stand for, phrases read as one word, words that name an SD, qualifiers that do not change the
// field (net, gross, total), and filler words.
/** Short forms people type, to the word the vocabulary uses (after folding). */
export const ABBREVIATIONS: Record<string, string> = {
  qty: "quantity",
  // fr, es, it, pt short forms: "Qté", "Cant.", "Qtà", "Qtd."
  qte: "quantite",
  cant: "cantidad",
  qta: "quantita",
  qtd: "quantidade",
  qnty: "quantity",
  quantities: "quantity",
  quant: "quantity",
  amt: "amount",
  no: "no",
  nr: "no",
  nro: "no",
  nbr: "no",
  num: "no",
  number: "no",
  numbers: "no",
  nummer: "no",
  numero: "no",
  n: "no",
  nummern: "no",
  numer: "no",
  cert: "certificate",
  certs: "certificate",
  certificates: "certificate",
  certif: "certificate",
  zert: "zertifikat",
  thg: "ghg",
  sd: "sd",
  sds: "sd",
  pos: "sd",
  ne: "sd",
  nn: "sd",
  // the SD's initials in other languages: de Nachhaltigkeitsbescheinigung (NB); fr déclaration
  // (DD) or preuve de durabilité (PdD); es declaración (DS, DdS) or prueba de sostenibilidad
  // (PdS); it dichiarazione (DdS) or prova di sostenibilità (PdS); nl duurzaamheidsverklaring (DV)
  nb: "sd",
  dd: "sd",
  pdd: "sd",
  ds: "sd",
  dds: "sd",
  pds: "sd",
  dv: "sd",
  uom: "unit",
  units: "unit",
  me: "unit",
  desc: "description",
  descr: "description",
  mat: "material",
  prod: "product",
  products: "product",
  cust: "customer",
  supp: "supplier",
  suppl: "supplier",
  dt: "date",
  dte: "date",
  dates: "date",
  orig: "origin",
  ctry: "country",
  cntry: "country",
  qual: "quality",
  dens: "density",
  spez: "spezifisches",
  addr: "address",
  inst: "installation",
  wt: "weight",
  vol: "volume",
  dat: "datum",
  loc: "location",
  ncv: "ncv",
  lhv: "lhv",
};

/** Multi-word names of one thing, collapsed to one word (after filler words are gone). */
export const PHRASES: [string[], string][] = [
  [["proof", "sustainability"], "sd"],
  [["sustainability", "declaration"], "sd"],
  [["sustainability", "declarations"], "sd"],
  [["unit", "measure"], "unit"],
  [["unit", "measurement"], "unit"],
  [["preuve", "durabilite"], "sd"],
  [["declaration", "durabilite"], "sd"],
  [["prueba", "sostenibilidad"], "sd"],
  [["declaracion", "sostenibilidad"], "sd"],
  [["prova", "sostenibilita"], "sd"],
  [["dichiarazione", "sostenibilita"], "sd"],
  [["dowod", "zrownowazonego", "rozwoju"], "sd"],
  [["deklaracja", "zrownowazonego", "rozwoju"], "sd"],
  [["dowodu", "zrownowazonego", "rozwoju"], "sd"],
];

/** Whole words that mean an SD in one word (German, Dutch, Danish, Swedish compounds). */
export const SD_WORDS = new Set([
  "nachhaltigkeitsnachweis",
  "nachhaltigkeitsnachweise",
  "nachhaltigkeitserklarung",
  "nachhaltigkeitserklarungen",
  "teilnachweis",
  "nachweis",
  "duurzaamheidsverklaring",
  "duurzaamheidsbewijs",
  "baeredygtighedsbevis",
  "baeredygtighedserklaering",
  "hallbarhetsbevis",
  "hallbarhetsdeklaration",
  "hallbarhetsintyg",
  "poswiadczenie",
]);

/** Words that qualify a field without changing it. */
export const QUALIFIERS = new Set([
  "net",
  "netto",
  "gross",
  "brutto",
  "actual",
  "actually",
  "total",
  "gesamt",
  "overall",
  "final",
  "effective",
  "tatsachlich",
  "ist",
  "nett",
  "neto",
  "bruto",
  "lordo",
  "netta",
  "netto",
]);

/** Filler words in the languages the vocabulary speaks. */
export const FILLERS = new Set([
  "of",
  "the",
  "at",
  "for",
  "on",
  "and",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "los",
  "las",
  "del",
  "di",
  "della",
  "dello",
  "dei",
  "van",
  "het",
  "der",
  "die",
  "das",
  "dem",
  "den",
  "und",
  "et",
  "y",
  "og",
  "och",
  "d",
  "l",
  "w",
  "z",
  "al",
  "au",
  "aux",
  "en",
  "or",
  "with",
  "oder",
  "mit",
  "bei",
  "according",
]);

/**
 * Headings of sustainability meaning the add-in does not read (workbook/unread-meaning.ts), each
 * with what it means; matched on its words as read by `words()` and joined by spaces.
 */
export const UNREAD_MEANINGS: { meaning: string; heading: RegExp }[] = [
  {
    meaning: "low ILUC risk",
    heading: /\b(?:iluc|casi|ilut)\b|indirect land use|indirekte landnutzung|cambio indirecto del uso/,
  },
  {
    meaning: "land use change",
    heading:
      /\bland use change\b|\bluc\b|landnutzungsanderung|landnutzungsaenderung|changement d affectation des sols|cambio de uso del? (?:la tierra|suelo)|landgebruiksverandering|verandering (?:van )?(?:het )?landgebruik|cambiamento (?:di |della )?(?:destinazione d )?uso del suolo/,
  },
  {
    meaning: "chain of custody",
    heading:
      /chain of custody|\bcoc\b|ruckverfolgbarkeit|rueckverfolgbarkeit|massenbilanz|mass balance|chaine de (?:controle|tracabilite|custody)|bilan massique|cadena de custodia|balance de masas?/,
  },
];
/**
 * GHG headings name land use (el) as an emission, not a criterion: not the unread reader's, and
 * the only land use headings that are the GHG `el` column ("GHG el", "e_l", "Emissionen aus
 * Landnutzungsänderung", "LUC emissions (gCO2eq/MJ)").
 */
export const GHG_HEADING =
  /\b(?:ghg|thg|gei|ges|bkg|el|e l|eec|[a-z]*co2[a-z]*|emission|emissions|emissionen|emisiones|emissioni|emissies)\b/;

/** Words that say a heading is the gross (upper) calorific value, not the heating value (matcher.ts). */
export const GROSS_WORDS = new Set([
  "gross",
  "brutto",
  "higher",
  "upper",
  "oberer",
  "brennwert",
  "hhv",
  "gcv",
  "ho",
  "hs",
  "superieur",
  "pcs",
  // p-units2: es, it, nl
  "superior",
  "superiore",
  "bovenste",
  "bovenwaarde",
]);

/** Words before a date that say it is the first day ("Valide du", "gültig ab", "Válido desde", "Valido dal", "Geldig van"). */
export const FROM_MARKERS = new Set(
  "from since start starting du depuis partir debut desde inicio dal dalla da inizio van vanaf sinds begin ab von seit beginn".split(
    " ",
  ),
);

/** Words before a date that say it is the last day ("Valide au", "gültig bis", "Válido hasta", "Valido al", "Geldig tot"). */
export const UNTIL_MARKERS = new Set(
  "until till to thru through expiry expires expiration expire end au jusqu jusque fin hasta al alla fino scadenza scade tot einde verval vervalt verloopt bis ende ablauf lauft laeuft vence caduca".split(
    " ",
  ),
);

export { OTHER_QUANTITY_COMPOUND, OTHER_QUANTITY_WORDS } from "./other-quantity-words";
