// (brk12) Remarks that deny a row its credit, under a Status or a remark heading ("Bemerkung",
// "Remarks", "Note"): a proof still missing or to come on a receipt ("SD folgt", "SD fehlt", "ohne
// SD", "awaiting PoS", "PoS pending", "DD en attente", "SD in Klärung": no credit until the
// supplier's SD has come, domain.md §2), and only part of the row sustainable ("nur 60 t
// nachhaltig", "davon 40 t ISCC", "only 60 t sustainable", "partly sustainable", "en partie
// durable", "parcialmente sostenible", "solo 60 t sostenibile", "gedeeltelijk duurzaam": the
// sustainable quantity is not in the row's quantity column). Before, under "Bemerkung" these were
// free text and the row was credited whole. Such a row is refused at its cell (row-state.ts). A
// duplicate, a proforma and a complaint are status words (status-words.ts). On a delivery read as
// sustainable (its Sustainable column says yes, or the sheet has none and lists only sustainable
// deliveries), a remark that says it goes without a declaration ("ohne SD", "without PoS", "sans
// PdD", "sin PoS", "zonder SD", "senza SD", "SD: nein", "SD nicht ausstellen", "no PoS to be
// issued") or is not sustainable ("nicht nachhaltig verkauft", "sold as conventional")
// contradicts it: refused at its cell, never declared (sold-without-sd, domain.md §7: what cannot
// be read is never taken as yes). (p-remarks2) So does such a remark on a sheet with no
// Sustainable column, alone among remarks of other things (before, declared); and on a receipt
// with an SD number (no Sustainable cell saying no), a remark that says the material is not
// sustainable ("nicht nachhaltig", "conventional", "fossil", "non certifié"): refused at its cell,
// not credited (received-not-sustainable; before, credited). Pure.
import type { BadReason } from "./read-codes";
import type { ProductionRemarkReason, RemarkReason } from "../engine/catalogue/details";
import { fold } from "./normalise";
import { proofSaid } from "./proof-missing";
import { answerOf } from "./unmapped-sustainable";
import type { Declared } from "./declared-row";
import { notSaleSaid, type NotSale } from "./not-sale-words";

/**
 * Why a remark denies its row credit: a proof missing (a receipt), only part of the row
 * sustainable, or a delivery read as sustainable said to go without a declaration; the reasons
 * as the catalogue declares them (engine/catalogue/details-rows.ts, details-production.ts).
 */
export type Denial = RemarkReason | ProductionRemarkReason;

/** The reason of each thing a delivery is said to be instead of a sale (not-sale-words.ts). */
const NOT_SALE: Record<NotSale, Denial> = {
  "sample-or-own-use": "not-a-sale",
  toll: "toll-processing",
  transfer: "internal-transfer",
};

/** Words of part of a row (folded), in de, en, fr, es, it and nl. */
const PART =
  "teilweise|teilw|teils|anteilig|zum teil|partly|partially|in part|partiellement|en partie|" +
  "parcialmente|en parte|parzialmente|in parte|gedeeltelijk|deels";

/** Words that make a quantity a part ("nur 60 t", "davon 40 t", "only 60 t", "solo 60 t"). */
const ONLY =
  "nur|davon|lediglich|only|of which|just|seulement|dont|solo|solamente|de los cuales|soltanto|di cui|alleen|slechts|waarvan";

/** A quantity with its unit ("60 t", "60,5 t", "40 %", "20.000 kg"). */
const QUANTITY = "\\d[\\d.,']*\\s*(?:t|to|mt|kg|tonnen|tonnes|tons|toneladas|tonnellate|ton|%)(?![a-z])";

const PART_SAID = new RegExp(
  `(?<![a-z])(?:(?:${PART})(?![a-z])|(?:${ONLY})\\s+${QUANTITY}|${QUANTITY}\\s+(?:davon\\s+)?(?:nachhaltig|sustainable|durable|sostenible|sostenibile|duurzaam|iscc))`,
  "u",
);

/** A quantity anywhere in the text ("40 t nicht nachhaltig": a part of the row, part-sustainable). */
const QUANTITY_SAID = new RegExp(`(?<![a-z])${QUANTITY}`, "u");

/** A share that is the whole row ("100 % nachhaltig"): no part. */
const WHOLE = /(?<![\d.,])100\s*%/u;

/**
 * (p-remarks2) Words of fossil material, whole words only ("fossil", "fossile", "fósil",
 * "fossiel"; not "fossilfrei"), not denied ("nicht fossil", "non fossile"): not sustainable.
 */
const FOSSIL =
  /(?<![a-z])(?<!(?:nicht|not|non|no|niet|kein|keine)\s)(?:fossil|fossile|fossiles|fossili|fosil|fosiles|fossiel|fossiele)(?![a-z])/u;

/** Whether a text says its row's material is not sustainable, of the whole row (no quantity beside it). */
export function saysUnsustainable(text: string, folded = fold(text).replace(/\s+/g, " ")): boolean {
  const answer = answerOf(text);
  const said = answer === "not-sustainable" || (answer !== "sustainable" && FOSSIL.test(folded));
  return said && (!QUANTITY_SAID.test(folded) || WHOLE.test(folded));
}

/**
 * What a Status or remark cell's text `text` denies its row (see the file comment), or null. A
 * proof missing counts on a receipt only (`receipt`): on a delivery "SD folgt" is the declaration
 * the add-in is to issue. Only part sustainable counts where the text names sustainability
 * (unmapped-sustainable.ts answerOf) with a part or a quantity beside it, not the whole (100 %).
 * `declared()` says whether the row is read as sustainable (declared-row.ts: a delivery by its
 * columns or by the sheet, a receipt by its SD number and columns). On a delivery, a text that
 * says it goes without a declaration (proof-missing.ts proofSaid "without") or is not sustainable
 * ("nicht nachhaltig", "conventional", "fossil", with no quantity) denies a row so read
 * (sold-without-sd); on a receipt, a text that says it is not sustainable denies a row so read
 * (received-not-sustainable, p-remarks2): a remark that disagrees with a sustainable reading is
 * never overruled by it.
 */
export function remarkDenial(
  text: string,
  receipt: boolean,
  declared: () => Declared = () => "yes",
): Denial | null {
  const proof = proofSaid(text);
  // (brk15) "SD abgelehnt", "PoS invalid", "SD storniert": a proof void gives no credit either
  if (receipt && proof) return proof === "void" ? "proof-void" : "proof-missing";
  const answer = answerOf(text);
  const folded = fold(text).replace(/\s+/g, " ");
  const named = answer === "sustainable" || answer === "not-sustainable";
  // (p-remarks2) "40 t nicht nachhaltig": a quantity of the row not sustainable, the rest sustainable
  const part = PART_SAID.test(folded) || (answer === "not-sustainable" && QUANTITY_SAID.test(folded));
  if (named && part && !WHOLE.test(folded)) return "part-sustainable";
  const unsustainable = saysUnsustainable(text, folded);
  const notSale = notSaleSaid(text);
  // (p-remarks4) the customer's material, a transfer from an own site: no purchase credit
  if (receipt && declared() !== "no" && (notSale === "toll" || notSale === "transfer"))
    return notSale === "toll" ? "received-toll-processing" : "received-internal-transfer";
  if (receipt) return unsustainable && declared() !== "no" ? "received-not-sustainable" : null;
  // (p-sdstatus) "SD storniert", "SD ersetzt durch SD-123": no second SD beside one cancelled
  if (proof === "void" && declared() !== "no") return "sold-sd-void";
  // (brk15) a sample, own use: no sale that carries an SD (not-sale-words.ts); (p-saleremark) toll
  // processing, the customer's own material, a transfer between own sites (movement-words.ts)
  if (notSale && declared() !== "no") return NOT_SALE[notSale];
  if (proof !== "without" && !unsustainable) return null;
  // (p-remarks2) on a sheet with no Sustainable column, a lone "nicht nachhaltig" was declared:
  // that a column of such words is an unmapped Sustainable column does not make one remark read
  return declared() !== "no" ? "sold-without-sd" : null;
}

/** The reason of a row-unconfirmed error beyond a status word that leaves the line unconfirmed. */
export const STATUS_REASONS: Record<string, BadReason | undefined> = {
  unknown: "status-unknown",
  unticked: "approval-blank",
  // (p-sd8) "teilw. abgelehnt", "partly rejected": the quantity accepted is unknown
  partial: "status-partial",
  // (p-misc) "teilweise storniert", "Teilstorno", "partly cancelled": the quantity that stands is unknown
  "part-cancelled": "status-part-cancelled",
  // (brk25 §5b) "Menge storniert und neu gebucht (Zeile 5)": the row may be void, counted twice
  "void-unclear": "status-void-unclear",
  // (p-credit) "Gutschrift", "Retoure", "Storno-Rechnung": the row is that document, or refers to one
  credit: "credit-note",
};
