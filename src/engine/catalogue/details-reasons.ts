// Why a cell's value could not be read (the reasons the workbook layer gives beside a reading code),
// and what follows for its row, setting or sheet.
import type { NumberLimit } from "../decimal-text";
import type { ProductionReason } from "./details-production";
import type { NotBooksReason } from "./details-not-books";
import type { CellReason } from "./details-cells";
import type { SiteReason } from "./details-sites";

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
  | "not-compliant"
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
  // --- row status (p-status4: workbook/status-read.ts, status-marks.ts) ---
  /** row-unconfirmed: a status cell of one to three words none of which is a status word ("Gutschrift", "St.", "claim") */
  | "status-unknown"
  /** row-unconfirmed: a blank in an approval column ("OK", "i.O.", "Freigabe") whose other rows are ticked approved */
  | "approval-blank"
  // --- end row status (p-status4)
  // --- partial statuses (p-sd8: workbook/status-read.ts "partial") ---
  /** row-unconfirmed: a status of a line not done said of part of it ("teilw. abgelehnt", "partly rejected"): the quantity accepted unknown */
  | "status-partial"
  // --- part of a line cancelled (p-misc: workbook/status-read.ts "part-cancelled") ---
  /** row-unconfirmed: part of the line cancelled ("teilweise storniert", "Teilstorno", "partly cancelled"): the quantity that stands unknown */
  | "status-part-cancelled"
  /** (brk12) row-unconfirmed: a receipt's Status or remark says its proof is missing or to come ("SD folgt", "ohne SD", "awaiting PoS"): no credit until it has come */
  | "proof-missing"
  /** (brk12) row-unconfirmed: a Status or remark says only part of the row is sustainable ("nur 60 t nachhaltig"): the sustainable quantity is not in the row */
  | "part-sustainable"
  /** (p-remarks) row-unconfirmed: a delivery read as sustainable whose Status or remark says it goes without a declaration or is not sustainable ("ohne SD", "SD: nein", "SD nicht ausstellen", "nicht nachhaltig verkauft"): not declared, never guessed */
  | "sold-without-sd"
  /** (p-remarks2) row-unconfirmed: a receipt read as sustainable (an SD number, no "no" beside it) whose Status or remark says it is not ("nicht nachhaltig", "conventional", "fossil"): not credited, never guessed */
  | "received-not-sustainable"
  /** (brk15) row-unconfirmed: a receipt's Status or remark says its proof was rejected, is not valid, cancelled, withdrawn, wrong or expired ("SD abgelehnt", "PoS invalid", "SD storniert"): no credit */
  | "proof-void"
  /** (brk15) row-unconfirmed: a delivery read as sustainable whose Status or remark says it is no sale: a sample or own use ("Probe / Muster", "Eigenverbrauch") */
  | "not-a-sale"
  /** (p-saleremark) row-unconfirmed: a delivery read as sustainable remarked toll processing or the customer's own material ("Lohnverarbeitung", "Beistellung Kunde", "toll processing"): not the company's sale */
  | "toll-processing"
  /** (p-saleremark) row-unconfirmed: a delivery read as sustainable remarked a transfer between the company's own sites ("interne Umlagerung nach Werk 2", "internal transfer"): no sale */
  | "internal-transfer"
  /** (p-remarks4) row-unconfirmed: a receipt read as sustainable remarked the customer's material, supplied for toll processing ("Beistellung Kunde", "Lohnware", "customer-owned material"): no purchase credit */
  | "received-toll-processing"
  /** (p-remarks4) row-unconfirmed: a receipt read as sustainable remarked a transfer from an own site ("Umlagerung von Werk 1", "internal transfer"): no purchase credit */
  | "received-internal-transfer"
  /** (p-sdstatus) row-unconfirmed: a column of the proof's status ("SD Status", "SD erhalten") holds a cell that says no status of it ("xyz", a number), or is blank on a receipt read as sustainable where other rows state one */
  | "proof-status-unread"
  /** (p-sdstatus) row-unconfirmed: a delivery read as sustainable whose proof status or remark says its SD was cancelled, replaced, rejected or is not valid ("SD storniert", "ersetzt durch SD-123"): no second SD issued, not booked */
  | "sold-sd-void"
  /** (p-sdstatus2) row-unconfirmed: a delivery read as sustainable, with no SD number, whose proof status says its SD already exists ("ausgestellt", "versendet", "issued", "sent", "erledigt"): no second SD issued, not booked */
  | "sold-sd-issued"
  /** (p-sdstatus2) row-unconfirmed: a delivery's proof status or "SD required" cell that says nothing the add-in reads ("xyz", "ok", a dash): not declared, not booked */
  | "sold-sd-status-unread"
  // --- end part of a line cancelled (p-misc)
  // --- credit notes and returns (p-credit: workbook/credit-words.ts, document-kind.ts) ---
  /** row-unconfirmed: a status or remark led by a document of no movement ("Gutschrift", "Retoure", "Storno-Rechnung"): the row is that document or refers to one */
  | "credit-note"
  /** row-unconfirmed: a document type column ("Belegart", "Document type") naming no document the add-in reads */
  | "document-type-unknown"
  /** row-unconfirmed: a document type naming the other side of the sheet ("Wareneingang" on a sales sheet, "Lieferschein an Kunde" on receipts; p-heads) */
  | "document-other-side"
  // --- end credit notes and returns (p-credit)
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
  // --- opening and closing balance rows (p-rows2: workbook/total-words.ts) ---
  /** totals-row of an opening or closing balance ("Anfangsbestand", "Opening balance", "Saldo inicial"): skipped, never a receipt */
  | "balance-row"
  /** row-unconfirmed at a row filled in a colour the sheet's legend (in words, "rot = storniert", or by a fill, a red swatch beside "storniert"; above, below or beside the table, under either block) says is cancelled, unconfirmed, open or a draft (workbook/colour-legend.ts): `label` the legend's cell and text, `value` the colour and its meaning */
  | "colour-legend"
  /** row-unconfirmed at a filled row on a sheet with a colour legend, its colour not one the add-in can match to the legend (a colour it does not name, a theme colour, a swatch whose colour the host does not tell); `value` the fill */
  | "colour-unmatched"
  /** row-unconfirmed at a row whose fill lies about as near to two colours the legend gives different meanings ("#FF6600" under "rot = storniert" and "orange = geprüft"; workbook/colour-words.ts coloursNear, p-legsheet): `label` both legend cells and texts, `value` the fill and the two meanings */
  | "colour-between"
  /** row-unconfirmed at a row filled in a colour the sheet's legend gives a meaning the add-in does not read as booked, checked or done ("gelb = SD fehlt noch", "rot = nicht nachhaltig"): `label` the legend's cell and text, `value` the colour and its meaning */
  | "colour-meaning"
  /** row-unconfirmed at a legend that gives a font colour a meaning ("rote Schrift = storniert"), which the add-in cannot read: no row of its tables booked, said once; `label` the legend's cell and text, `read` the first row refused */
  | "colour-fonts"
  /** (brk12) row-unconfirmed at the first row a conditional format's rule may fill on a sheet with a colour legend, which the add-in cannot see: the rows it covers not booked, said once; `label` the legend's cell and text, `value` the rule's range, `read` the first row refused */
  | "colour-conditional"
  /** (p-legendx) row-unconfirmed at a row of a sheet without a colour legend of its own, filled in a colour the legend of another data sheet gives a meaning not done ("rot = storniert" at Wareneingang!K2; workbook/legend-borrowed.ts): `label` that legend's sheet, cell and text, `value` the colour and its meaning */
  | "colour-elsewhere"
  /** (p-legendx) row-unconfirmed at a row of a sheet without a colour legend of its own, filled in a colour the legends of two or more other data sheets give different meanings (workbook/legend-borrowed.ts): `label` their sheets, cells and texts, `value` the fill */
  | "colour-ambiguous"
  /** (p-legend3) row-unconfirmed at a receipt filled in a colour a legend (its sheet's, the workbook's or another data sheet's) says means its proof is missing ("gelb = SD fehlt"; workbook/colour-words.ts Meaning.proof): no credit until the SD has come; a delivery of that colour is read (its SD is the one the add-in issues). `label` the legend's cell and text, `value` the colour and its meaning */
  | "colour-proof-missing"
  /** rows-after-blank where the row that ends the data is a line of the sheet's colour legend ("Legende: rot = storniert" between bookings): `label` its row */
  | "legend-line"
  /** row-unconfirmed at the legend of a sheet whose fills the host cannot read (Office.js without ExcelApi 1.9): no row of its tables booked, said once; `label` the legend's cell and text, `read` the first row refused */
  | "colours-unread"
  /** totals-row (error) of credit carried in above a table's first booking ("Übertrag aus 2024" 12.5, "Anfangsbestand"; workbook/opening-rows.ts): not booked, the balances it feeds incomplete */
  | "opening-credit"
  /** totals-row (error) of a balance word in a cell of a row shaped like a booking below the first one ("Bestand" as its supplier beside an SD number; workbook/opening-rows.ts balanceLine): not booked, the balances it could feed incomplete */
  | "opening-line"
  /** totals-row (error) of opening-credit's line on a deliveries sheet ("Bestand" 12.5 above the first delivery): a stock stated, not credit; not booked, the balances it feeds incomplete */
  | "opening-stock"
  /** totals-row (error) of a line below the first booking whose opening or carried-over balance ("Bestand", "Übertrag", "b/f") states a number the rows above do not add up to (workbook/opening-rows.ts statedBalance): `stated`, `sum`, `label` the quantity's heading; not booked, the balances it feeds incomplete */
  | "stated-balance"
  /** totals-row (warning) of a total's line ("Summe", "Total Q1") whose quantity is not the sum of the rows above (workbook/opening-rows.ts sumDiffers): `label` the quantity's heading, `stated`, `sum` since the last total; skipped, the rows booked as they stand */
  | "sum-differs"
  /** possible-totals-row (error) of a line above a table's first booking, no label word, holding only a quantity ("Bestand (t)" 12.5; workbook/opening-rows.ts): not booked, the balances the sheet feeds incomplete */
  | "opening-quantity"
  /** possible-totals-row (error) of a row labelled "Summe Fett AG", "Vortrag GmbH" (a total's word, then a name), filled like a booking, no SD number or certificate, whose quantity is the sum of the rows above: subtotal or booking, not booked (workbook/table-totals.ts) */
  | "named-sum"
  /** possible-totals-row (error) of a stock count whose Tank cell names a total of tanks ("Summe", "alle Tanks"; workbook/tank-totals.ts) but whose quantity (`stated`) is not the sum of the tanks above (`sum`), or (`repeats`) a word that also names a store ("Transport", "Bestand", "Som") repeating the one tank above: not counted, the counts of what the sheet feeds incomplete */
  | "tank-total"
  /** possible-totals-row (error) of a row with a date and product but no party, SD number or certificate whose quantity is the sum of the rows above (workbook/unnamed-sum.ts): `named` the party column's heading; not booked, the balances the sheet feeds incomplete */
  | "unnamed-sum"
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
