// The fields of each sheet kind: what the mapping editor offers and what recognition matches.
// A record's fields take id, label, type and required flag from engine/record-fields.ts (`col`);
// this file and its neighbours add the header words (field-words.ts holds the longer lists).
import { col, f, type FieldSpec, type KindSpec, syn } from "./field-spec";
import { characteristics, conversionFields, GHG } from "./field-groups";
import { INPUT_PRODUCT_MORE, OUTPUT_PRODUCT_MORE, PRODUCTION_FIELDS } from "./fields-production";
import type { SheetKind } from "./types";
import { SETTINGS_FIELDS } from "./settings-fields";
import { PART_HEADINGS } from "./part-words";
import { NOT_SD_REQUIRED } from "./sd-required-words";
import { COUNTED, NOT_COUNTED } from "./count-words";
import { TRANSFER_NAMES } from "./transfer-words";
import {
  CERT_HOLDER,
  CERT_NO_REGISTER,
  CERT_SCHEME,
  CERT_VALID_FROM,
  CERT_VALID_UNTIL,
} from "./certificate-words";

export { PART_FIELDS, QUANTITY_FIELDS, type FieldSpec, type FieldType, type KindSpec } from "./field-spec";
export { SETTINGS_NAME_HINTS } from "./field-words";
import { CUSTOMER_ADDR, DISPATCH_ADDR, RECEIVING_ADDR, SITE_ADDR } from "./address-words";
import { CUSTOMER } from "./party-words";
export { REGISTER_FIELDS, SETTINGS_FIELDS } from "./settings-fields";
import { STORAGE } from "./storage-words";
import {
  DATE,
  NOT_DATE,
  PRODUCT,
  NOT_PRODUCT,
  QUANTITY,
  NOT_QUANTITY,
  UNIT,
  NOT_UNIT,
  SITE,
  NOT_SITE,
  SCHEME,
  CLAIM,
  NOT_SD,
  SD_IN,
  SD_OUT,
  SUPPLIER,
  CERT,
  SUPPLIER_CERT,
  CUSTOMER_CERT,
  SUSTAINABLE,
  LINKED,
  DISPATCH_DATE,
  RECEIPT_DATE,
  DELIVERY_DATE,
  RECEIVED_QTY,
  DIRECTION,
  IN_QTY,
  OUT_QTY,
  PARTNER,
  INPUT_PRODUCT,
  OUTPUT_PRODUCT,
  CERT_NO,
} from "./field-words";

/** Words of a heading of a sustainable quantity or share, never the yes/no column's own. */
const NOT_SUSTAINABLE = syn(
  "quantity|menge|share|anteil|amount|part|portion|quantite|hoeveelheid|cantidad|quantidade|quantita|ilosc|maengde|mangd",
);

// prettier-ignore
const RECEIPT_FIELDS: FieldSpec[] = [
  col("receipt", "date", [...DATE, ...RECEIPT_DATE], NOT_DATE),
  col("receipt", "product", PRODUCT, NOT_PRODUCT),
  col("receipt", "quantity", [...QUANTITY, ...RECEIVED_QTY], [...NOT_QUANTITY, "sustainable", "nachhaltig", "nachhaltige"]),
  col("receipt", "unit", UNIT, NOT_UNIT),
  col("receipt", "supplier", SUPPLIER, syn("certificate|zertifikat|address|adresse|anschrift|no|id|code|country|land")),
  col("receipt", "supplierCertificate", SUPPLIER_CERT, syn("customer|kunde|recipient|empfanger|valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  col("receipt", "sdNumber", SD_IN, [...NOT_SD, ...NOT_SD_REQUIRED]),
  ...characteristics("receipt"),
  ...GHG,
  col("receipt", "installationStartDate", syn("!installation start date|!installation date|!inbetriebnahme|!inbetriebnahmedatum|!date of installation|!plant start date|!operation start date|!date of operation start|!start of operation|!date of installation start of operation|!start date of biofuel production|!start date of production|!datum der inbetriebnahme|!installation start|!commissioning date|!inbetriebnahme der anlage|!date de mise en service|!datum ingebruikname" +
    // es, it, nl, fr, en as staff write them (brk14 #7)
    "|!puesta en marcha|!fecha de puesta en marcha|!fecha de puesta en servicio|!fecha de inicio de operacion|!data inizio impianto|!data di entrata in esercizio|!data di messa in esercizio|!entrata in esercizio|!messa in esercizio|!inbedrijfstelling|!datum inbedrijfstelling|!datum van inbedrijfstelling|!ingebruikname|!mise en service|!date de mise en service de l installation|!plant operational since|!operational since|!in operation since|!in betrieb seit")),
  col("receipt", "site", SITE, NOT_SITE),
  col("receipt", "dispatchDate", DISPATCH_DATE, syn("address|adresse|point|ort")),
  ...conversionFields("receipt"),
  // p-parts (brk11): credited only where it is all of the quantity (engine/intake/receipt-part.ts)
  col("receipt", "sustainablePart", [...PART_HEADINGS], syn("input|einsatz")),
  // (brk12) a yes/no column ("Nachhaltig": nein) or a second part column, read with the part
  col("receipt", "sustainable", SUSTAINABLE, NOT_SUSTAINABLE),
];

// prettier-ignore
const DELIVERY_FIELDS: FieldSpec[] = [
  col("delivery", "date", [...DATE, ...DELIVERY_DATE], NOT_DATE.filter((w) => !["dispatch", "versand", "shipping", "loading", "verlade", "invoice"].includes(w))),
  col("delivery", "product", PRODUCT, NOT_PRODUCT),
  col("delivery", "quantity", [...QUANTITY, ...syn("!quantity delivered|!liefermenge|!delivered quantity|!sold quantity|!verkaufte menge|!ausgangsmenge|!verkaufsmenge|!quantity sold|!quantite livree|!geleverde hoeveelheid|!cantidad entregada|!quantita consegnata|!ilosc dostarczona|!leveret maengde|!levererad mangd")], [...NOT_QUANTITY, "sustainable", "nachhaltig", "nachhaltige"]),
  col("delivery", "unit", UNIT, NOT_UNIT),
  col("delivery", "customer", CUSTOMER, syn("certificate|zertifikat|address|adresse|anschrift|no|id|code|country|land")),
  col("delivery", "customerAddress", CUSTOMER_ADDR, syn("dispatch|versand|shipping|loading|verlade|email|mail|phone|telefon")),
  col("delivery", "customerCertificate", CUSTOMER_CERT, syn("supplier|lieferant|vendor|valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  col("delivery", "sustainable", SUSTAINABLE, NOT_SUSTAINABLE),
  col("delivery", "sustainablePart", [...PART_HEADINGS], syn("input|einsatz")),
  col("delivery", "claim", CLAIM),
  col("delivery", "sdNumber", SD_OUT, [...NOT_SD, ...NOT_SD_REQUIRED]),
  col("delivery", "site", SITE, NOT_SITE),
  col("delivery", "scheme", SCHEME),
  col("delivery", "linkedSds", LINKED),
  col("delivery", "dispatchAddress", DISPATCH_ADDR, syn("date|datum|fecha|data")),
  col("delivery", "receivingAddress", RECEIVING_ADDR, syn("date|datum|fecha|data")),
  ...GHG,
  ...conversionFields("delivery"),
];

const without = (fields: FieldSpec[], ids: string[]) =>
  fields
    .filter((x) => !ids.includes(x.id))
    .map((x) => ({ ...x, synonyms: x.synonyms.map((s) => s.replace(/^!/, "")) }));

/** (p-cols) Words that make a side's word qualify another field: "Fecha de entrada", "Luogo di carico", "Lieu de sortie". */
const SIDE_NOT = syn(
  "date|datum|data|fecha|sd|certificate|product|produkt|place|ort|lieu|lugar|luogo|plaats|local",
);

/** Words that make a type's heading another field's ("Tipo de producto", "Type de déchet", "Soort grondstof", "Tipo documento"). */
const DIRECTION_NOT = syn(
  "product|produkt|material|fuel|raw|rohstoff|ghg|method|claim|certificate|producto|produit|prodotto|materia|matiere|grondstof|materiaal|certificado|certificat|certificato|certificaat|documento|document|beleg|residuo|dechet|afval|rifiuto|abfall|waste|esquema|regime|schema|pago|payment|paiement|pagamento|betaling|vehiculo|vehicule|veicolo|voertuig|fahrzeug|brandstof|carburant|combustible|combustibile",
);

// prettier-ignore
const LEDGER_FIELDS: FieldSpec[] = [
  f("direction", "Type (in or out)", "direction", false, DIRECTION, DIRECTION_NOT),
  f("inQuantity", "Quantity in", "number", false, IN_QTY, SIDE_NOT),
  f("outQuantity", "Quantity out", "number", false, OUT_QTY, SIDE_NOT),
  f("counterparty", "Supplier or customer", "text", false, PARTNER, syn("certificate|zertifikat|address|adresse")),
  f("certificate", "Supplier or customer certificate no.", "text", false, CERT, syn("valid|gultig|expiry|status|sd|date|datum|own|eigenes")),
  ...without(RECEIPT_FIELDS, syn("supplierCertificate|quantity|date")),
  f("date", "Date", "date", true, [...DATE, ...RECEIPT_DATE.map((s) => s.replace(/^!/, "")), ...DELIVERY_DATE.map((s) => s.replace(/^!/, "")).filter((s) => !DISPATCH_DATE.includes(s))], NOT_DATE),
  f("quantity", "Quantity", "number", false, QUANTITY, NOT_QUANTITY),
  ...without(DELIVERY_FIELDS, [...RECEIPT_FIELDS.map((x) => x.id), "customerCertificate"]),
];

// prettier-ignore
const FACTOR_FIELDS: FieldSpec[] = [
  // one vocabulary with the production sheet's sides ("Ausbringung Produkt", "Ausbringungsprodukt")
  col("factor", "inputProduct", [...[...INPUT_PRODUCT, ...INPUT_PRODUCT_MORE].map((s) => s.replace(/^!/, "")), "from product"]),
  col("factor", "outputProduct", [...[...OUTPUT_PRODUCT, ...OUTPUT_PRODUCT_MORE].map((s) => s.replace(/^!/, "")), "to product"]),
  { ...col("factor", "factor", syn("!factor|!conversion factor|!umrechnungsfaktor|!yield|!ausbeute|!faktor|!yield factor|!conversion rate|!facteur de conversion|!conversiefactor|!factor de conversion|!fattore di conversione|!wspolczynnik konwersji|!omregningsfaktor|!omvandlingsfaktor|!facteur|!rendement|!taux de conversion|!rendimiento|!tasa de conversion|!fattore|!resa|!omrekeningsfactor|!opbrengst|!wydajnosc|!uzysk|!wspolczynnik przeliczeniowy|!wspolczynnik przeliczenia|!umrechnungsverhaltnis|!verhaltnis input output|!verhaltnis output input|!conversion ratio|!ratio input output|!input output ratio|!rapport de conversion|!rapport entree sortie|!rapporto di conversione|!relacion de conversion|!omrekeningsverhouding|!verhouding input output|!stosunek przeliczeniowy|!stosunek wsad uzysk")), percent: "fraction" },
  col("factor", "validFrom", syn("valid from|gultig ab|from|von|start|gultig von|valid since|begin")),
  col("factor", "validTo", syn("valid to|valid until|gultig bis|to|bis|until|end|ende")),
  col("factor", "site", SITE, NOT_SITE),
];

// prettier-ignore
const STOCK_FIELDS: FieldSpec[] = [
  col("stock", "date", [...DATE, "!count date", "!stichtag", "!inventurdatum", "!stock date", "!date of count", "!inventory date", "!stocktaking date", "!zahldatum", "!date d inventaire", "!inventarisatiedatum", "!fecha de inventario", "!data inventario", "!data inwentaryzacji", "!optaellingsdato", "!inventeringsdatum"], NOT_DATE),
  col("stock", "product", PRODUCT, NOT_PRODUCT),
  col("stock", "quantity", [...QUANTITY, "!physical stock", "!stock", "!bestand", "!counted quantity", "!inventory", "!inventurmenge", "!bestandsmenge", "!stock quantity", "!tank stock", "!closing stock", "!endbestand", "!counted", "!gezahlte menge", "!physischer bestand", "!tankbestand", "!ist bestand", "!stock physique", "!voorraad", "!existencias", "!giacenza", "!stan magazynowy", "!lagerbeholdning", "!lagersaldo", ...COUNTED], [...NOT_QUANTITY, ...NOT_COUNTED]),
  col("stock", "unit", UNIT, NOT_UNIT),
  col("stock", "site", SITE, NOT_SITE),
  col("stock", "tank", STORAGE, syn("stock|bestand|quantity|menge|capacity|kapazitat|level|fullstand|volume|date|datum")),
  // p-factor (brk8 #20): "Bestand (m³) | Dichte (kg/m³)": the count converts by its own density
  ...conversionFields("stock"),
];

// prettier-ignore
const CERTIFICATE_FIELDS: FieldSpec[] = [
  col("certificate", "certificateNumber", [...CERT_NO, ...CERT_NO_REGISTER], syn("holder|inhaber|valid|gultig|status|date|datum")),
  col("certificate", "holder", [...CERT_HOLDER, "!detenteur", "lieferant"]),
  col("certificate", "scheme", CERT_SCHEME),
  col("certificate", "validFrom", CERT_VALID_FROM),
  col("certificate", "validUntil", CERT_VALID_UNTIL),
  col("certificate", "status", syn("!status|!certificate status|!zertifikatsstatus|!statut|!estado|!stato")),
];

// prettier-ignore
const SITE_FIELDS: FieldSpec[] = [
  col("site", "site", [...SITE, "site name", "standortname"], NOT_SITE),
  col("site", "company", syn("company|unternehmen|firma|legal entity|gesellschaft|company name")),
  col("site", "country", syn("country|land|staat|pays|pais|paese|kraj")),
  col("site", "certificateNumber", syn("certificate|certificate number|certificate no|zertifikat|zertifikatsnummer")),
  col("site", "certificationBody", syn("!certification body|!zertifizierungsstelle|!cb|!certifier|!zertifizierer")),
  col("site", "address", SITE_ADDR),
];

// prettier-ignore
const TRANSFER_FIELDS: FieldSpec[] = [
  col("transfer", "date", [...DATE, "!transfer date", "!umbuchungsdatum"], NOT_DATE),
  // brk26 L4, N4: beside a dispatch date, the arrival date: found as a pair, never alone (transfer-dates.ts)
  // (its label's own words bar it: a lone "Arrival date" stays the transfer's Date, as before)
  col("transfer", "arrivalDate", [], syn("arrival|date")),
  col("transfer", "fromSite", syn("!from site|!from|!von standort|!von|!sending site|!source site|!origin site|!abgebender standort|!site de depart|!desde sitio|!da sito|!z zakladu|!fra lokation|!fran plats")),
  col("transfer", "toSite", syn("!to site|!to|!nach standort|!nach|!receiving site|!destination site|!destination|!empfangender standort|!site d arrivee|!naar locatie|!a sitio|!a sito|!do zakladu|!til lokation|!till plats")),
  col("transfer", "product", PRODUCT, NOT_PRODUCT),
  // (brk22 §9) "Sent (t)", "Versandmenge": what left the sending site is the transfer's quantity
  col("transfer", "quantity", [...QUANTITY, ...syn("sent|quantity sent|sent quantity|dispatched|shipped|versandt|versandmenge|menge versandt|envoye|quantite envoyee|spedito|quantita spedita|enviado|cantidad enviada|verzonden|verstuurd|wyslano|ilosc wyslana")], NOT_QUANTITY), // prettier-ignore
  // beside the quantity sent, the quantity received: its column is found beside it, never alone (transfer-received.ts)
  col("transfer", "received", [], NOT_QUANTITY),
  // brk25 §0: "Transit loss (t)", "Schwund": found beside the quantity, never alone (transfer-loss.ts)
  // brk26 L1: a loss typed "0,5 %" or under "Schwund (%)" keeps its "%": a share of what was sent
  { ...col("transfer", "loss", [], NOT_QUANTITY), percent: "keep" },
  // h-transfer3: "Differenz (t)" beside both the quantity sent and received: found there, never alone (transfer-loss.ts)
  { ...col("transfer", "difference", [], NOT_QUANTITY), percent: "keep" },
  col("transfer", "unit", UNIT, NOT_UNIT),
  ...characteristics("transfer"),
  ...GHG,
];

// prettier-ignore
export const KINDS: readonly KindSpec[] = [
  { kind: "receipts", label: "Receipts", nameHints: syn("receipt|receipts|incoming|purchase|purchases|eingang|eingange|wareneingang|zugang|zugange|einkauf|inbound|intake|reception|ontvangst|recepcion|ricevimento|przyjecie|modtagelse|mottagning|inkoop|achats|compras|acquisti|zakupy|indkob|inkop"), fields: RECEIPT_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "deliveries", label: "Deliveries", nameHints: syn("delivery|deliveries|sales|sale|outgoing|ausgang|ausgange|warenausgang|abgang|abgange|verkauf|verkaufe|lieferungen|outbound|dispatch|livraisons|ventes|leveringen|verkoop|ventas|entregas|vendite|consegne|sprzedaz|dostawy|salg|leveringer|forsaljning|leveranser"), fields: DELIVERY_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "ledger", label: "Combined ledger", nameHints: syn("ledger|journal|register|book|books|mass balance|massenbilanz|buch|bestandsbuch|movements|bewegungen"), fields: LEDGER_FIELDS, needs: [syn("date|product|direction|quantity"), syn("date|product|inQuantity|outQuantity")] },
  { kind: "production", label: "Production", nameHints: syn("production|produktion|processing|verarbeitung|conversion|conversions"), fields: PRODUCTION_FIELDS, needs: [syn("date|inputProduct|inputQuantity|outputProduct")] },
  { kind: "factors", label: "Conversion factors", nameHints: syn("factor|factors|faktoren|umrechnungsfaktoren|yields|ausbeuten"), fields: FACTOR_FIELDS, needs: [syn("inputProduct|outputProduct|factor")] },
  { kind: "stock", label: "Stock counts", nameHints: syn("stock|stocks|inventory|inventur|bestand|bestande|stock count|stock counts|tank|inventaire|inventario|existencias|voorraad|giacenza"), fields: STOCK_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "certificates", label: "Certificates", nameHints: syn("certificate|certificates|zertifikate|zertifikat|certs|certificats|certificat|certificados|certificado|certificati|certificato|certificaten|certificaat|zertifikatsregister|certificate register"), fields: CERTIFICATE_FIELDS, needs: [syn("certificateNumber|validFrom|validUntil")] },
  { kind: "sites", label: "Sites", nameHints: syn("site|sites|standort|standorte|plants|locations"), fields: SITE_FIELDS, needs: [["site"]] },
  { kind: "transfers", label: "Transfers", nameHints: TRANSFER_NAMES, fields: TRANSFER_FIELDS, needs: [syn("date|fromSite|toSite|product|quantity")] },
];

export function kindSpec(kind: SheetKind): KindSpec | undefined {
  return KINDS.find((k) => k.kind === kind);
}

/**
 * The column of a line's status (cancelled, rejected, pending…) on a table whose records have no
 * status field of their own (all but the certificate register): no field of the records, it is read
 * by its heading (row-state.ts) or where the user maps it (corrections.ts), and the mapping editor
 * offers it with the fields (fieldsOf).
 */
export const STATUS_FIELD = "status";

/** Whether `field` is the line status column of a table of `spec` (STATUS_FIELD), not one of its fields. */
export function isRowStatus(spec: KindSpec, field: string): boolean {
  return field === STATUS_FIELD && !spec.fields.some((f) => f.id === STATUS_FIELD);
}

/** Fields for the mapping editor: id, label and whether the sheet cannot be read without it. */
export function fieldsOf(kind: SheetKind): { id: string; label: string; required: boolean }[] {
  const spec = kindSpec(kind);
  if (spec) {
    const fields = spec.fields.map(({ id, label, required }) => ({ id, label, required }));
    const status = { id: STATUS_FIELD, label: "Status (cancelled, rejected, pending…)", required: false };
    return isRowStatus(spec, STATUS_FIELD) ? [...fields, status] : fields;
  }
  if (kind === "settings") return SETTINGS_FIELDS.map(({ id, label, required }) => ({ id, label, required }));
  return [];
}
