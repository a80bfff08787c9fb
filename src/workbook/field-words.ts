// The header words of the fields (field-spec.ts): how people head their columns, in English and
// German fully, and the required fields and the SD number in French, Dutch, Spanish, Italian,
// Polish, Danish and Swedish. Synonyms are normalised once at load (case, accents, punctuation).
// A synonym starting with "!" is distinctive: it says which kind of sheet this is.
import { syn } from "./field-spec";
import { STORAGE } from "./storage-words";

// Vocabulary. English and German fully; the field names of the ISCC EU SD/PoS template (v3.1) and
// the ISCC PLUS SD template verbatim; the required fields and the SD number in French, Dutch,
// Spanish, Italian, Polish, Danish and Swedish. Headers and synonyms pass through the same
// normalising (header-words.ts), so "Qty", "Net quantity (t)" and "quantity" are one synonym, and
// abbreviations (no., Nr., PoS, THG) need not be listed again.

export const DATE = syn(
  "date|datum|posting date|buchungsdatum|belegdatum|document date|transaction date|tag|booking date|entry date|value date|" +
    // fr, nl, es, it, pl, da, sv
    "date|datum|fecha|data|dato|datum transactie|fecha de operacion|data operazione|data operacji|transaktionsdato|transaktionsdatum",
);
export const NOT_DATE = syn(
  "installation|inbetriebnahme|dispatch|versand|shipping|loading|verlade|issuance|issue|issued|ausstellung|ausstellungsdatum|expiry|expiration|valid|gultig|ablauf|production|produktion|herstellung|birth|contract|vertrag|order|bestell|payment|zahlung|due|faellig|month|monat|period|periode|year|jahr|start|operation|invoice|rechnung|" +
    // (brk27 L3) an invoice's, order's or payment's date in fr/nl/es/it/pl: never the movement's
    "facture|factuur|factuurdatum|factura|fattura|faktura|faktury|fakturadatum|commande|bestelling|pedido|ordine|zamowienia|paiement|betaling|pago|pagamento|platnosci",
);
export const PRODUCT = syn(
  "product|produkt|material|product name|produktbezeichnung|artikel|ware|commodity|goods|sorte|product description|materialbezeichnung|material description|material name|type of product|product type|produktart|fuel type|kraftstoffart|biokraftstoffart|fuel|kraftstoff|item|article|article description|artikelbezeichnung|material no|materialnummer|warenbezeichnung|" +
    // (brk27 N1) SAP MB51's material text; Navision's "Beschreibung" (weak-headings.ts: only where no other product column)
    "materialkurztext|material short text|materialtext|artikelbeschreibung|beschreibung|" +
    "produit|type de produit|designation produit|product|productnaam|producttype|producto|tipo de producto|prodotto|tipo di prodotto|produkt|rodzaj produktu|nazwa produktu|produkttype|produktnavn|vare|produkttyp|produktnamn|vara|produto|tipo de produto",
);
export const NOT_PRODUCT = syn(
  "raw|rohstoff|feedstock|input|output|einsatz|group|gruppe|category|kategorie|quantity|menge|unit|einheit|price|preis",
);
export const QUANTITY = syn(
  "quantity|menge|quantity in unit of entry|quantity in base unit|delivery quantity|net weight|nettogewicht|weight|gewicht|net quantity|nettomenge|volume|volumen|tonnage|mass|masse|amount|net mass|fuel quantity|certificate fuel quantity|quantity of product|quantity of sustainable material|product quantity|produktmenge|warenmenge|energy|energie|energiemenge|energy quantity|" +
    // (brk27 N1) SAP: the quantity in the unit of entry or base unit
    "menge in ErfME|menge in BME|quantity in UnE|quantity in BUn|menge in erfassungsmengeneinheit|menge in basismengeneinheit|" +
    "quantite|poids|poids net|volume|hoeveelheid|gewicht|netto gewicht|cantidad|peso|peso neto|quantita|peso netto|ilosc|masa|waga|objetosc|maengde|vaegt|mangd|kvantitet|vikt|volym",
);
export const NOT_QUANTITY = syn(
  "energiegehalt|energieinhalt|content|gehalt|density|dichte|price|preis|cost|kosten|value|wert|tare|tara|order|ordered|bestell|bestellmenge|planned|plan|forecast|soll|percent|prozent|share|anteil|factor|faktor|heating|heizwert|calorific|saving|ghg|co2|emission|emissions",
);
export const UNIT = syn(
  "unit|einheit|uom|unit of measure|unit of entry|sales unit|order unit|mengeneinheit|me|quantity unit|unit of quantity|certificate unit of measure|einheit menge|base unit of measure|basismengeneinheit|" +
    // (brk27 N1) SAP's unit of entry and base unit (ErfME, BME, en UnE, BUn); Navision's unit code
    "erfassungsmengeneinheit|erfassungsmengeneinh|ErfME|BME|UnE|BUn|base unit|mengeneinheitencode|einheitencode|unit of measure code|uom code|" +
    "unite|unite de mesure|eenheid|unidad|unidad de medida|unita|unita di misura|jednostka|jednostka miary|jm|enhed|maleenhed|enhet|mattenhet",
);
// p-units3: a density's or heating value's unit column ("Dichte Einheit", "Einheit Heizwert") is its
// own, never the quantity's Unit, also where it is the second of its kind
export const NOT_UNIT = syn(
  "price|preis|cost|kosten|ghg|co2|emission|emissions|business|organisational|org|density|dichte|heating|heizwert|calorific|lhv|" +
    "densite|densidad|dichtheid|densita|pci|calorifique|calorifico|verbrandingswaarde",
);
export const SITE = syn(
  "site|standort|plant|werk|location|terminal|depot|warehouse|facility|anlage|betriebsstatte|niederlassung|" +
    "site|lieu|usine|locatie|vestiging|sitio|planta|ubicacion|sito|stabilimento|zaklad|lokalizacja|lokation|anlaeg|anlaggning|plats|" +
    // es "planta", fr "usine" (a plant) by name: a word other headings know ("Dirección de la
    // planta") is matched exactly or not at all, never by its likeness to "plant"
    // a location, a warehouse in fr, it, es, nl (a warehouse may be a certified site of its own)
    "emplacement|entrepot|magazzino|almacen|magazijn|" +
    // pt (p-xfer2): a site, a plant, a warehouse; never "unidade", which is also a unit of measure
    "local|instalacao|fabrica|armazem|filial",
);
/**
 * Words that say "not the site". The matcher counts every word of these against the site
 * (header-vocabulary.ts), so only STORAGE's one-word terms join: its phrases' other words
 * ("location", "place", "lieu", "no", "number", "de") are words of site headings too.
 */
export const NOT_SITE = [
  ...syn("address|adresse|dispatch|versand|receipt|receiving|empfang|country|land|start|date|datum"),
  ...STORAGE.filter((w) => !w.includes(" ")),
];
export const SCHEME = syn(
  "scheme|certification scheme|zertifizierungssystem|system|schema|certification system|certification system iscc eu|voluntary scheme|zertifizierungssystem iscc",
);
export const CLAIM = syn(
  "claim|sustainability claim|claim category|claims|compliance|iscc claim|claim iscc plus|compliance status|claim type|" +
    // de, fr, nl, es (a compound or a phrase; the words of an SD are not a claim)
    "nachhaltigkeitsanspruch|anspruch|nachhaltigkeitsclaim|nachhaltigkeitsaussage|claim nachhaltigkeit|konformitat|eu red konformitat|red konformitat|konformitatsstatus|" +
    "allegation de durabilite|allegation|revendication de durabilite|revendication|conformite|statut de conformite|" +
    "duurzaamheidsclaim|claim duurzaamheid|duurzaamheidsaanspraak|conformiteit|" +
    "alegacion de sostenibilidad|alegacion|declaracion de sostenibilidad reclamada|reclamo de sostenibilidad|conformidad",
);
export const RAW = syn(
  "raw material|rohstoff|feedstock|ausgangsstoff|rohstoffart|raw material type|type of raw material|biomass type|type of biomass|biomasseart|art der biomasse|feedstock type|raw material category|rohstoffkategorie|" +
    "matiere premiere|grondstof|materia prima|surowiec|ravare|ramaterial",
);
export const NOT_RAW = syn("country|origin|herkunft|herkunftsland|land|ursprungsland|price|quantity|menge");
export const ORIGIN = syn(
  "country of origin|origin|herkunftsland|ursprungsland|herkunft|country|land|origin country|country of origin of the raw material|country of origin raw material|herkunftsland rohstoff|herkunftsland der biomasse|anbauland|" +
    "pays d origine|land van herkomst|pais de origen|paese di origine|kraj pochodzenia|oprindelsesland|ursprungsland",
);
export const NOT_ORIGIN = syn(
  "production|produktion|herstellung|destination|ziel|dispatch|versand|delivery|liefer|use|einsatz|code|customer|kunde|supplier|lieferant|recipient|empfanger",
);
export const WASTE = syn(
  "waste residue|waste or residue|waste|residue|abfall reststoff|abfall|reststoff|abfall oder reststoff|waste status|raw material complies with the definition of waste or residue|meets the definition of waste or residue|waste residue status|isWasteOrResidue",
);
export const ANNEX = syn(
  "annex ix|annex ix part|anhang ix|anhang ix teil|annex ix category|annex|annex ix part a b",
);
export const SD = syn(
  "sd number|sd|pos|pos number|proof of sustainability|proof of sustainability number|nachhaltigkeitsnachweis|nachhaltigkeitsnachweis nr|nachweis nr|sustainability declaration|sustainability declaration number|sd id|unique number of sustainability declaration|unique pos number|unique number|nachhaltigkeitserklarung nr|ne nr|nn nr|nachweisnummer|teilnachweis nr|" +
    "numero de la preuve de durabilite|preuve de durabilite|declaration de durabilite|numero de declaration de durabilite|nummer duurzaamheidsverklaring|duurzaamheidsverklaring|duurzaamheidsbewijs|numero de prueba de sostenibilidad|prueba de sostenibilidad|declaracion de sostenibilidad|numero prova di sostenibilita|prova di sostenibilita|dichiarazione di sostenibilita|numer dowodu zrownowazonego rozwoju|dowod zrownowazonego rozwoju|deklaracja zrownowazonego rozwoju|poswiadczenie|nummer baeredygtighedsbevis|baeredygtighedsbevis|baeredygtighedserklaering|hallbarhetsbevis|hallbarhetsdeklaration|hallbarhetsintyg|nummer hallbarhetsbevis",
);
export const NOT_SD = syn(
  "certificate|zertifikat|date|datum|linked|backing|input|inputs|verknupfte|zugeordnete|quantity|menge|status|statut|stato|estado|stan",
);
export const SD_IN = [
  ...SD,
  ...syn(
    "!incoming sd|!sd in|!eingehender nachweis|!incoming pos|!received sd|!sd received|!eingangsnachweis",
  ),
  // SD numbers on a receipts sheet are what makes it one: the SD names are distinctive there
  ...SD.filter((s) => s !== "sd" && s !== "unique number").map((s) => `!${s}`),
];
export const SD_OUT = [
  ...SD,
  ...syn("!outgoing sd|!sd out|!ausgehender nachweis|!sd issued|!issued sd|!outgoing pos"),
];

// (p-ghgfold) a default value is a GHG value as any ("THG Standardwert", "GHG default value",
// "valeur par défaut", "valor por defecto", "valore di default", "standaardwaarde": ghg-heading-
// words.ts), read alike in every language; the PoS's yes/no "Total default value according to
// RED II applied" is none, by its "applied"
export const GHG_NOT = syn(
  "saving|savings|einsparung|reduction|minderung|comparator|vergleichswert|fossil|threshold|schwellenwert|applied|angewendet|angewandt|applique|aplicado|applicato|toegepast|method|methode|unit|einheit|eee|allocated|heat|nuts",
);

export const SUPPLIER = syn(
  "!supplier|!lieferant|!vendor|!seller|!verkaufer|!supplier name|!lieferantenname|!kreditor|!bezogen von|!received from|!name of supplier|!supplier company|!lieferfirma|!vorlieferant|!supplierName|!ausstellende schnittstelle|!schnittstelle|!issuer|!aussteller|" +
    "!fournisseur|!leverancier|!proveedor|!fornitore|!dostawca|!leverandor|!leverantor",
);
export const CERT = syn(
  "certificate|certificate no|certificate number|zertifikat|certificat|certificado|certificato|certificaat|zertifikatsnummer|zertifikat nr|cert no|iscc certificate|iscc certificate number|certification number|zertifizierungsnummer|certificate id|" +
    "numero de certificat|certificaatnummer|numero de certificado|numero di certificato|numer certyfikatu|certifikatnummer|" +
    // (brk11) "ISCC No.", "ISCC-Nr.", "N° ISCC", "No. ISCC" (one words: the values tell a number from a
    // yes/no, matcher.ts), "Certificaatnr.", "Zertifikatsnr.", "N° certificat", "Nº certificado"
    "iscc no|iscc id|iscc certificate no|certificaatnr|certificaat nr|zertifikatsnr|zertifikats nr|certificatnr|no certificat|no certificado|no certificato|no certificaat|cert nr",
);
export const SUPPLIER_CERT = [
  ...syn(
    "!supplier certificate|!certificat fournisseur|!certificado proveedor|!certificado del proveedor|!certificato fornitore|!certificaat leverancier|!supplier certificate no|!supplier certificate number|!lieferant zertifikat|!zertifikat lieferant|!zertifikatsnummer lieferant|!supplier cert|!certificate number of supplier|!supplier iscc certificate|!lieferantenzertifikat|!vorlieferant zertifikat|" +
      "!iscc no lieferant|!lieferant iscc no|!supplier iscc no|!iscc no supplier|!iscc no fournisseur|!iscc no proveedor|!iscc no fornitore|!iscc no leverancier|!no certificat fournisseur|!zertifikatsnr lieferant|!certificaatnr leverancier",
  ),
  ...CERT,
];
export const CUSTOMER_CERT = [
  ...syn(
    "!customer certificate|!certificat client|!certificado cliente|!certificado del cliente|!certificato cliente|!certificaat klant|!customer certificate no|!customer certificate number|!kunde zertifikat|!zertifikat kunde|!recipient certificate|!recipient certificate number|!kundenzertifikat|!empfanger zertifikat|" +
      "!iscc no kunde|!kunde iscc no|!customer iscc no|!iscc no customer|!iscc no client|!iscc no cliente|!iscc no klant|!no certificat client|!zertifikatsnr kunde|!certificaatnr klant",
  ),
  ...CERT,
];
// A yes/no column ("Sustainable", "nachhaltig ja/nein", "Durable (oui/non)"); "yesno" is what a
// bracketed "(Y/N)" or "(ja/nein)" becomes in header-words.ts. Never a heading of compliance
// ("ISCC compliant", "EU RED konform", "conforme ISCC"): it answers a claim, which a "no" denies
// without saying the delivery is not sustainable (iscc-rules.md §2, §5.2), so it is refused as a
// claim kept as yes/no (negated-headings.ts claimYesNo), in every language alike (p-held). Nor a
// scheme's name, "ISCC (Y/N)" as "ISCC": held until mapped (scheme-headings.ts; brk11).
export const SUSTAINABLE = syn(
  "!sustainable|!nachhaltig|!sold as sustainable|!certified|!zertifiziert|!sustainable yes no|!sustainable yesno|!nachhaltig ja nein|!nachhaltig yesno|!sustainable material|!sustainability|!nachhaltigkeit|!iscc certified|!iscc zertifiziert|!certified yesno|!sustainable flag|" +
    // fr, nl, es, pt, it, pl, da, sv: the word itself, as in "Durable (oui/non)"; "Certifié", "Gecertificeerd"; "Certificado" by its values (certificate-answers.ts)
    "!certifie|!certifiee|!certifie yesno|!gecertificeerd|!gecertificeerd yesno|!durable|!durable yesno|!duurzaam|!duurzaam yesno|!sostenible|!sostenible yesno|!sustentavel|!sustentavel yesno|!sostenibile|!sostenibile yesno|!zrownowazony|!zrownowazone|!baeredygtig|!hallbar",
);
// The sustainable part as a quantity or a share, beside or instead of a yes/no column, in six
// languages: one table of part words × meaning words, part-words.ts PART_HEADINGS (p-blank: the
// list kept here beside it is gone; its headings are that table's).
export const DENSITY = syn(
  "density|dichte|specific gravity|spezifisches gewicht|rohdichte|schuttdichte|bulk density|densite|dichtheid|densidad|densita|gestosc|massefylde|densitet|relative density|relative dichte|densite relative|densidad relativa|gravedad especifica|densita relativa|peso specifico|soortelijk gewicht|relatieve dichtheid",
);
// p-units3: in six languages, so that a second one is placed beside its value (value-rivals.ts)
export const DENSITY_UNIT = syn(
  "density unit|dichte einheit|einheit dichte|unit of density|dichteeinheit|" +
    "unite densite|unite de densite|unite de la densite|densite unite|unidad densidad|unidad de densidad|unidad de la densidad|densidad unidad|" +
    "eenheid dichtheid|dichtheid eenheid|eenheid van dichtheid|unita densita|unita di densita|unita della densita|densita unita",
);
export const HEATING = syn(
  "heating value|lower heating value|lhv|heizwert|unterer heizwert|calorific value|net calorific value|ncv|energy content|energiegehalt|pouvoir calorifique|verbrandingswaarde|hu|hi|net heating value|lower calorific value|" +
    "pci|pouvoir calorifique inferieur|poder calorifico|poder calorifico inferior|potere calorifico|potere calorifico inferiore|onderste verbrandingswaarde|calorische onderwaarde|stookwaarde|" +
    // brk24 §3: Polish
    "wartosc opalowa|wartosc kaloryczna|kalorycznosc|wartosc opalowa dolna|dolna wartosc opalowa",
);
// The gross (upper) calorific value is not the heating value the rules use: its own field, read
// only to say so (table.ts), never to convert.
export const GROSS_HEATING = syn(
  "!brennwert|!oberer heizwert|!gross calorific value|!gcv|!hhv|!higher heating value|!upper heating value|!gross heating value|!ho|!hs|!pouvoir calorifique superieur|!pcs|" +
    // p-units2: es, it, nl (their lower value's words, "poder calorifico", are the heating value's)
    "!poder calorifico superior|!potere calorifico superiore|!bovenste verbrandingswaarde|!calorische bovenwaarde",
);
/** Words that say a heating value is the gross (upper) one: a heading with one is never the heating value. */
export const NOT_NET_HEATING = syn(
  "gross|brutto|upper|oberer|higher|superieur|superior|superiore|bovenste|bovenwaarde",
);
export const HEATING_UNIT = syn(
  "heating value unit|heizwert einheit|einheit heizwert|lhv unit|unit of heating value|heizwerteinheit|" +
    "unite pci|unite du pci|pci unite|unite pouvoir calorifique|unite du pouvoir calorifique|unidad pci|unidad del pci|pci unidad|unidad poder calorifico|unidad del poder calorifico|" +
    "eenheid verbrandingswaarde|verbrandingswaarde eenheid|unita pci|unita del pci|pci unita|unita potere calorifico|unita del potere calorifico",
);
export const LINKED = syn(
  "!linked sd|!linked sds|!backing sd|!input sd|!incoming sds|!verknupfte nachweise|!zugeordnete nachweise|!sd inputs|!input sds|!backing pos|!incoming pos|!zugrunde liegende nachweise",
);
export const DISPATCH_DATE = syn(
  "dispatch date|versanddatum|date of dispatch|loading date|verladedatum|shipping date|date of dispatch of the sustainable material|ship date|shipment date|bill of lading date|b l date|dateOfDispatch|datum des versands|lieferdatum lieferant|" +
    "date d expedition|date d envoi|verzenddatum|datum verzending|fecha de envio|fecha de expedicion|data di spedizione|data spedizione|data wysylki|data nadania|afsendelsesdato|forsendelsesdato|avsandningsdatum|leveransdatum avsandare",
);
export const RECEIPT_DATE = syn(
  "!receipt date|!eingangsdatum|!date of receipt|!wareneingangsdatum|!received on|!receiving date|!arrival date|!goods receipt date|!gr date|!anlieferdatum|!empfangsdatum|!zugangsdatum|!date received|delivery date|lieferdatum|!datum wareneingang|" +
    "!date de reception|!date d arrivee|!date arrivee|!aankomstdatum|!datum aankomst|!fecha de entrada|!fecha entrada|!fecha de llegada|!fecha llegada|!data di arrivo|!data arrivo|!data di entrata|!data entrata|!data przybycia|!eingang am|!ankunft|!ankunftsdatum|!ontvangstdatum|!datum ontvangst|!fecha de recepcion|!data di ricevimento|!data ricevimento|!data przyjecia|!data odbioru|!modtagelsesdato|!mottagningsdatum|!datum for mottagande",
);
export const DELIVERY_DATE = syn(
  "!delivery date|!lieferdatum|!date of delivery|!sale date|!verkaufsdatum|!dispatch date|!versanddatum|!date of dispatch|!shipping date|!loading date|!verladedatum|!ausgangsdatum|!warenausgangsdatum|!date of sale|!invoice date|!date of dispatch of the sustainable material|" +
    "!date de livraison|!date d expedition|!leverdatum|!verzenddatum|!fecha de entrega|!fecha de envio|!data di consegna|!data consegna|!data dostawy|!data wysylki|!leveringsdato|!afsendelsesdato|!leveransdatum|!avsandningsdatum",
);
export const RECEIVED_QTY = syn(
  "!quantity received|!eingangsmenge|!received quantity|!receipt quantity|!gr quantity|!goods receipt quantity|!wareneingangsmenge|!anliefermenge|!zugangsmenge|!liefermenge|!delivered quantity|!quantite recue|!ontvangen hoeveelheid|!cantidad recibida|!quantita ricevuta|!ilosc przyjeta|!modtaget maengde|!mottagen mangd",
);

export const DIRECTION = syn(
  "!type|!direction|!in out|!movement|!transaction type|!art|!buchungsart|!bewegungsart|!richtung|!vorgang|!typ|!receipt sale|!receipt delivery|!purchase sale|!eingang ausgang|!zugang abgang|!booking type|!entry type|!movement type|!in or out|!entrada salida|!entree sortie|!ingang uitgang|" +
    // (p-ledgerdir) fr, es, it, nl: the type column of a journal of purchases and sales
    "!sens|!type de mouvement|!nature du mouvement|!nature|!type d operation|!operation|!entree sortie|!achat vente|" +
    "!tipo|!tipo de movimiento|!tipo movimiento|!movimiento|!tipo de operacion|!operacion|!clase de movimiento|!compra venta|!entrada o salida|" +
    "!tipo movimento|!tipo di movimento|!movimento|!causale|!causale movimento|!tipo operazione|!operazione|!carico scarico|!entrata uscita|!acquisto vendita|" +
    "!soort|!soort mutatie|!mutatie|!mutatiesoort|!boekingssoort|!type mutatie|!soort boeking|!richting|!inkoop verkoop|!in uit|" +
    "!einkauf verkauf|!buchungstyp|!bewegungstyp|!postenart|!item ledger entry type",
);
export const IN_QTY = syn(
  "!in|!quantity in|!menge in|!in quantity|!eingang|!zugang|!received|!incoming|!receipts|!qty in|!menge eingang|!eingang menge|!zugang menge|!inflow|!receipt|!purchases|!zugange|!eingange|!entree|!entrada|!entrata|!przychod|!ingang",
);
export const OUT_QTY = syn(
  "!out|!quantity out|!menge aus|!menge out|!out quantity|!ausgang|!abgang|!delivered|!outgoing|!deliveries|!qty out|!menge ausgang|!ausgang menge|!abgang menge|!outflow|!sold|!sales|!abgange|!ausgange|!sortie|!salida|!uscita|!rozchod|!uitgang",
);
export const PARTNER = syn(
  "!counterparty|!partner|!geschaftspartner|!supplier customer|!lieferant kunde|!business partner|!supplier or customer|!kunde lieferant|!customer supplier|!lieferant oder kunde|" +
    // (p-ledgerdir) fr, es, it, nl: the other party of a journal's row
    "!partenaire|!tiers|!fournisseur client|!client fournisseur|!contrepartie|" +
    "!socio|!socio comercial|!contraparte|!proveedor cliente|!cliente proveedor|!relacion|" +
    "!controparte|!fornitore cliente|!cliente fornitore|!partner commerciale|" +
    "!tegenpartij|!relatie|!leverancier klant|!klant leverancier|!handelspartner",
);

// Fields a combined ledger shares with receipts and deliveries say nothing about its kind there.
export const INPUT_PRODUCT = syn(
  "!input product|!einsatzstoff|!input|!input material|!eingangsprodukt|!einsatzprodukt|!rohstoff produkt|!feedstock input|!einsatzmaterial|!produit d entree|!intrant|!invoerproduct|!producto de entrada|!prodotto in ingresso|!produkt wejsciowy|!inputprodukt|!insatsprodukt",
);
export const OUTPUT_PRODUCT = syn(
  "!output product|!erzeugnis|!output|!output material|!ausgangsprodukt|!endprodukt|!produced product|!hergestelltes produkt|!produit de sortie|!produit fini|!eindproduct|!uitvoerproduct|!producto de salida|!prodotto in uscita|!produkt wyjsciowy|!outputprodukt|!utprodukt",
);
// A production row's conversion values, one set per side (domain.md §4, §5): the input's own
// ("Input heating value", "Heizwert Einsatz") and the output's ("Output heating value", "Heizwert
// Erzeugnis"; a plain "Heating value" or "Density" column is the output's, as on a receipt the
// value belongs to the row's product). Each converts only its own side's quantity.
export const INPUT_SIDE = syn(
  "input|einsatz|einsatzstoff|eingesetzt|eingang|feedstock|rohstoff|entree|intrant|invoer|inzet|entrada|ingresso|wejsciowy|insats",
);
export const OUTPUT_SIDE = syn(
  "output|erzeugnis|ausbringung|produced|hergestellt|ausgang|sortie|uitvoer|salida|uscita|wyjsciowy|utprodukt",
);
/**
 * Words that, with nothing but a quantity unit beside them ("Output (t)", "Ausbringung (t)",
 * "Einsatz (t)", "Productie (t)"), head a production row's output or input quantity (matcher.ts).
 */
export const OUTPUT_WITH_UNIT: readonly string[] = [
  ...OUTPUT_SIDE,
  ...syn(
    "produced|production|produktion|produziert|productie|geproduceerd|production|produit|produccion|producido|produzione|prodotto|produkcja|erzeugt|ausstoss|outturn",
  ),
];
export const INPUT_WITH_UNIT: readonly string[] = [
  ...INPUT_SIDE,
  ...syn("consumed|verbrauch|verbraucht|consomme|consumido|consumato|verbruik"),
];
export const sided = (names: string[], side: string[]): string[] =>
  names.flatMap((n) => side.flatMap((w) => [`${w} ${n}`, `${n} ${w}`]));
export const CERT_NO = syn(
  "!certificate number|!certificate no|certificate|zertifikat|!zertifikatsnummer|!zertifikat nr|!cert no|!certificate id|!numero de certificat|!certificaatnummer|!numero de certificado|!numero di certificato|!numer certyfikatu|!certifikatnummer",
);

export const SETTINGS_NAME_HINTS: readonly string[] = syn(
  "settings|einstellungen|setup|parameters|parameter|config|konfiguration|stammdaten|parametres|parametre|configuration|reglages|configuracion|ajustes|parametros|impostazioni|parametri|configurazione|instellingen|configuratie|grunddaten",
);
