// The keys of a settings sheet and the columns of the declaration register: fields of the
// workbook that are no sheet kind of their own.
import { col, f, type FieldSpec, syn } from "./field-spec";

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

/** The declaration register the app writes as `MB Declarations`; read back to keep numbers. */
// prettier-ignore
export const REGISTER_FIELDS: readonly FieldSpec[] = [
  col("issued", "number", syn("sd number|number|declaration number|sd no|sd")),
  col("issued", "deliverySheet", ["delivery sheet", "sheet"]),
  col("issued", "deliveryRow", ["delivery row", "row"]),
  col("issued", "fingerprint", syn("fingerprint|fingerprint sha 256|sha 256")),
  col("issued", "quantity", ["quantity", "qty"]),
];
