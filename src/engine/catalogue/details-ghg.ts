// The details of the GHG codes: missing values, totals, savings, methods.
import type { CellRef } from "../model";
import type { Consequence } from "./consequences";

export interface ProductDetails {
  product: string;
}

export interface GhgMissingDetails {
  product: string;
  quantity: string;
  unit: string;
  inputs: string;
  /**
   * (p-misc) the production rows' output GHG cells ("Production!H5") whose values were refused
   * (output-ghg-unknown), for the part drawn from their output; `inputs` then lists only the
   * receipts without GHG values behind the rest ("" for none)
   */
  refused?: string;
  /**
   * (p-prod2) the production outputs given no GHG value at all that the part without values is
   * drawn from: the blank output GHG cell ("Production!H5"), or "Production row 5" where the sheet
   * has no GHG column; their values are entered there, not the inputs'
   */
  unset?: string;
}

export interface GhgTotalMismatchDetails {
  total: string;
  computed: string;
  /** the GHG method of the row (an error for actual values, else a warning) */
  method?: string | null;
  /**
   * (p-ghg2, brk14 #4) "ghg.total" where the row states no method and its values were refused
   * at the total's cell (an error, intake/ghg-total-unread.ts); `value` the total as typed,
   * `consequence` what follows for the row
   */
  field?: "ghg.total";
  value?: string;
  consequence?: Consequence | null;
}

export interface GhgSavingDetails {
  total: string;
  saving: string;
  comparator: string;
  minimum: string;
  installationDate?: string | null;
  /** about an outgoing declaration (else an incoming receipt) */
  outgoing?: boolean;
  quantity?: string | null;
  unit?: string | null;
  /** set (maybe "") when the installation date was blank and the strictest threshold was used */
  strictestFrom?: string | null;
  noCredit?: boolean;
  // --- p-ghg3 ---
  /**
   * set on an outgoing final fuel whose GHG value is per mass (`unit` as typed, "kg CO2eq/t"):
   * no saving can be shown, the declaration of the delivery at `delivery` ("Sales!E2") is held
   */
  perMass?: { unit: string; product: string; delivery: string } | null;
  // --- end p-ghg3
}

// --- p-cat ---
/** A receipt of a final fuel whose GHG value is per mass: the total and its unit as typed, the product. */
export interface FinalFuelGhgPerMassDetails {
  /** the GHG total as read ("420") */
  total: string;
  /** its unit as typed ("kg CO2eq/t") */
  unit: string;
  /** the product as typed ("Rapsölmethylester") */
  product: string;
}
// --- end p-cat

/**
 * (brk22 §4) energy-content-differs: the delivery's heating value (`delivered`, MJ/kg) is not the
 * one the receipts behind its declaration state (`received`, "37.2 MJ/kg (Receipts!V2)"); the SD
 * states `energy` MJ for `quantity` `unit` by the delivery's.
 */
export interface EnergyContentDiffersDetails {
  delivered: string;
  received: string;
  energy: string;
  quantity: string;
  unit: string;
}

/**
 * energy-content-disagrees: a receipt's or delivery's energy content (`energy` `energyUnit`, as
 * typed) is not its quantity (`quantity` `quantityUnit`) × its heating value (`heatingValue` as
 * typed; null where the quantity is itself energy), `computed` in `energyUnit`, beyond the rounding
 * of the typed decimals (intake/energy-content.ts). `side`: a delivery (error, its declaration
 * held), a receipt (warning, its energy not passed on, its mass credited), a receipt credited in
 * energy (error, its account held).
 */
export interface EnergyContentDisagreesDetails {
  energy: string;
  energyUnit: string;
  computed: string;
  quantity: string;
  quantityUnit: string;
  heatingValue: string | null;
  side: "delivery" | "receipt" | "receipt-energy";
}

/**
 * (brk24 §3) heating-value-unused: a row's heating value `value` `unit` is per volume, its quantity a
 * mass (`quantityUnit`), and it gives no density: no energy content follows from it; or (`per`
 * "mass") it is per mass and the quantity a volume only (litres, m³, Nm³), without a density.
 */
export interface HeatingValueUnusedDetails {
  value: string;
  unit: string;
  quantityUnit: string;
  /** "mass": the mirror case, a value per mass (MJ/kg) on a row whose quantity is a volume only (litres) */
  per?: "mass";
}

export interface GhgValueUnsupportedDetails {
  declared: string;
  supported: string;
}

/**
 * What is wrong with a GHG method (UDB, iscc-rules.md §4.3, TV-12), worded in the message table:
 * `unknown` (not TDV, DDV or AV), `tdv-components` (a total default value with components),
 * `ddv-reductions` (disaggregated defaults with esca, eccs or eccr).
 */
export type GhgMethodProblem = "unknown" | "tdv-components" | "ddv-reductions";

export interface GhgMethodInvalidDetails {
  method: string | null;
  reason: GhgMethodProblem;
}

// --- ghg-units-mixed ---
/** A pooled (worst) GHG value over batches whose values carry different units (rules/ghg-units-mixed.ts). */
export interface GhgUnitsMixedDetails {
  product: string;
  /** each unit once, in the order met: a value in it and the cell that carries it (null: none found) */
  units: { unit: string; total: string; at: CellRef | null }[];
}
// --- end ghg-units-mixed ---

/**
 * GHG values typed on a transfer row (intake/transfers.ts): not used, the credit moved keeps the
 * values of the receipts it came from (domain.md §3: they travel with each batch). `field` is the
 * cell pointed at (the total, else the first component), `value` its text as typed.
 */
export interface TransferGhgNotUsedDetails {
  field: string;
  value: string;
}
