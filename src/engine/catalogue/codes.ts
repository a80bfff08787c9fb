// The catalogue of finding codes: for each, the layer that raises it, its default severity and
// what the user should do. The record is keyed by FindingCode, so a code without an entry, or an
// entry for a code that does not exist, does not compile (domain.md §9; style.md, zod v4 issues).
import type { CodeEntry } from "./code-entry";
import { APP_CATALOGUE } from "./codes-app";
import { READING_CATALOGUE } from "./codes-reading";
import { PARTY_CATALOGUE } from "./codes-parties";
import type { FindingCode } from "./details";

export type { CodeEntry, FindingLayer } from "./code-entry";

export const CATALOGUE: { readonly [C in FindingCode]: CodeEntry } = {
  ...READING_CATALOGUE,
  ...PARTY_CATALOGUE,
  "invalid-quantity": {
    layer: "engine",
    severity: "error",
    remedy: "correct the quantity or delete the row",
  },
  "implausible-value": { layer: "engine", severity: "warning", remedy: "check the value and its unit" },
  "sustainable-conflict": {
    layer: "engine",
    severity: "error",
    remedy: "make the sustainable flag and part agree, or leave one blank",
  },
  "date-is-year": { layer: "engine", severity: "info", remedy: "type the day of the installation start" },
  "site-not-listed": {
    layer: "engine",
    severity: "error",
    remedy: "type a site the sites sheet lists, or add the site to it",
  },
  "unknown-scheme": { layer: "engine", severity: "warning", remedy: "write ISCC EU or ISCC PLUS" },
  "duplicate-sd": {
    layer: "engine",
    severity: "error",
    remedy: "remove or correct one of the two bookings of the SD",
  },
  "certificate-invalid": {
    layer: "engine",
    severity: "error",
    remedy: "check the certificate's validity or the date",
  },
  "certificate-unknown": {
    layer: "engine",
    severity: "warning",
    remedy: "add the certificate to the register, or correct the number",
  },
  "certificate-scheme": {
    layer: "engine",
    severity: "error",
    remedy: "type the certificate of the row's scheme, or book the row under the certificate's scheme",
  },
  "date-outside-period": {
    layer: "engine",
    severity: "error",
    remedy: "set the first period start in Settings to take the row in, or correct its date",
  },
  "date-after-run-day": {
    layer: "engine",
    severity: "error",
    remedy: "correct the date, or remove the row until it has happened",
  },
  "period-too-long": { layer: "engine", severity: "error", remedy: "set a period the scheme allows" },
  "negative-balance": { layer: "engine", severity: "error", remedy: "add credit or reduce the delivery" },
  overdraft: {
    layer: "engine",
    severity: "warning",
    remedy: "book the receipt before the delivery, or reduce it",
  },
  "carry-over-exceeds-stock": {
    layer: "engine",
    severity: "warning",
    remedy: "check the stock count and the movements",
  },
  "stock-count-missing": {
    layer: "engine",
    severity: "warning",
    remedy: "count the stock at the period end and add the count",
  },
  "own-certificate-invalid": {
    layer: "engine",
    severity: "error",
    remedy: "enter the renewed certificate's term in the certificate register",
  },
  "stock-deviation": {
    layer: "engine",
    severity: "warning",
    remedy: "check the count and the movements since the last count",
  },
  // --- stock-count-conflict (p-certstock) ---
  "stock-count-conflict": {
    layer: "engine",
    severity: "error",
    remedy: "name each count's own tank, or delete the wrong count",
  },
  // --- end stock-count-conflict ---
  "transit-loss": { layer: "engine", severity: "info", remedy: "check the quantities sent and received" },
  "transfer-in-transit": {
    layer: "engine",
    severity: "info",
    remedy: "count the quantity in transit with neither site's balance at this period end",
  },
  "arrival-before-dispatch": {
    layer: "engine",
    severity: "error",
    remedy: "correct the dispatch or the arrival date",
  },
  "stock-count-next-day": {
    layer: "engine",
    severity: "info",
    remedy: "date a count of the period end's stock on the period end",
  },
  "stock-below-zero": {
    layer: "engine",
    severity: "error",
    remedy: "correct the count, its date or the rows after it, or add the missing receipt",
  },
  "stock-count-product-alike": {
    layer: "engine",
    severity: "warning",
    remedy: "write the product as its rows name it",
  },
  "unit-mismatch": {
    layer: "engine",
    severity: "error",
    remedy: "give the quantity in the account's unit, or add a density or heating value",
  },
  "conversion-factor-missing": {
    layer: "engine",
    severity: "error",
    remedy: "enter the output quantity or a conversion factor",
  },
  "conversion-factor-deviates": {
    layer: "engine",
    severity: "warning",
    remedy: "check the quantities or update the factor table",
  },
  "co-product-input-differs": {
    layer: "engine",
    severity: "warning",
    remedy: "give the rows of one process the same input, or separate batches",
  },
  "production-input-repeated": {
    layer: "engine",
    severity: "warning",
    remedy: "add a Batch column and give the rows of one process the same batch id",
  },
  "batch-id-alike": {
    layer: "engine",
    severity: "warning",
    remedy: "spell the ids of one batch alike, or give different batches ids that do not look alike",
  },
  "conversion-impossible": {
    layer: "engine",
    severity: "error",
    remedy: "correct the factor or the output quantity so no mass is created",
  },
  "conversion-same-product": {
    layer: "engine",
    severity: "warning",
    remedy: "correct the input or output product",
  },
  "ghg-missing": { layer: "engine", severity: "error", remedy: "enter the GHG values of the inputs" },
  "ghg-total-mismatch": {
    layer: "engine",
    severity: "warning",
    remedy: "correct the GHG total or its components",
  },
  "ghg-saving-below-threshold": {
    layer: "engine",
    severity: "error",
    remedy: "check the GHG values and the installation start date",
  },
  // --- ghg-units-mixed ---
  "ghg-units-mixed": {
    layer: "engine",
    severity: "error",
    remedy: "give all GHG values of the product per MJ (g CO2eq/MJ)",
  },
  // --- end ghg-units-mixed ---
  "ghg-value-unsupported": {
    layer: "engine",
    severity: "error",
    remedy: "declare the worst GHG value of the inputs, or per batch",
  },
  "ghg-method-invalid": { layer: "engine", severity: "error", remedy: "correct the GHG method" },
  "heating-value-unused": { layer: "engine", severity: "warning", remedy: "add the row's density, or give its heating value per unit of its quantity (per kg, per litre)" }, // prettier-ignore
  "energy-content-differs": {
    layer: "engine",
    severity: "warning",
    remedy: "check the delivery's heating value against the receipts' and correct the one that is wrong",
  },
  "energy-content-disagrees": {
    layer: "engine",
    severity: "error",
    remedy: "correct the quantity, the heating value or the energy content so that they agree",
  },
  "claim-exceeds-input": {
    layer: "engine",
    severity: "error",
    remedy: "claim EU RED compliant (ISCC EU) or reduce the quantity",
  },
  "linked-sd-unavailable": {
    layer: "engine",
    severity: "error",
    remedy: "link further incoming SDs or reduce the sustainable quantity",
  },
  "transfer-not-allowed": { layer: "engine", severity: "error", remedy: "correct the transfer's sites" },
  "certificate-unstated": {
    layer: "engine",
    severity: "error",
    remedy: "type the site's own certificate number on the sites sheet",
  },
  // --- p-cat: a final fuel's receipt with a GHG value per mass ---
  "final-fuel-ghg-per-mass": {
    layer: "engine",
    severity: "warning",
    remedy: "enter the GHG total in g CO2eq/MJ, as the supplier's declaration states it",
  },
  // --- end p-cat
  // --- p-ghg2: GHG values on a transfer row ---
  "transfer-ghg-not-used": {
    layer: "engine",
    severity: "warning",
    remedy: "leave a transfer's GHG cells blank; correct the receipts where their values are wrong",
  },
  // --- end p-ghg2
  "declaration-stale": {
    layer: "engine",
    severity: "warning",
    remedy: "check the change; cancel the declaration if it is now wrong",
  },
  "declaration-needs-correction": {
    layer: "engine",
    severity: "error",
    remedy:
      "correct a refused cell of its row; cancel the declaration only where its delivery changed or is gone, and a corrected one is issued",
  },
  "declaration-ambiguous": {
    layer: "engine",
    severity: "error",
    remedy: "type the SD number into the right delivery's SD number cell",
  },
  "declaration-number-duplicate": {
    layer: "engine",
    severity: "error",
    remedy: "correct or clear the SD number on one of the rows",
  },
  "declaration-issued-outside": {
    layer: "engine",
    severity: "warning",
    remedy:
      "keep the number if it was issued (restore the register where massbal issued it); clear it only if none was ever sent",
  },
  "declaration-invented": {
    layer: "engine",
    severity: "warning",
    remedy:
      "if the declaration issued for the delivery is the number typed on its row, withdraw these lines (--cancel, with who and why)",
  },
  "declaration-record-unreadable": {
    layer: "engine",
    severity: "warning",
    remedy: "leave MB Declarations as the add-in wrote it",
  },
  "input-incomplete": {
    layer: "engine",
    severity: "error",
    remedy: "map the sheet's missing column in the Sheets tab",
  },
  "declaration-incomplete": {
    layer: "engine",
    severity: "error",
    remedy: "fill in what the PoS needs and generate declarations again",
  },
  "issue-date-too-early": {
    layer: "engine",
    severity: "error",
    remedy:
      "set the issue date on or after the dispatch and the receipts behind the declaration, or leave it blank",
  },
  "declaration-period-closed": {
    layer: "engine",
    severity: "error",
    remedy: 'type the SD number the delivery was sent with, or mark its SD status "to issue"',
  },
  "engine-error": { layer: "engine", severity: "error", remedy: "report the problem with the workbook" },
  ...APP_CATALOGUE,
};

/** Every code in the catalogue, in its order. */
export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];
