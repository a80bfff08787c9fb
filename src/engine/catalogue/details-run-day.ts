// The details of date-after-run-day (brk27 W1, engine/intake/run-day.ts): a row booked on a day
// after the day of the run. Kept apart so details.ts stays under 300 lines.

/**
 * date-after-run-day, an error at the row's date cell (a transfer's arrival date cell where that
 * is the later one): the row of `kind` is booked on `date`, `days` whole days after `runDay`, the
 * day the run was made (both YYYY-MM-DD). It is not booked and the balances it would feed are
 * incomplete. `products`: the row's products as typed ("Rapsöl"; a production row's input and
 * output, "Rapsöl and Biodiesel"), "" where it names none.
 */
export interface DateAfterRunDayDetails {
  kind: "receipt" | "delivery" | "production" | "stock" | "transfer";
  /** "date", or "arrivalDate" where a transfer's arrival is the later day */
  field: "date" | "arrivalDate";
  date: string;
  runDay: string;
  days: number;
  products: string;
}

/** The code of this file; FindingDetails extends it. */
export interface RunDayCodes {
  "date-after-run-day": DateAfterRunDayDetails;
}
