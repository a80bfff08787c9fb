// h-transfer3: a transfers sheet kept with the quantity sent, the quantity received and their
// difference ("Versandmenge | Empfangsmenge | Differenz", read by workbook/transfer-loss.ts as
// `difference`). Before, the difference column was passed over with no word, so a row whose
// difference said one thing and the two quantities another was booked on the quantities alone.
// Now each row's difference must be what was sent less what arrived, or what arrived less what was
// sent: either way is accepted where the whole column runs that way (the way most of its rows give
// where some run each way; none where as many run each way). A difference that fits neither, or
// fits only the way the column does not run, refuses the transfer at its cell (transit-loss, error:
// nothing moved, both sites' balances incomplete). A blank or refused difference: the reader's word.
// What the booking does with a loss is the quantity received's: book/transfer.ts, transit-loss info.
import { cellOf } from "../findings";
import { lossRefusedAt } from "../rules/transit-loss";
import { type Source } from "../model";
import { type Dec } from "../quantity";
import { type Row } from "../validate";
import { d, type Intake, t, unreadable } from "./context";
import { converted } from "./transfer-loss";

/** Which way a difference column runs: what was sent less what arrived, or the other way round. */
export type Way = "sent-received" | "received-sent";

/** How a row's difference fits its quantities: `out` is sent − received, `back` received − sent; null where it states none or it does not convert. */
interface Fit {
  out: boolean;
  back: boolean;
  sent: Dec;
  received: Dec;
  difference: Dec;
}

/** Row `row`'s difference against its quantities, all in its quantity's unit; null where any is blank or not a number, or a unit does not convert exactly. */
function fitOf(row: Readonly<Record<string, unknown>>): Fit | null {
  if (row.difference === undefined || row.received === undefined) return null; // most books: no such column
  const [sent, received, typed] = [d(row.quantity), d(row.received), d(row.difference)];
  const unit = t(row.unit);
  if (!sent || !received || !typed || unit === "") return null;
  const r = converted(received, t(row.receivedUnit) || unit, unit);
  const difference = converted(typed, t(row.differenceUnit) || unit, unit);
  if (!r || !difference) return null;
  return { out: difference.equals(sent.minus(r)), back: difference.equals(r.minus(sent)), sent, received: r, difference }; // prettier-ignore
}

/**
 * The way transfer rows `list` (the records as read, before validation) give their difference: the
 * one way every row that states one fits (a 0 beside equal quantities fits both); where some fit
 * only one way and some only the other, the way more of them fit; null where as many fit each way.
 * "sent-received" where no row tells.
 */
export function differenceWay(list: unknown): Way | null {
  let [out, back] = [0, 0];
  for (const raw of Array.isArray(list) ? list : []) {
    const fit = raw && typeof raw === "object" ? fitOf(raw as Record<string, unknown>) : null;
    if (fit?.out && !fit.back) out++;
    if (fit?.back && !fit.out) back++;
  }
  if (out === back) return out === 0 ? "sent-received" : null;
  return out > back ? "sent-received" : "received-sent";
}

/**
 * Whether transfer row `row` is refused at its difference cell (said there, transit-loss error):
 * its difference fits neither way, or not the way its column runs (`way`, differenceWay), or is in a
 * unit that does not convert exactly to the quantity's (`unit`). False where it states none; true
 * without a word where the reader refused its cell (the reader said so).
 */
export function differenceRefused(
  io: Intake,
  row: Row,
  source: Source,
  unit: string,
  way: Way | null,
): boolean {
  if (io.refused.includes("difference") || unreadable(row).includes("difference")) return true;
  if (row.difference === undefined || row.received === undefined) return false;
  const fit = fitOf({ ...row, unit });
  // a 0 beside equal quantities fits either way
  const fits = fit && ((fit.out && fit.back) || (way === "sent-received" ? fit.out : way === "received-sent" && fit.back)); // prettier-ignore
  if (fits) return false;
  const at = cellOf(source, "difference");
  io.findings.push(
    lossRefusedAt(at, {
      ...{ from: t(row.fromSite), to: t(row.toSite), product: t(row.product), date: t(row.date) },
      ...{ sent: t(row.quantity), received: t(row.received), lost: "", unit, more: false },
      ...{ difference: t(row.difference), lossUnit: t(row.differenceUnit) || unit, way: way ?? "" },
      unread: !fit ? "unit" : fit.out || fit.back ? "difference-way" : "difference",
    }),
  );
  return true;
}
