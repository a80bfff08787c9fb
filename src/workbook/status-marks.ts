// Yes/no mark columns whose heading is itself a status (docs/rules.md "Rows and sheets marked as
// not really there"): "Storniert" / "Storno" / "Cancelled?" with "x", "ja", "yes" cancels the
// line; "Gesperrt" / "Blocked" / "On hold" with a mark leaves it unconfirmed; "Freigabe" /
// "Approved" / "Released" with "nein", "no" leaves it unconfirmed (unclear is never yes). A blank
// or a "no" in a cancel or block column, and a "yes" in an approval column, book the line. A
// value that is no yes/no mark is read as a status word (status-read.ts); one that is neither (a
// number, "MM", "?") is unclear and refused. A column headed "OK", "i.O.", "Freigabe" whose rows
// are ticked approved ("x", "ja", "✓") is an approval column: a blank there is a line not
// approved, refused (cellSays). Pure.
import { EXCEL_BOOLEANS } from "../engine/normalise";
import { fold } from "./normalise";
import { statusIn, type StatusMemo, type StatusSays } from "./status-read";
import { answerOf } from "./unmapped-sustainable";
import { withoutFormer } from "./proof-former";
import { signedOff } from "./status-signed";

/** What a mark column's heading says a "yes" means. */
export type MarkHeading = "cancel" | "block" | "approval";

const CANCEL =
  /^(?:storniert|storno|storniert ja nein|cancelled|canceled|cancelled yes no|void|voided|annulliert|annule|annulee|anulado|anulada|annullato|geannuleerd|geloscht|deleted|entfallt|doppelbuchung|duplicate|duplikat)$/;
const BLOCK =
  /^(?:gesperrt|sperre|blocked|on hold|bloque|bloquee|bloqueado|bloccato|geblokkeerd|quarantine|quarantane|quarantaene|in quarantane|sperrlager)$/;
const APPROVAL =
  /^(?:freigabe|freigegeben|approved|approval|released|release|confirmed|bestatigt|bestaetigt|valide|validee|aprobado|approvato|goedgekeurd|ok|i o|io|gepruft|geprueft|checked|verified|(?:checked|approved|released|verified|gepruft|geprueft|freigegeben) (?:by|von)|visa|controle|controlee|approuve|approuvee|verifie|verifiee|aprobada|revisado|revisada|validado|approvata|controllato|controllata|validato|gecontroleerd|akkoord)$/;

/** A heading as words: folded, punctuation (a trailing "?", "(j/n)") dropped. */
const words = (h: string) =>
  fold(h)
    .replace(/\((?:j|y|ja|yes|x)\s*\/\s*(?:n|nein|no)\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The mark heading `heading` is (see the file comment), or null when it is none. */
export function markHeading(heading: string): MarkHeading | null {
  const w = words(heading);
  if (CANCEL.test(w)) return "cancel";
  if (BLOCK.test(w)) return "block";
  if (APPROVAL.test(w)) return "approval";
  return null;
}

const YES = new Set([
  "x",
  "ja",
  "j",
  "yes",
  "y",
  "oui",
  "si",
  "sí",
  "1",
  ...EXCEL_BOOLEANS.yes,
  "ok",
  "✓",
  "✔",
  "☑",
  "✅",
  "√",
]);
const NO = new Set([
  "nein",
  "n",
  "no",
  "non",
  "nee",
  "0",
  ...EXCEL_BOOLEANS.no,
  "-",
  "–",
  "—",
  "✗",
  "✘",
  "❌",
]);

/** A cell as a yes/no mark: true, false, or null when it is none (text, a number other than 0/1). */
export function markOf(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== "string") return null;
  const t = v.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/**
 * What a yes/no mark under a mark heading says of its line: "cancelled", "unconfirmed", or null
 * (the line is booked).
 */
export function markSays(heading: MarkHeading, mark: boolean): StatusSays {
  if (heading === "cancel") return mark ? "cancelled" : null;
  if (heading === "block") return mark ? "unconfirmed" : null;
  return mark ? null : "unconfirmed";
}

/** One status or mark column of a table, as row-state.ts reads its cells. */
export interface StatusColumn {
  /** what a yes/no mark under its heading means, or null */
  mark: MarkHeading | null;
  /** whether its cells may hold free text: a remark heading ("Bemerkung"), "State" (a place) */
  free: boolean;
  /** an approval column whose other rows are ticked approved: a blank there is no approval; a proof status column whose other rows state a status */
  ticked: boolean;
  /** (p-sdstatus) a column of the row's proof's status (proof-status.ts ProofHeading), read as such, never as the line's status */
  proof?: "status" | "came" | "required" | null;
}

/**
 * Whether any of `values` (a cell, and whether the sheet shows it as a date) is a "yes" mark ("x",
 * "ja", "✓") or a sign-off (initials, a date: status-signed.ts): the keeper ticks rows approved.
 */
export function anyTicked(values: Iterable<readonly [unknown, boolean]>): boolean {
  for (const [v, dated] of values) if (markOf(v) === true || signedOff(v, dated)) return true;
  return false;
}

/**
 * What a status column's cell `v` says of its line: a yes/no mark under a mark heading
 * (markSays); a blank in a ticked approval column, "unticked" (not approved, refused); a number
 * that is no mark under a mark heading, "unknown"; else its words (statusIn), where one to three
 * words of no status ("unknown") are free text under a remark heading or "State", and words of
 * sustainability ("Nachhaltig", "non ISCC") are no status anywhere.
 */
export function cellSays(
  v: unknown,
  col: StatusColumn,
  memo?: StatusMemo,
  dated = false,
): StatusSays | "unticked" {
  if (col.proof) return null;
  const mark = col.mark ? markOf(v) : null;
  if (col.mark && mark !== null) return markSays(col.mark, mark);
  const blank = v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (blank) return col.mark === "approval" && col.ticked ? "unticked" : null;
  // (p-status5) initials or a day under an approval heading: approved by someone, on a day
  if (col.mark === "approval" && signedOff(v, dated)) return null;
  // a number or a yes/no under a status heading is no status: unclear, not booked (a dash, as a
  // blank, and a date say nothing; a date under "Storniert" or "Gesperrt" is unclear too)
  const bare =
    (typeof v === "number" && (!dated || col.mark !== null)) ||
    typeof v === "boolean" ||
    (typeof v === "string" && /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/.test(v));
  if (bare && (col.mark || !col.free)) return "unknown";
  if (typeof v !== "string") return null;
  // (brk23 3) "storniert (war: geliefert)": the state now stands outside the former one's bracket
  const now = withoutFormer(v);
  const says = statusIn(now !== null && now.trim() !== "" ? now : v, memo);
  if (says !== "unknown") return says;
  // free text under a remark heading; a word of sustainability ("Nachhaltig", "non durable") tells
  // no movement's status, and is read as such by unmapped-sustainable.ts
  const sustainability = answerOf(v);
  if (sustainability === "sustainable" || sustainability === "not-sustainable") return null;
  return col.free && !col.mark ? null : says;
}
