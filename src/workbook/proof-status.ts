// (p-sdstatus) A column that states, row by row, the status of the row's proof of sustainability
// (docs/rules.md "A column of the proof's status"): headed by a proof's name with a word of status
// or of having come ("SD Status", "Status SD", "SD-Status", "Nachweisstatus", "PoS Status",
// "Status Nachweis", "Status NB", "Statut DD", "Stato PoS", "Estado PoS", "Status DV", "SD
// erhalten", "SD vorhanden", "SD liegt vor", "DD reçue", "PoS ricevuto", "SD ontvangen", "SD
// otrzymano"). Before, most such columns were dropped without a word (a receipt "SD Status:
// abgelehnt" credited in full), and those whose heading held a status word alone were read as the
// line's status ("Status Nachweis: storniert" left the line out as cancelled, "fehlt" was no status
// the add-in reads). Each cell is read as the clause "SD <cell>" with the one table of how a keeper
// says a proof is missing, void or there (proof-missing.ts proofSaid, proof-words.ts,
// proof-states.ts): no second table. On a receipt (domain.md §2: credit only with a valid SD that
// has come): a proof there ("erhalten", "liegt vor", "ja", "received", "reçu", "ricevuto",
// "recibido", "ontvangen", "otrzymano", a date under a heading of having come) is credited as
// usual; missing, awaited or asked for ("offen", "fehlt", "angefordert", "pending", "en attente",
// "mancante", "pendiente", "nein") is refused at the cell (proof-missing); rejected, cancelled,
// replaced or not valid ("abgelehnt", "storniert", "ungültig", "ersetzt durch SD-123",
// "rejected", "void") is refused (proof-void); a cell of none of these is refused saying what to
// write (proof-status-unread); a blank is refused as a blank approval is (status-marks.ts) where
// the row is read as sustainable (its SD number) and another row of the column states a status:
// unclear is never yes. On a delivery the SD is the one the add-in issues: missing or to come is
// that declaration, a blank is one not issued yet; cancelled or replaced refuses a row read as
// sustainable (sold-sd-void: the add-in does not issue a second SD beside one cancelled or
// replaced, nor guess that the delivery stands), as the same words in a remark do
// (remark-denials.ts). Pure.
import { fold } from "./normalise";
import { proofSaid } from "./proof-missing";
import { CAME, HERE } from "./proof-words";
import { CAME_MORE } from "./proof-states";
import { markOf, type StatusColumn } from "./status-marks";
import { remarkDenial, type Denial } from "./remark-denials";
import type { Declared } from "./declared-row";
import { proofHeading, type ProofHeading } from "./proof-heading";

export { proofHeading, type ProofHeading };
import { deniesIssue, requiredDenial, saleDenial, toIssue } from "./sale-proof";

/** The phrases of a proof there (folded, words joined by one space): proof-words.ts CAME and HERE, proof-states.ts CAME_MORE. */
const THERE = new Set([...CAME, ...CAME_MORE, ...HERE].flatMap((l) => l.split("|")));

/** Words beside a word of having come that say when, not what ("erhalten am 12.03.", "received on"). */
const WHEN = new Set("am|on|le|el|il|op|vom|del|dal|seit|since|per".split("|"));

/** Whether a cell's words say the proof is there: a phrase of THERE, with a day or a mark beside it. */
function there(text: string): boolean {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !/^\d+$/.test(w) && !WHEN.has(w));
  return words.length > 0 && THERE.has(words.join(" "));
}

/** What a proof status cell says of the row's proof: there, missing or to come, void, blank, or unread. */
export type ProofState = "there" | "missing" | "void" | "blank" | "unread";

/**
 * What cell `v` of a proof status column headed as `heading` says (see the file comment). A dash
 * is a blank, as under Status. A yes/no mark or a date (`dated`) says "there" or "missing" only
 * under a heading of having come ("SD erhalten": "ja", TRUE, 12.03.2025); under "SD Status" a
 * number, a yes/no value or a date says no status ("unread").
 */
export function proofState(v: unknown, heading: "status" | "came", dated = false): ProofState {
  if (v === null || v === undefined || (typeof v === "string" && /^\s*[-–—]*\s*$/.test(v))) return "blank";
  const mark = markOf(v);
  if (heading === "came" && mark !== null) return mark ? "there" : "missing";
  if (heading === "came" && (v instanceof Date || (typeof v === "number" && dated))) return "there";
  if (typeof v !== "string") return "unread";
  const said = proofSaid(`SD ${v}`);
  if (said === "void") return "void";
  if (said === "missing" || said === "without") return "missing";
  return there(v) ? "there" : "unread";
}

/**
 * What status or remark cell `v` of column `col` denies its row (row-state.ts): a remark's text as
 * remark-denials.ts reads it; a proof status cell (col.proof) as proofState reads it, on a receipt
 * (`receipt`) proof-missing, proof-void or proof-status-unread (a blank only where the row is read
 * as sustainable, `declared()`, and col.ticked: another row states a status); on a delivery as
 * sale-proof.ts reads it (an SD said to exist where the row has no SD number, `numbered()`, a
 * cancelled one, one the sale goes without, an unclear cell). A column asking whether a sale needs
 * an SD ("SD erforderlich") is read on deliveries only (sale-proof.ts requiredDenial).
 */
export function cellDenial(
  v: unknown,
  col: StatusColumn | undefined,
  receipt: boolean,
  declared: () => Declared,
  dated = false,
  numbered: () => boolean = () => false,
): Denial | null {
  if (!col?.proof) return typeof v === "string" ? remarkDenial(v, receipt, declared) : null;
  if (col.proof === "required") return receipt ? null : requiredDenial(v, declared);
  const state = proofState(v, col.proof, dated);
  if (!receipt) return saleDenial(v, col.proof, state, declared, numbered);
  if (state === "unread") return "proof-status-unread";
  if (state === "void") return "proof-void";
  if (state === "missing") return "proof-missing";
  return state === "blank" && col.ticked && declared() === "yes" ? "proof-status-unread" : null;
}

/** Whether any of `values` states something (a proof status column's other rows): no blank, no dash. */
export function anyStated(values: Iterable<readonly [unknown, boolean]>): boolean {
  for (const [v] of values) if (proofState(v, "status") !== "blank") return true;
  return false;
}

/**
 * (brk20 A7) Whether cell `v` of a sale's proof status column says its SD is still to issue:
 * "offen", "zu erstellen", "to issue", "à émettre", "da emettere", "por emitir", "te verstrekken",
 * "do wystawienia", "nicht ausgestellt", "not yet issued", "fehlt" (words, not a yes/no mark).
 * Beside an SD number no register holds, the two disagree (engine issue/outside.ts).
 */
export function toIssueSaid(v: unknown, col: StatusColumn | undefined): boolean {
  if ((col?.proof !== "status" && col?.proof !== "came") || typeof v !== "string" || markOf(v) !== null)
    return false;
  return toIssue(v) || deniesIssue(v) || proofSaid(`SD ${v}`) === "missing";
}
