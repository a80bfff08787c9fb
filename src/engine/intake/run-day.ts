// (brk27 W1) A row booked on a day after the run's day: a receipt, delivery, production row, stock
// count or transfer (its dispatch or arrival date) dated after the day the books are checked has not
// happened, or its date is a typo (10.02.2052 for 10.02.2025). Booked, it would stretch the periods
// to that day and every account after the last real row would report the shortfall again, period
// by period, with certificates "expired" on that day. So it is refused at its date cell, once
// (`date-after-run-day`), before anything else of the row is read; it is not booked, the balances
// it would feed are incomplete (left-out.ts) and the periods end at the last row booked. A few days
// ahead (a delivery typed the day before it leaves) is refused too: no guess that it will happen.
// The run day is data the host passes (EngineOptions.runDay); without one nothing is compared.
import { daysBetween } from "../dates";
import { cellOf, finding } from "../findings";
import type { IncompleteInput } from "../model";
import type { DateAfterRunDayDetails } from "../catalogue/details-run-day";
import type { Finding } from "../result";
import { isIsoDate } from "../schemas";
import { sourceOf } from "../validate";
import { leftOutRow } from "./left-out";

/** The record kinds booked on a day, and their fields that name the day they are booked on. */
const BOOKING_DATES = {
  receipt: ["date"],
  delivery: ["date"],
  production: ["date"],
  stock: ["date"],
  transfer: ["date", "arrivalDate"],
} as const;
/** A record kind booked on a day (receipt, delivery, production, stock, transfer). */
export type BookedKind = keyof typeof BOOKING_DATES;

/** The row's first booking date after `runDay` (YYYY-MM-DD) and its field, or null. */
function after(raw: unknown, kind: BookedKind, runDay: string): { field: string; date: string } | null {
  if (!raw || typeof raw !== "object") return null;
  for (const field of BOOKING_DATES[kind]) {
    const v: unknown = (raw as Record<string, unknown>)[field];
    if (typeof v !== "string") continue;
    const date = v.trim();
    // a date that is no day is validation's to refuse (invalid-date)
    if (date > runDay && isIsoDate(date)) return { field, date };
  }
  return null;
}

/** The products a row of `kind` names, as typed, for the finding's words ("" where none). */
function productsOf(raw: Record<string, unknown>, kind: BookedKind): string {
  const ids = kind === "production" ? ["inputProduct", "outputProduct"] : ["product"];
  const named = ids.map((id) => raw[id]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return [...new Set(named.map((v) => v.trim()))].join(" and ");
}

/**
 * The rows of `list` (of `kind`) booked on or before `runDay`: `list` itself where all are. Each
 * other row gets `date-after-run-day` (error) at its date cell in `io.findings` and joins
 * `io.leftOut` (leftOutRow: its products at its sites lack input, at any day). `runDay`
 * undefined: `list` as it is. A date cell that is no ISO day is left to validation.
 */
export function happened(
  io: { readonly findings: Finding[]; readonly leftOut: IncompleteInput[] },
  runDay: string | undefined,
  kind: BookedKind,
  list: unknown,
): unknown {
  if (runDay === undefined || !Array.isArray(list)) return list;
  let kept: unknown[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i];
    const ahead = after(raw, kind, runDay);
    if (ahead === null) {
      kept?.push(raw);
      continue;
    }
    kept ??= list.slice(0, i);
    const source = sourceOf(raw);
    const details: DateAfterRunDayDetails = {
      kind,
      field: ahead.field as DateAfterRunDayDetails["field"],
      date: ahead.date,
      runDay,
      days: daysBetween(runDay, ahead.date),
      products: productsOf(raw as Record<string, unknown>, kind),
    };
    const f = finding("date-after-run-day", "error", cellOf(source, ahead.field, "date"), details);
    io.findings.push(f);
    const left = leftOutRow(kind, raw, source, [f]);
    if (left) io.leftOut.push(left);
  }
  return kept ?? list;
}
