// The catalogue entries of the codes about who a party is (details-parties.ts), spread into
// codes.ts: kept apart so that file stays under 300 lines.
import type { CodeEntry } from "./code-entry";
import type { PartyCodes } from "./details-parties";

/** Severity and remedy of the party codes. */
export const PARTY_CATALOGUE: { readonly [C in keyof PartyCodes]: CodeEntry } = {
  "certificate-holder-differs": {
    layer: "engine",
    severity: "error",
    remedy: "type the supplier's own certificate, or correct the supplier or the register's holder",
  },
  "customer-certificate-invalid": {
    layer: "engine",
    severity: "error",
    remedy: "enter the customer's current certificate, or its renewed term in the certificate register",
  },
  "delivery-to-self": {
    layer: "engine",
    severity: "error",
    remedy:
      "a move to an own site is a transfer, not a sale: book it on the transfers sheet; own use as consumption; no SD to oneself",
  },
};
