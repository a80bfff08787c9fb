// (p-sdcell) What a heading of a proof status column says (proof-status.ts, docs/rules.md "A
// column of the proof's status"): the proof's status ("SD Status", "Nachweisstatus") or whether it
// came or was sent ("SD erhalten", "PoS received", "SD verschickt", "DD envoyée"). Apart from the
// reading of its cells so that the heading bars (heading-bar-table.ts: such a heading is never the
// SD number) read it without an import circle. Pure: words only.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";
import { headingKind } from "./status-headings";
import { requiredHeading } from "./sd-required-words";

/** What a proof status column's heading says: the proof's status, whether it has come, or (p-sdstatus2) whether a sale needs one. */
export type ProofHeading = "status" | "came" | "required";

/** Names of a proof in a heading (folded words): the SD, PoS and their short forms, not a certificate. */
const NAMES = new Set(
  "sd|sds|pos|poc|dd|dds|pdd|pds|pdc|nachweis|nachweise|nachhaltigkeitsnachweis|nhn|nhnw|nb|dv|dvs|ds|proof".split(
    "|",
  ),
);

/** Words of a status in a heading, and a compound of a proof's name and "status" ("Nachweisstatus"). */
const STATUS = new Set(
  "status|state|stand|statut|etat|estado|estatus|stato|stan|zustand|toestand".split("|"),
);
const COMPOUND = /^(sd|pos|dd|nachweis|nachweiss|nhn|nb|dv|ds)status$/;

/** Words and phrases of having come in a heading ("SD erhalten", "PoS received", "DD reçue"). */
const CAME_HEADING = new Set(
  [
    "erhalten|vorhanden|eingegangen|liegt vor|received|available|in hand|recu|recue|disponible",
    "recibido|recibida|ricevuto|ricevuta|disponibile|ontvangen|aanwezig|otrzymano|otrzymany",
    // (p-sdcell) sent: "SD verschickt", "PoS sent", "DD envoyée", "PoS inviata", "SD enviada", "SD verzonden", "SD wysłane"
    "verschickt|versendet|versandt|gesendet|sent|envoye|envoyee|inviato|inviata|enviado|enviada|verzonden|verstuurd|wyslano|wyslane|wyslana",
  ]
    .join("|")
    .split("|"),
);

/**
 * Words that make a heading name a day, not a status ("SD Status Datum", "SD erhalten am"). A
 * number beside a status ("SD Status / Nr.") stays a status: its cells must still say one, or
 * are refused (field-words.ts NOT_SD: a heading with a status word names no SD number).
 */
const OTHER = /^(?:date|datum|data|fecha|dato|day|tag|am|on|le|el|il|op)$/;

/** A heading's folded words ("ł" as "l": "SD wysłane"). */
const headingWords = (heading: string) =>
  plainLetters(fold(heading))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * What column heading `heading` says if it heads a column of the proof's status (see the file
 * comment): "status" ("SD Status", "Nachweisstatus"), "came" ("SD erhalten", "PoS received?"),
 * or null (no proof named, no status nor word of having come, a day or a remark word named).
 */
export function proofHeading(heading: string): ProofHeading | null {
  const words = headingWords(heading);
  // a remark word keeps the column free text ("SD Bemerkung / Status": remark-denials.ts reads it)
  const remark = headingKind(words.filter((w) => !NAMES.has(w)).join(" ")) === "remark";
  if (remark || words.some((w) => OTHER.test(w))) return null;
  if (words.some((w) => COMPOUND.test(w))) return "status";
  if (!words.some((w) => NAMES.has(w))) return null;
  if (words.some((w) => STATUS.has(w))) return "status";
  if (requiredHeading(words.filter((w) => !NAMES.has(w)))) return "required";
  const text = words.join(" ");
  return [...CAME_HEADING].some((p) => ` ${text} `.includes(` ${p} `)) ? "came" : null;
}
