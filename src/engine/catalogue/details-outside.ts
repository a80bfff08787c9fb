// The details of declaration-issued-outside (issue/outside.ts), kept apart from details-declarations.ts for its length.

/**
 * declaration-issued-outside (issue/outside.ts): the SD number typed on a delivery row that no
 * register holds, read as one declaration issued outside massbal. `quantity` and `unit` are the
 * row's (the quantity counted as declared by it), `customer` and `date` (YYYY-MM-DD) the row's too.
 */
export interface DeclarationIssuedOutsideDetails {
  number: string;
  quantity: string;
  unit: string;
  product: string;
  customer: string;
  date: string;
  /**
   * (brk20 A7) "status-to-issue": an error at the row's SD status cell, which says the SD is still
   * to issue beside the number no register holds; `sdCell` is the SD number cell (A1)
   */
  reason?: "status-to-issue";
  sdCell?: string;
}

/**
 * declaration-period-closed (engine/rules/declaration-period-closed.ts, brk22 §12): a delivery
 * without an SD number dispatched on `date` in the period `periodStart`..`periodEnd`, before
 * `since` (the start of the period before the one the Settings issue date `issued` lies in, or of
 * its year where earlier; the date at `setting`): no declaration is issued for it. `quantity` `unit` of `product` to `customer` as
 * the row gives them; `sdColumn` whether the sheet has an SD number column (the finding's cell).
 */
export interface DeclarationPeriodClosedDetails {
  date: string;
  periodStart: string;
  periodEnd: string;
  issued: string;
  since: string;
  setting?: string;
  quantity: string;
  unit: string;
  product: string;
  customer: string;
  sdColumn: boolean;
}

/** The codes about a delivery's declaration by when it was dispatched; OutsideFindingDetails extends it. */
export interface PeriodClosedCodes {
  "declaration-period-closed": DeclarationPeriodClosedDetails;
}
