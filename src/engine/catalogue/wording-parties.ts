// The wording of the codes about who a party is (details-parties.ts): kept apart so
// wording-engine.ts stays under 300 lines.
import type { PartyCodes } from "./details-parties";
import { validityText } from "./wording-certificates";

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);
const NO_CREDIT = "gives no credit (it counts as physical stock only)";

/** Who the customer of a delivery-to-self is, as its `by` says. */
function selfWho(d: PartyCodes["delivery-to-self"]): string {
  if (d.by === "certificate") return `customer certificate ${s(d.own)} is your own certificate`;
  if (d.by === "name") return `customer ${s(d.customer)} is your own company (${s(d.own)} in Settings)`;
  if (d.by === "site") return `customer ${s(d.customer)} is your own site ${s(d.own)} (sites sheet)`;
  return `customer "${s(d.customer)}" says own use or a stock transfer`;
}

export const PARTY_WORDING: { readonly [C in keyof PartyCodes]: (d: PartyCodes[C]) => string } = {
  "certificate-holder-differs": (d) =>
    d.partial
      ? `the certificate register (${s(d.row)}) gives certificate ${s(d.certificate)} to ${s(d.holder)}, and this receipt's supplier is ${s(d.supplier)}: the names agree only in part. A certificate covers only its holder; the receipt is credited as the supplier's, so check that ${s(d.supplier)} is ${s(d.holder)} (a site or trading name of it), or type the certificate of the supplier's own.`
      : `the certificate register (${s(d.row)}) gives certificate ${s(d.certificate)} to ${s(d.holder)}, not to this receipt's supplier ${s(d.supplier)}; a certificate covers only its holder, so material from ${s(d.supplier)} is not certified by it${d.noCredit ? ` and this receipt ${NO_CREDIT}` : ""}. Type the supplier's own certificate as its SD states it, correct the supplier, or correct the holder in the register.`,
  "customer-certificate-invalid": (d) =>
    `the customer certificate ${s(d.certificate)} of ${s(d.customer)} ${d.reason === "unreadable row" ? `cannot be checked for ${s(d.date)}: its row in the certificate register could not be read (${s(d.row)})` : `was ${validityText(d.reason, d.statusText)} on ${s(d.date)}, the day of this delivery, as the certificate register says${d.validFrom || d.validUntil ? ` (valid ${s(d.validFrom) || "?"} to ${s(d.validUntil) || "?"})` : ""}`}; a Sustainability Declaration must not present a certificate that does not cover its day as the recipient's, so none is issued for this row. The quantity stays booked out. Enter the customer's current certificate, or its renewed term in the certificate register.`,
  "delivery-to-self": (d) =>
    `this delivery's ${selfWho(d)}: material that stays with the company is not sold, and no Sustainability Declaration is issued to oneself, so none is issued for this row. The quantity stays booked out of its account as the row says. A move to another site of yours is a transfer, not a sale: book it on the transfers sheet (from site, to site) instead of here; if it was used up in the company, book it as own consumption; if the customer is another company, type its name and certificate${d.bare ? `; Settings name your company without its legal form, so ${s(d.customer)} reads as it: if it is another company of your group, write your company's name in Settings with its legal form ("GmbH", "B.V."), as another legal form is another company` : ""}.`,
};
