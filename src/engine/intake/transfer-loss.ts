// brk25 §0: a transfer row's loss in transit ("Transit loss (t)" 2 beside "Quantity (t)" 100, read
// by workbook/transfer-loss.ts as `loss`). Before, the receiving site was credited all that was
// sent. Now what arrived is the quantity less the loss, in the quantity's unit, booked as a
// quantity received is (book/transfer.ts; transit-loss says the loss at the loss cell). A blank or
// 0 loss: nothing lost. Refused at the loss cell (nothing moved, both sites' balances incomplete):
// a negative loss, one of all that was sent or more, one in a unit that does not convert exactly to
// the quantity's (kg to t does, brk26 N10), and one a received column beside it does not say too
// (quantity − loss ≠ received, each converted exactly). brk26 L1: a loss in % or ‰ of what was sent.
import { cellOf } from "../findings";
import { lossRefusedAt } from "../rules/transit-loss";
import { type Source } from "../model";
import { type Dec, toText } from "../quantity";
import { parseQuantityUnit } from "../units";
import { type Row } from "../validate";
import { d, type Intake, t, unreadable } from "./context";
import type { TransitLossDetails } from "../catalogue/details-balance";

/** A loss stated as a share of what was sent: its unit and what it is divided by (exact in decimal). */
const SHARE: Readonly<Record<string, number>> = { "%": 100, "‰": 1000 };

/**
 * What arrived by the row's loss in transit (a share of what was sent where its unit is % or ‰), in `unit` (the quantity's): a Dec; null where the
 * row states no loss, or 0, or one its received column agrees with (`receivedUnit` that column's
 * unit, null where there is none); false where the loss refuses the transfer (said at its cell).
 */
export function arrivedByLoss(
  io: Intake,
  row: Row,
  source: Source,
  unit: string,
  receivedUnit: string | null,
): Dec | null | false {
  if (io.refused.includes("loss") || unreadable(row).includes("loss")) return false;
  const typed = row.loss === undefined ? null : d(row.loss);
  const sent = d(row.quantity);
  if (!typed || typed.isZero() || !sent) return null;
  // brk26 L1: a share of what was sent ("Schwund (%)" 0.5, "0,5 %"), read exactly in its unit
  const per = SHARE[String(row.lossUnit)];
  const loss = per ? sent.times(typed).dividedBy(per) : typed;
  const lossUnit = per ? unit : row.lossUnit ? io.unit(row.lossUnit, source, "loss") : unit;
  const received = row.received === undefined ? null : d(row.received);
  const refuse = (unread: NonNullable<TransitLossDetails["unread"]>) => {
    io.findings.push(
      lossRefusedAt(cellOf(source, "loss"), {
        ...{ from: t(row.fromSite), to: t(row.toSite), product: t(row.product), date: t(row.date) },
        ...{ sent: toText(sent), received: received ? toText(received) : "", lost: toText(loss) },
        ...{ unit, more: false, unread, lossUnit: lossUnit ?? "" },
      }),
    );
    return false as const;
  };
  // brk26 N10: a loss or a quantity received in another unit of the same kind (kg beside t): exactly
  const lost = converted(loss, lossUnit, unit);
  if (!lost) return refuse("unit");
  if (lost.isNegative()) return refuse("negative");
  if (!lost.lessThan(sent)) return refuse("all");
  if (received === null) return sent.minus(lost);
  const arrived = converted(received, receivedUnit, unit);
  return arrived && sent.minus(lost).equals(arrived) ? null : refuse("disagree");
}

/** `n` in the unit `from` in the unit `to`, exactly, where both are quantity units of one dimension (kg and t); else null. */
export function converted(n: Dec, from: string | null, to: string): Dec | null {
  if (from === to) return n;
  const [a, b] = [parseQuantityUnit(from ?? undefined), parseQuantityUnit(to)];
  const [fa, fb] = [d(a?.factor), d(b?.factor)];
  return a && b && fa && fb && a.dim === b.dim ? n.times(fa).dividedBy(fb) : null;
}
