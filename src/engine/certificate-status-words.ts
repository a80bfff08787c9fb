// One table of the words a certificate cell uses to say its status instead of naming a granted
// certificate, for every layer that reads such a cell: the workbook's supplier's and customer's
// certificate cells (workbook/certificate-cells.ts), the sites sheet's certificate cells and the
// settings' own certificate (site-certificate.ts, workbook/settings-own-certificate.ts). Before,
// the workbook matched one list by word start and the engine another by whole words, and each
// lacked words of the other: "kommt noch" (to come) or "abgelaufen" as the own certificate on the
// settings sheet was kept as the certificate's number and printed on every SD. Pure.
import { foldedText, plainLetters } from "./normalise";

/** Which status a word says: applied for, in progress or to come (pending), or no certificate that covers material now. */
export type CertificateStatusKind = "pending" | "not valid";

/**
 * The status words and phrases (folded: lower case, no accents, "ß" as "ss", "ł" as "l"), by
 * language and kind. A word of five letters or more matches at a word's start ("abgelaufen",
 * "expire" for "expiré", "expired", "expires"; "richiest" for "richiesto"/"richiesta"); a
 * shorter word only whole ("in", "en", "w"); a phrase word by word.
 */
export const CERTIFICATE_STATUS_WORDS: Readonly<
  Record<string, Readonly<Record<CertificateStatusKind, readonly string[]>>>
> = {
  de: {
    pending: [
      "beantragt",
      "angefragt",
      "antrag",
      "in zertifizierung",
      "zertifizierung lauft",
      "in vorbereitung",
      "in arbeit",
      "in bearbeitung",
      "in prufung",
      "ausstehend",
      "folgt",
      "kommt noch",
      "wird nachgereicht",
      "nachgereicht",
      "offen",
    ],
    "not valid": [
      "abgelaufen",
      "ausgelaufen",
      "ungultig",
      "entzogen",
      "widerrufen",
      "gesperrt",
      "suspendiert",
      "ausgesetzt",
      "fehlt",
      "unbekannt",
      "nicht zertifiziert",
    ],
  },
  en: {
    pending: [
      "pending",
      "applied",
      "application",
      "requested",
      "in progress",
      "in preparation",
      "in certification",
      "under certification",
      "to follow",
      "to come",
      "awaited",
      "not yet",
    ],
    "not valid": [
      "expire",
      "lapsed",
      "revoked",
      "withdrawn",
      "suspended",
      "terminated",
      "invalid",
      "missing",
      "unknown",
      "not certified",
    ],
  },
  fr: {
    pending: ["en cours", "en attente", "en preparation", "demande", "a venir"],
    "not valid": [
      "expire",
      "perime",
      "retire",
      "revoque",
      "suspendu",
      "invalide",
      "manquant",
      "inconnu",
      "non certifie",
    ],
  },
  it: {
    pending: ["in corso", "in attesa", "in preparazione", "in arrivo", "richiest"],
    "not valid": [
      "scadut",
      "revocat",
      "ritirat",
      "sospes",
      "non valid",
      "mancante",
      "sconosciut",
      "non certificat",
    ],
  },
  es: {
    pending: ["pendiente", "en tramite", "en proceso", "en curso", "en preparacion", "solicitad"],
    "not valid": [
      "caducad",
      "vencid",
      "revocad",
      "retirad",
      "suspendid",
      "no valid",
      "falta",
      "desconocid",
      "no certificad",
    ],
  },
  nl: {
    pending: [
      "aangevraagd",
      "aanvraag",
      "in aanvraag",
      "in behandeling",
      "in voorbereiding",
      "volgt",
      "komt nog",
    ],
    "not valid": [
      "verlopen",
      "ingetrokken",
      "geschorst",
      "ongeldig",
      "ontbreekt",
      "onbekend",
      "niet gecertificeerd",
    ],
  },
  pl: {
    pending: ["w trakcie", "w przygotowaniu", "wniosek", "wnioskowan", "oczekuj"],
    "not valid": ["wygasl", "cofniet", "zawieszon", "niewazn", "nieznan", "nie certyfikowan"],
  },
};

/** Every phrase of the table with its kind, split into words, longest first (a phrase before a word it holds). */
const PHRASES = Object.values(CERTIFICATE_STATUS_WORDS)
  .flatMap((byKind) =>
    (Object.keys(byKind) as CertificateStatusKind[]).flatMap((kind) =>
      byKind[kind].map((p) => ({ parts: p.split(" "), kind })),
    ),
  )
  .sort((a, b) => b.parts.length - a.parts.length);

/** A cell's folded words ("ł" as "l"; full-width letters as their own, NFKC). */
export function statusCellWords(text: string): string[] {
  return plainLetters(foldedText(text.normalize("NFKC")))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether word `w` is `part`: a stem of five letters or more starts it, a shorter word is it whole. */
const fits = (w: string | undefined, part: string) =>
  w !== undefined && (part.length >= 5 ? w.startsWith(part) : w === part);

/** A status word found in a cell: its kind, and where it stands among the cell's words. */
export interface StatusWordHit {
  kind: CertificateStatusKind;
  /** index of its first word in statusCellWords(text), and its length in words */
  at: number;
  length: number;
}

/** The status word or phrase of CERTIFICATE_STATUS_WORDS that `text` holds; null where none. */
export function certificateStatusWord(text: string): StatusWordHit | null {
  const words = statusCellWords(text);
  for (const { parts, kind } of PHRASES) {
    const at = words.findIndex((_, i) => parts.every((p, j) => fits(words[i + j], p)));
    if (at >= 0) return { kind, at, length: parts.length };
  }
  return null;
}
