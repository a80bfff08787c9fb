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
