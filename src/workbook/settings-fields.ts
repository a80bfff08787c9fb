// The keys of a settings sheet and the columns of the declaration register: fields of the
// workbook that are no sheet kind of their own.
import { col, f, type FieldSpec, syn } from "./field-spec";
import { fold } from "./normalise";
import type { CellValue } from "./port";

/** Keys of a settings sheet ("Company name | Acme GmbH"), by SettingsInput property. */
// prettier-ignore
export const SETTINGS_FIELDS: readonly FieldSpec[] = [
  f("companyName", "Company name", "text", false, syn("company name|company|firma|firmenname|unternehmen|name of company|unternehmensname|societe|entreprise|raison sociale|nom de la societe|empresa|nombre de la empresa|razon social|nom de l entreprise|nom entreprise|nom de societe|nombre de empresa|nombre empresa|ragione sociale|nome azienda|nome dell azienda|nome della societa|azienda|societa|bedrijfsnaam|naam bedrijf|bedrijf|naam|name des unternehmens|firma name")),
  f("companyAddress", "Company address", "text", false, syn("company address|address|adresse|anschrift|firmenadresse|adresse de la societe|direccion|domicilio|adresse de l entreprise|adresse entreprise|adresse societe|direccion de la empresa|direccion empresa|indirizzo|indirizzo azienda|indirizzo della societa|sede|bedrijfsadres|adres|adres bedrijf|unternehmensadresse|firmenanschrift")),
  f("ownCertificate", "Own certificate no.", "text", false, syn("own certificate|own certificate no|own certificate number|own certificate nr|certificate|certificate number|certificate no|iscc certificate|zertifikat|zertifikatsnummer|eigenes zertifikat|our certificate|certificat|numero de certificat|certificado|numero de certificado|eigene zertifikatsnummer|eigene zertifikatnummer|eigenes zertifikat nr|eigene zertifikat nr|unser zertifikat|certificat propre|propre certificat|notre certificat|numero de certificat propre|certificado propio|nuestro certificado|numero de certificado propio|certificato proprio|nostro certificato|numero di certificato|numero certificato|certificato|eigen certificaat|certificaat|certificaatnummer|eigen certificaatnummer|ons certificaat")),
  f("scheme", "Scheme", "text", false, syn("scheme|zertifizierungssystem|system|certification scheme|schema|zertifizierungsschema|systeme|systeme de certification|regime|esquema|sistema|sistema de certificacion|esquema de certificacion|schema di certificazione|sistema di certificazione|certificeringsschema|certificeringssysteem|systeem|zertifizierungsstandard|norme")),
  f("periodMonths", "Period length (months)", "number", false, syn("period length|period length months|period months|periode monate|periodenlange|bilanzzeitraum|bilanzierungszeitraum|period|balance period|periode|duree de la periode|periode mois|periode de bilan|periodo|duracion del periodo|periodo meses|periodo de balance|duree de periode|longueur de la periode|duree|duracion de periodo|longitud del periodo|durata del periodo|durata periodo|lunghezza del periodo|periodelengte|lengte periode|periodeduur|duur van de periode|duur periode|lange der periode|periodendauer|bilanzperiode|periodenlaenge|zeitraum")),
  f("periodStart", "First period start", "date", false, syn("period start|first period start|start of period|periodenbeginn|beginn bilanzzeitraum|start of first period|debut de la periode|debut de periode|inicio del periodo|inicio de periodo|debut de la premiere periode|debut premiere periode|date de debut|inicio del primer periodo|inicio primer periodo|fecha de inicio|inizio primo periodo|inizio del primo periodo|inizio periodo|inizio del periodo|data di inizio|begin eerste periode|begin van de eerste periode|begin periode|begindatum|startdatum|beginn des ersten zeitraums|beginn erster zeitraum|beginn der ersten periode|beginn erste periode|beginn des zeitraums|first period|start date")),
  f("sdPrefix", "SD number prefix", "text", false, syn("sd prefix|sd number prefix|prefix|prafix|nummernprafix|sd prafix|prefixe sd|prefixe|prefixe des numeros sd|prefijo sd|prefijo|prefisso sd|prefisso|sd voorvoegsel|voorvoegsel|prefix sd|prafix sd nummern|prafix sd|sd nummern prafix|prafix der sd nummern|prefix of sd numbers")),
  f("mode", "Balance mode", "text", false, syn("mode|balance mode|modus|bilanzmodus|mode de bilan|modo|modo de balance|modalita|modus")),
  f("ghgPooling", "GHG pooling", "text", false, syn("ghg pooling|pooling|thg pooling")),
  { ...f("stockTolerance", "Stock tolerance (%)", "number", false, syn("stock tolerance|bestandstoleranz|inventory tolerance|stock tolerance percent|toleranz bestand|tolerance de stock|tolerance stock|tolerancia de existencias|tolerancia de stock|tolleranza scorte|tolleranza magazzino|voorraadtolerantie|tolerantie voorraad")), percent: "keep" },
  { ...f("conversionTolerance", "Conversion tolerance (%)", "number", false, syn("conversion tolerance|umrechnungstoleranz|yield tolerance|conversion tolerance percent|ausbeutetoleranz|tolerance de conversion|tolerancia de conversion|tolleranza di conversione|conversietolerantie|tolerantie conversie")), percent: "keep" },
  f("plusCapCarryForward", "ISCC PLUS: cap carry-forward at stock", "text", false, syn("plus cap carry forward|cap carry forward|cap carry forward at stock")),
  f("capWithoutCount", "Without a stock count, cap carry-forward at book stock", "text", false, syn("cap without count|cap without stock count|cap carry forward without count|cap carry forward at book stock|without a stock count cap carry forward at book stock|ohne inventur begrenzen")),
  f("operatorType", "Operator type (farm, first gathering point, other)", "text", false, syn("operator type|type of operator|operator|betriebsart|betriebstyp|art des betriebs|unternehmensart|wirtschaftsbeteiligter|type d operateur|tipo de operador|tipo di operatore|type marktdeelnemer")),
  f("issueDate", "Issue date of new declarations", "date", false, syn("issue date|date of issuance|ausstellungsdatum|date d emission|date de delivrance|fecha de emision|fecha emision|data di emissione|data emissione|uitgiftedatum|datum van uitgifte|datum uitgifte")),
  f("defaultUnit", "Default unit of quantities", "text", false, syn("default unit|unit of quantities|quantity unit|standardeinheit|mengeneinheit|einheit der mengen|account unit|bilanzeinheit|unite des quantites|unite par defaut|unidad de cantidades|unidad por defecto|unita delle quantita|unita predefinita|standaardeenheid|eenheid hoeveelheden")),
  f("densityUnit", "Unit of densities", "text", false, syn("density unit|unit of densities|einheit dichte|dichteeinheit")),
  f("heatingValueUnit", "Unit of heating values", "text", false, syn("heating value unit|unit of heating values|einheit heizwert|heizwerteinheit")),
  f("energyAccounting", "Energy accounting (yes, MJ or kWh)", "text", false, syn("energy accounting|energy balance|energiebilanzierung|energiebilanz|bilanzierung nach energiegehalt|account in energy")),
  f("decimalSeparator", "Decimal separator (comma or point)", "text", false, syn("decimal separator|decimal mark|dezimaltrennzeichen|dezimalzeichen|decimal sign|dezimaltrenner|separateur decimal|signe decimal|separador decimal|signo decimal|separatore decimale|decimaalteken|decimaal scheidingsteken|scheidingsteken decimalen")),
  f("dateOrder", "Date order (DMY or MDY)", "text", false, syn("date order|datumsreihenfolge|reihenfolge datum|date format|datumsformat|order of dates|ordre des dates|format de date|format des dates|orden de fecha|orden de las fechas|formato de fecha|formato fecha|formato della data|formato data|ordine data|datumnotatie|datumformaat|datumvolgorde|volgorde datum")),
];

/** The declaration register the app writes as `MB Declarations`; read back to keep numbers. */
// prettier-ignore
export const REGISTER_FIELDS: readonly FieldSpec[] = [
  col("issued", "number", syn("sd number|number|declaration number|sd no|sd")),
  col("issued", "deliverySheet", ["delivery sheet", "sheet"]),
  col("issued", "deliveryRow", ["delivery row", "row"]),
  col("issued", "fingerprint", syn("fingerprint|fingerprint sha 256|sha 256")),
  col("issued", "quantity", ["quantity", "qty"]),
];

// A period length as people write it: "3", "3 Monate", "3 months", "quarterly", "Quartal".
const PERIOD_WORDS: [RegExp, number][] = [
  [/^(monthly|monatlich|month|monat|mensuel|mensual)$/, 1],
  [
    /^(quarterly|quarter|quartal|quartalsweise|vierteljahrlich|vierteljahr|trimestriel|trimestre|trimestral)$/,
    3,
  ],
  [
    /^(half yearly|half year|halfyearly|semi annual|semiannual|halbjahrlich|halbjahr|semestriel|semestre|semestral)$/,
    6,
  ],
  [/^(yearly|annual|annually|year|jahrlich|jahr|annuel|anuel|anual)$/, 12],
];

/** A period length cell as the number it states ("3 Monate" → "3", "quarterly" → "3"); else the cell as it is. */
export function periodText(raw: CellValue): CellValue {
  if (typeof raw !== "string") return raw;
  const t = fold(raw)
    .trim()
    .replace(/[^a-z0-9,. ]+/g, " ")
    .replace(/\s+/g, " ");
  const m = /^(\d+(?:[.,]\d+)?)\s*(months?|monate?|mon|mo|mois|mes|meses)$/.exec(t);
  if (m) return m[1] ?? raw;
  for (const [re, n] of PERIOD_WORDS) if (re.test(t)) return String(n);
  return raw;
}
