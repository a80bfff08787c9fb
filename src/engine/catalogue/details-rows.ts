// Why a row is not booked as it stands, beside row-unconfirmed, totals-row, possible-totals-row
// or rows-after-blank: its status, remark or document type, its fill under a colour legend, or a
// line of totals or of an opening or carried-over balance; kept apart from details-reasons.ts for
// its length.

/** The reasons a row is not booked as it stands (details-reasons.ts BadReason). */
export type RowReason =
  // --- rows and sheets that repeat others (brk27 S1, S3: workbook/copied-sheet.ts, duplicate-notes.ts) ---
  /** duplicate-row (error) at a sheet's header: every row of it is a row of another sheet of its kind; `label` that kind, `value` the other sheet, `read` how many rows */
  | "copied-sheet"
  /** duplicate-row (error) at the first of a run of rows that are rows of another sheet of their kind, one for one; `value` that sheet, `read` the rows ("5–9") */
  | "copied-rows"
  /** duplicate-row (error) at a delivery note number another row gives for the same customer (supplier) and product; `label` the column, `value` the number, `read` that row */
  | "same-note"
  /** duplicate-row (warning) at a row the same in every cell read as an earlier one, without a note or SD number; `read` that row */
  | "same-row"
  // --- row status (p-status4: workbook/status-read.ts, status-marks.ts) ---
  /** row-unconfirmed: a status cell of one to three words none of which is a status word ("Gutschrift", "St.", "claim") */
  | "status-unknown"
  /** row-unconfirmed: a blank in an approval column ("OK", "i.O.", "Freigabe") whose other rows are ticked approved */
  | "approval-blank"
  // --- end row status (p-status4)
  // the statuses and remarks worded by wording-remarks.ts statusRemarkText (below)
  | StatusRemarkReason
  // --- credit notes and returns (p-credit: workbook/credit-words.ts, document-kind.ts) ---
  /** row-unconfirmed: a status or remark led by a document of no movement ("Gutschrift", "Retoure", "Storno-Rechnung"): the row is that document or refers to one */
  | "credit-note"
  /** row-unconfirmed: a document type column ("Belegart", "Document type") naming no document the add-in reads */
  | "document-type-unknown"
  /** row-unconfirmed: a document type naming the other side of the sheet ("Wareneingang" on a sales sheet, "Lieferschein an Kunde" on receipts; p-heads) */
  | "document-other-side"
  /** row-unconfirmed (brk27 S2): an ERP's movement type ("Bewegungsart" 311, Z01) or debit/credit indicator in no table (workbook/erp-movement.ts) */
  | "movement-type-unknown"
  // --- end credit notes and returns (p-credit)
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
  /** possible-totals-row (error) of a row with its party but none of the address, certificate or SD number each of the two or more rows of its product directly above it has, whose quantity is their sum (workbook/lacking-sum.ts): `named` the headings it lacks, `sum` how many rows; not booked, the balances the sheet feeds incomplete */
  | "lacking-sum";

/**
 * The row-unconfirmed reasons a Status, remark or unread cell gives for part of a line or for
 * the whole of it (workbook/status-read.ts, cancel-mention.ts, unread-cancel.ts), and every
 * reason a Status or remark cell denies its row: worded by wording-remarks.ts, keyed by this union.
 */
export type StatusRemarkReason =
  // --- partial statuses (p-sd8: workbook/status-read.ts "partial") ---
  /** row-unconfirmed: a status of a line not done said of part of it ("teilw. abgelehnt", "partly rejected"): the quantity accepted unknown */
  | "status-partial"
  // --- part of a line cancelled (p-misc: workbook/status-read.ts "part-cancelled") ---
  /** row-unconfirmed: part of the line cancelled ("teilweise storniert", "Teilstorno", "partly cancelled"): the quantity that stands unknown */
  | "status-part-cancelled"
  // --- a remark that says the row was cancelled and rebooked (brk25 §5b: workbook/cancel-mention.ts) ---
  /** row-unconfirmed: a remark or note that says the row, or its quantity, was (or is to be) cancelled, reversed, replaced or rebooked, no plain cancelled status ("Menge storniert und neu gebucht (Zeile 5)", "storniert; ok, danke"): the row may be void, its credit or SD counted twice */
  | "status-void-unclear"
  /** (brk26 S3) row-unconfirmed: a cell of a column headed as no field, status or remark ("Spalte1", "Lieferschein") says the row was cancelled, reversed, void or rebooked ("wurde storniert"): which the column is, the add-in cannot tell */
  | "cancel-unread-column"
  /** (brk26 S3) row-unconfirmed: the same in a column with no heading (beside the table, or between its columns) */
  | "cancel-unheaded-column"
  /** (h-lacksum) row-unconfirmed: a cell of a column headed as no field, status or remark says the row did not take place or is not yet confirmed ("abgelehnt", "pending", "offen", "on hold") */
  | "unconfirmed-unread-column"
  /** (h-lacksum) row-unconfirmed: the same in a column with no heading */
  | "unconfirmed-unheaded-column"
  /** (h-lacksum) row-unconfirmed: a date in a column of the day the row was cancelled ("Stornodatum", "Cancelled on", "Date d'annulation") */
  | "cancel-date-column"
  | RemarkReason;

/**
 * The reasons a Status or remark cell denies its row (workbook/remark-denials.ts Denial, beside
 * details-production.ts ProductionRemarkReason): each a row-unconfirmed reason.
 */
export type RemarkReason =
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
  | "sold-sd-status-unread";
