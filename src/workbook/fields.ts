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

/** "date|datum|posting date" -> ["date", "datum", "posting date"]: one line per synonym list. */
const syn = (list: string): string[] => list.split("|");

// A field's own label is always one of its synonyms: staff who copy our labels are understood.
const f = (id: string, label: string, type: FieldType, required: boolean, synonyms: string[]): FieldSpec => ({
  id,
  label,
  type,
  required,
  synonyms: synonyms.includes(label) ? synonyms : [...synonyms, label],
});

const DATE = syn("date|datum|posting date|buchungsdatum|belegdatum|document date|transaction date|tag");
const PRODUCT = syn(
  "product|produkt|material|product name|produktbezeichnung|artikel|ware|commodity|goods|sorte|product description|materialbezeichnung",
);
const QUANTITY = syn(
  "quantity|qty|menge|net weight|nettogewicht|weight|gewicht|net quantity|nettomenge|volume|volumen|tonnage|mass|masse|amount|net mass|energy|energie|energiemenge|energy quantity",
);
const UNIT = syn("unit|einheit|uom|unit of measure|mengeneinheit|me");
const SITE = syn("site|standort|plant|werk|location|lagerort|storage|lager");
const SCHEME = syn("scheme|certification scheme|zertifizierungssystem|system|schema");
const CLAIM = syn("claim|sustainability claim|claim category|claims|compliance");
const RAW = syn("raw material|rohstoff|feedstock|ausgangsstoff|rohstoffart|raw material type");
const ORIGIN = syn(
  "country of origin|origin|herkunftsland|ursprungsland|herkunft|country|land|origin country",
);
const WASTE = syn(
  "waste residue|waste or residue|waste|residue|abfall reststoff|abfall|reststoff|abfall oder reststoff|waste status",
);
const ANNEX = syn("annex ix|annex ix part|anhang ix|anhang ix teil|annex ix category|annex");
const SD_IN = syn(
  "!sd number|!sd no|!sd nr|sd|!pos|!pos number|!pos no|!pos nr|!proof of sustainability|!proof of sustainability number|!nachhaltigkeitsnachweis|!nachhaltigkeitsnachweis nr|!nachweis nr|!sustainability declaration|!sustainability declaration number|!incoming sd|!sd in|!eingehender nachweis|!sd id|!pos id|nn nr",
);
const SD_OUT = syn(
  "sd number|sd no|sd nr|sd|pos number|pos no|pos nr|sustainability declaration|sustainability declaration number|!outgoing sd|!sd out|!ausgehender nachweis|!sd issued|nachhaltigkeitsnachweis|nachhaltigkeitsnachweis nr|nachweis nr|pos",
);

const ghgField = (part: string, label: string, extra: string[] = []): FieldSpec =>
  f(`ghg.${part}`, label, "number", false, [
    part,
    `ghg ${part}`,
    `thg ${part}`,
    `emissions ${part}`,
    ...extra,
  ]);

// prettier-ignore
const GHG: FieldSpec[] = [
  f("ghg.total", "GHG emissions total (E)", "number", false, syn("ghg|ghg total|total ghg|ghg emissions|ghg value|ghg e|e total|total emissions|thg|thg gesamt|thg emissionen|thg wert|treibhausgas|treibhausgasemissionen|emissions|co2 emissions|ghg emission|e|ghg total e|total e")),
  ghgField("eec", "GHG eec (cultivation)"),
  ghgField("el", "GHG el (land use)"),
  ghgField("ep", "GHG ep (processing)"),
  ghgField("etd", "GHG etd (transport)"),
  ghgField("eu", "GHG eu (fuel in use)"),
  ghgField("esca", "GHG esca (soil carbon)"),
  ghgField("eccs", "GHG eccs (carbon capture and storage)"),
  ghgField("eccr", "GHG eccr (carbon capture and replacement)"),
  f("ghg.unit", "GHG unit", "text", false, syn("ghg unit|thg einheit|emission unit|ghg emissions unit")),
  f("ghg.method", "GHG method (TDV, DDV, AV)", "text", false, syn("ghg method|method|methode|thg methode|calculation method|berechnungsmethode|ghg calculation method|ghg type")),
];

// prettier-ignore
const CHARACTERISTICS: FieldSpec[] = [
  f("scheme", "Scheme", "scheme", false, SCHEME),
  f("claim", "Claim", "claim", false, CLAIM),
  f("rawMaterial", "Raw material", "text", false, RAW),
  f("countryOfOrigin", "Country of origin", "country", false, ORIGIN),
  f("wasteResidue", "Waste or residue", "yesno", false, WASTE),
  f("annexIxPart", "Annex IX part", "text", false, ANNEX),
];

const SUPPLIER = syn(
  "!supplier|!lieferant|!vendor|!seller|!verkaufer|!supplier name|!lieferantenname|!kreditor|!bezogen von|!received from",
);
const SUPPLIER_CERT = syn(
  "!supplier certificate|!supplier certificate no|!supplier certificate number|!lieferant zertifikat|!zertifikat lieferant|!zertifikatsnummer lieferant|certificate|certificate no|certificate number|zertifikat|zertifikatsnummer|zertifikat nr|cert no|iscc certificate|supplier cert",
);
const CUSTOMER = syn(
  "!customer|!kunde|!buyer|!kaufer|!recipient|!empfanger|!customer name|!kundenname|!abnehmer|!debitor|!sold to",
);
const CUSTOMER_CERT = syn(
  "!customer certificate|!customer certificate no|!customer certificate number|!kunde zertifikat|!zertifikat kunde|!recipient certificate|certificate|certificate no|certificate number|zertifikat|zertifikatsnummer|zertifikat nr|cert no|iscc certificate",
);
const CUSTOMER_ADDR = syn(
  "!customer address|!kundenadresse|address|adresse|anschrift|!recipient address|!empfangeradresse",
);
const DISPATCH_ADDR = syn(
  "!dispatch address|!versandadresse|!lieferadresse|!delivery address|!loading point|!verladeort|!place of dispatch|!shipping address",
);
const SUSTAINABLE = syn(
  "!sustainable|!nachhaltig|!sustainable quantity|!nachhaltige menge|!sold as sustainable|!certified|!zertifiziert|!sustainable yes no",
);
const DENSITY = syn(
  "density|dichte|specific gravity|spezifisches gewicht|rohdichte|schuttdichte|bulk density",
);
const DENSITY_UNIT = syn("density unit|dichte einheit|einheit dichte|unit of density");
const HEATING = syn(
  "heating value|lower heating value|lhv|heizwert|unterer heizwert|calorific value|net calorific value|ncv|energy content|energiegehalt|brennwert",
);
const HEATING_UNIT = syn(
  "heating value unit|heizwert einheit|einheit heizwert|lhv unit|unit of heating value",
);
// Conversion values a row may carry (domain.md §4), each with its own unit column or header unit.
const CONVERSION_FIELDS = (): FieldSpec[] => [
  f("heatingValue", "Heating value", "number", false, HEATING),
  f("heatingValueUnit", "Heating value unit", "unit", false, HEATING_UNIT),
  f("density", "Density", "number", false, DENSITY),
  f("densityUnit", "Density unit", "unit", false, DENSITY_UNIT),
];

const LINKED = syn(
  "!linked sd|!linked sds|!backing sd|!input sd|!incoming sds|!verknupfte nachweise|!zugeordnete nachweise|!sd inputs",
);

// prettier-ignore
const RECEIPT_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!receipt date", "!eingangsdatum", "!date of receipt", "!wareneingangsdatum", "!received on"]),
  f("product", "Product", "text", true, PRODUCT),
  f("quantity", "Quantity", "number", true, [...QUANTITY, "!quantity received", "!eingangsmenge", "!received quantity"]),
  f("unit", "Unit", "unit", false, UNIT),
  f("supplier", "Supplier", "text", false, SUPPLIER),
  f("supplierCertificate", "Supplier certificate no.", "text", false, SUPPLIER_CERT),
  f("sdNumber", "Incoming SD / PoS number", "text", false, SD_IN),
  ...CHARACTERISTICS,
  ...GHG,
  f("installationStartDate", "Installation start date", "dateOrYear", false, syn("!installation start date|!installation date|!inbetriebnahme|!inbetriebnahmedatum|!date of installation|!plant start date|!operation start date|!date of operation start")),
  f("site", "Site", "text", false, SITE),
  f("dispatchDate", "Dispatch date", "date", false, syn("dispatch date|versanddatum|date of dispatch|loading date|verladedatum|shipping date")),
  ...CONVERSION_FIELDS(),
];

// prettier-ignore
const DELIVERY_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!delivery date", "!lieferdatum", "!date of delivery", "!sale date", "!verkaufsdatum", "!dispatch date", "!versanddatum"]),
  f("product", "Product", "text", true, PRODUCT),
  f("quantity", "Quantity", "number", true, [...QUANTITY, "!quantity delivered", "!liefermenge", "!delivered quantity", "!sold quantity", "!verkaufte menge"]),
  f("unit", "Unit", "unit", false, UNIT),
  f("customer", "Customer", "text", false, CUSTOMER),
  f("customerAddress", "Customer address", "text", false, CUSTOMER_ADDR),
  f("customerCertificate", "Customer certificate no.", "text", false, CUSTOMER_CERT),
  f("sustainable", "Sustainable (yes/no, quantity or %)", "share", false, SUSTAINABLE),
  f("claim", "Claim", "claim", false, CLAIM),
  f("sdNumber", "Outgoing SD number", "text", false, SD_OUT),
  f("site", "Site", "text", false, SITE),
  f("scheme", "Scheme", "scheme", false, SCHEME),
  f("linkedSds", "Linked incoming SD numbers", "list", false, LINKED),
  f("dispatchAddress", "Dispatch address", "text", false, DISPATCH_ADDR),
  ...GHG,
  ...CONVERSION_FIELDS(),
];

const DIRECTION = syn(
  "!type|!direction|!in out|!movement|!transaction type|!art|!buchungsart|!bewegungsart|!richtung|!vorgang|!typ|!receipt sale|!receipt delivery|!purchase sale|!eingang ausgang|!zugang abgang|!booking type|!entry type",
);
const IN_QTY = syn(
  "!in|!quantity in|!menge in|!in quantity|!eingang|!zugang|!received|!incoming|!receipts|!qty in|!menge eingang|!eingang menge|!zugang menge|!inflow",
);
const OUT_QTY = syn(
  "!out|!quantity out|!menge aus|!menge out|!out quantity|!ausgang|!abgang|!delivered|!outgoing|!deliveries|!qty out|!menge ausgang|!ausgang menge|!abgang menge|!outflow|!sold",
);
const PARTNER = syn(
  "!counterparty|!partner|!geschaftspartner|!supplier customer|!lieferant kunde|!business partner|!supplier or customer",
);

// Fields a combined ledger shares with receipts and deliveries say nothing about its kind there.
const without = (fields: FieldSpec[], ids: string[]) =>
  fields
    .filter((x) => !ids.includes(x.id))
    .map((x) => ({ ...x, synonyms: x.synonyms.map((s) => s.replace(/^!/, "")) }));

// prettier-ignore
const LEDGER_FIELDS: FieldSpec[] = [
  f("direction", "Type (in or out)", "direction", false, DIRECTION),
  f("inQuantity", "Quantity in", "number", false, IN_QTY),
  f("outQuantity", "Quantity out", "number", false, OUT_QTY),
  f("counterparty", "Supplier or customer", "text", false, PARTNER),
  f("certificate", "Supplier or customer certificate no.", "text", false, syn("certificate|certificate no|certificate number|zertifikat|zertifikatsnummer|zertifikat nr|cert no")),
  ...without(RECEIPT_FIELDS, syn("supplierCertificate|quantity|date")),
  f("date", "Date", "date", true, DATE),
  f("quantity", "Quantity", "number", false, QUANTITY),
  ...without(DELIVERY_FIELDS, [...RECEIPT_FIELDS.map((x) => x.id), "customerCertificate"]),
];

// prettier-ignore
const PRODUCTION_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!production date", "!produktionsdatum"]),
  f("inputProduct", "Input product", "text", true, syn("!input product|!einsatzstoff|!input|!input material|!eingangsprodukt|!einsatzprodukt|!rohstoff produkt")),
  f("inputQuantity", "Input quantity", "number", true, syn("!input quantity|!einsatzmenge|!input qty|!menge input|!input menge|!quantity input|!consumed|!verbrauch")),
  f("outputProduct", "Output product", "text", true, syn("!output product|!erzeugnis|!output|!output material|!ausgangsprodukt|!endprodukt|!produced product")),
  f("outputQuantity", "Output quantity", "number", false, syn("!output quantity|!ausbringungsmenge|!output qty|!produzierte menge|!produced quantity|!output menge|!quantity output|!produced|!erzeugte menge")),
  f("factor", "Conversion factor", "number", false, syn("factor|conversion factor|umrechnungsfaktor|yield|ausbeute|faktor|yield factor")),
  f("sustainableInputQuantity", "Sustainable input quantity", "number", false, syn("!sustainable input quantity|!nachhaltige einsatzmenge|!sustainable input|!sustainable quantity input")),
  f("unit", "Unit", "unit", false, UNIT),
  f("site", "Site", "text", false, SITE),
  ...GHG,
  ...CONVERSION_FIELDS(),
];

// prettier-ignore
const FACTOR_FIELDS: FieldSpec[] = [
  f("inputProduct", "Input product", "text", true, syn("input product|einsatzstoff|input|input material|eingangsprodukt|from product")),
  f("outputProduct", "Output product", "text", true, syn("output product|erzeugnis|output|output material|ausgangsprodukt|to product")),
  f("factor", "Conversion factor", "number", true, syn("!factor|!conversion factor|!umrechnungsfaktor|!yield|!ausbeute|!faktor|!yield factor|!conversion rate")),
  f("validFrom", "Valid from", "date", false, syn("valid from|gultig ab|from|von|start|gultig von")),
  f("validTo", "Valid to", "date", false, syn("valid to|valid until|gultig bis|to|bis|until|end")),
  f("site", "Site", "text", false, SITE),
];

// prettier-ignore
const STOCK_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!count date", "!stichtag", "!inventurdatum", "!stock date", "!date of count", "!inventory date"]),
  f("product", "Product", "text", true, PRODUCT),
  f("quantity", "Counted quantity", "number", true, [...QUANTITY, "!physical stock", "!stock", "!bestand", "!counted quantity", "!inventory", "!inventurmenge", "!bestandsmenge", "!stock quantity", "!tank stock", "!closing stock", "!endbestand", "!counted", "!gezahlte menge", "!physischer bestand"]),
  f("unit", "Unit", "unit", false, UNIT),
  f("site", "Site", "text", false, SITE),
];

const CERT_NO = syn(
  "!certificate number|!certificate no|certificate|zertifikat|!zertifikatsnummer|!zertifikat nr|!cert no|!certificate id",
);

// prettier-ignore
const CERTIFICATE_FIELDS: FieldSpec[] = [
  f("certificateNumber", "Certificate no.", "text", true, CERT_NO),
  f("holder", "Holder", "text", false, syn("!holder|!certificate holder|!inhaber|!zertifikatsinhaber|company|unternehmen|firma|name")),
  f("scheme", "Scheme", "text", false, SCHEME),
  f("validFrom", "Valid from", "date", true, syn("!valid from|!gultig ab|!issue date|!issued|!ausstellungsdatum|!gultig von|start")),
  f("validUntil", "Valid until", "date", true, syn("!valid until|!valid to|!expiry|!expiry date|!gultig bis|!ablaufdatum|!expires|!expiration date")),
  f("status", "Status", "text", false, syn("!status|!certificate status|!zertifikatsstatus")),
];

// prettier-ignore
const SITE_FIELDS: FieldSpec[] = [
  f("site", "Site", "text", true, [...SITE, "site name", "standortname"]),
  f("company", "Company", "text", false, syn("company|unternehmen|firma|legal entity|gesellschaft|company name")),
  f("country", "Country", "country", false, syn("country|land|staat")),
  f("certificateNumber", "Own certificate no.", "text", false, syn("certificate|certificate number|certificate no|zertifikat|zertifikatsnummer")),
  f("certificationBody", "Certification body", "text", false, syn("!certification body|!zertifizierungsstelle|!cb|!certifier|!zertifizierer")),
];

// prettier-ignore
const TRANSFER_FIELDS: FieldSpec[] = [
  f("date", "Date", "date", true, [...DATE, "!transfer date", "!umbuchungsdatum"]),
  f("fromSite", "From site", "text", true, syn("!from site|!from|!von standort|!von|!sending site|!source site|!origin site|!abgebender standort")),
  f("toSite", "To site", "text", true, syn("!to site|!to|!nach standort|!nach|!receiving site|!destination site|!destination|!empfangender standort")),
  f("product", "Product", "text", true, PRODUCT),
  f("quantity", "Quantity", "number", true, QUANTITY),
  f("unit", "Unit", "unit", false, UNIT),
  ...CHARACTERISTICS,
  ...GHG,
];

// prettier-ignore
export const KINDS: readonly KindSpec[] = [
  { kind: "receipts", label: "Receipts", nameHints: syn("receipt|receipts|incoming|purchase|purchases|eingang|eingange|wareneingang|zugang|zugange|einkauf|inbound|intake"), fields: RECEIPT_FIELDS, needs: [syn("date|product|quantity")] },
  { kind: "deliveries", label: "Deliveries", nameHints: syn("delivery|deliveries|sales|sale|outgoing|ausgang|ausgange|warenausgang|abgang|abgange|verkauf|verkaufe|lieferungen|outbound|dispatch"), fields: DELIVERY_FIELDS, needs: [syn("date|product|quantity")] },
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
  f("stockTolerance", "Stock tolerance", "number", false, syn("stock tolerance|bestandstoleranz|inventory tolerance")),
  f("conversionTolerance", "Conversion tolerance", "number", false, syn("conversion tolerance|umrechnungstoleranz|yield tolerance")),
  f("plusCapCarryForward", "ISCC PLUS: cap carry-forward at stock", "text", false, syn("plus cap carry forward|cap carry forward|cap carry forward at stock")),
  f("issueDate", "Issue date of new declarations", "date", false, syn("issue date|date of issuance|ausstellungsdatum")),
  f("defaultUnit", "Default unit of quantities", "text", false, syn("default unit|unit of quantities|quantity unit|standardeinheit|mengeneinheit|einheit der mengen|account unit|bilanzeinheit")),
  f("densityUnit", "Unit of densities", "text", false, syn("density unit|unit of densities|einheit dichte|dichteeinheit")),
  f("heatingValueUnit", "Unit of heating values", "text", false, syn("heating value unit|unit of heating values|einheit heizwert|heizwerteinheit")),
  f("energyAccounting", "Energy accounting (yes, MJ or kWh)", "text", false, syn("energy accounting|energy balance|energiebilanzierung|energiebilanz|bilanzierung nach energiegehalt|account in energy")),
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
