// Headings that negate sustainable and waste or residue, one pair per language (de, en, fr, es,
// nl, it): the spellings the p-held tests put side by side on one sheet (workbook and massbal).

/** A negation of sustainable and one of waste or residue, per language. */
export const NEGATED_PAIRS: [string, string][] = [
  ["Nicht nachhaltig", "Kein Abfall/Reststoff"],
  ["Not sustainable", "Not waste/residue"],
  ["Non durable", "Non déchet"],
  ["No sostenible", "No residuo"],
  ["Niet duurzaam", "Geen afval"],
  ["Non sostenibile", "Non rifiuto"],
];

/**
 * Headings of the part of a quantity that is NOT certified or NOT compliant (p-notcert, brk10):
 * read as the certified part ("nicht zertifiziert (t)" was the sustainable part) or ignored (the
 * whole quantity credited or declared). de, en, fr, es, nl, it; words, prefixes and nouns.
 */
export const NOT_CERTIFIED_PARTS: string[] = [
  "nicht zertifiziert (t)",
  "davon nicht zertifiziert (t)",
  "unzertifiziert (t)",
  "ohne Zertifikat (t)",
  "Not certified (t)",
  "Uncertified qty (t)",
  "Non-certified (t)",
  "Non-compliant qty (t)",
  "Non-ISCC (t)",
  "non certifié (t)",
  "dont non certifié (t)",
  "sans certificat (t)",
  "no certificado (t)",
  "sin certificado (t)",
  "niet gecertificeerd (t)",
  "ongecertificeerd (t)",
  "zonder certificaat (t)",
  "non certificato (t)",
  "senza certificato (t)",
];

/** Headings of a certificate's number, whose "No"/"Nr"/"Nº" is a number sign: never a negation. */
export const CERTIFICATE_NUMBER_HEADINGS: string[] = [
  "Zertifikat-Nr.",
  "Zertifikatsnummer",
  "Certificate no",
  "Certificate No.",
  "ISCC certificate no",
  "No. of certificate",
  "N° certificat",
  "Numéro de certificat",
  "No. certificado",
  "Nº certificado",
  "Certificado n.º",
  "Nr. certificaat",
  "Certificaatnummer",
  "N. certificato",
  "Numero certificato",
];

/**
 * Headings of the part that is NOT sustainable written as a word and its value "no" (p-bars,
 * brk10): "nachhaltig: nein (t)" was read as the sustainable part. de, en, fr, es, nl, it, and a
 * claim's word ("ISCC: nein").
 */
export const NO_VALUE_PARTS: string[] = [
  "nachhaltig: nein (t)",
  "Sustainable: no (t)",
  "durable : non (t)",
  "sostenible: no (t)",
  "duurzaam: nee (t)",
  "sostenibile: no (t)",
  "nachhaltig – nein",
  "ISCC: nein (t)",
];

/** The same headings with the value "yes": the sustainable part, as they say. */
export const YES_VALUE_PARTS: string[] = [
  "nachhaltig: ja (t)",
  "Sustainable: yes (t)",
  "durable : oui (t)",
  "sostenible: sí (t)",
  "duurzaam: ja (t)",
  "sostenibile: sì (t)",
];

/**
 * Headings of the part of a quantity outside a scheme (brk11 n1): "hors ISCC (t)" was ignored and
 * the whole quantity declared. de, en, fr, es, nl, it.
 */
export const OUTSIDE_SCHEME_PARTS: string[] = [
  "außerhalb ISCC (t)",
  "Menge außerhalb ISCC (t)",
  "outside ISCC (t)",
  "Qty outside ISCC (t)",
  "hors ISCC (t)",
  "quantité hors ISCC (t)",
  "fuera de ISCC (t)",
  "buiten ISCC (t)",
  "fuori ISCC (t)",
];

/**
 * Headings of the part of a quantity no SD covers (brk11 x2): "Menge ohne SD (t)" was read as the
 * quantity the delivery's SD declares, the meaning turned round. de, en, fr, es, nl, it.
 */
export const NOT_COVERED_PARTS: string[] = [
  "Menge ohne SD (t)",
  "Menge ohne Nachweis (t)",
  "davon ohne SD (t)",
  "Qty without PoS (t)",
  "without SD (t)",
  "quantité sans DD (t)",
  "cantidad sin PoS (t)",
  "hoeveelheid zonder PoS (t)",
  "quantità senza PoS (t)",
];

/** Headings of an SD's number whose "no" is a number sign, never a negation of the SD. */
export const SD_NUMBER_HEADINGS: string[] = ["No SD", "SD no", "No. SD", "Non SD", "SD Nr.", "N° DD"];

/**
 * (brk12 #4) Headings of the part excluded from a scheme or an SD ("excl. ISCC (t)", "Non-SD
 * (t)"): read as nothing, so a receipt of 100 t was credited whole and a delivery of 80 t declared
 * whole beside them. de, en, fr, es, nl, it.
 */
export const EXCLUDED_PARTS: string[] = [
  "exkl. ISCC (t)",
  "Menge exkl. SD (t)",
  "excl. ISCC (t)",
  "Qty excluding PoS (t)",
  "Non-SD (t)",
  "hors DD (t)",
  "excl. ISCC (%)",
  "sin PoS (t)",
  "excl. PoS (t)",
  "exclusief ISCC (t)",
  "escl. ISCC (t)",
];

/**
 * (brk12 #4) Headings of the virgin part of packaging or plastics, which is the part that is not
 * recycled (ISCC PLUS): read as nothing, so a delivery of 80 t with 50 % virgin was declared whole.
 */
export const VIRGIN_PARTS: string[] = [
  "Anteil Neuware (%)",
  "davon Neuware (t)",
  "virgin share (%)",
  "Virgin material (t)",
  "part vierge (%)",
  "matière vierge (t)",
  "cuota virgen (%)",
  "material virgen (t)",
  "aandeel nieuw materiaal (%)",
  "quota vergine (%)",
  "materiale vergine (t)",
  "nicht recycelt (t)",
];
