// The words of ambiguous-date findings whose day rests on a "Date order" setting, and of a column
// of day/month dates said once (p-dates6: workbook/cell-dates.ts, two-digit-columns.ts).
import type { ReadDetails } from "./details";

/** "" for one cell; for the first of a column's such dates, how many and down to where. */
function ofColumn(d: ReadDetails, as: string): string {
  return d.count
    ? `, ${as} all ${d.count} such dates of this column (from here down to ${d.last}), so none of them is read`
    : "";
}

/** "; so are the rows of the others" where the finding speaks for a column. */
const others = (d: ReadDetails): string => (d.count ? "; so are the rows of the others" : "");

/**
 * The sentence of an ambiguous-date finding of reason order-setting-refused,
 * dotted-against-setting or date-order-column (details-reasons.ts); null for any other reason.
 */
export function orderSettingText(d: ReadDetails, consequence: string): string | null {
  const head = `"${d.value}" in ${d.label} could be ${d.read}`;
  switch (d.reason) {
    case "order-setting-refused":
      return `${head}${ofColumn(d, "as can")}: the "Date order" setting at ${d.setting} was not understood, so no date whose day depends on the order is read. Write the setting as "Date order: DMY" or "Date order: MDY", as the dates are written (dates written year first with the day before the month are read by neither: type them as 2025-03-31 or 31 Mar 2025), or type the date${d.count ? "s" : ""} as 2025-03-31 or 31.03.2025 (${consequence}${others(d)}).`;
    case "dotted-against-setting":
      return `${head}${ofColumn(d, "as can")}: the "Date order" setting at ${d.setting} says month first, but dates written with dots are day first by custom, so the add-in does not choose; type ${d.count ? "them" : "it"} as 2025-03-31, or with slashes (03/31/2025) if month first is meant, or correct the setting if this sheet's dates are day first (${consequence}${others(d)}).`;
    case "date-order-column":
      return `${head}${ofColumn(d, "as can")}, and nothing on this sheet tells which order they are written in. One line in the settings sheet settles them all: "Date order: DMY" or "Date order: MDY", as these dates are written; or type them as 2025-03-31 or 31.03.2025 (${consequence}${others(d)}).`;
    default:
      return null;
  }
}
