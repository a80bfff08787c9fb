// Excel's date system of the open workbook (1900, or 1904 for old Mac workbooks). Office.js has
// no property for it, so the adapter asks the worksheet function DATE(1904, 1, 2) (ExcelApi 1.2,
// evaluated without writing a cell): it is 1 in a 1904 workbook and 1463 in a 1900 one. Values
// read are serials of that system (WorkbookSnapshot.dateSystem); date serials written are
// converted to it, so no date moves by 1462 days (issue 10, "Dates").
import { DAYS_1904, isDateFormat, type DateSystem } from "../dates";

/**
 * Queues the question on `context`; the returned function gives the answer after the next sync.
 * Errors: none of its own; a host that cannot evaluate DATE fails the sync like any request.
 */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 2);
  probe.load("value");
  return () => (probe.value === 1 ? 1904 : 1900);
}

/**
 * The value to store for a value written with `format`: a number under a date format is a
 * serial of the 1900 system (the port's convention) and becomes a serial of `system`.
 */
export function storedValue<V>(value: V, format: string | null, system: DateSystem): V | number {
  return system === 1904 && typeof value === "number" && isDateFormat(format) ? value - DAYS_1904 : value;
}
