// brk25 §0: a transfer row's loss in transit ("Transit loss (t)" 2 beside "Quantity (t)" 100, read
// by workbook/transfer-loss.ts as `loss`). Before, the receiving site was credited all that was
// sent. Now what arrived is the quantity less the loss, in the quantity's unit, booked as a
// quantity received is (book/transfer.ts; transit-loss says the loss at the loss cell). A blank or
// 0 loss: nothing lost. Refused at the loss cell (nothing moved, both sites' balances incomplete):
// a negative loss, one of all that was sent or more, one in another unit than the quantity, and
// one a received column beside it does not say too (quantity − loss ≠ received).
import { cellOf } from "../findings";
import { lossRefusedAt } from "../rules/transit-loss";
import { type Source } from "../model";
import { type Dec, toText } from "../quantity";
import { type Row } from "../validate";
import { d, type Intake, t, unreadable } from "./context";
import type { TransitLossDetails } from "../catalogue/details-balance";

/**
 * What arrived by the row's loss in transit, in `unit` (the quantity's): a Dec; null where the
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
  const loss = row.loss === undefined ? null : d(row.loss);
  const sent = d(row.quantity);
  if (!loss || loss.isZero() || !sent) return null;
  const lossUnit = row.lossUnit ? io.unit(row.lossUnit, source, "loss") : unit;
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
  if (lossUnit !== unit) return refuse("unit");
  if (loss.isNegative()) return refuse("negative");
  if (!loss.lessThan(sent)) return refuse("all");
  if (received === null) return sent.minus(loss);
  return receivedUnit === unit && sent.minus(loss).equals(received) ? null : refuse("disagree");
}
