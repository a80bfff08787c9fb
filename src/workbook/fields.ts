// The fields of each sheet kind: what the mapping editor offers and what recognition matches.
// Synonyms are written as people type headers (English and German); they are normalised once
// at load (case, accents, punctuation). A synonym starting with "!" is distinctive: it says
// which kind of sheet this is (a "Supplier" column makes a receipts sheet).
import type { SheetKind } from "./types";

/**
 * How a cell of the field is read (cell-values.ts). Closed vocabularies: "yesno" (yes/no, waste),
 * "claim", "scheme", "country"; "share" is a sustainable part (yes/no, a quantity with a unit, or
 * a percentage); "dateOrYear" is a date or, where the rule allows it, a year alone.
 */
export type FieldType =
  | "text"
  | "number"
  | "date"
  | "dateOrYear"
  | "unit"
  | "list"
  | "direction"
  | "yesno"
  | "claim"
  | "scheme"
  | "country"
  | "share";

export interface FieldSpec {
  /** property name in src/engine/model.ts; dotted for GHG ("ghg.total") */
  id: string;
  /** what the user sees in the mapping editor */
  label: string;
  type: FieldType;
  required: boolean;
  synonyms: readonly string[];
  /** words that say a header is NOT this field ("Date of installation" is not the receipt date) */
  not?: readonly string[];
  /**
   * how a percentage in a number field reads ("41 %", a percent format, a "%" header): "fraction"
   * (a yield of 41 % is the factor 0.41), "keep" (a tolerance of 0.5 %, in percent); absent: a
   * percentage is refused (a quantity, a density or a GHG value is no percentage)
   */
  percent?: "fraction" | "keep";
}

export interface KindSpec {
  kind: Exclude<SheetKind, "unknown">;
  label: string;
  /** words in a sheet's name that suggest this kind */
  nameHints: readonly string[];
  fields: readonly FieldSpec[];
  /** alternative sets of fields, one of which must be mapped before rows can be read */
  needs: readonly (readonly string[])[];
}

/** Fields that hold a quantity of material (their header's unit is the row's unit). */
export const QUANTITY_FIELDS: readonly string[] = [
  "quantity",
  "inQuantity",
  "outQuantity",
  "inputQuantity",
  "outputQuantity",
];

/** Fields that state a sustainable part of a quantity: yes/no, a quantity with a unit, or a share. */
export const PART_FIELDS: readonly string[] = ["sustainable", "sustainablePart", "sustainableInputQuantity"];

/** "date|datum|posting date" -> ["date", "datum", "posting date"]: one line per synonym list. */
const syn = (list: string): string[] => list.split("|");

// A field's own label is always one of its synonyms: staff who copy our labels are understood.
const f = (
  id: string,
  label: string,
  type: FieldType,
  required: boolean,
  synonyms: string[],
  not?: string[],
): FieldSpec => ({
  id,
  label,
  type,
  required,
  synonyms: synonyms.includes(label) ? synonyms : [...synonyms, label],
  ...(not ? { not } : {}),
});

// Vocabulary. English and German fully; the field names of the ISCC EU SD/PoS template (v3.1) and
// the ISCC PLUS SD template verbatim; the required fields and the SD number in French, Dutch,
// Spanish, Italian, Polish, Danish and Swedish. Headers and synonyms pass through the same
// normalising (header-words.ts), so "Qty", "Net quantity (t)" and "quantity" are one synonym, and
// abbreviations (no., Nr., PoS, THG) need not be listed again.

const DATE = syn(
  "date|datum|posting date|buchungsdatum|belegdatum|document date|transaction date|tag|booking date|entry date|value date|" +
    // fr, nl, es, it, pl, da, sv
    "date|datum|fecha|data|dato|datum transactie|fecha de operacion|data operazione|data operacji|transaktionsdato|transaktionsdatum",
);
const NOT_DATE = syn(
  "installation|inbetriebnahme|dispatch|versand|shipping|loading|verlade|issuance|issue|issued|ausstellung|ausstellungsdatum|expiry|expiration|valid|gultig|ablauf|production|produktion|herstellung|birth|contract|vertrag|order|bestell|payment|zahlung|due|faellig|month|monat|period|periode|year|jahr|start|operation|invoice|rechnung",
);
const PRODUCT = syn(
  "product|produkt|material|product name|produktbezeichnung|artikel|ware|commodity|goods|sorte|product description|materialbezeichnung|material description|material name|type of product|product type|produktart|fuel type|kraftstoffart|biokraftstoffart|fuel|kraftstoff|item|article|article description|artikelbezeichnung|material no|materialnummer|warenbezeichnung|" +
    "produit|type de produit|designation produit|product|productnaam|producttype|producto|tipo de producto|prodotto|tipo di prodotto|produkt|rodzaj produktu|nazwa produktu|produkttype|produktnavn|vare|produkttyp|produktnamn|vara",
);
const NOT_PRODUCT = syn(
  "raw|rohstoff|feedstock|input|output|einsatz|group|gruppe|category|kategorie|quantity|menge|unit|einheit|price|preis",
);
const QUANTITY = syn(
  "quantity|menge|quantity in unit of entry|quantity in base unit|delivery quantity|net weight|nettogewicht|weight|gewicht|net quantity|nettomenge|volume|volumen|tonnage|mass|masse|amount|net mass|fuel quantity|certificate fuel quantity|quantity of product|quantity of sustainable material|product quantity|produktmenge|warenmenge|energy|energie|energiemenge|energy quantity|" +
    "quantite|poids|poids net|volume|hoeveelheid|gewicht|netto gewicht|cantidad|peso|peso neto|quantita|peso netto|ilosc|masa|waga|objetosc|maengde|vaegt|mangd|kvantitet|vikt|volym",
);
const NOT_QUANTITY = syn(
  "energiegehalt|energieinhalt|content|gehalt|density|dichte|price|preis|cost|kosten|value|wert|tare|tara|order|ordered|bestell|bestellmenge|planned|plan|forecast|soll|percent|prozent|share|anteil|factor|faktor|heating|heizwert|calorific|saving|ghg|co2|emission|emissions",
);
const UNIT = syn(
  "unit|einheit|uom|unit of measure|unit of entry|sales unit|order unit|mengeneinheit|me|quantity unit|unit of quantity|certificate unit of measure|einheit menge|base unit of measure|basismengeneinheit|" +
    "unite|unite de mesure|eenheid|unidad|unidad de medida|unita|unita di misura|jednostka|jednostka miary|jm|enhed|maleenhed|enhet|mattenhet",
);
const NOT_UNIT = syn("price|preis|cost|kosten|ghg|co2|emission|emissions|business|organisational|org");
const SITE = syn(
  "site|standort|plant|werk|location|lagerort|storage|lager|storage location|tank|terminal|depot|warehouse|facility|anlage|betriebsstatte|niederlassung|" +
    "site|lieu|locatie|vestiging|sitio|ubicacion|sito|stabilimento|zaklad|lokalizacja|lokation|anlaeg|anlaggning|plats",
);
const NOT_SITE = syn(
  "address|adresse|dispatch|versand|receipt|receiving|empfang|country|land|start|date|datum",
);
const SCHEME = syn(
  "scheme|certification scheme|zertifizierungssystem|system|schema|certification system|certification system iscc eu|voluntary scheme|zertifizierungssystem iscc",
);
const CLAIM = syn(
  "claim|sustainability claim|claim category|claims|compliance|iscc claim|claim iscc plus|compliance status|claim type|" +
    // de, fr, nl, es (a compound or a phrase; the words of an SD are not a claim)
    "nachhaltigkeitsanspruch|anspruch|nachhaltigkeitsclaim|nachhaltigkeitsaussage|claim nachhaltigkeit|konformitat|eu red konformitat|red konformitat|konformitatsstatus|" +
    "allegation de durabilite|allegation|revendication de durabilite|revendication|conformite|statut de conformite|" +
    "duurzaamheidsclaim|claim duurzaamheid|duurzaamheidsaanspraak|conformiteit|" +
    "alegacion de sostenibilidad|alegacion|declaracion de sostenibilidad reclamada|reclamo de sostenibilidad|conformidad",
);
const RAW = syn(
  "raw material|rohstoff|feedstock|ausgangsstoff|rohstoffart|raw material type|type of raw material|biomass type|type of biomass|biomasseart|art der biomasse|feedstock type|raw material category|rohstoffkategorie|" +
    "matiere premiere|grondstof|materia prima|surowiec|ravare|ramaterial",
);
const NOT_RAW = syn("country|origin|herkunft|herkunftsland|land|ursprungsland|price|quantity|menge");
const ORIGIN = syn(
  "country of origin|origin|herkunftsland|ursprungsland|herkunft|country|land|origin country|country of origin of the raw material|country of origin raw material|herkunftsland rohstoff|herkunftsland der biomasse|anbauland|" +
    "pays d origine|land van herkomst|pais de origen|paese di origine|kraj pochodzenia|oprindelsesland|ursprungsland",
);
const NOT_ORIGIN = syn(
  "production|produktion|herstellung|destination|ziel|dispatch|versand|delivery|liefer|use|einsatz|code|customer|kunde|supplier|lieferant|recipient|empfanger",
);
const WASTE = syn(
  "waste residue|waste or residue|waste|residue|abfall reststoff|abfall|reststoff|abfall oder reststoff|waste status|raw material complies with the definition of waste or residue|meets the definition of waste or residue|waste residue status|isWasteOrResidue",
);
const ANNEX = syn(
  "annex ix|annex ix part|anhang ix|anhang ix teil|annex ix category|annex|annex ix part a b",
);
const SD = syn(
  "sd number|sd|pos|pos number|proof of sustainability|proof of sustainability number|nachhaltigkeitsnachweis|nachhaltigkeitsnachweis nr|nachweis nr|sustainability declaration|sustainability declaration number|sd id|unique number of sustainability declaration|unique pos number|unique number|nachhaltigkeitserklarung nr|ne nr|nn nr|nachweisnummer|teilnachweis nr|" +
    "numero de la preuve de durabilite|preuve de durabilite|declaration de durabilite|numero de declaration de durabilite|nummer duurzaamheidsverklaring|duurzaamheidsverklaring|duurzaamheidsbewijs|numero de prueba de sostenibilidad|prueba de sostenibilidad|declaracion de sostenibilidad|numero prova di sostenibilita|prova di sostenibilita|dichiarazione di sostenibilita|numer dowodu zrownowazonego rozwoju|dowod zrownowazonego rozwoju|deklaracja zrownowazonego rozwoju|poswiadczenie|nummer baeredygtighedsbevis|baeredygtighedsbevis|baeredygtighedserklaering|hallbarhetsbevis|hallbarhetsdeklaration|hallbarhetsintyg|nummer hallbarhetsbevis",
);
const NOT_SD = syn(
  "certificate|zertifikat|date|datum|linked|backing|input|inputs|verknupfte|zugeordnete|quantity|menge",
);
const SD_IN = [
  ...SD,
  ...syn(
    "!incoming sd|!sd in|!eingehender nachweis|!incoming pos|!received sd|!sd received|!eingangsnachweis",
  ),
  // SD numbers on a receipts sheet are what makes it one: the SD names are distinctive there
  ...SD.filter((s) => s !== "sd" && s !== "unique number").map((s) => `!${s}`),
];
const SD_OUT = [
  ...SD,
  ...syn("!outgoing sd|!sd out|!ausgehender nachweis|!sd issued|!issued sd|!outgoing pos"),
];

const GHG_NOT = syn(
  "saving|savings|einsparung|reduction|minderung|comparator|vergleichswert|fossil|threshold|schwellenwert|default|standardwert|method|methode|unit|einheit|eee|allocated|heat|nuts",
);
const ghgField = (part: string, label: string, extra: string[] = []): FieldSpec =>
  f(
    `ghg.${part}`,
    label,
    "number",
    false,
    [part, `ghg ${part}`, `thg ${part}`, `emissions ${part}`, `ghg emissions ${part}`, `e ${part}`, ...extra],
    GHG_NOT,
  );

// prettier-ignore
const GHG: FieldSpec[] = [
  f("ghg.total", "GHG emissions total (E)", "number", false, syn("ghg|ghg total|total ghg|ghg emissions|ghg value|ghg e|e total|total emissions|thg|thg gesamt|thg emissionen|thg wert|treibhausgas|treibhausgasemissionen|emissions|co2 emissions|ghg emission|e|ghg total e|total e|ghg intensity|certificate greenhouse gas intensity|greenhouse gas intensity|carbon intensity|ci|ghg emissions of supply and use of the fuel|total ghg emissions|treibhausgasemissionen gesamt|e gesamt|emissions e|thg emissionen e"), GHG_NOT),
  ghgField("eec", "GHG eec (cultivation)", ["cultivation", "anbau"]),
  ghgField("el", "GHG el (land use)", ["land use change", "landnutzungsanderung"]),
  ghgField("ep", "GHG ep (processing)", ["processing", "verarbeitung"]),
  ghgField("etd", "GHG etd (transport)", ["transport and distribution", "transport", "transport und vertrieb"]),
  ghgField("eu", "GHG eu (fuel in use)", ["fuel in use"]),
  ghgField("esca", "GHG esca (soil carbon)", ["soil carbon accumulation", "soil carbon"]),
  ghgField("eccs", "GHG eccs (carbon capture and storage)", ["carbon capture and geological storage"]),
  ghgField("eccr", "GHG eccr (carbon capture and replacement)", ["carbon capture and replacement"]),
  f("ghg.unit", "GHG unit", "text", false, syn("ghg unit|thg einheit|emission unit|ghg emissions unit|ghg calculation unit|unit of ghg|einheit thg")),
  f("ghg.method", "GHG method (TDV, DDV, AV)", "text", false, syn("ghg method|method|methode|thg methode|calculation method|berechnungsmethode|ghg calculation method|ghg type|ghg value type|type of ghg value"), syn("chain|custody|coc")),
];

// prettier-ignore
const CHARACTERISTICS: FieldSpec[] = [
  f("scheme", "Scheme", "scheme", false, SCHEME),
  f("claim", "Claim", "claim", false, CLAIM),
  f("rawMaterial", "Raw material", "text", false, RAW, NOT_RAW),
  f("countryOfOrigin", "Country of origin", "country", false, ORIGIN, NOT_ORIGIN),
  f("wasteResidue", "Waste or residue", "yesno", false, WASTE, syn("permit|genehmigung")),
  f("annexIxPart", "Annex IX part", "text", false, ANNEX),
];

const SUPPLIER = syn(
  "!supplier|!lieferant|!vendor|!seller|!verkaufer|!supplier name|!lieferantenname|!kreditor|!bezogen von|!received from|!name of supplier|!supplier company|!lieferfirma|!vorlieferant|!supplierName|!ausstellende schnittstelle|!schnittstelle|!issuer|!aussteller|" +
    "!fournisseur|!leverancier|!proveedor|!fornitore|!dostawca|!leverandor|!leverantor",
);
const CERT = syn(
  "certificate|certificate no|certificate number|zertifikat|zertifikatsnummer|zertifikat nr|cert no|iscc certificate|iscc certificate number|certification number|zertifizierungsnummer|certificate id|" +
    "numero de certificat|certificaatnummer|numero de certificado|numero di certificato|numer certyfikatu|certifikatnummer",
);
const SUPPLIER_CERT = [
  ...syn(
    "!supplier certificate|!supplier certificate no|!supplier certificate number|!lieferant zertifikat|!zertifikat lieferant|!zertifikatsnummer lieferant|!supplier cert|!certificate number of supplier|!supplier iscc certificate|!lieferantenzertifikat|!vorlieferant zertifikat",
  ),
  ...CERT,
];
const CUSTOMER = syn(
  "!customer|!kunde|!buyer|!kaufer|!recipient|!empfanger|!customer name|!kundenname|!abnehmer|!debitor|!sold to|!recipient name|!name of recipient|!ship to|!consignee|!warenempfanger|!recipientName|" +
    "!client|!destinataire|!klant|!afnemer|!cliente|!destinatario|!odbiorca|!klient|!kunde|!modtager|!kund|!mottagare",
);
const CUSTOMER_CERT = [
  ...syn(
    "!customer certificate|!customer certificate no|!customer certificate number|!kunde zertifikat|!zertifikat kunde|!recipient certificate|!recipient certificate number|!kundenzertifikat|!empfanger zertifikat",
  ),
  ...CERT,
];
const CUSTOMER_ADDR = syn(
  "!customer address|!kundenadresse|address|adresse|anschrift|!recipient address|!empfangeradresse|!address of recipient|!address of receipt receiving point|!address of receipt|!receiving point|!lieferanschrift kunde",
);
const DISPATCH_ADDR = syn(
  "!dispatch address|!versandadresse|!lieferadresse|!delivery address|!loading point|!verladeort|!place of dispatch|!shipping address|!address of dispatch shipping point|!address of dispatch|!shipping point|!versandort|!abgangsort",
);
// A yes/no column ("Sustainable", "nachhaltig ja/nein", "ISCC (yes/no)"); "yesno" is what a
// bracketed "(Y/N)" or "(ja/nein)" becomes in header-words.ts.
const SUSTAINABLE = syn(
  "!sustainable|!nachhaltig|!sold as sustainable|!certified|!zertifiziert|!sustainable yes no|!sustainable yesno|!nachhaltig ja nein|!nachhaltig yesno|!eu red compliant material|!iscc compliant material|!eu red compliant|!iscc compliant|!sustainable material|!sustainability|!nachhaltigkeit|!iscc certified|!iscc zertifiziert|!iscc yesno|!iscc yes no|!certified yesno|!sustainable flag",
);
// The sustainable part as a quantity or a share, beside or instead of a yes/no column.
const SUSTAINABLE_PART = syn(
  "!sustainable quantity|!nachhaltige menge|!quantity sustainable|!menge nachhaltig|!sustainable amount|!sustainable part|!sustainable portion|!sustainable share|!share sustainable|!nachhaltiger anteil|!anteil nachhaltig|!thereof sustainable|!of which sustainable|!davon nachhaltig|!certified quantity|!zertifizierte menge|!certified share|!zertifizierter anteil|!share of sustainable material|!sustainable volume|!nachhaltiges volumen",
);
const DENSITY = syn(
  "density|dichte|specific gravity|spezifisches gewicht|rohdichte|schuttdichte|bulk density|densite|dichtheid|densidad|densita|gestosc|massefylde|densitet",
);
const DENSITY_UNIT = syn("density unit|dichte einheit|einheit dichte|unit of density");
const HEATING = syn(
  "heating value|lower heating value|lhv|heizwert|unterer heizwert|calorific value|net calorific value|ncv|energy content|energiegehalt|pouvoir calorifique|verbrandingswaarde|hu|hi|net heating value|lower calorific value",
);
// The gross (upper) calorific value is not the heating value the rules use: its own field, read
// only to say so (table.ts), never to convert.
const GROSS_HEATING = syn(
  "!brennwert|!oberer heizwert|!gross calorific value|!gcv|!hhv|!higher heating value|!upper heating value|!gross heating value|!ho|!hs|!pouvoir calorifique superieur|!pcs",
);
const HEATING_UNIT = syn(
  "heating value unit|heizwert einheit|einheit heizwert|lhv unit|unit of heating value",
);
// Conversion values a row may carry (domain.md §4), each with its own unit column or header unit.
const CONVERSION_FIELDS = (): FieldSpec[] => [
  f("heatingValue", "Heating value", "number", false, HEATING, syn("gross|brutto|upper|oberer|higher")),
  f("grossHeatingValue", "Gross calorific value (not used)", "number", false, GROSS_HEATING),
  f("heatingValueUnit", "Heating value unit", "unit", false, HEATING_UNIT),
  f("density", "Density", "number", false, DENSITY),
  f("densityUnit", "Density unit", "unit", false, DENSITY_UNIT),
];

const LINKED = syn(
  "!linked sd|!linked sds|!backing sd|!input sd|!incoming sds|!verknupfte nachweise|!zugeordnete nachweise|!sd inputs|!input sds|!backing pos|!incoming pos|!zugrunde liegende nachweise",
);
const DISPATCH_DATE = syn(
  "dispatch date|versanddatum|date of dispatch|loading date|verladedatum|shipping date|date of dispatch of the sustainable material|ship date|shipment date|bill of lading date|b l date|dateOfDispatch|datum des versands|lieferdatum lieferant|" +
    "date d expedition|date d envoi|verzenddatum|datum verzending|fecha de envio|fecha de expedicion|data di spedizione|data spedizione|data wysylki|data nadania|afsendelsesdato|forsendelsesdato|avsandningsdatum|leveransdatum avsandare",
);
const RECEIPT_DATE = syn(
  "!receipt date|!eingangsdatum|!date of receipt|!wareneingangsdatum|!received on|!receiving date|!arrival date|!goods receipt date|!gr date|!anlieferdatum|!empfangsdatum|!zugangsdatum|!date received|delivery date|lieferdatum|!datum wareneingang|" +
    "!date de reception|!ontvangstdatum|!datum ontvangst|!fecha de recepcion|!data di ricevimento|!data ricevimento|!data przyjecia|!data odbioru|!modtagelsesdato|!mottagningsdatum|!datum for mottagande",
);
const DELIVERY_DATE = syn(
  "!delivery date|!lieferdatum|!date of delivery|!sale date|!verkaufsdatum|!dispatch date|!versanddatum|!date of dispatch|!shipping date|!loading date|!verladedatum|!ausgangsdatum|!warenausgangsdatum|!date of sale|!invoice date|!date of dispatch of the sustainable material|" +
    "!date de livraison|!date d expedition|!leverdatum|!verzenddatum|!fecha de entrega|!fecha de envio|!data di consegna|!data consegna|!data dostawy|!data wysylki|!leveringsdato|!afsendelsesdato|!leveransdatum|!avsandningsdatum",
);
const RECEIVED_QTY = syn(
  "!quantity received|!eingangsmenge|!received quantity|!receipt quantity|!gr quantity|!goods receipt quantity|!wareneingangsmenge|!anliefermenge|!zugangsmenge|!liefermenge|!delivered quantity|!quantite recue|!ontvangen hoeveelheid|!cantidad recibida|!quantita ricevuta|!ilosc przyjeta|!modtaget maengde|!mottagen mangd",
);

// prettier-ignore
const RECEIPT_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, ...RECEIPT_DATE], NOT_DATE),
  f("product", "Product", "text", true, PRODUCT, NOT_PRODUCT),
  f("quantity", "Quantity", "number", true, [...QUANTITY, ...RECEIVED_QTY], NOT_QUANTITY),
  f("unit", "Unit", "unit", false, UNIT, NOT_UNIT),
  f("supplier", "Supplier", "text", false, SUPPLIER, syn("certificate|zertifikat|address|adresse|anschrift|no|id|code|country|land")),
  f("supplierCertificate", "Supplier certificate no.", "text", false, SUPPLIER_CERT, syn("customer|kunde|recipient|empfanger|valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  f("sdNumber", "Incoming SD / PoS number", "text", false, SD_IN, NOT_SD),
  ...CHARACTERISTICS,
  ...GHG,
  f("installationStartDate", "Installation start date", "dateOrYear", false, syn("!installation start date|!installation date|!inbetriebnahme|!inbetriebnahmedatum|!date of installation|!plant start date|!operation start date|!date of operation start|!start of operation|!date of installation start of operation|!start date of biofuel production|!start date of production|!datum der inbetriebnahme|!installation start|!commissioning date|!inbetriebnahme der anlage|!date de mise en service|!datum ingebruikname")),
  f("site", "Site", "text", false, SITE, NOT_SITE),
  f("dispatchDate", "Dispatch date", "date", false, DISPATCH_DATE, syn("address|adresse|point|ort")),
  ...CONVERSION_FIELDS(),
];

// prettier-ignore
const DELIVERY_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, ...DELIVERY_DATE], NOT_DATE.filter((w) => !["dispatch", "versand", "shipping", "loading", "verlade", "invoice"].includes(w))),
  f("product", "Product", "text", true, PRODUCT, NOT_PRODUCT),
  f("quantity", "Quantity", "number", true, [...QUANTITY, ...syn("!quantity delivered|!liefermenge|!delivered quantity|!sold quantity|!verkaufte menge|!ausgangsmenge|!verkaufsmenge|!quantity sold|!quantite livree|!geleverde hoeveelheid|!cantidad entregada|!quantita consegnata|!ilosc dostarczona|!leveret maengde|!levererad mangd")], [...NOT_QUANTITY, "sustainable", "nachhaltig", "nachhaltige"]),
  f("unit", "Unit", "unit", false, UNIT, NOT_UNIT),
  f("customer", "Customer", "text", false, CUSTOMER, syn("certificate|zertifikat|address|adresse|anschrift|no|id|code|country|land")),
  f("customerAddress", "Customer address", "text", false, CUSTOMER_ADDR, syn("dispatch|versand|shipping|loading|verlade|email|mail|phone|telefon")),
  f("customerCertificate", "Customer certificate no.", "text", false, CUSTOMER_CERT, syn("supplier|lieferant|vendor|valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  f("sustainable", "Sustainable (yes/no, quantity or %)", "share", false, SUSTAINABLE, syn("quantity|menge|share|anteil|amount|part|portion")),
  f("sustainablePart", "Sustainable quantity or share", "share", false, SUSTAINABLE_PART, syn("input|einsatz")),
  f("claim", "Claim", "claim", false, CLAIM),
  f("sdNumber", "Outgoing SD number", "text", false, SD_OUT, NOT_SD),
  f("site", "Site", "text", false, SITE, NOT_SITE),
  f("scheme", "Scheme", "scheme", false, SCHEME),
  f("linkedSds", "Linked incoming SD numbers", "list", false, LINKED),
  f("dispatchAddress", "Dispatch address", "text", false, DISPATCH_ADDR),
  ...GHG,
  ...CONVERSION_FIELDS(),
];

const DIRECTION = syn(
  "!type|!direction|!in out|!movement|!transaction type|!art|!buchungsart|!bewegungsart|!richtung|!vorgang|!typ|!receipt sale|!receipt delivery|!purchase sale|!eingang ausgang|!zugang abgang|!booking type|!entry type|!movement type|!in or out|!entrada salida|!entree sortie|!ingang uitgang",
);
const IN_QTY = syn(
  "!in|!quantity in|!menge in|!in quantity|!eingang|!zugang|!received|!incoming|!receipts|!qty in|!menge eingang|!eingang menge|!zugang menge|!inflow|!receipt|!purchases|!zugange|!eingange|!entree|!entrada|!entrata|!przychod|!ingang",
);
const OUT_QTY = syn(
  "!out|!quantity out|!menge aus|!menge out|!out quantity|!ausgang|!abgang|!delivered|!outgoing|!deliveries|!qty out|!menge ausgang|!ausgang menge|!abgang menge|!outflow|!sold|!sales|!abgange|!ausgange|!sortie|!salida|!uscita|!rozchod|!uitgang",
);
const PARTNER = syn(
  "!counterparty|!partner|!geschaftspartner|!supplier customer|!lieferant kunde|!business partner|!supplier or customer|!kunde lieferant|!customer supplier|!lieferant oder kunde",
);

// Fields a combined ledger shares with receipts and deliveries say nothing about its kind there.
const without = (fields: FieldSpec[], ids: string[]) =>
  fields
    .filter((x) => !ids.includes(x.id))
    .map((x) => ({ ...x, synonyms: x.synonyms.map((s) => s.replace(/^!/, "")) }));

// prettier-ignore
const LEDGER_FIELDS: FieldSpec[] = [
  f("direction", "Type (in or out)", "direction", false, DIRECTION, syn("product|produkt|material|fuel|raw|rohstoff|ghg|method|claim|certificate")),
  f("inQuantity", "Quantity in", "number", false, IN_QTY, syn("date|datum|sd|certificate|product|produkt")),
  f("outQuantity", "Quantity out", "number", false, OUT_QTY, syn("date|datum|sd|certificate|product|produkt")),
  f("counterparty", "Supplier or customer", "text", false, PARTNER, syn("certificate|zertifikat|address|adresse")),
  f("certificate", "Supplier or customer certificate no.", "text", false, CERT, syn("valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  ...without(RECEIPT_FIELDS, syn("supplierCertificate|quantity|date")),
  f("date", "Date", "date", true, [...DATE, ...RECEIPT_DATE.map((s) => s.replace(/^!/, "")), ...DELIVERY_DATE.map((s) => s.replace(/^!/, "")).filter((s) => !DISPATCH_DATE.includes(s))], NOT_DATE),
  f("quantity", "Quantity", "number", false, QUANTITY, NOT_QUANTITY),
  ...without(DELIVERY_FIELDS, [...RECEIPT_FIELDS.map((x) => x.id), "customerCertificate"]),
];

const INPUT_PRODUCT = syn(
  "!input product|!einsatzstoff|!input|!input material|!eingangsprodukt|!einsatzprodukt|!rohstoff produkt|!feedstock input|!einsatzmaterial|!produit d entree|!intrant|!invoerproduct|!producto de entrada|!prodotto in ingresso|!produkt wejsciowy|!inputprodukt|!insatsprodukt",
);
const OUTPUT_PRODUCT = syn(
  "!output product|!erzeugnis|!output|!output material|!ausgangsprodukt|!endprodukt|!produced product|!hergestelltes produkt|!produit de sortie|!produit fini|!eindproduct|!uitvoerproduct|!producto de salida|!prodotto in uscita|!produkt wyjsciowy|!outputprodukt|!utprodukt",
);

/**
 * The second output of a production row whose sheet has an output column per product: the main
 * product and a co-product fed by one input, consumed once (domain.md §5). `names` are the headers
 * of the co-product's column; its quantity and factor columns take them with "quantity"/"factor".
 * Headers are told apart by their words, not by a number ("Output 2" reads as "Output"), so one
 * co-product per row: further outputs are rows sharing a batch id.
 */
function coProductFields(names: string[]): FieldSpec[] {
  const words = (suffix: string[]) =>
    names.flatMap((name) => suffix.flatMap((x) => [`${name} ${x}`, `${x} ${name}`]));
  return [
    f("outputProduct2", "Co-product", "text", false, names),
    f("outputQuantity2", "Co-product quantity", "number", false, words(["quantity", "qty", "menge"])),
    f(
      "factor2",
      "Co-product conversion factor",
      "number",
      false,
      words(["factor", "faktor", "yield", "ausbeute"]),
    ),
  ];
}

// A production row's conversion values, one set per side (domain.md §4, §5): the input's own
// ("Input heating value", "Heizwert Einsatz") and the output's ("Output heating value", "Heizwert
// Erzeugnis"; a plain "Heating value" or "Density" column is the output's, as on a receipt the
// value belongs to the row's product). Each converts only its own side's quantity.
const INPUT_SIDE = syn(
  "input|einsatz|einsatzstoff|eingesetzt|eingang|feedstock|rohstoff|entree|intrant|invoer|entrada|ingresso|wejsciowy|insats",
);
const OUTPUT_SIDE = syn(
  "output|erzeugnis|ausbringung|produced|hergestellt|ausgang|sortie|uitvoer|salida|uscita|wyjsciowy|utprodukt",
);
const sided = (names: string[], side: string[]): string[] =>
  names.flatMap((n) => side.flatMap((w) => [`${w} ${n}`, `${n} ${w}`]));
const PRODUCTION_CONVERSION_FIELDS = (): FieldSpec[] => [
  f(
    "inputHeatingValue",
    "Input heating value",
    "number",
    false,
    sided(HEATING, INPUT_SIDE),
    syn("gross|brutto|upper|oberer|higher|output|erzeugnis|unit|einheit"),
  ),
  f("inputHeatingValueUnit", "Input heating value unit", "unit", false, sided(HEATING_UNIT, INPUT_SIDE)),
  f(
    "inputDensity",
    "Input density",
    "number",
    false,
    sided(DENSITY, INPUT_SIDE),
    syn("output|erzeugnis|unit|einheit"),
  ),
  f("inputDensityUnit", "Input density unit", "unit", false, sided(DENSITY_UNIT, INPUT_SIDE)),
  f(
    "heatingValue",
    "Output heating value",
    "number",
    false,
    [...HEATING, ...sided(HEATING, OUTPUT_SIDE)],
    syn("gross|brutto|upper|oberer|higher|input|einsatz|einsatzstoff|unit|einheit"),
  ),
  f("grossHeatingValue", "Gross calorific value (not used)", "number", false, GROSS_HEATING),
  f(
    "heatingValueUnit",
    "Output heating value unit",
    "unit",
    false,
    [...HEATING_UNIT, ...sided(HEATING_UNIT, OUTPUT_SIDE)],
    syn("input|einsatz"),
  ),
  f(
    "density",
    "Output density",
    "number",
    false,
    [...DENSITY, ...sided(DENSITY, OUTPUT_SIDE)],
    syn("input|einsatz|einsatzstoff|unit|einheit"),
  ),
  f(
    "densityUnit",
    "Output density unit",
    "unit",
    false,
    [...DENSITY_UNIT, ...sided(DENSITY_UNIT, OUTPUT_SIDE)],
    syn("input|einsatz"),
  ),
];

// prettier-ignore
const PRODUCTION_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!production date", "!produktionsdatum", "!herstellungsdatum", "!date of production", "!date de production", "!productiedatum", "!fecha de produccion", "!data di produzione", "!data produkcji", "!produktionsdato", "!produktionsdatum"], NOT_DATE.filter((w) => !["production", "produktion", "herstellung"].includes(w))),
  f("inputProduct", "Input product", "text", true, INPUT_PRODUCT, syn("quantity|menge|qty|amount|unit|einheit|sustainable|nachhaltige")),
  f("inputQuantity", "Input quantity", "number", true, syn("!input quantity|!einsatzmenge|!input qty|!menge input|!input menge|!quantity input|!consumed|!verbrauch|!consumption|!verbrauchte menge|!eingesetzte menge|!quantite d entree|!quantite consommee|!ingezette hoeveelheid|!cantidad de entrada|!quantita in ingresso|!ilosc wejsciowa|!inputmaengde|!insatsmangd"), syn("sustainable|nachhaltige|nachhaltig|product|produkt|date|datum")),
  f("outputProduct", "Output product", "text", true, OUTPUT_PRODUCT, syn("quantity|menge|qty|amount|unit|einheit")),
  f("outputQuantity", "Output quantity", "number", false, syn("!output quantity|!ausbringungsmenge|!output qty|!produzierte menge|!produced quantity|!output menge|!quantity output|!produced|!erzeugte menge|!hergestellte menge|!production quantity|!produktionsmenge|!quantite produite|!geproduceerde hoeveelheid|!cantidad producida|!quantita prodotta|!ilosc wyprodukowana|!produceret maengde|!producerad mangd"), syn("product|produkt|date|datum")),
  { ...f("factor", "Conversion factor", "number", false, syn("factor|conversion factor|umrechnungsfaktor|yield|ausbeute|faktor|yield factor|conversion rate")), percent: "fraction" },
  f("sustainableInputQuantity", "Sustainable input quantity", "share", false, syn("!sustainable input quantity|!nachhaltige einsatzmenge|!sustainable input|!sustainable quantity input|!nachhaltiger einsatz|!sustainable share of input|!nachhaltiger anteil input|!sustainable input share|!certified input|!zertifizierter einsatz|!sustainable part of input|!davon nachhaltig")),
  f("unit", "Unit", "unit", false, UNIT, NOT_UNIT),
  f("site", "Site", "text", false, SITE, NOT_SITE),
  f("batchId", "Batch or process id", "text", false, syn("batch|batch id|batch no|batch number|process id|process no|process number|charge|charge nr|chargennummer|chargen nr|prozess nr|prozessnummer|production order|produktionsauftrag|fertigungsauftrag|lot|lot number")),
  ...coProductFields(syn("co product|coproduct|by product|byproduct|nebenprodukt|koppelprodukt")),
  ...GHG,
  ...PRODUCTION_CONVERSION_FIELDS(),
];

// prettier-ignore
const FACTOR_FIELDS: FieldSpec[] = [
  f("inputProduct", "Input product", "text", true, [...INPUT_PRODUCT.map((s) => s.replace(/^!/, "")), "from product"]),
  f("outputProduct", "Output product", "text", true, [...OUTPUT_PRODUCT.map((s) => s.replace(/^!/, "")), "to product"]),
  { ...f("factor", "Conversion factor", "number", true, syn("!factor|!conversion factor|!umrechnungsfaktor|!yield|!ausbeute|!faktor|!yield factor|!conversion rate|!facteur de conversion|!conversiefactor|!factor de conversion|!fattore di conversione|!wspolczynnik konwersji|!omregningsfaktor|!omvandlingsfaktor")), percent: "fraction" },
  f("validFrom", "Valid from", "date", false, syn("valid from|gultig ab|from|von|start|gultig von|valid since|begin")),
  f("validTo", "Valid to", "date", false, syn("valid to|valid until|gultig bis|to|bis|until|end|ende")),
  f("site", "Site", "text", false, SITE, NOT_SITE),
];

// prettier-ignore
const STOCK_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!count date", "!stichtag", "!inventurdatum", "!stock date", "!date of count", "!inventory date", "!stocktaking date", "!zahldatum", "!date d inventaire", "!inventarisatiedatum", "!fecha de inventario", "!data inventario", "!data inwentaryzacji", "!optaellingsdato", "!inventeringsdatum"], NOT_DATE),
  f("product", "Product", "text", true, PRODUCT, NOT_PRODUCT),
  f("quantity", "Counted quantity", "number", true, [...QUANTITY, "!physical stock", "!stock", "!bestand", "!counted quantity", "!inventory", "!inventurmenge", "!bestandsmenge", "!stock quantity", "!tank stock", "!closing stock", "!endbestand", "!counted", "!gezahlte menge", "!physischer bestand", "!tankbestand", "!ist bestand", "!stock physique", "!voorraad", "!existencias", "!giacenza", "!stan magazynowy", "!lagerbeholdning", "!lagersaldo"], NOT_QUANTITY),
  f("unit", "Unit", "unit", false, UNIT, NOT_UNIT),
  f("site", "Site", "text", false, SITE, NOT_SITE),
];

const CERT_NO = syn(
  "!certificate number|!certificate no|certificate|zertifikat|!zertifikatsnummer|!zertifikat nr|!cert no|!certificate id|!numero de certificat|!certificaatnummer|!numero de certificado|!numero di certificato|!numer certyfikatu|!certifikatnummer",
);

// prettier-ignore
const CERTIFICATE_FIELDS: FieldSpec[] = [
  f("certificateNumber", "Certificate no.", "text", true, CERT_NO, syn("holder|inhaber|valid|gultig|status|date|datum")),
  f("holder", "Holder", "text", false, syn("!holder|!certificate holder|!inhaber|!zertifikatsinhaber|company|unternehmen|firma|name|!titulaire|!houder|!titular|!titolare|!posiadacz|!indehaver|!innehavare")),
  f("scheme", "Scheme", "text", false, SCHEME),
  f("validFrom", "Valid from", "date", true, syn("!valid from|!gultig ab|!issue date|!issued|!ausstellungsdatum|!gultig von|start|!valid since|!date of issue|!valable a partir de|!geldig vanaf|!valido desde|!valido dal|!wazny od|!gyldig fra|!giltig fran")),
  f("validUntil", "Valid until", "date", true, syn("!valid until|!valid to|!expiry|!expiry date|!gultig bis|!ablaufdatum|!expires|!expiration date|!valable jusqu au|!geldig tot|!valido hasta|!valido fino al|!wazny do|!gyldig til|!giltig till")),
  f("status", "Status", "text", false, syn("!status|!certificate status|!zertifikatsstatus|!statut|!estado|!stato")),
];

// prettier-ignore
const SITE_FIELDS: FieldSpec[] = [
  f("site", "Site", "text", true, [...SITE, "site name", "standortname"], NOT_SITE),
  f("company", "Company", "text", false, syn("company|unternehmen|firma|legal entity|gesellschaft|company name")),
  f("country", "Country", "country", false, syn("country|land|staat|pays|pais|paese|kraj")),
  f("certificateNumber", "Own certificate no.", "text", false, syn("certificate|certificate number|certificate no|zertifikat|zertifikatsnummer")),
  f("certificationBody", "Certification body", "text", false, syn("!certification body|!zertifizierungsstelle|!cb|!certifier|!zertifizierer")),
];

// prettier-ignore
const TRANSFER_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!transfer date", "!umbuchungsdatum"], NOT_DATE),
  f("fromSite", "From site", "text", true, syn("!from site|!from|!von standort|!von|!sending site|!source site|!origin site|!abgebender standort|!site de depart|!van locatie|!desde sitio|!da sito|!z zakladu|!fra lokation|!fran plats")),
  f("toSite", "To site", "text", true, syn("!to site|!to|!nach standort|!nach|!receiving site|!destination site|!destination|!empfangender standort|!site d arrivee|!naar locatie|!a sitio|!a sito|!do zakladu|!til lokation|!till plats")),
  f("product", "Product", "text", true, PRODUCT, NOT_PRODUCT),
  f("quantity", "Quantity", "number", true, QUANTITY, NOT_QUANTITY),
  f("unit", "Unit", "unit", false, UNIT, NOT_UNIT),
  ...CHARACTERISTICS,
  ...GHG,
];

// prettier-ignore
export const KINDS: readonly KindSpec[] = [
  { kind: "receipts", label: "Receipts", nameHints: syn("receipt|receipts|incoming|purchase|purchases|eingang|eingange|wareneingang|zugang|zugange|einkauf|inbound|intake|reception|ontvangst|recepcion|ricevimento|przyjecie|modtagelse|mottagning|inkoop|achats|compras|acquisti|zakupy|indkob|inkop"), fields: RECEIPT_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "deliveries", label: "Deliveries", nameHints: syn("delivery|deliveries|sales|sale|outgoing|ausgang|ausgange|warenausgang|abgang|abgange|verkauf|verkaufe|lieferungen|outbound|dispatch|livraisons|ventes|leveringen|verkoop|ventas|entregas|vendite|consegne|sprzedaz|dostawy|salg|leveringer|forsaljning|leveranser"), fields: DELIVERY_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "ledger", label: "Combined ledger", nameHints: syn("ledger|journal|register|book|books|mass balance|massenbilanz|buch|bestandsbuch|movements|bewegungen"), fields: LEDGER_FIELDS, needs: [syn("date|product|direction|quantity"), syn("date|product|inQuantity|outQuantity")] },
  { kind: "production", label: "Production", nameHints: syn("production|produktion|processing|verarbeitung|conversion|conversions"), fields: PRODUCTION_FIELDS, needs: [syn("date|inputProduct|inputQuantity|outputProduct")] },
  { kind: "factors", label: "Conversion factors", nameHints: syn("factor|factors|faktoren|umrechnungsfaktoren|yields|ausbeuten"), fields: FACTOR_FIELDS, needs: [syn("inputProduct|outputProduct|factor")] },
  { kind: "stock", label: "Stock counts", nameHints: syn("stock|stocks|inventory|inventur|bestand|bestande|stock count|stock counts|tank"), fields: STOCK_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "certificates", label: "Certificates", nameHints: syn("certificate|certificates|zertifikate|zertifikat|certs"), fields: CERTIFICATE_FIELDS, needs: [syn("certificateNumber|validFrom|validUntil")] },
  { kind: "sites", label: "Sites", nameHints: syn("site|sites|standort|standorte|plants|locations"), fields: SITE_FIELDS, needs: [["site"]] },
  { kind: "transfers", label: "Transfers", nameHints: syn("transfer|transfers|umbuchung|umbuchungen|site transfers"), fields: TRANSFER_FIELDS, needs: [syn("date|fromSite|toSite|product|quantity")] },
];

/** Keys of a settings sheet ("Company name | Acme GmbH"), by SettingsInput property. */
// prettier-ignore
export const SETTINGS_FIELDS: readonly FieldSpec[] = [
  f("companyName", "Company name", "text", false, syn("company name|company|firma|firmenname|unternehmen|name of company|unternehmensname")),
  f("companyAddress", "Company address", "text", false, syn("company address|address|adresse|anschrift|firmenadresse")),
  f("ownCertificate", "Own certificate no.", "text", false, syn("own certificate|own certificate no|own certificate number|own certificate nr|certificate|certificate number|certificate no|iscc certificate|zertifikat|zertifikatsnummer|eigenes zertifikat|our certificate")),
  f("scheme", "Scheme", "text", false, syn("scheme|zertifizierungssystem|system|certification scheme")),
  f("periodMonths", "Period length (months)", "number", false, syn("period length|period length months|period months|periode monate|periodenlange|bilanzzeitraum|bilanzierungszeitraum|period|balance period")),
  f("periodStart", "First period start", "date", false, syn("period start|first period start|start of period|periodenbeginn|beginn bilanzzeitraum|start of first period")),
  f("sdPrefix", "SD number prefix", "text", false, syn("sd prefix|sd number prefix|prefix|prafix|nummernprafix|sd prafix")),
  f("mode", "Balance mode", "text", false, syn("mode|balance mode|modus|bilanzmodus")),
  f("ghgPooling", "GHG pooling", "text", false, syn("ghg pooling|pooling|thg pooling")),
  { ...f("stockTolerance", "Stock tolerance (%)", "number", false, syn("stock tolerance|bestandstoleranz|inventory tolerance|stock tolerance percent|toleranz bestand")), percent: "keep" },
  { ...f("conversionTolerance", "Conversion tolerance (%)", "number", false, syn("conversion tolerance|umrechnungstoleranz|yield tolerance|conversion tolerance percent|ausbeutetoleranz")), percent: "keep" },
  f("plusCapCarryForward", "ISCC PLUS: cap carry-forward at stock", "text", false, syn("plus cap carry forward|cap carry forward|cap carry forward at stock")),
  f("capWithoutCount", "Without a stock count, cap carry-forward at book stock", "text", false, syn("cap without count|cap without stock count|cap carry forward without count|cap carry forward at book stock|without a stock count cap carry forward at book stock|ohne inventur begrenzen")),
  f("operatorType", "Operator type (farm, first gathering point, other)", "text", false, syn("operator type|type of operator|operator|betriebsart|betriebstyp|art des betriebs|unternehmensart|wirtschaftsbeteiligter")),
  f("issueDate", "Issue date of new declarations", "date", false, syn("issue date|date of issuance|ausstellungsdatum")),
  f("defaultUnit", "Default unit of quantities", "text", false, syn("default unit|unit of quantities|quantity unit|standardeinheit|mengeneinheit|einheit der mengen|account unit|bilanzeinheit")),
  f("densityUnit", "Unit of densities", "text", false, syn("density unit|unit of densities|einheit dichte|dichteeinheit")),
  f("heatingValueUnit", "Unit of heating values", "text", false, syn("heating value unit|unit of heating values|einheit heizwert|heizwerteinheit")),
  f("energyAccounting", "Energy accounting (yes, MJ or kWh)", "text", false, syn("energy accounting|energy balance|energiebilanzierung|energiebilanz|bilanzierung nach energiegehalt|account in energy")),
  f("decimalSeparator", "Decimal separator (comma or point)", "text", false, syn("decimal separator|decimal mark|dezimaltrennzeichen|dezimalzeichen|decimal sign|dezimaltrenner")),
  f("dateOrder", "Date order (DMY or MDY)", "text", false, syn("date order|datumsreihenfolge|reihenfolge datum|date format|datumsformat|order of dates")),
];

export const SETTINGS_NAME_HINTS: readonly string[] = syn(
  "settings|einstellungen|setup|parameters|parameter|config|konfiguration|stammdaten",
);

/** The declaration register the app writes as `MB Declarations`; read back to keep numbers. */
// prettier-ignore
export const REGISTER_FIELDS: readonly FieldSpec[] = [
  f("number", "SD number", "text", true, syn("sd number|number|declaration number|sd no|sd")),
  f("deliverySheet", "Delivery sheet", "text", false, ["delivery sheet", "sheet"]),
  f("deliveryRow", "Delivery row", "number", false, ["delivery row", "row"]),
  f("fingerprint", "Fingerprint", "text", false, syn("fingerprint|fingerprint sha 256|sha 256")),
  f("quantity", "Quantity", "number", false, ["quantity", "qty"]),
];

export function kindSpec(kind: SheetKind): KindSpec | undefined {
  return KINDS.find((k) => k.kind === kind);
}

/** Fields for the mapping editor: id, label and whether the sheet cannot be read without it. */
export function fieldsOf(kind: SheetKind): { id: string; label: string; required: boolean }[] {
  const spec = kindSpec(kind);
  if (spec) return spec.fields.map(({ id, label, required }) => ({ id, label, required }));
  if (kind === "settings") return SETTINGS_FIELDS.map(({ id, label, required }) => ({ id, label, required }));
  return [];
}
