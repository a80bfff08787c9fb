// A certificate's status as the register states it (domain.md §2, §7): only "valid" gives credit.
import { DOUBT } from "./claims";
import { textKey, words, negated, NEGATIONS, NO } from "./normalise";

/**
 * A certificate's status as the register states it: "valid" (also blank: the dates decide),
 * "suspended", "withdrawn" (revoked, cancelled, terminated), "not valid" (expired, inactive,
 * invalid, under review, pending: any status that says the certificate does not cover material
 * now), or "unknown" (typed "unknown", or a status outside this list). Only "valid" lets a receipt
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
  underreview: "not valid",
  inreview: "not valid",
  inprufung: "not valid",
  inpruefung: "not valid",
  pending: "not valid",
  ausstehend: "not valid",
  unknown: "unknown",
  unbekannt: "unknown",
};

/**
 * The status as typed, against a closed list in English and German. A negation makes a valid
 * status "not valid" ("not valid", "nicht gültig", "no longer active") and never turns a
 * suspension into validity ("not suspended" is not understood: "unknown"). Anything outside the
 * list is "unknown", never "valid"; blank is "valid" (the register's dates decide).
 */
export function normaliseCertificateStatus(text: string | undefined): CertificateStatus {
  if (textKey(text) === "") return "valid";
  // "valid?": a doubt; "not valid: no": a double negation nobody means to type
  if (DOUBT.test(text ?? "")) return "unknown";
  if (words(text).filter((x) => NEGATIONS.has(x) || NO.has(x)).length > 1) return "unknown";
  const n = negated(text);
  if (!n) return "unknown";
  const { words: w, negated: neg } = n;
  const status = STATUS_WORDS[w.join("")];
  if (!status) return "unknown";
  if (!neg) return status;
  return status === "valid" ? "not valid" : "unknown";
}
