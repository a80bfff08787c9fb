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
// be read is never taken as yes). Pure.
import type { BadReason } from "./read-codes";
import { fold } from "./normalise";
import { proofSaid } from "./proof-missing";
import { answerOf } from "./unmapped-sustainable";
import type { Declared } from "./declared-row";
import { saysNotSale } from "./not-sale-words";

/**
 * Why a remark denies its row credit: a proof missing (a receipt), only part of the row
 * sustainable, or a delivery read as sustainable said to go without a declaration.
 */
export type Denial = "proof-missing" | "proof-void" | "part-sustainable" | "sold-without-sd" | "not-a-sale";

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

/** A quantity anywhere in the text ("40 t nicht nachhaltig": a part, not the row). */
const QUANTITY_SAID = new RegExp(`(?<![a-z])${QUANTITY}`, "u");

/** A share that is the whole row ("100 % nachhaltig"): no part. */
const WHOLE = /(?<![\d.,])100\s*%/u;

/**
 * What a Status or remark cell's text `text` denies its row (see the file comment), or null. A
 * proof missing counts on a receipt only (`receipt`): on a delivery "SD folgt" is the declaration
 * the add-in is to issue. Only part sustainable counts where the text names sustainability
 * (unmapped-sustainable.ts answerOf) with a part or a quantity beside it, not the whole (100 %).
 * On a delivery, a text that says it goes without a declaration (proof-missing.ts proofSaid
 * "without") denies it where `declared()` reads the row sustainable, by a column or by the sheet
 * (declared-row.ts); one that says not sustainable, with no quantity, where a column says yes.
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
  if (named && PART_SAID.test(folded) && !WHOLE.test(folded)) return "part-sustainable";
  if (receipt) return null;
  // (brk15) a sample, own use: no sale that carries an SD (not-sale-words.ts)
  if (saysNotSale(text) && declared() !== "no") return "not-a-sale";
  // a word of not sustainable on a sheet with no Sustainable column: that column's business
  // (unmapped-sustainable.ts holds the sheet's declarations at its heading)
  const unsustainable = answer === "not-sustainable" && !QUANTITY_SAID.test(folded);
  if (proof !== "without" && !unsustainable) return null;
  const read = declared();
  return read === "yes" || (read === "sheet" && proof === "without") ? "sold-without-sd" : null;
}

/** The reason of a row-unconfirmed error beyond a status word that leaves the line unconfirmed. */
export const STATUS_REASONS: Record<string, BadReason | undefined> = {
  unknown: "status-unknown",
  unticked: "approval-blank",
  // (p-sd8) "teilw. abgelehnt", "partly rejected": the quantity accepted is unknown
  partial: "status-partial",
  // (p-misc) "teilweise storniert", "Teilstorno", "partly cancelled": the quantity that stands is unknown
  "part-cancelled": "status-part-cancelled",
  // (p-credit) "Gutschrift", "Retoure", "Storno-Rechnung": the row is that document, or refers to one
  credit: "credit-note",
};
