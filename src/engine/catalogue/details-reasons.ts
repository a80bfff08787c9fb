// Why a cell's value could not be read (the reasons the workbook layer gives beside a reading code),
// and what follows for its row, setting or sheet.
import type { NumberLimit } from "../decimal-text";
import type { ProductionReason } from "./details-production";
import type { NotBooksReason } from "./details-not-books";
import type { CellReason } from "./details-cells";
import type { SiteReason } from "./details-sites";
import type { RowReason } from "./details-rows";

/** Why a cell's value could not be read, beyond its code (the workbook layer decides it). */
export type BadReason =
  | NotBooksReason
  | CellReason
  | ProductionReason
  /** quantity-columns-disagree (p-factor): more received than the supplier's SD declares, in a column beside it */
  | "over-declared"
  /** quantity-columns-disagree (p-side): a delivery's own SD, in a column beside it, declares another quantity than was delivered */
  | "sd-differs"
  /** quantity-columns-disagree (brk15): an SD's quantity beside the row's in no unit it can be converted to (its heading and cell state none, or one of another kind), and another number */
  | "units-unknown"
  /** invalid-number (p-values): text that is no number ("s. Anlage", "k.A.") in a column of the quantity an SD declares ("Menge lt. SD"); `side` whose SD (in: the supplier's, out: the delivery's own), `read` the row's quantity column */
  | "sd-quantity-text"
  /** invalid-number (p-values): text that is no number in a second column of the row's quantity ("Net weight (t)" beside "Menge (t)"); `read` the column read */
  | "second-quantity-text"
  | "year-only"
  | "month-only"
  | "formula"
  /** formula-without-value (brk28 S3): a formula's stored result in a workbook set to manual calculation, not known to be current (workbook/manual-calculation.ts) */
  | "manual-calculation"
  | "not-compliant"
  /** invalid-value (brk27 L2) of a delivery's chain of custody cell that does not say mass balance (workbook/coc-cells.ts): `read` the option it names ("physical segregation", "identity preserved", "book and claim", "controlled blending"), "" where unclear; the delivery's declaration held */
  | "chain-of-custody"
  | "vocabulary"
  | NumberLimit
  | "percent"
  // (p-engine) a percentage in a density or heating value; a GHG unit in a cell of a column that states none
  | "percent-measure"
  | "ghg-unit-in-cell"
  | "date-shown"
  | "time-shown"
  | "conditional-format"
  | "format-unit"
  | "flag-number"
  // invalid-value of a certificate register's yes/no flag cell (workbook/certificate-flags.ts); `read`: the status a yes says
  | "certificate-flag"
  // invalid-value (a warning) of a settings row not read (workbook/settings-unread.ts); `read`: the cell of the same setting read
  | "setting-unread"
  /** invalid-value (p-units3) of the settings' own certificate: one applied for ("beantragt", "pending") or a placeholder ("-", "n/a"), no number an SD could name */
  | "no-certificate"
  | "certificate-remark" // invalid-value (brk23 §5) of an own certificate (or a site's) with a remark after the number
  | "share-number"
  // invalid-value of a plain number above 0 and at most 1 under a "%" heading: a fraction or a percentage? (workbook/cell-numbers.ts readShare)
  | "share-fraction"
  // invalid-value of a plain number above 1 under a heading that counts shares as a fraction of 1, "(0-1)" (workbook/share-units.ts)
  | "share-over-one"
  | "range"
  /** invalid-date: a weekday written before the date that is not its own ("Mo, 03.01.2025"); `read`: the date's own ("3 Jan 2025 is a Friday") */
  | "weekday"
  | "unit-kind"
  | "refused-unit"
  | "negative"
  /** invalid-number (brk26 S1): a receipt's or delivery's negative quantity (`value`, with its unit) on a row marked cancelled (`read`: the word, "Storno"; `row`): the reversal of another line (workbook/reversal-row.ts) */
  | "reversal"
  /** ambiguous-number/-date: the settings sheet states one convention, this sheet's values the other */
  | "contradicts-setting"
  /** ambiguous-number/-date: the column's (or sheet's) own values prove both conventions */
  | "mixed-conventions"
  /** invalid-value of an SD number cell: a placeholder with no digit, or zeros alone ("TBD", "n/a", "0") */
  | "not-sd-number"
  /** invalid-value of a combined ledger row: the quantity stands under the other side than its type says */
  | "side-conflict"
  /** invalid-value of a combined ledger's type cell naming a movement of either side ("Lieferung", "Livraison", "Transport"; workbook/direction-words.ts twoWay) */
  | "two-way-type"
  /** (h-parties) invalid-value of a combined ledger's type cell, or row-unconfirmed at an ERP movement type, naming a stock difference ("Negative Adjmt.", Navision's "Abgang" under "Postenart", "Verschrottung", SAP 551, 702; workbook/stock-difference.ts): no sale or purchase, not booked */
  | "stock-difference"
  /** invalid-value (p-xfer2) of one side of a move booked at each site on a sheet named for transfers (workbook/transfer-pairs.ts): no row of the other side pairs with it exactly; `side` its side, `read` what the two must share, `partial` several rows could pair (else none) */
  | "transfer-unpaired"
  /** header-not-found of a sheet of receipts and deliveries side by side whose blocks cannot be told apart (workbook/side-blocks.ts); `read`: the headings that show both */
  | "two-sides"
  /** header-not-found of a sheet of two blocks that name the sites a movement comes from and goes to ("Von" / "Nach"): transfers, neither side's; `read`: those headings */
  | "transfer-sides"
  /** header-not-found of a sheet named for transfers ("Umbuchung") read as a ledger, receipts or deliveries of one site with no other party (workbook/transfer-sheet.ts); `read`: its headings read, `label`: that kind */
  | "transfer-ledger"
  /** header-not-found (brk13 #11) of a transfers sheet whose ends are tanks ("Tank ab" / "Tank an"; workbook/transfer-sheet.ts); `read`: those headings, a move within one site */
  | "tank-moves"
  /** invalid-value (brk13 #11) of a transfer's From or To site naming a tank ("Tank 1"): storage within one site, never a site */
  | "tank-site"
  /** header-not-found of a sheet of both sides where the kind the user chose for one block is not its headings'; `read`: its columns, `side`: its headings' side, `value`: the kind chosen */
  | "block-kind"
  /** header-not-found of a block whose quantity's heading states another unit (`value`) than the group heading over it (`missing`, its unit `read`) */
  | "group-unit"
  /** (brk26 N6) header-not-found of a table whose quantity's heading states another unit (`value`) than the title block above it says all quantities are in (`read`; `missing` the title as typed) */
  | "title-unit"
  /** second-quantity-column beside a combined ledger's In and Out columns (`read`: both, quoted): the advice is to book in them, not to map it */
  | "in-out"
  /** second-quantity-column (brk22): a volume as measured (`value`) beside the one at 15 °C read (`read`): left unread, no row refused */
  | "standard-volume"
  /** invalid-value (p-cols): a second column headed as the field's ("Datum" twice) holds another value than the column read (`read`: its value and heading) */
  | "columns-disagree"
  /** mapping-uncertain (p-cols): a second column headed as the field's is not read, but held to the one read (`read`: its heading) */
  | "second-column"
  /** mapping-uncertain (p-shipto2): a ship-to party's column ("Warenempfänger") beside the buyer's read as the customer (`read`: its heading), not read, no row refused */
  | "ship-to-party"
  /** mapping-uncertain (brk12): a heading naming sustainable material and its unit ("ISCC (t)") beside the part columns read (`missing`: their headings), not read: the sheet's rows held (workbook/unit-part.ts) */
  | "part-unplaced"
  /** mapping-uncertain (brk19 0a): a production sheet's column of quantities no field reads (`value` its heading, `read` its first value); an error with consequence production-held where the heading names sustainable material (workbook/production-unread.ts) */
  | "production-unread"
  /** (h-ghg3) mapping-uncertain (warning) of a production column of numbers whose heading speaks of a conversion factor ("Kennzahl (t/t)", "Umrechnung") but is read as none: `value` its heading, `read` its first value */
  | "production-factor-unread"
  /** mapping-uncertain (brk21 2): a production part heading ("davon nachhaltig (t)") after the output's quantity (`missing`: its heading) or after none (`missing` ""), not read as the input's: the sheet's balances held (workbook/production-part.ts) */
  | "output-part"
  /** header-not-found (p-cols): no quantity column, and the quantity headings there are read as the sustainable part of one (`others`: those headings, quoted) */
  | "part-only"
  /** header-not-found (p-xfer2): the headings `others` of a ledger or transfers sheet are a side's word cut short to one of either meaning ("Ent.", "Sal.", "Sort."), not read as In or Out */
  | "cut-side"
  /** header-not-found (p-groups): no date column, and the dates there stand under an invoice's or order's group word (`others`: '"Datum" under "Rechnung"'), never the day the goods moved */
  | "document-date"
  /** ambiguous-number: a number format with trailing commas shows the stored value divided by 1000^n */
  | "scaled-format"
  // --- coordinator (stop 29): a fraction of one in a column headed "(%)" ---
  /** ambiguous-number: a plain number of 1 or less in a "(%)" column, read as percent or as a fraction of one */
  | "percent-fraction"
  // --- claims and Annex IX (wording-claims.ts) ---
  /** invalid-value of a claim: in doubt, a placeholder, or outside the list of both schemes */
  | "claim-unclear"
  /** missing-value of a claim column's blank cell on a row with an incoming SD number */
  | "claim-missing"
  /** invalid-value of an Annex IX part that names a point as well ("Part A (d)"); `read`: the part */
  | "annex-point"
  /** invalid-value of an Annex IX part that is none of A, B or none ("Part C") */
  | "annex-part"
  /** invalid-number of a GHG value typed as a percentage: a saving ("85 %"), not emissions in g CO2eq/MJ */
  | "ghg-saving"
  // --- SD numbers (wording-sd.ts, p-sdno) ---
  /** missing-value of a receipt's blank SD number cell on a row with a claim, supplier certificate or GHG value; `read`: which */
  | "sd-missing"
  /** missing-value of a receipt's or delivery's sustainable part cell left blank or holding a dash or "not stated" ("-", "k.A.", "n/a"; `value`: its text), workbook/blank-part.ts */
  | "part-blank"
  /** missing-value (a warning) of a blank cell in a deliveries yes/no Sustainable column others use, read as no; `read`: the column's yes and no words ("ja or nein"), workbook/blank-flags.ts */
  | "flag-blank"
  /** invalid-value of an SD number cell marked cancelled ("SD-2025-0001 storniert"); `read`: the number */
  | "sd-cancelled"
  /** mapping-uncertain of a receipts sheet with signs of sustainability but no SD column; `value`: candidate headings, `read`: the signs */
  | "sd-column-missing"
  // --- p-units3 ---
  /** unit-conflict of a production sheet's plain Unit column against the output quantity's heading: which side it is, not told */
  | "unit-side"
  // --- p-engine5 ---
  /** mapping-uncertain of a receipts sheet with SD numbers but no supplier certificate column, in a workbook that keeps a certificate register */
  | "certificate-column-missing"
  // --- SD cells, second pass (wording-sd-cells.ts, p-sdno2) ---
  /** invalid-value of an SD cell naming several numbers ("SD-2025-0001 / SD-2025-0002"); `read`: the numbers, "; "-joined */
  | "sd-several"
  /** invalid-value of an SD cell with a mark of doubt beside the number ("SD-2025-0001?", "old", "see …", "SD-123¹") */
  | "sd-in-doubt"
  /** invalid-value of an SD cell holding another document's number ("RE-4711", "LS-4711"); `read`: its kind in words */
  | "sd-other-document"
  /** invalid-value (warning) of a register's SD number marked cancelled in its cell ("SD-2025-0001 storniert"); `read`: the number */
  | "sd-register-cancelled"
  /** invalid-value (p-sdcell) of an SD cell holding a date (a date cell, or a date typed alone); `value`: the day */
  | "sd-date"
  /** invalid-value (p-sdcell) of an SD cell holding a lone 1: a tick, or TRUE as stored, never an SD's number */
  | "sd-tick"
  /** invalid-value (p-sdcell) of a certificate cell naming no certificate: no digit ("ISCC", "n/a", "keins", "-") or a status word ("abgelaufen", "pending"); `read`: the status word */
  | "not-certificate-number"
  /** invalid-value (brk20 A6) of a certificate cell naming two or more ISCC certificate numbers ("EU-ISCC-Cert-DE100-1 / EU-ISCC-Cert-DE100-2"); `read`: how many */
  | "certificate-several"
  | RowReason
  // --- cells as Excel shows them (p-xlsx) ---
  /** invalid-number: a footnote mark or a raised/lowered character written into the number ("380¹", "380" + raised "1") */
  | "footnote"
  // --- two-digit years (p-dates3) ---
  /** ambiguous-date: an all-numeric date with a two-digit year that could stand first or last ("13/02/25"), its column not settling which */
  | "two-digit-year"
  // --- p-dates5 ---
  /** ambiguous-date at the first of two or more two-digit-year cells of a column, said once for them all (each stays refused); `count`, `last`, `settle` */
  | "two-digit-year-column"
  /** ambiguous-date: a two-digit-year date whose column writes four-digit years first ("2025.03.05") though the settings state a day-month-year or month-day-year order */
  | "year-contradicts-setting"
  // --- p-dates6: dates whose day rests on a Date order setting; a column of day/month dates said once ---
  /** ambiguous-date: an all-numeric date two orders read as different days while the "Date order" setting was refused; `setting` its cell and value; `count`, `last` where said once for a column */
  | "order-setting-refused"
  /** ambiguous-date: a dotted date ("05.03.2025", day first by custom) that month first reads as another day, under a "Date order: MDY" setting; `setting`; `count`, `last` where said once for a column */
  | "dotted-against-setting"
  /** ambiguous-date at the first of two or more slashed dates of a column that read day or month first ("05/03/2025"), nothing settling which, said once for them all (each stays refused); `count`, `last` */
  | "date-order-column"
  | SiteReason
  /** (brk20 A3) mapping-uncertain at an address heading read as none of the SD's addresses; `read`: an address it names other than the customer's (error, its rows not declared), absent where none (warning) */
  | "address-unread"
  /** (brk21 5) mapping-uncertain at an invoice's (billing) address heading, read as none of the SD's addresses; `read`: the heading the customer's address is read from (info), absent where none is (warning) */
  | "billing-address"
  /** (brk21 5) mapping-uncertain at the customer's registered office heading beside its address, naming another address on some row: not read, no row refused; `read`: the column read */
  | "registered-office"
  /** mapping-uncertain (error) at a storage column ("Lagerort") on a sheet with no Site column, naming two places; `read`: two of them, quoted */
  | "storage-places"
  /** mapping-uncertain (error) at an unknown heading over purchase and sale words on receipts or deliveries (workbook/type-unread.ts); `label` the kind, `read` the words */
  | "type-unread"
  // --- p-claimbox: columns of sustainability meaning not read (workbook/unread-meaning.ts) ---
  /** mapping-uncertain at a heading such as "Low ILUC risk", "Land use change", "Chain of custody"; `label`: its meaning, `read`: values quoted, `missing`: a product whose balances it leaves incomplete (error) */
  | "unread-meaning"
  /** mapping-uncertain (error) of a GHG column of RED I's eee ("ee", "e ee"; workbook/ghg-excess.ts), or (brk23) of an emission heading over numbers read as no term where E is summed from terms (ghg-term-unread): `value` its heading, `read` its first value and cell, `missing` the products left incomplete */
  | "ghg-eee"
  | "ghg-term-unread"
  /** (h-ghg3) mapping-uncertain (warning) at a heading read as no field that stands among the GHG value columns (workbook/ghg-run-gap.ts): `value` its heading, `read` its first value and cell, `missing` the two GHG headings it stands between, quoted */
  | "ghg-run-unread"
  // --- p-negate: headings that negate a field's meaning (workbook/negated-headings.ts) ---
  /** mapping-uncertain (error) at a heading such as "Nicht nachhaltig", "Kein Abfall", "davon konventionell (t)": never read as the positive; `label` the meaning, `read` the negating words, `consequence` */
  | "negated-heading"
  /** mapping-uncertain at a claim kept as yes/no ("ISCC compliant", "Non conforme RED") beside no Claim column; `read` its answers, `consequence` */
  | "claim-yes-no"
  /** (p-certyn) mapping-uncertain (error) at a certificate heading ("Certificado") over certificate numbers and yes/no answers; `read` an answer, `missing` a number, `consequence` */
  | "certificate-or-answer";

/** (p-opening) totals-row reason stated-balance: the number the line states, as typed, and the booked sum of its column above where it is a quantity. */
export interface StatedBalance {
  stated?: string;
  sum?: string;
}

export type { Consequence } from "./consequences";

/** Facts of a refused cell beside its reason (ReadDetails). */
export interface CellFacts {
  /** postcode-digits (h-postcode): the digits a postcode of the address's country has (workbook/postcode.ts) */
  digits?: number;
  /** reversal (brk26 S1): the row number of the reversal (workbook/reversal-row.ts) */
  row?: number;
}

/** Facts of a refused date cell beside its reason (ReadDetails). */
export interface DateFacts {
  // --- a column of two-digit-year dates said once (p-dates5: workbook/two-digit-columns.ts) ---
  /** two-digit-year-column: how many cells of the column are refused so, this first one included */
  count?: number;
  /** two-digit-year-column: the last of those cells ("A250") */
  last?: string;
  /** two-digit-year-column: the order a "Date order" setting would read them all in: "DMY", "MDY" or "DMY or MDY" */
  settle?: string;
  // --- end two-digit-year column
  // --- p-dates6: dates whose day rests on a Date order setting ---
  /** order-setting-refused, dotted-against-setting: the "Date order" setting's cell and value, `Settings!B7 ("YYYY-DD-MM")` */
  setting?: string;
  // --- end p-dates6
}
