// A certificate's status as the register states it (domain.md §2, §7): only "valid" gives credit.
import { DOUBT } from "./claims";
import { textKey, words, negated, NEGATIONS, NO } from "./normalise";

/**
 * A certificate's status as the register states it: "valid" (also blank: the dates decide),
 * "suspended", "withdrawn" (revoked, cancelled, terminated), "not valid" (expired, inactive,
 * invalid: any status that says the certificate does not cover material now), or "unknown" (typed
 * "unknown", under review, pending: a status not yet decided, or a status outside this list: the
 * receipt's credit is unknown, so its account is incomplete). Only "valid" lets a receipt
 * give credit (domain.md §2, §7).
 */
export type CertificateStatus = "valid" | "suspended" | "withdrawn" | "not valid" | "unknown";

/** The statuses a user can type, as said in a finding. */
export const CERTIFICATE_STATUSES = "valid, suspended, withdrawn or expired";

/**
 * How strongly a status speaks against a certificate on a day: a refusing status outweighs a valid
 * one (withdrawn 4 > suspended 3 > not valid 2 > unknown 1 > valid 0). One order for the engine's
 * register rows (certificates.ts) and the workbook's flag columns (workbook/certificate-flags.ts).
 */
export const STATUS_WEIGHT: Readonly<Record<CertificateStatus, number>> = {
  withdrawn: 4,
  suspended: 3,
  "not valid": 2,
  unknown: 1,
  valid: 0,
};

// the whole status, its words joined (accents folded, "ß" as "ss")
const STATUS_WORDS: Record<string, CertificateStatus> = {
  valid: "valid",
  gultig: "valid",
  gueltig: "valid",
  active: "valid",
  aktiv: "valid",
  current: "valid",
  aktuell: "valid",
  certified: "valid",
  zertifiziert: "valid",
  issued: "valid",
  ok: "valid",
  infort: "valid",
  inforce: "valid",
  valide: "valid",
  // in the languages the registers are headed in (register.ts): es/pt, it, nl, es, it, nl
  valido: "valid",
  geldig: "valid",
  activo: "valid",
  attivo: "valid",
  actief: "valid",
  // (p-registers) the status words of registers kept in French, Spanish, Italian and Dutch, and
  // the words a yes/no flag column of a register is headed with ("Gesperrt", "Suspendu")
  valida: "valid",
  actif: "valid",
  activa: "valid",
  attiva: "valid",
  vigente: "valid",
  envigueur: "valid",
  gesperrt: "suspended",
  blockiert: "suspended",
  blocked: "suspended",
  suspendu: "suspended",
  suspendue: "suspended",
  suspendido: "suspended",
  suspendida: "suspended",
  sospeso: "suspended",
  sospesa: "suspended",
  geschorst: "suspended",
  opgeschort: "suspended",
  retire: "withdrawn",
  retiree: "withdrawn",
  revoque: "withdrawn",
  revoquee: "withdrawn",
  annule: "withdrawn",
  annulee: "withdrawn",
  retirado: "withdrawn",
  retirada: "withdrawn",
  revocado: "withdrawn",
  revocada: "withdrawn",
  anulado: "withdrawn",
  anulada: "withdrawn",
  ritirato: "withdrawn",
  ritirata: "withdrawn",
  revocato: "withdrawn",
  revocata: "withdrawn",
  annullato: "withdrawn",
  annullata: "withdrawn",
  ingetrokken: "withdrawn",
  geannuleerd: "withdrawn",
  invalide: "not valid",
  expire: "not valid",
  expiree: "not valid",
  perime: "not valid",
  perimee: "not valid",
  inactif: "not valid",
  invalido: "not valid",
  invalida: "not valid",
  caducado: "not valid",
  caducada: "not valid",
  vencido: "not valid",
  vencida: "not valid",
  inactivo: "not valid",
  inactiva: "not valid",
  scaduto: "not valid",
  scaduta: "not valid",
  inattivo: "not valid",
  inattiva: "not valid",
  ongeldig: "not valid",
  verlopen: "not valid",
  inactief: "not valid",
  suspended: "suspended",
  suspension: "suspended",
  ausgesetzt: "suspended",
  suspendiert: "suspended",
  withdrawn: "withdrawn",
  revoked: "withdrawn",
  cancelled: "withdrawn",
  canceled: "withdrawn",
  terminated: "withdrawn",
  zuruckgezogen: "withdrawn",
  zurueckgezogen: "withdrawn",
  entzogen: "withdrawn",
  widerrufen: "withdrawn",
  gekundigt: "withdrawn",
  expired: "not valid",
  abgelaufen: "not valid",
  invalid: "not valid",
  ungultig: "not valid",
  ungueltig: "not valid",
  inactive: "not valid",
  inaktiv: "not valid",
  outdated: "not valid",
  lapsed: "not valid",
  // after a negation is taken off: "no longer valid", "nicht mehr gültig"
  longervalid: "valid",
  longeractive: "valid",
  mehrgultig: "valid",
  mehrgueltig: "valid",
  mehraktiv: "valid",
  // a status not yet decided: the credit is unknown, not none (the account is incomplete)
  underreview: "unknown",
  inreview: "unknown",
  inprufung: "unknown",
  inpruefung: "unknown",
  pending: "unknown",
  ausstehend: "unknown",
  unknown: "unknown",
  unbekannt: "unknown",
};

/**
 * The status as typed, against a closed list in English, German, French, Spanish, Italian and
 * Dutch. A negation makes a valid
 * status "not valid" ("not valid", "nicht gültig", "no longer active") and never turns a
 * suspension into validity ("not suspended" is not understood: "unknown"). Anything outside the
 * list is "unknown", never "valid"; blank is "valid" (the register's dates decide).
 */
export function normaliseCertificateStatus(text: string | undefined): CertificateStatus {
  if (textKey(text) === "") return "valid";
  // "valid?": a doubt; "not valid: no": a double negation nobody means to type
  if (DOUBT.test(text ?? "")) return "unknown";
  if (words(text).filter((x) => NEGATIONS.has(x) || NO.has(x)).length > 1) return "unknown";
  // one word of the list, even one negated() reads as a yes ("OK")
  const one = words(text);
  if (one.length === 1 && STATUS_WORDS[one[0] as string])
    return STATUS_WORDS[one[0] as string] as CertificateStatus;
  const n = negated(text);
  if (!n) return "unknown";
  const { words: w, negated: neg } = n;
  const status = STATUS_WORDS[w.join("")];
  if (!status) return "unknown";
  if (!neg) return status;
  return status === "valid" ? "not valid" : "unknown";
}

/**
 * The status one word (or words run together, folded: "gesperrt", "envigueur") of the list says,
 * or undefined when it is none. The vocabulary of certificate-flags.ts (workbook) as well: a yes/no
 * column headed with such a word says that status with "yes".
 */
export function certificateStatusWord(key: string): CertificateStatus | undefined {
  return Object.prototype.hasOwnProperty.call(STATUS_WORDS, key) ? STATUS_WORDS[key] : undefined;
}
