// (brk23 10) One address heading that names both where the goods went and where invoices go
// ("Rechnungs- und Lieferanschrift", "Billing/shipping address", "Adresse de livraison et de
// facturation", "Adresse Empfänger / Rechnung") is the recipient's address: the goods were
// delivered there. Before, it was read as a billing address alone, unread: a mapping-uncertain
// warning, and every SD of the sheet held for a recipient address the row had. A billing address
// alone ("Rechnungsanschrift", "Kundenadresse (Rechnung)", "Anschrift Rechnungsempfänger") stays
// unread, and a sheet with a delivery and a billing column reads the delivery one alone.
import { namesBillingAddress, namesBillingAndDelivery } from "../../../src/workbook/address-parties";
import { addressPair } from "./address-pair";

jest.setTimeout(60_000);

const OWN = "Satamatie 3, Porvoo";
const OTHER = "PL 100, 00101 Helsinki";

/** One address for the goods and the invoices, in de, en, fr, it, es, nl, pl, either order. */
const BOTH = [
  "Rechnungs- und Lieferanschrift",
  "Liefer- und Rechnungsadresse",
  "Anschrift (Rechnung/Lieferung)",
  "Lieferanschrift / Rechnungsanschrift",
  "Adresse Empfänger / Rechnung",
  "Billing/shipping address",
  "Shipping and billing address",
  "Delivery & invoice address",
  "Bill-to/ship-to address",
  "Adresse de livraison et de facturation",
  "Adresse de facturation et de livraison",
  "Indirizzo di consegna e fatturazione",
  "Indirizzo di fatturazione e spedizione",
  "Dirección de entrega y facturación",
  "Dirección de facturación y envío",
  "Aflever- en factuuradres",
  "Factuur- en afleveradres",
  "Leverings- en factuuradres",
  "Adres dostawy i faktury",
  "Adres do faktury i dostawy",
  "Adres dostawy / faktura",
];

/** A billing address alone: unread, as before (brk21 5). */
const BILLING_ONLY = [
  "Rechnungsanschrift",
  "Kundenadresse (Rechnung)",
  "Anschrift Rechnungsempfänger",
  "Billing address",
  "Bill-to address",
  "Adresse de facturation",
  "Indirizzo di fatturazione",
  "Dirección de facturación",
  "Factuuradres",
  "Adres do faktury",
];

describe("an address heading naming both delivery and billing", () => {
  it.each(BOTH)("%s names both, no billing address alone", (h) => {
    expect(namesBillingAndDelivery(h)).toBe(true);
    expect(namesBillingAddress(h)).toBe(false);
  });

  it.each(BOTH)("Bemerkung | %s: read as the recipient's address, booked, nothing said", async (h) => {
    // before: unread, mapping-uncertain billing-address, the SD held (declaration-incomplete)
    expect(await addressPair("Bemerkung", h, "ok", OWN)).toMatchObject({
      G: "customerAddress",
      onG: [],
      booked: [[OWN, undefined]],
    });
  });
});

describe("a billing address alone, and a delivery beside a billing column, do not change", () => {
  it.each(BILLING_ONLY)("%s is a billing address alone", async (h) => {
    expect(namesBillingAndDelivery(h)).toBe(false);
    expect(namesBillingAddress(h)).toBe(true);
    const read = await addressPair("Bemerkung", h, "ok", OWN);
    expect(read.G).toBe("-");
    expect(read.onG.map((f) => f.code)).toEqual(["mapping-uncertain"]);
  });

  it.each(["Lieferadresse lt. Rechnung", "Delivery address as per invoice"])(
    "%s (the value taken from the invoice) is the delivery address",
    (h) => {
      expect(namesBillingAndDelivery(h)).toBe(false);
    },
  );

  it.each([
    ["Lieferanschrift", "Rechnungsanschrift"],
    ["Delivery address", "Billing address"],
    ["Adresse de livraison", "Adresse de facturation"],
  ])("%s | %s: the delivery column read, the billing one not", async (f, g) => {
    expect(await addressPair(f, g, OWN, OTHER)).toMatchObject({
      F: "receivingAddress",
      G: "-",
      booked: [[undefined, OWN]],
    });
  });
});
