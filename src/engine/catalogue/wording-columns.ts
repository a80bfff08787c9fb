// The wording of columns that compete for one field, or stand where none is read (workbook/
// rival-values.ts, heading-bars.ts): a second "Datum" or "Produkt" beside the one read, and a
// sheet whose only quantity heading names another quantity or a part of it.
import type { ReadDetails } from "./details";
import { consequenceOf } from "./wording-cells";

/**
 * mapping-uncertain, reason second-column: `value` this column's heading, `read` the heading and
 * letter of the column read ('"Datum" (column A)'), `label` the field's label. A row where the two differ is refused at its cell;
 * `partial` (p-xfer2): the column read is the user's mapping, and no row was refused. Reason
 * ship-to-party (p-shipto2): this column names the ship-to party beside the buyer read, not read.
 */
export function secondColumnText(d: ReadDetails): string {
  const what = d.label.toLowerCase();
  // (p-shipto2) a ship-to party beside the buyer: the buyer is the SD's recipient, this one not read
  if (d.reason === "ship-to-party")
    return `the column "${d.value}" names the party the goods were shipped to, and on some rows another one than the buyer in ${d.read}; the add-in issues each SD to the buyer as its recipient and does not read this column (no row is held back). If the SD is for the ship-to party, map "${d.value}" as ${d.label} in the add-in's Sheets tab; where the goods went is the SD's receiving point: give its address in a column headed "Delivery address" ("Lieferadresse").`;
  // (brk21 5) the customer's registered office beside its address: the address is printed
  if (d.reason === "registered-office")
    return `the column "${d.value}" names the customer's registered office, and on some rows another address than ${d.read}; the add-in prints the customer's address from that column on each SD and does not read this one (no row is held back). If the SD is to name the registered office as the recipient's address, map "${d.value}" as ${d.label} in the add-in's Sheets tab.`;
  // (p-xfer2) partial: the column read is the user's own mapping; no row was refused
  if (d.partial)
    return `the column "${d.value}" is headed as ${d.label} too, and on some rows it holds another value than ${d.read}, which you mapped as ${d.label} in the add-in's Sheets tab: the add-in reads the ${what} from that column, as you chose, and not from this one. If "${d.value}" is the one to read, map it as ${d.label} instead; if it holds something else (a date of arrival or unloading, another product), give it a heading that says what it holds.`;
  return `the column "${d.value}" is headed as ${d.label} too, but the add-in reads the ${what} from ${d.read} and not from this column; a row where the two hold different values is not read. If "${d.value}" is the one to read, map it as ${d.label} in the add-in's Sheets tab; if it holds something else (a date of arrival or unloading, another product), give it a heading that says what it holds.`;
}

/**
 * invalid-value, reason columns-disagree: `value` this cell as read, `read` the value of the
 * column read with its heading ('2025-01-05 in "Datum"', or '"Datum" blank'); a number with its
 * unit ("850 kg/m³"). `missing` (p-units3): the heading of the one of two numbers that names no
 * unit where the other does, so they were not compared.
 */
export function columnsDisagreeText(d: ReadDetails, consequence: string): string {
  // (p-units3) two numbers, one with a unit and one without: not compared
  if (d.missing)
    return `${d.label} is ${d.read}, and this column, headed as ${d.label} too, says "${d.value}", but "${d.missing}" names no unit (not in its heading, nor after the number, nor in a unit column beside it), so the add-in cannot tell whether the two are the same ${d.label.toLowerCase()} and does not choose between them: write the unit in that heading${unitExample(d.label, d.missing)} or after each number, or clear the column you do not mean (${consequence}).`;
  return `${d.label} is ${d.read}, but this column, headed as ${d.label} too, says "${d.value}"; the add-in does not choose between them: make them agree, clear the one that is wrong, or map the one you mean as ${d.label} in the add-in's Sheets tab (${consequence}).`;
}

/** A heading with a unit written in, as the refusal of two numbers not compared suggests it: "Dichte lt. SD (kg/m³)". */
function unitExample(label: string, heading: string): string {
  const unit = /density/i.test(label) ? "kg/m³" : /heating/i.test(label) ? "MJ/kg" : null;
  return unit ? `, such as "${heading} (${unit})",` : "";
}

/** header-not-found where the only quantity headings name another quantity ("Peso bruto (kg)", p-gross). */
export function otherQuantityText(sheet: string, d: ReadDetails): string {
  const one = !d.others?.includes('", "');
  return `sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete. The column${one ? "" : "s"} headed ${d.others} name${one ? "s" : ""} a gross or tare weight, a dry mass, or an ordered, planned or invoiced quantity: not the net quantity as it was received or delivered, so the add-in does not read ${one ? "it" : "them"} as ${d.value} (nor subtract tare from gross). Add a column with the net quantity and head it "${d.value}".`;
}

/**
 * header-not-found, reason part-only: no column for the quantity (`value`, `missing`), and the
 * headings `others` are read as the sustainable part of one ("Nachhaltige Menge (t)", "ISCC-Menge
 * (t)"): the part cannot be booked without the whole it is part of.
 */
export function partOnlyText(sheet: string, d: ReadDetails): string {
  const one = !d.others?.includes('", "');
  return `sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete. The column${one ? "" : "s"} headed ${d.others} ${one ? "is" : "are"} read as the sustainable part of a row's quantity, not as the quantity itself. If ${one ? "it holds" : "one holds"} the whole quantity (all of it sustainable), map ${one ? "it" : "that one"} as ${d.value} in the add-in's Sheets tab; otherwise add a column with the whole quantity and head it "${d.value}".`;
}

/**
 * header-not-found, reason cut-side (p-xfer2): no column for `missing`, and the headings `others`
 * are a side's word cut short to one of either meaning, which the add-in does not read as In or Out.
 */
export function cutSideText(sheet: string, d: ReadDetails): string {
  const one = !d.others?.includes('", "');
  return `sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete. The column${one ? "" : "s"} headed ${d.others} ${one ? "is" : "are"} cut short to a word of either meaning ("Ent." is Entrada or Entrée, a receipt, or Entnahme, a withdrawal; "Sal." is Salida, a delivery, or Saldo, the balance; "Sort." is Sortie, a delivery, or Sorte, a grade), so the add-in does not read ${one ? "it" : "them"} as a quantity in or out. Write the word out ("Entrada (t)", "Salida (t)", "Entrée (t)", "Sortie (t)"), or map each column as Quantity in or Quantity out in the add-in's Sheets tab.`;
}

/**
 * mapping-uncertain, reason part-unplaced (brk12, p-parts): `value` a part-like heading not read
 * (a third column of the part "ISCC (t)", a second yes/no column "Sustainable", a bare share
 * "Anteil (%)"), `read` its first value, `missing` the headings the sustainable part is read from
 * already, quoted ("" where none: the heading names a share but not of what), `consequence`
 * (receipts-held or deliveries-not-declared) what is held. Said at the heading
 * (workbook/unit-part.ts): which column, why it is not read, what to do.
 */
export function unplacedPartText(d: ReadDetails): string {
  const such = d.read ? ` (such as "${d.read}")` : "";
  const why = d.missing
    ? `the add-in reads the sustainable part of each row from ${d.missing} already and reads no further column of it`
    : `its heading names a share but not of what (no word such as sustainable, certified or ISCC), so the add-in does not take it for the sustainable part of the quantity`;
  const held =
    d.consequence === "receipts-held"
      ? "What it says of each receipt's sustainable part is unknown: a receipt is credited only where it states all of the receipt (yes, 100 %, or the receipt's own quantity), and a receipt where it states less, none or nothing gives no credit, as its SD may cover only part of it; the balances the receipts of this sheet feed are incomplete and no Sustainability Declaration is issued from them"
      : "What it says of each delivery's sustainable part is unknown, so no delivery of this sheet is declared, and the balances they draw on are incomplete";
  const fix = d.missing
    ? `If it is the sustainable part, map it as ${d.label} in the add-in's Sheets tab in place of one of those; if it holds something else, give it a heading that says what it holds.`
    : `If it is the sustainable share, say so in its heading (such as "Anteil nachhaltig (%)" or "Sustainable share (%)") or map it as ${d.label} in the add-in's Sheets tab; if it holds something else, give it a heading that says what it holds.`;
  return `the column headed "${d.value}"${such} is not read: ${why}. ${held} until it is mapped or its heading changed. ${fix}`;
}

/**
 * header-not-found, reason document-date (p-groups): no column for the Date (`missing`, `value`),
 * and the dates of the sheet's heading stand under an invoice's, order's or contract's group word
 * (`others`: '"Datum" under "Rechnung"'): the document's date, not the day the goods moved.
 */
export function documentDateText(sheet: string, d: ReadDetails): string {
  const one = !d.others?.includes('", "');
  return `sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete. The column${one ? "" : "s"} headed ${d.others} hold${one ? "s" : ""} the date of the document its group heading names (an invoice, an order or a contract), not the day the goods were received or delivered, which is the day a mass balance books them in: the add-in does not read ${one ? "it" : "them"} as ${d.value}, as a sale invoiced after its delivery would fall into the wrong period. Add a column with the day the goods moved, such as "Datum" under "Lieferung" or a column headed "Lieferdatum" or "Delivery date"; if ${one ? "this date is" : "one of these dates is"} that day, map ${one ? "it" : "that column"} as ${d.value} in the add-in's Sheets tab.`;
}

/** (brk20 A3) mapping-uncertain, reason address-unread: an address column read as none of the SD's addresses. */
export function unreadAddressText(d: ReadDetails): string {
  const which = `If it is where the goods were delivered to, head it "Delivery address" (the SD's receiving point); if it is the customer's own address, "Customer address"; if it is where they left from, "Dispatch address"; or map it so in the add-in's Sheets tab.`;
  if (d.read)
    return `the column headed "${d.value}" names an address (such as "${d.read}"), but its heading does not say which address of the declaration it is, so the add-in does not read it: the declarations of the rows where it names another address than the customer's are not issued, as their receiving point is unknown. ${which}`;
  return `the column headed "${d.value}" names an address, but its heading does not say which address of the declaration it is, so the add-in does not read it (none of its rows names another address than the customer's). ${which}`;
}

/** The mapping-uncertain reasons of a production sheet's columns that unreadProductionText words. */
export const PRODUCTION_COLUMN_REASONS: ReadonlySet<string> = new Set([
  "production-unread",
  "production-factor-unread",
  "output-part",
  "production-yes-no",
]);

/** (p-dates3) mapping-uncertain, reason site-place: a column of places beside the Site column read. */
/** The reasons sitePlaceText words: a place column beside the Site, a site named by a sheet's name. */
export const SITE_REASONS: ReadonlySet<string> = new Set(["site-place", "sheet-site", "sheet-sites"]);

export function sitePlaceText(d: ReadDetails): string {
  if (d.reason === "sheet-site") return sheetSiteText(d);
  if (d.reason === "sheet-sites") return sheetSitesText(d);
  return `the column headed "${d.value}" names other places than "${d.missing}" on some rows (such as ${d.read}); the add-in keeps the accounts by "${d.missing}" and does not read "${d.value}". If these places are certified sites of their own, map "${d.value}" as ${d.label} in the add-in's Sheets tab; otherwise nothing to do.`;
}

/** (brk23 §4) info: a sheet with no Site column read as the one site its name names. */
function sheetSiteText(d: ReadDetails): string {
  return `the sheet has no ${d.label} column and its name "${d.value}" names the site "${d.read}" of the sites sheet, so its rows are read as that site's. If some of them are another site's, add a ${d.label} column that names each row's site.`;
}

/** (brk23 §4) error: a books sheet whose name leaves the site of its rows unclear. */
function sheetSitesText(d: ReadDetails): string {
  return `the name of sheet "${d.value}" may say the site its rows are kept at, but ${d.read}, so the add-in cannot tell whose account its rows belong to and does not merge sites: ${consequenceOf(d, "")}. Add a ${d.label} column that names each row's site as the sites sheet lists it (or list the sites on a sites sheet and name each sheet after one of them).`;
}

/**
 * mapping-uncertain, reason production-yes-no (workbook/production-yes-no.ts): `value` a
 * production sheet's yes/no heading about sustainability, `read` one of its "no" answers, `label`
 * the sustainable input's; `consequence` production-held in words.
 */
function productionYesNoText(d: ReadDetails, consequence: string): string {
  return `the column headed "${d.value}" answers for each production row whether it is sustainable, some rows no (such as "${d.read}"), but the add-in reads a production row's sustainable part only as a quantity of its input and would count each row's whole input as sustainable; ${consequence}. Give the sustainable part of each row's input in a column right after the input quantity, headed "davon nachhaltig (t)" ("of which sustainable (t)"): the input quantity where the run is sustainable, 0 where it is not; or map such a column as ${d.label} in the add-in's Sheets tab.`;
}

/**
 * mapping-uncertain, reason production-unread (brk19 0a, workbook/production-unread.ts): `value` a
 * production sheet's heading of quantities that no field reads, `read` its first value, `label`
 * the sustainable input's; with a consequence (production-held, an error) where the heading names
 * sustainable material, the balances the sheet feeds held; a warning otherwise, each row's whole
 * input counted as sustainable. `consequence`: that consequence in words.
 */
export function unreadProductionText(d: ReadDetails, consequence: string): string {
  if (d.reason === "output-part") return outputPartText(d, consequence);
  if (d.reason === "production-yes-no") return productionYesNoText(d, consequence);
  // (h-ghg3) a heading of a factor not read: said of the conversion factor, not of the sustainable input
  if (d.reason === "production-factor-unread")
    return `the column headed "${d.value}"${d.read ? ` (such as "${d.read}")` : ""} looks like a conversion factor, but the add-in does not read it as one, because its heading does not say which way it runs: each row converts by its output quantity, or by the factor table, or is refused where neither is given. If it holds output per input (0.4 t of oil per t of seed), head it "Conversion factor" or "Ausbeute"; if it holds input per output (2.5 t of seed per t of oil), head it "Input per t output" or "Einsatz je t Produkt"; or map it in the add-in's Sheets tab.`;
  const head = `the column headed "${d.value}"${d.read ? ` (such as "${d.read}")` : ""} is not read: the add-in reads no value of a production row under this heading`;
  const part = `If it holds the sustainable part of each row's input, head it "davon nachhaltig (t)", "of which sustainable (t)" or "Sustainable input (t)", or map it as ${d.label} in the add-in's Sheets tab`;
  if (d.consequence)
    return `${head}, though it names sustainable or certified material; ${consequence}. ${part}; if it holds something else, give it a heading that says what it holds.`;
  return `${head}, so each row's whole input counts as sustainable input. ${part}. If it holds something else (a loss, energy, a moisture content), nothing changes.`;
}

/** (brk21 5) mapping-uncertain, reason billing-address: an invoice's address column, read as none of the SD's addresses. */
export function billingAddressText(d: ReadDetails): string {
  const head = `the column headed "${d.value}" is an invoice (billing) address, where invoices go (it may be a post-office box or an accounting office), not the recipient's address a declaration prints nor where the goods went, so the add-in does not read it`;
  if (d.read) return `${head}; the recipient's address is read from "${d.read}". Nothing to do.`;
  return `${head}, and the sheet has no column of the customer's own address: a declaration without the recipient's address is not issued. Add a column headed "Customer address" ("Kundenanschrift"); if this column holds the customer's own address, head it "Customer address" or map it as ${d.label} in the add-in's Sheets tab.`;
}

/**
 * mapping-uncertain, reason output-part (brk21 2, workbook/production-part.ts): `value` a part
 * heading of a production sheet ("davon nachhaltig (t)"), `read` its first value, `missing` the
 * heading of the output's quantity it follows ("" where it follows no quantity), `label` the
 * sustainable input's; `consequence` production-held in words.
 */
function outputPartText(d: ReadDetails, consequence: string): string {
  const head = `the column headed "${d.value}"${d.read ? ` (such as "${d.read}")` : ""}`;
  const what = d.missing
    ? `${head} follows the output's quantity "${d.missing}", so it states the sustainable part of the output; the add-in converts credit from the sustainable part of each row's input and reads no output's part, so it does not read this column`
    : `${head} states a sustainable part, but it follows no quantity column of the row, so whether it is the part of the input or of the output is unclear, and the add-in does not read it`;
  return `${what}; ${consequence}. Give the sustainable part of each row's input instead, in a column right after the input quantity (headed "davon nachhaltig (t)", "of which sustainable (t)" or, as a share, "Anteil nachhaltig (%)"), or head it "Sustainable input (t)"; if this column is already the input's part, map it as ${d.label} in the add-in's Sheets tab.`;
}
