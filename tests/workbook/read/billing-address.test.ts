// (brk21 5) An invoice's (billing) address column of a deliveries sheet is none of the SD's
// addresses: where invoices go (a post-office box, a head office, an accounting office), not the
// recipient's address the SD prints. Before, it was read as the customer's address: beside
// "Kundenanschrift" or "Customer address" every row where the two differed was refused as two
// customer addresses (NOISY), and beside a delivery address alone ("Adresse de facturation",
// "Factuuradres", "Adres do faktury") the SD printed the billing address as the recipient's
// (SILENT). The customer's registered office ("Firmensitz Kunde", "Registered office") is its
// address where no other column names it, and beside one it is said where it differs, never
// refusing a row.
import { namesBillingAddress, namesRegisteredOffice } from "../../../src/workbook/address-parties";
import { addressPair } from "./address-pair";

jest.setTimeout(60_000);

const OWN = "Satamatie 3, Porvoo";
const OTHER = "PL 100, 00101 Helsinki";

/** Columns F and G's fields, the findings at G (severity, code, cell, reason), and the addresses booked. */
async function pair(f: string, g: string, second = OTHER) {
  const read = await addressPair(f, g, OWN, second);
  const reason = (x: (typeof read.onG)[number]) => (x.details as { reason?: string }).reason ?? "";
  return { ...read, onG: read.onG.map((x) => `${x.severity} ${x.code}@${x.cell} ${reason(x)}`) };
}

/** An invoice's address, in de, en, fr, es, it, nl, pl. */
const BILLING = [
  "Rechnungsanschrift",
  "Rechnungsadresse",
  "Anschrift Rechnungsempfänger",
  "Invoice address",
  "Invoicing address",
  "Billing address",
  "Bill-to address",
  "Adresse de facturation",
  "Adresse facturation",
  "Dirección de facturación",
  "Indirizzo di fatturazione",
  "Indirizzo fatturazione",
  "Factuuradres",
  "Facturatieadres",
  "Adres do faktury",
  "Adres rozliczeniowy",
];

/** The customer's registered office, in de, en, fr, es, it, nl, pl. */
const OFFICE = [
  "Firmensitz Kunde",
  "Sitz des Kunden",
  "Registered office",
  "Head office (customer)",
  "Customer headquarters",
  "Siège social client",
  "Siège social du client",
  "Domicilio social del cliente",
  "Sede legale cliente",
  "Statutaire zetel klant",
  "Siedziba klienta",
];

/** Headings that must keep their reading. */
const KEPT: [string, string][] = [
  ["Lieferadresse lt. Rechnung", "receivingAddress"],
  ["Delivery address as per invoice", "receivingAddress"],
  ["Sold-to address", "customerAddress"],
  ["Kundenanschrift", "customerAddress"],
  ["Adresse du client", "customerAddress"],
  ["Lieferanschrift", "receivingAddress"],
  ["Versandort", "dispatchAddress"],
];

describe("an invoice's address", () => {
  it.each(BILLING)("%s names an invoice's address, no seat", (h) => {
    expect(namesBillingAddress(h)).toBe(true);
    expect(namesRegisteredOffice(h)).toBe(false);
  });

  it.each(BILLING)(
    "Kundenanschrift | %s: the customer's address read, the row declared, a note at the heading",
    async (h) => {
      expect(await pair("Kundenanschrift", h)).toEqual({
        F: "customerAddress",
        G: "-",
        onG: ["info mapping-uncertain@G1 billing-address"],
        booked: [[OWN, undefined]],
      });
    },
  );

  it.each(BILLING)(
    "Lieferanschrift | %s: never the recipient's address; a warning at its heading",
    async (h) => {
      expect(await pair("Lieferanschrift", h)).toEqual({
        F: "receivingAddress",
        G: "-",
        onG: ["warning mapping-uncertain@G1 billing-address"],
        booked: [[undefined, OWN]],
      });
    },
  );
});

describe("the customer's registered office", () => {
  it.each(OFFICE)("%s names the customer's seat, no invoice's address", (h) => {
    expect(namesRegisteredOffice(h)).toBe(true);
    expect(namesBillingAddress(h)).toBe(false);
  });

  it.each(OFFICE)("Lieferanschrift | %s: read as the customer's address", async (h) => {
    expect(await pair("Lieferanschrift", h)).toEqual({
      F: "receivingAddress",
      G: "customerAddress",
      onG: [],
      booked: [[OTHER, OWN]],
    });
  });

  it.each(OFFICE)(
    "Kundenanschrift | %s: the customer's address read, the seat said where it differs, no row refused",
    async (h) => {
      expect(await pair("Kundenanschrift", h)).toEqual({
        F: "customerAddress",
        G: "-",
        onG: ["warning mapping-uncertain@G1 registered-office"],
        booked: [[OWN, undefined]],
      });
      // either order: the column that names the customer's address is read
      const back = await pair(h, "Kundenanschrift");
      expect([back.F, back.G, back.booked]).toEqual(["-", "customerAddress", [[OTHER, undefined]]]);
    },
  );

  it.each(["Sitz", "Sede", "Siège", "Zetel", "Siedziba", "Sitz Lieferant", "Sede fornitore"])(
    "%s alone or a supplier's is no customer's seat",
    (h) => {
      expect(namesRegisteredOffice(h)).toBe(false);
    },
  );
});

describe("headings that must not change", () => {
  it.each(KEPT)("%s is read as %s", async (h, field) => {
    const one = await pair("Bemerkung", h, OWN);
    expect(one.G).toBe(field);
    expect(namesBillingAddress(h)).toBe(false);
  });
});
