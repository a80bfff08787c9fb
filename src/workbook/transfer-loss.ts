// brk25 §0: a transfers sheet kept as "Quantity (t) | Transit loss (t)" ("Menge (t) | Schwund (t)")
// says beside what left how much never arrived. No field took the loss column, so the receiving site
// was credited all that was sent with no word. Its column is now read as the field `loss`: the engine
// (intake/transfers.ts) refuses a transfer whose loss is not 0 at the loss cell (not booked, both
// sites incomplete), unless a received column beside it says the same (quantity − loss = received).
// Words that say only a loss (Schwund, perte, merma…) are read beside any quantity; a "difference"
// ("Differenz", "verschil"), which may be signed either way or be another difference, is read only
// where no received column stands beside (there the received column says what arrived).
// (h-leftovers) Even there its sign is not said by the word: a 0 is nothing lost, anything else is
// refused at its cell (deduction-columns.ts, reason difference-sign), never taken as a loss.
import { DIFFERENCE_WORDS, LOSS_WORDS, lossHeadingWords, REASON_WORDS, wholeWords } from "./loss-words";
import { type KindSpec } from "./fields";
import { unitOf } from "./ledger-rivals";
import { saysPerMille } from "./factor-ratio";
import { saysPercent } from "./share-units";
import { type ColumnMatch, type Rival } from "./recognition";
import { namesReceived } from "./transfer-received";
import { unreadColumns } from "./unread-columns";

const LOSS = wholeWords(LOSS_WORDS);
// a difference: may be a loss or a gain, or another difference (a weighing, a price)
const DIFFERENCE = wholeWords(DIFFERENCE_WORDS);
// a heading that says a reason, a remark or a share of the loss is no quantity lost
const NOT_AMOUNT = wholeWords(REASON_WORDS);

/** Whether `heading` says a quantity lost in transit ("Transit loss (t)", "Schwund", "Perte (kg)"); `received`: a received column stands beside. */
export const namesLoss = (heading: string, received: boolean): boolean => {
  const w = lossHeadingWords(heading);
  if (NOT_AMOUNT.test(w)) return false;
  return LOSS.test(w) || (!received && DIFFERENCE.test(w));
};

/**
 * On a transfers sheet, the column whose heading says a loss in transit, read as the field `loss`
 * (set in `columns`; a quantity rival it was is taken out): a column no field took, or a rival of
 * the quantity. Several such columns: the first is read, and each other stays a rival of nothing
 * (never silently: the engine refuses a loss it cannot read). A user's mapping of `loss`: unchanged.
 */
export function lossBeside(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  rivals: Rival[],
  headings: readonly string[],
): Rival[] {
  if (spec.kind !== "transfers" || !columns.has("quantity") || columns.has("loss")) return rivals;
  const received = columns.has("received");
  if (received) rivals = differenceBeside(columns, rivals, headings);
  const rival = rivals.find((x) => x.field === "quantity" && !x.value && namesLoss(x.header, received));
  const col = rival
    ? rival.col
    : (unreadColumns(columns, rivals, headings).find((x) => namesLoss(x.header, received))?.col ?? -1);
  if (col < 0) return rivals;
  const header = headings[col] ?? "";
  // brk26 L2: the only quantity says what arrived ("Menge angekommen (t)"): the loss is not taken off
  // it again; a row with a loss is refused at the loss cell (deduction-columns.ts), none is guessed sent
  const arrived = namesReceived(columns.get("quantity")?.header ?? "") && !received;
  if (arrived) return [...rivals.filter((x) => x !== rival), { field: "quantity", col, header, unit: null, deduct: "arrived" }]; // prettier-ignore
  // a difference alone: which way it runs is not said (sent − received, or received − sent)
  if (!LOSS.test(lossHeadingWords(header))) return [...rivals.filter((x) => x !== rival), { field: "quantity", col, header, unit: null, deduct: "difference" }]; // prettier-ignore
  columns.set("loss", {
    col,
    header: rival?.header ?? header,
    // brk26 L1: "Schwund (%)", "Verlust in Prozent", "Schwund (‰)": a share of what was sent
    unit:
      (rival ? rival.unit : unitOf(header)) ??
      (saysPerMille(header) ? "‰" : saysPercent(header) ? "%" : null),
    confidence: "exact",
  });
  return rivals.filter((x) => x !== rival);
}

/**
 * (h-transfer3) Beside both the quantity sent and the quantity received, the one column whose heading
 * says a difference and no loss ("Differenz (t)", "Difference", "écart", "differenza", "diferencia",
 * "verschil", "różnica"), read as the field `difference` (set in `columns`; a quantity rival it was
 * taken out of the returned rivals): before, it was passed over with no word, a difference that
 * disagreed with the two quantities unseen. The engine checks each row against them
 * (intake/transfer-difference.ts). Several such columns, or a user's mapping: unchanged.
 */
function differenceBeside(
  columns: Map<string, ColumnMatch>,
  rivals: Rival[],
  headings: readonly string[],
): Rival[] {
  if (columns.has("difference")) return rivals;
  const says = (h: string) => namesLoss(h, false) && !LOSS.test(lossHeadingWords(h));
  const found = [
    ...rivals.filter((x) => x.field === "quantity" && !x.value && says(x.header)),
    ...unreadColumns(columns, rivals, headings).filter((x) => says(x.header)),
  ];
  const one = found[0];
  if (!one || found.length > 1) return rivals;
  const header = headings[one.col] ?? one.header;
  const unit = unitOf(header) ?? (saysPerMille(header) ? "‰" : saysPercent(header) ? "%" : null);
  columns.set("difference", { col: one.col, header, unit, confidence: "exact" });
  return rivals.filter((x) => x !== one);
}
