// The wording of date-after-run-day (details-run-day.ts): kept apart so wording-engine.ts stays
// under 300 lines.
import { monthsBetween } from "../dates";
import type { DateAfterRunDayDetails, RunDayCodes } from "./details-run-day";

/** What the row is, in words, by its record kind. */
const ROW: Record<DateAfterRunDayDetails["kind"], string> = {
  receipt: "receipt",
  delivery: "delivery",
  production: "production row",
  stock: "stock count",
  transfer: "transfer",
};

/** What "until it happened" means for the row, by its record kind. */
const HAPPENS: Record<DateAfterRunDayDetails["kind"], string> = {
  receipt: "the goods have arrived",
  delivery: "the goods have left",
  production: "the batch is produced",
  stock: "the count is made",
  transfer: "the goods have left and arrived",
};

/** How far after the run day: "3 days", "more than 4 months", "more than 25 years" ("more than" unless whole). */
function howFar(d: DateAfterRunDayDetails): string {
  if (d.days <= 60) return d.days === 1 ? "1 day" : `${d.days} days`;
  const months = monthsBetween(d.runDay, d.date);
  const exact = d.date.slice(8, 10) === d.runDay.slice(8, 10);
  const [n, unit] = months >= 12 ? [Math.floor(months / 12), "year"] : [months, "month"];
  const whole = exact && (unit === "month" || months % 12 === 0);
  return `${whole ? "" : "more than "}${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** (brk27 W1) date-after-run-day: a row dated after the day of the run is not booked. */
function afterRunDayText(d: DateAfterRunDayDetails): string {
  const row = ROW[d.kind] ?? "row";
  const of = d.products ? ` of ${d.products}` : "";
  const typo =
    d.days > 60 ? "If the year or the month is a typo, correct it" : "If the date is a typo, correct it";
  const dated = d.field === "arrivalDate" ? `'s arrival date is ${d.date}` : ` is dated ${d.date}`;
  return `this ${row}${dated}, ${howFar(d)} after the day of this run (${d.runDay}): a book holds only what has happened, and the add-in does not guess that it will, not even a few days ahead, so the ${row} is not booked and the balances${of} it would feed are incomplete (no declaration is issued from them). ${typo}; if the ${row} has not happened yet, remove the row and enter it when ${HAPPENS[d.kind] ?? "it has happened"}.`;
}

export const RUN_DAY_WORDING: { readonly [C in keyof RunDayCodes]: (d: RunDayCodes[C]) => string } = {
  "date-after-run-day": afterRunDayText,
};
