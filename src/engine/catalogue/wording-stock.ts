// The wording of the stock-count codes of brk22 (engine/rules/stock-count-next-day.ts,
// stock-below-zero.ts, stock-count-product-alike.ts): kept apart so wording-engine.ts stays under 300 lines.
import type { FindingDetails } from "./details";

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);
const at = (site: string) => (site ? ` at site ${site}` : "");

export const STOCK_WORDING: {
  readonly [C in "stock-count-next-day" | "stock-below-zero" | "stock-count-product-alike"]: (
    d: FindingDetails[C],
  ) => string;
} = {
  "stock-count-next-day": (d) =>
    d.booked
      ? `this count of ${s(d.product)}${at(d.site)} is dated ${s(d.date)}, the day after the period ending ${s(d.periodEnd)}, and no row moves ${s(d.product)}${at(d.site)} on that day, so it is also the stock at the end of ${s(d.periodEnd)}: it is used as that period's closing stock and caps its carry-forward.`
      : `this count of ${s(d.product)}${at(d.site)} is dated ${s(d.date)}, the day after the period ending ${s(d.periodEnd)}, which has no count of its own, but rows move ${s(d.product)} on that day (${s(d.moves)}), so it is not known whether it was taken before or after them. It is read as the stock at the end of ${s(d.date)}, after them, and ${d.cap ? `whichever it was, the tank held at most ${s(d.cap)} at the end of ${s(d.periodEnd)} (the count, plus what left on ${s(d.date)} less what came in), so the carry-forward of the period ending ${s(d.periodEnd)} is capped at ${s(d.cap)}, or at the book stock where that is lower` : `the carry-forward of the period ending ${s(d.periodEnd)} is capped at the book stock instead`}. If it is the stock of the end of ${s(d.periodEnd)}, taken before that day's rows, date it ${s(d.periodEnd)}.`,
  "stock-below-zero": (d) =>
    `this count of ${s(d.counted)} ${s(d.unit)} of ${s(d.product)}${at(d.site)} on ${s(d.date)}, with ${s(d.in)} ${s(d.unit)} in and ${s(d.out)} ${s(d.unit)} out after it (${s(d.rows)}), leaves ${s(d.physical)} ${s(d.unit)} at the end of ${s(d.periodEnd)}, and a tank cannot hold less than nothing: the count, its date or those rows are wrong, or a receipt is missing. The physical stock of ${s(d.product)}${at(d.site)} at the end of ${s(d.periodEnd)} is therefore unknown: none is shown as counted, no credit is carried forward past it (${s(d.lapsed)} ${s(d.unit)} lapses), and the declarations of the deliveries after the count are held back until the count or the rows are corrected.`,
  "stock-count-product-alike": (d) =>
    `no row of the books moves ${s(d.product)}${at(d.site)}, but they keep ${s(d.alike)}${at(d.site)}, a name alike; as it stands this count is of a product the books do not keep (book stock 0 ${s(d.unit)}), and ${s(d.alike)} has no count here, so its carry-forward is not capped by it. If this is a count of ${s(d.alike)}, write "${s(d.alike)}" in its product cell.`,
};
