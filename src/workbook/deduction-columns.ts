// brk26 S2: receipts kept as "Menge (t) | Rücklieferung (t)" = "100 | 20", deliveries as "Menge (t)
// | davon storniert (t)" = "40 | 10": a column that takes part of the row's quantity away (returned,
// cancelled, lost, short, credited, a difference) was left unread, and the row credited or declared
// in full with no word. Such a column is now a rival of the quantity marked `deduct`: a blank or 0
// in it is nothing taken away; anything else refuses the row at its cell (rival-columns.ts), and
// nothing of the row is booked. The add-in does not book quantity − deduction: a return or a credit
// note can be a later event than the receipt (its own period), a loss may already be netted in the
// quantity, a difference may be signed either way; only the user knows which quantity is the net.
import { parseDecimal } from "../engine/quantity";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type FieldRead } from "./cell-read";
import { type KindSpec } from "./fields";
import { readFinding } from "./read-findings";
import { DIFFERENCE_WORDS, LOSS_WORDS, lossHeadingWords, REASON_WORDS, wholeWords } from "./loss-words";
import { unitOf } from "./ledger-rivals";
import { type ColumnMatch, type Rival } from "./recognition";

// whole words, on folded headings ("Rücklieferung" -> "rucklieferung"): what was returned,
// cancelled, credited, short, complained of, lost, or a difference (en, de, fr, it, es, nl, pl);
// German compounds end in their stem ("Transportverlust", "Mengendifferenz")
const DEDUCTION = wholeWords(
  `returns?|returned|\\w*rucklieferung(?:en)?|\\w*ruckgabe|\\w*rucksendung(?:en)?|retoure[n]?|retouren|retour|retours|retourne(?:e|es|s)?|reso|resi|devolucion(?:es)?|devuelt[oa]s?|zwrot[y]?|zwrocon[eya]|teruggestuurd|teruggeleverd|\\w*storno|storniert|stornierung|stornato|stornata|cancell?ed|cancell?ation|annulee?s?|annulation|annullat[oaie]|anulad[oa]s?|anulacion|cancelad[oa]s?|geannuleerd|anulowan[eoay]|gutschrift(?:en)?|credit|credited|avoir|abono|creditnote|creditnota|creditering|korekta|minderlieferung|mindermenge|unterlieferung|short|reklamation|reklamiert|complaint|rejected|abgelehnt|reclamation|reclamo|reclamacion|reclamatie|reklamacja|${LOSS_WORDS}|${DIFFERENCE_WORDS}`,
);
// a heading that says a date, a number, a reason, an address, a status or money of the deduction
// is no quantity taken away ("Datum Retoure", "Storno-Grund", "Returns address", "Gutschrift-Nr.")
const NOT_AMOUNT = new RegExp(
  `(?:^| )(?:${REASON_WORDS}|notiz|datum|date|data|fecha|dato|nr|no|nummer|number|numero|num|id|ref|referenz|reference|beleg|document|dokument|adresse|address|anschrift|indirizzo|direccion|adres|status|eur|euro|usd|chf|preis|price|prix|prezzo|precio|prijs|cena|betrag|amount|wert|value|valeur|valore|valor|waarde|wartosc|kosten|cost|costs)(?: |$)|€|\\$`,
);
// the net quantity, after the deduction ("Menge abzgl. Retoure (t)", "Qty net of returns"): another quantity
const NET =
  /(?:^| )(?:abzgl|abzuglich|nach|net|netto|less|minus|after|excl|exkl|ohne|hors|apres|senza|dopo|sin|tras|zonder|na|bez|po)(?: |$)/;
// a word of quantity or "of which": a heading with one of these (or a unit) says an amount
const AMOUNT =
  /(?:^| )(?:\w*menge|mengen|quantity|qty|quantite|quantita|cantidad|hoeveelheid|ilosc|gewicht|weight|poids|peso|waga|tonnage|tonnen|tonnes|davon|thereof|of which|dont|di cui|de los cuales|waarvan|w tym)(?: |$)/;
// words that say an amount lost by themselves (a "Schwund" is never a number of a document)
const LOSS_ALONE =
  /(?:^| )(?:loss|losses|shrinkage|\w*verlust|\w*schwund|fehlmenge[n]?|perte|pertes|freintes?|perdita|perdite|calo|cali|merma|mermas|verlies|strata|straty|ubytek|ubytki)(?: |$)/;

/** The heading folded, anything but letters and digits one space ("Rücklieferung (t)" → "rucklieferung t"), "credit note" one word. */
const words = (heading: string) => lossHeadingWords(heading).replace(/\bcredit note\b/g, "creditnote"); // "note" says a remark

/**
 * Whether `heading` says an amount taken away from the row's quantity: a word of a return, a
 * cancellation, a credit note, a shortfall, a complaint, a loss or a difference ("Rücklieferung
 * (t)", "davon storniert (t)", "Returned qty", "Quantité retournée (t)", "Schwund"), with a unit or a
 * word of quantity unless the word says a loss by itself; never a date, number, reason, address,
 * status or money of one ("Datum Retoure", "Returns address", "Gutschrift-Nr.", "Rückstellmuster").
 */
export function namesDeduction(heading: string): boolean {
  const w = words(heading);
  if (!DEDUCTION.test(w) || NOT_AMOUNT.test(w) || NET.test(w)) return false;
  return unitOf(heading) !== null || AMOUNT.test(w) || LOSS_ALONE.test(w) || /%|‰/.test(heading);
}

/**
 * On receipts and deliveries whose quantity is read, each column that says an amount taken away
 * from it (namesDeduction) becomes a rival of the quantity marked `deduct`: a column no field took,
 * or a quantity rival it was ("Storno-Menge (t)"). Returns the rivals with those added or marked.
 */
export function deductionRivals(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  rivals: Rival[],
  headings: readonly string[],
): Rival[] {
  if ((spec.kind !== "receipts" && spec.kind !== "deliveries") || !columns.has("quantity")) return rivals;
  const taken = new Set([...[...columns.values()].map((m) => m.col), ...rivals.map((x) => x.col)]);
  const marked = rivals.map((x) =>
    x.field === "quantity" && !x.value && !x.declared && !x.outgoing && namesDeduction(x.header)
      ? { ...x, deduct: true }
      : x,
  );
  const added = headings.flatMap((header, col): Rival[] =>
    !taken.has(col) && header && namesDeduction(header)
      ? [{ field: "quantity", col, header, unit: unitOf(header), deduct: true }]
      : [],
  );
  return [...marked, ...added];
}

const REASON = { arrived: "loss-arrived", difference: "difference-sign" } as const;

/**
 * The refusal of row `r` (0-based) whose cell in the deduction column `rival` (read as `read`, a
 * quantity in the heading's unit, from the cell `v`) holds anything but 0: error quantity-columns-disagree, reason
 * deduction (loss-arrived: a transfer's loss beside a quantity that says what arrived; difference-sign: a transfer's difference, its sign unsaid), at that cell (`label` the quantity's label, of `main` its column, `value` the cell as typed, `read` the
 * quantity's heading), the row dropped; null for 0, and for any rival not marked `deduct`.
 */
export function deductionRefusal(
  sheet: string,
  r: number,
  rival: Rival,
  cell: { v: unknown; read: FieldRead },
  main: { field: { label: string }; match: { header: string } },
): Finding | null {
  if (!rival.deduct) return null;
  const { v, read } = cell;
  const n = read.kind === "ok" && typeof read.value === "string" ? parseDecimal(read.value) : null;
  if (n?.isZero()) return null;
  const text = read.kind === "bad" ? read.text : String(v);
  return readFinding("quantity-columns-disagree", "error", sheet, cellAddress(r + 1, rival.col), {
    label: main.field.label,
    value: text,
    read: `"${main.match.header}"`,
    missing: rival.header,
    reason: rival.deduct === true ? ("deduction" as const) : REASON[rival.deduct],
    dropped: true,
  });
}
