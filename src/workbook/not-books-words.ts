// (brk22 #7) The words of the headings a master list of parties and a summary report carry, in
// seven languages (de, en, fr, it, es, nl, pl), folded (normalise.ts fold: "Straße" is "strasse",
// "Gültig" "gultig"). A heading is a master list's only where EVERY word of it is one of these
// ("Kunden-Nr.", "USt-IdNr.", "PLZ", "Ansprechpartner"): a heading with any other word
// ("Lieferschein-Nr.", "Menge", "Liefertag") may be a booking's and keeps the sheet in the books.
// Pure tables; not-books.ts reads them.

const words = (...lines: string[]) => new Set(lines.join(" ").split(/\s+/).filter(Boolean));

/** Who the list is of, and its name and address columns. */
const PARTY = [
  "kunde kunden customer customers client clients cliente clienti clientes klant klanten klient klienci odbiorca odbiorcy",
  "lieferant lieferanten supplier suppliers vendor vendors fournisseur fournisseurs fornitore fornitori proveedor",
  "proveedores leverancier leveranciers dostawca dostawcy partner partners geschaftspartner debitor debitoren kreditor",
  "kreditoren firma company name namen nom nome nombre naam nazwa unternehmen societe societa empresa bedrijf",
  "holder inhaber titulaire titolare titular houder ragione sociale raison razon social",
];
const ADDRESS = [
  "adresse address adres anschrift indirizzo direccion domicilio strasse str street rue via calle straat ulica",
  "hausnummer ort stadt city town ville citta ciudad localita plaats woonplaats miasto miejscowosc plz",
  "postleitzahl zip postcode postal code cp cap codigo kod pocztowy region bundesland provinz province",
  "provincia provincie wojewodztwo land country pays paese pais kraj staat sitz lieferadresse rechnungsadresse",
];
const CONTACT = [
  "ansprechpartner kontakt kontaktperson contact person contatto referente contacto persona contactpersoon",
  "osoba kontaktowa telefon tel phone telephone telefono telefoon fax mobil mobile handy e mail email courriel",
  "correo electronico posta elettronica website web homepage internet www url",
];
/** Identifiers: the only headings under which a master list keeps numbers. */
const IDS = [
  "nr no number nummer numero num numer id code ust idnr ustid vat tva partita iva piva nif cif btw nip regon",
  "krs steuernummer tax siret siren hrb handelsregister kundennummer kundennr lieferantennummer lieferantennr",
  "debitorennummer kreditorennummer iban bic swift bank konto account plz postleitzahl zip postcode cap cp",
  "telefon tel phone telephone telefono telefoon fax mobil mobile handy",
];
const OTHER = [
  "bemerkung bemerkungen anmerkung notiz notes note remarks remark comment comments kommentar remarque remarques",
  "observations osservazioni nota observaciones comentarios opmerking opmerkingen uwagi uwaga info hinweis",
  "status aktiv active kategorie category categorie categoria typ type tipo art gruppe group segment branche",
  "sector sprache language langue lingua idioma taal jezyk",
  "zertifikat zertifikatsnummer zertifikatsnr certificate cert certificat certificato certificado certificaat",
  "certyfikat iscc redcert scheme system zertifizierungssystem standard zertifizierungsstelle certification",
  "body organisme certificateur ente certificatore entidad certificadora certificerende instelling jednostka",
  "certyfikujaca de du der des di del la le von of the and und et e y en i s",
];
/** The words of a certificate's validity ("Gültig bis", "Valid until", "Scadenza"). */
const VALIDITY_WORDS = [
  "gultig gultigkeit valid validity expiry expires expiration ablauf ablaufdatum valable scadenza valido validez",
  "vencimiento caducidad geldig geldigheid vervaldatum wazny waznosci",
];
/** What else a validity heading says: "bis", "until", "jusqu'au", "fino al", "hasta", "tot", "do". */
const VALIDITY_MORE = [
  "bis ab from until to jusqu au fino al dal hasta desde tot vanaf do od datum date data fecha",
];

export const MASTER_WORDS = words(...PARTY, ...ADDRESS, ...CONTACT, ...IDS, ...OTHER);
export const ID_WORDS = words(...IDS);
export const VALIDITY = words(...VALIDITY_WORDS);
export const VALIDITY_ALSO = words(...VALIDITY_WORDS, ...VALIDITY_MORE);

/** A summary's row label: the period each line totals ("Monat", "Month", "Mois", "Miesiąc", "Quartal"). */
export const PERIOD_WORDS = words(
  "monat month mois mese mes maand miesiac periode period periodo okres zeitraum quartal quarter trimestre",
  "kwartaal kwartal jahr year annee anno ano jaar rok berichtsmonat abrechnungsmonat kalendermonat",
);

/** The words of a heading (folded, split at anything not a letter or digit), its unit in brackets dropped. */
export function headingWords(folded: string): string[] {
  return folded
    .replace(/[([{][^)\]}]*[)\]}]/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !/^\d+$/.test(w));
}
