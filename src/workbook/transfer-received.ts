// brk22 §9: transfers between the company's own sites are kept with what left one site and what
// arrived at the other ("Quantity sent (t) | Quantity received (t)", "Menge versandt | Menge
// empfangen", "Abgang | Zugang"): the difference is lost in transit. Recognition gives the quantity
// one column, so the other was a rival and every row where they differ was refused. Beside the
// quantity sent, a column whose heading says received is read as the quantity received
// (engine book/transfer.ts: the sending site gives what was sent, the receiving one gets what
// arrived; transit-loss says the difference). Where recognition read the received column as the
// quantity and one column says sent, they swap. One of each, never a pick among several; a user's
// own mapping of the quantity is never moved.
import { plainLetters } from "../engine/fold";
import { foldedWords } from "./normalise";
import { unitOf } from "./ledger-rivals";
import { type KindSpec } from "./fields";
import { type ColumnMatch, type Rival } from "./recognition";
import { unreadColumns } from "./unread-columns";
import { parseQuantityUnit } from "../engine/units";
import { namesDayOfMove } from "./transfer-date-words";

// word starts, on folded headings (ä -> a, "ł" -> l): de, en, fr, it, es, nl, pl
const RECEIVED =
  /(?:^| )(?:receiv|arriv|empfang|erhalt|angekommen|ankunft|eingang|eingegangen|zugang|recu|recept|ricevut|ricevim|arrivat|recibid|recepcion|llegad|ontvang|aangekomen|otrzyman|przyj[eę]t|dostarczon)/;
const SENT =
  /(?:^| )(?:sent|dispatch|shipped|loaded|versand|versendet|gesendet|verladen|abgang|ausgang|verschickt|envoy|expedi|spedit|spediz|inviat|enviad|despachad|verzonden|verstuurd|verzending|wyslan|nadan|wydan)/;

/** The heading folded, anything but letters and digits one space ("Ilość wysłana (t)" → "ilosc wyslana t"). */
const words = (heading: string) => foldedWords(plainLetters(heading));

/** Whether `heading` says what arrived ("Quantity received", "Menge empfangen", "Zugang (t)") and not what left; never the day ("Received on"). */
export const namesReceived = (heading: string): boolean => {
  const w = words(heading);
  return RECEIVED.test(w) && !SENT.test(w) && !namesDayOfMove(heading);
};

/** Whether `heading` says what left ("Quantity sent", "Menge versandt", "Abgang (t)") and not what arrived; never the day ("Shipped on"). */
export const namesSent = (heading: string): boolean => {
  const w = words(heading);
  return SENT.test(w) && !RECEIVED.test(w) && !namesDayOfMove(heading);
};

/**
 * The rivals of a transfers sheet's quantity with the quantity received taken out and read as
 * its own field `received` (set in `columns`): exactly one column whose heading says received
 * (a rival, or a column no field took: "Received (t)" names no quantity word) beside a quantity
 * whose heading does not; or, where recognition read a column saying received as the quantity and
 * exactly one says sent, that one becomes the quantity and the read one the quantity received.
 * Several that say received are all rivals (a row where one differs is refused, never a pick).
 * `headings`: the header row's texts. Any other sheet, or a user's mapping: unchanged.
 */
export function receivedBeside(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  rivals: Rival[],
  headings: readonly string[],
): Rival[] {
  const read = columns.get("quantity");
  if (spec.kind !== "transfers" || !read || columns.has("received")) return rivals;
  const plain = (x: Rival) =>
    x.field === "quantity" && !x.value && !x.declared && !x.outgoing && !x.sided && !x.ambient && !x.chosen;
  const match = (x: Rival): ColumnMatch => ({
    col: x.col,
    header: x.header,
    unit: x.unit,
    confidence: "exact",
  });
  // a column no field took whose heading says sent or received over a quantity unit: a candidate too
  const unread: Rival[] = [];
  for (const { col, header } of unreadColumns(columns, rivals, headings)) {
    const unit = unitOf(header);
    if (unit && parseQuantityUnit(unit) && (namesReceived(header) || namesSent(header)))
      unread.push({ field: "quantity", col, header, unit });
  }
  const candidates = [...rivals.filter(plain), ...unread];
  if (namesReceived(read.header)) {
    const sent = candidates.filter((x) => namesSent(x.header));
    const one = sent[0];
    if (read.confidence === "remembered" || !one || sent.length > 1) return [...rivals, ...unread];
    columns.set("quantity", match(one));
    columns.set("received", read);
    return [...rivals, ...unread].filter((x) => x !== one);
  }
  const received = candidates.filter((x) => namesReceived(x.header));
  const one = received[0];
  if (!one || received.length > 1) return [...rivals, ...unread];
  columns.set("received", match(one));
  return [...rivals, ...unread].filter((x) => x !== one);
}
