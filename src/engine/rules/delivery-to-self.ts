// delivery-to-self (brk27 S7): an ERP books a move to the company's own other plant, or its own
// use, as a sale; the books would then issue a Sustainability Declaration naming the company as
// its own recipient, which an auditor strikes (no SD to oneself: a transfer or own consumption).
// The declaration is held back at the customer cell (an error); the quantity stays booked out as
// the row says: the material did leave the account. Said where the customer certificate is the
// company's own (Settings or a site's), the customer is the company as Settings name it or one of
// its sites as the sites sheet names them (party-match.ts ownParty: whole words, legal forms and
// site nouns aside: "Acme Bio, Werk Venlo", "Acme Bio B.V." of "Acme Bio", "Werk Venlo"; never
// "Acme Biofuels Ltd"), or the customer cell says own use or a stock transfer in one of seven
// languages (OWN_USE). A move to an own site is a transfer, not a sale.
import { documentKey, foldedText, plainLetters } from "../normalise";
import { cellOf, finding } from "../findings";
import { type OwnSite, ownParty } from "../party-match";
import type { DeliveryToSelfDetails } from "../catalogue/details-parties";
import type { Delivery, Site } from "../records";
import type { OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

/**
 * Words of a customer cell that name no customer but own use or a move between own sites (de, en,
 * fr, it, es, nl, pl; folded: lower case, no accents, "ł" as "l"). The cell is one of them, or
 * begins with one ("Umlagerung Werk Venlo").
 */
export const OWN_USE: readonly string[] = [
  // de
  "eigenbedarf",
  "eigenverbrauch",
  "eigennutzung",
  "eigene verwendung",
  "umlagerung",
  "werksumlagerung",
  "interne umbuchung",
  "innerbetrieblich",
  // en
  "own use",
  "own consumption",
  "self consumption",
  "internal use",
  "internal consumption",
  "internal transfer",
  "stock transfer",
  // fr
  "consommation propre",
  "autoconsommation",
  "usage interne",
  "usage propre",
  "transfert interne",
  // it
  "autoconsumo",
  "consumo proprio",
  "consumo interno",
  "uso interno",
  "uso proprio",
  "trasferimento interno",
  // es
  "consumo propio",
  "uso propio",
  "traslado interno",
  "transferencia interna",
  // nl
  "eigen gebruik",
  "eigen verbruik",
  "intern gebruik",
  "interne overboeking",
  "interne overslag",
  // pl
  "zuzycie wlasne",
  "uzytek wlasny",
  "zuzycie wewnetrzne",
  "przesuniecie magazynowe",
  "przesuniecie wewnetrzne",
];

/** Whether a customer cell says own use or a move between own sites (OWN_USE). */
export function saysOwnUse(customer: string): boolean {
  const text = plainLetters(foldedText(customer))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return OWN_USE.some((w) => text === w || text.startsWith(`${w} `));
}

/** The sites sheet's rows as ownParty compares them: name and code (the sheet's code column, SiteInput.code). */
const ownSites = (sites: readonly Site[]): OwnSite[] =>
  sites.map((s) => ({ name: s.name, code: typeof s.fields.code === "string" ? s.fields.code : "" }));

/** Why a delivery is to the company itself, or null. */
function selfOf(d: Delivery, ctx: OutgoingContext): DeliveryToSelfDetails | null {
  const { companyName, ownCertificate } = ctx.profile;
  const cert = documentKey(d.customerCertificate);
  if (cert !== "") {
    const own = [ownCertificate, ...(ctx.sites ?? []).map((s) => s.certificate)].find(
      (c) => c && documentKey(c) === cert,
    );
    if (own) return { customer: d.customer, by: "certificate", own: d.customerCertificate };
  }
  const own = ownParty(d.customer, companyName, ownSites(ctx.sites ?? []));
  if (own) return { customer: d.customer, ...own };
  if (saysOwnUse(d.customer)) return { customer: d.customer, by: "own use" };
  return null;
}

export const deliveryToSelf: Rule<"delivery-to-self"> = {
  code: "delivery-to-self",
  declaration(c, ctx) {
    const d = c.alloc.delivery;
    const self = selfOf(d, ctx);
    if (!self) return [];
    const at =
      self.by === "certificate"
        ? cellOf(d.source, "customerCertificate", "customer")
        : cellOf(d.source, "customer", "customerCertificate");
    const f = finding("delivery-to-self", "error", at, self);
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
