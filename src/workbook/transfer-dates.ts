// brk26 L4, N4: transfers between the company's own sites kept with the day the goods left one site
// and the day they arrived at the other ("Datum Abgang | Datum Ankunft", "Versanddatum |
// Eingangsdatum", "Dispatch date | Arrival date"). Recognition gives the transfer one date: it took
// the first of the two ("Datum Abgang", uncertain) and credited the receiving site on the day of
// dispatch with no word on the arrival; where neither heading holds a plain date word
// ("Versanddatum | Eingangsdatum") it found no date at all and refused the sheet. Now the column
// whose heading says dispatch is the transfer's date and the one that says arrival its `arrivalDate`
// (engine book/transfer.ts: the sending site is debited on the first, the receiving one credited on
// the second). Only a pair is read so: one of each, never a pick among several; one date column
// alone, or one beside a plain "Datum", is read as before; a user's own mapping is never moved.
import { type KindSpec } from "./fields";
import { type ColumnMatch } from "./recognition";
import { namesArrivalDate, namesDispatchDate } from "./transfer-date-words";
import { unreadColumns } from "./unread-columns";

export { namesArrivalDate, namesDispatchDate } from "./transfer-date-words";

/**
 * On a transfers sheet, the transfer's date (`date`) set to the one column whose heading names the
 * day of dispatch and `arrivalDate` to the one whose heading names the day of arrival (set in
 * `columns`), among the date column recognition read and the columns no field took; `headings`:
 * the header row's texts. Unchanged: any other sheet; one without exactly one of each; one whose
 * date column says neither ("Datum" beside "Eingangsdatum": which day it is is not known); a
 * date or arrival date the user mapped (`chosen`: the fields they mapped). One column alone that
 * names one day ("Versanddatum", "Shipped on", "Datum Abgang"): the transfer's date (oneDayAlone).
 */
export function datesOfTransfer(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  headings: readonly string[],
  chosen: ReadonlySet<string>,
): void {
  if (spec.kind !== "transfers" || columns.has("arrivalDate") || chosen.has("date")) return;
  if (chosen.has("arrivalDate")) return;
  const read = columns.get("date");
  if (read?.confidence === "remembered") return;
  const free = unreadColumns(columns, [], headings);
  const all = read ? [{ col: read.col, header: read.header }, ...free] : free;
  // a date column read whose heading names neither day: which day it is is not known, so no pair is
  // read; (h-leftovers) an arrival date beside it is said, not left unread with no word
  if (read && !namesDispatchDate(read.header) && !namesArrivalDate(read.header))
    return arrivalBesidePlainDate(columns, read, free);
  const sent = all.filter((x) => namesDispatchDate(x.header));
  const arrived = all.filter((x) => namesArrivalDate(x.header));
  const [out, into] = [sent[0], arrived[0]];
  if (sent.length > 1 || arrived.length > 1) return;
  if (!out || !into) return oneDayAlone(columns, out ?? into, out !== undefined);
  const match = (x: { col: number; header: string }): ColumnMatch => ({
    col: x.col,
    header: x.header,
    unit: null,
    confidence: "exact",
  });
  columns.set("date", match(out));
  columns.set("arrivalDate", match(into));
}

/**
 * (h-leftovers) "Datum | Eingangsdatum": a plain date beside a column whose heading names the day of
 * arrival. Which day the plain one is (dispatch, booking, document) is not said, so the pair is not
 * read and both sites are booked on it, as before; but the arrival column is no longer passed over
 * with no word: the date column is marked uncertain (a warning at its heading, uncertain-required.ts)
 * with a note naming the arrival column and how to have it read, until the user confirms it.
 */
function arrivalBesidePlainDate(
  columns: Map<string, ColumnMatch>,
  read: ColumnMatch,
  free: readonly { col: number; header: string }[],
): void {
  const arrival = free.find((x) => namesArrivalDate(x.header));
  if (!arrival) return;
  columns.set("date", {
    ...read,
    confidence: "uncertain",
    note: `the day each transfer is booked at both sites; the column "${arrival.header}", the day it arrived, is not read, as "${read.header}" does not say whether it is the day of dispatch: to have the receiving site credited on "${arrival.header}", head "${read.header}" as the day of dispatch, such as "Versanddatum"`,
  });
}

/**
 * (h-transfer3) One column alone whose heading names one day of a move ("Versanddatum", "Shipped
 * on", "Datum Abgang"; "Eingangsdatum", "Received on"): the transfer's one date, as a plain "Datum"
 * is, both sites booked on it (book/transfer.ts: a transfer without an arrival date). Before, a
 * compound such as "Versanddatum" found no date at all and the sheet was refused at its header. As
 * its heading says which day it is, the date is marked uncertain (a warning at its heading,
 * uncertain-required.ts) with a note that the other site is booked on that day too, until the user
 * confirms it or adds the other day's column. `one`: that column (`sent`: it names the dispatch).
 */
function oneDayAlone(
  columns: Map<string, ColumnMatch>,
  one: { col: number; header: string } | undefined,
  sent: boolean,
): void {
  if (!one) return;
  const note = sent
    ? `the day each transfer left; the sheet has no column of the day it arrived, so the receiving site is credited on this day too: to have it credited on the day it arrived, add a column such as "Eingangsdatum" or "Arrival date"`
    : `the day each transfer arrived; the sheet has no column of the day it left, so the sending site is debited on this day too: to have it debited on the day it left, add a column such as "Versanddatum" or "Dispatch date"`;
  columns.set("date", { col: one.col, header: one.header, unit: null, confidence: "uncertain", note });
}
