// The details of the codes about who a party is (brk27 S5–S7): a supplier that is not the holder
// of the certificate it cites, a recipient whose certificate does not cover the delivery's day, a
// delivery to the company itself. Kept apart so details.ts stays under 300 lines.
import type { CertificateGap } from "./details-receipts";
import type { Text } from "./text";

/**
 * certificate-holder-differs (engine/rules/certificate-holder-differs.ts): the certificate register gives
 * the receipt's supplier certificate to another company. `partial`: the names agree in part
 * (engine/party-match.ts, a warning, credit kept); else they name other companies (an error, no
 * credit: `noCredit`).
 */
export interface CertificateHolderDiffersDetails {
  certificate: Text;
  /** the receipt's supplier as typed */
  supplier: Text;
  /** the holder as the register gives it ("Good AG"; several joined "Good AG / Good Oil AG") */
  holder: Text;
  /** the register row's cell ("Certificates!B3") */
  row: string;
  partial?: boolean;
  noCredit?: boolean;
}

/** The codes of this file; FindingDetails extends it. */
export interface PartyCodes {
  "certificate-holder-differs": CertificateHolderDiffersDetails;
  "delivery-to-self": DeliveryToSelfDetails;
  "customer-certificate-invalid": CustomerCertificateInvalidDetails;
}

/**
 * delivery-to-self (engine/rules/delivery-to-self.ts): a delivery whose customer is the company
 * itself: `by` "name" (the settings' company name, or it and a plant of it: "Acme Bio, Werk Venlo";
 * engine/party-match.ts ownParty), "site" (one of the sites sheet's sites, alone or after the
 * company's name: "Werk Venlo", "Acme Bio Venlo"), "certificate" (the customer certificate is the
 * company's own, `own`), "own use" (the customer cell says own use or a stock transfer:
 * "Eigenbedarf", "Umlagerung"). Its declaration is held back; the quantity stays booked out.
 */
export interface DeliveryToSelfDetails {
  customer: Text;
  by: "name" | "site" | "certificate" | "own use";
  /** "name": the company name as Settings give it; "site": the site as the sites sheet names it; "certificate": the own certificate number */
  own?: Text;
  /** "name": the settings' company name carries no legal form ("Acme Bio"), so a group company of a legal form ("Acme Bio B.V.") reads as it */
  bare?: boolean;
}

/**
 * customer-certificate-invalid (engine/rules/customer-certificate-invalid.ts): the certificate
 * register says the recipient's certificate did not cover the delivery's `date`; "unreadable row":
 * a register row of it was refused at `row`. The declaration is held back.
 */
export interface CustomerCertificateInvalidDetails {
  certificate: Text;
  customer: Text;
  reason: CertificateGap | "unreadable row";
  statusText?: string | null;
  date: string;
  validFrom?: string | null;
  validUntil?: string | null;
  row?: string | null;
}
