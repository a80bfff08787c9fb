// Why a production row or a production sheet's column is refused by what it says of the row's
// sustainability or its documents (workbook/production-remarks.ts, workbook/production-yes-no.ts).

/** The reasons of production rows and columns, beside a reading code (details-reasons.ts BadReason). */
export type ProductionReason =
  | ProductionRemarkReason
  /** mapping-uncertain (error) at a production sheet's yes/no column about sustainability ("Nachhaltig", "ISCC") with a "no" among its answers, beside no column of the sustainable input: `value` its heading, `read` a "no" answer, `consequence` production-held */
  | "production-yes-no";

/** The reasons a production row's Status or remark cell denies its row (workbook/remark-denials.ts Denial). */
export type ProductionRemarkReason =
  /** row-unconfirmed: a production row's Status or remark says a document of it is missing, to come or void ("Original fehlt", "SD folgt", "Beleg storniert"): the run may not stand as written */
  | "production-document-missing"
  /** row-unconfirmed: a production row's Status or remark says the run is not sustainable ("nicht nachhaltig", "konventionell", "ohne SD"), while no part column of the row says 0: its input is otherwise read as sustainable whole */
  | "production-not-sustainable";
