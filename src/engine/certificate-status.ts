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
 * The status as typed, against a closed list in English and German, with the words for valid in Spanish, Italian,
 * Dutch and French. A negation makes a valid
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
