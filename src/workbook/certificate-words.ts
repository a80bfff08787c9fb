// The headings of a certificate register (the supplier certificates a receipt's credit is checked
// against, domain.md §7) as staff write them in English, German, French, Spanish, Italian and
// Dutch. Words a header loses when it is read ("du", "van", "dal", "de") are gone here too:
// "Valable du" is read as "valable" and "Geldig van" as "geldig", beside "Valable jusqu'au" and
// "Geldig tot" whose second word says the end; the one-to-one assignment (matcher.ts) gives each
// its field. A leading "!" marks a heading that says the sheet is a certificate register.
import { syn } from "./field-spec";
import { SCHEME } from "./field-words";

/** The certificate holder: "Titulaire", "Inhaber", "Titular", "Titolare", "Houder". */
export const CERT_HOLDER = syn(
  "!holder|!certificate holder|!inhaber|!zertifikatsinhaber|company|unternehmen|firma|name|!titulaire|!titulaire du certificat|!houder|!certificaathouder|!titular|!titular del certificado|!titolare|!titolare del certificato|!posiadacz|!indehaver|!innehavare|societe|empresa|societa|bedrijf",
);

/** The certification scheme: "Norme", "Standard", "Norma", "Regeling" besides the scheme's own words. */
export const CERT_SCHEME = [
  ...SCHEME,
  ...syn("norme|standard|norma|norm|regeling|systeme|sistema|schema di certificazione"),
];

/** The first day a certificate is valid: "Valable du", "gültig ab", "von", "Válido desde", "Valido dal", "Geldig van". */
export const CERT_VALID_FROM = syn(
  "!valid from|!gultig ab|!issue date|!issued|!ausstellungsdatum|!gultig von|start|!valid since|!date of issue|!valable a partir de|!geldig vanaf|!valido desde|!valido dal|!wazny od|!gyldig fra|!giltig fran|" +
    "!valable|!valable depuis|!date de debut|!date de debut de validite|!date d emission|!gultig seit|!gueltig ab|von|ab|!geldig|!geldig sinds|!ingangsdatum|!datum van uitgifte|!fecha de emision|!fecha de inicio|!valido a partir de|!data di emissione|!data di inizio|!valido da|!valida dal|!valida da|" +
    // "Début de validité", "Émis le", "Inicio validez", "Vigente desde", "Inizio validità", "Begindatum",
    // "Gültigkeitsbeginn", "Ausgestellt am", "Validity start"; "Beginn" alone says no register
    // "Valide du", "Válido desde", "Valido dal": the word alone, its end said by the bar on "au"/"hasta"/"al" (heading-bars.ts)
    "!valide|!valide depuis|!valide a partir de|!valido|!valida|!gultig|!geldig vanaf|" +
    "!debut de validite|!debut validite|!emis|!emis le|!inicio validez|!inicio de validez|!vigente desde|!fecha inicio|!inizio validita|!inizio di validita|!begindatum|!gultigkeitsbeginn|!ausgestellt am|!ausgestellt|!validity start|!start of validity|beginn",
);

/** The last day a certificate is valid: "Valable jusqu'au", "gültig bis", "bis", "Válido hasta", "Valido fino al", "Geldig tot". */
export const CERT_VALID_UNTIL = syn(
  "!valid until|!valid to|!expiry|!expiry date|!gultig bis|!ablaufdatum|!expires|!expiration date|!valable jusqu au|!geldig tot|!valido hasta|!valido fino al|!wazny do|!gyldig til|!giltig till|" +
    "!valable jusqu|!valable au|!date d expiration|!date de fin de validite|!date de fin|!expiration|!gueltig bis|bis|!ablauf|!gultig bis zum|!geldig tot en met|!vervaldatum|!einddatum|!geldigheid tot|!fecha de caducidad|!fecha de vencimiento|!fecha de expiracion|!vencimiento|!caducidad|!valido fino a|!valida fino al|!scadenza|!data di scadenza|!valido al|" +
    // "Fin de validité", "Expire le", "Fin validez", "Vigente hasta", "Fine validità", "Geldig t/m",
    // "Gültigkeitsende", "Läuft ab am", "Valid thru", "Validity end"; "Ende", "End" alone say no register
    "!valide|!valide jusqu|!valido|!valida|!gultig|!geldig|" +
    "!fin de validite|!fin validite|!expire|!expire le|!fin validez|!fin de validez|!vigente hasta|!fecha fin|!fine validita|!fine di validita|!geldig t m|!gultigkeitsende|!lauft ab am|!lauft ab|!valid thru|!valid through|!validity end|!end of validity|ende|end",
);

/**
 * Certificate-number headings a register writes beside CERT_NO: the word "certificate" alone in
 * French, Spanish, Italian, Dutch ("Certificat", "Certificado", "Certificato", "Certificaat") and
 * the abbreviated German "Zertifikatsnr.".
 */
export const CERT_NO_REGISTER = syn(
  "certificat|certificado|certificato|certificaat|!zertifikatsnr|!zertifikats nr|!n certificat|!certificaatnr",
);
