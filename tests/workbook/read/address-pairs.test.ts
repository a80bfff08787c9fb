// (p-shipto2) Two address columns side by side on a deliveries sheet: each is read by its own
// heading's words, never by a near match crossing into another address (address-headings.ts).
// Before, "Customer address" beside a plain "Adresse", a "Dirección de envío" or a "Bill-to
// address" was read as the receiving point and the other column as the customer's: the printed SD
// swapped the recipient's address and the receiving point without a word. Now the customer's address
// stays the customer's; a ship-to heading is the receiving point; a second column of the customer's
// address (a plain "Adresse") is its rival, said at its heading and refused on a row where the two
// differ, never read in its place. (brk21 5) A billing address is none of the SD's addresses: not
// read, said at its heading, no row refused (billing-address.test.ts).
import { addressPair } from "./address-pair";

jest.setTimeout(60_000);

const OWN = "Satamatie 3, Porvoo";
const OTHER = "Tanklager 7, 21129 Hamburg";

/** The fields read from columns F and G, and the findings at G, of a sheet whose F and G are headed `f` and `g`. */
async function pair(f: string, g: string, second = OTHER) {
  const read = await addressPair(f, g, OWN, second);
  return { ...read, onG: read.onG.map((x) => `${x.code}@${x.cell}`) };
}

// a ship-to heading beside "Customer address", in de, en, fr, it, es, nl, pl: the receiving point
const SHIP_TO = [
  "Delivery address",
  "Shipping address",
  "Ship-to address",
  "Lieferadresse",
  "Lieferadresse (Kunde)",
  "Versandadresse",
  "Versandanschrift",
  "Adresse de livraison",
  "Adresse d'expédition",
  "Dirección de envío",
  "Dirección de entrega",
  "Indirizzo di spedizione",
  "Indirizzo di consegna",
  "Verzendadres",
  "Afleveradres",
  "Adres wysyłki",
  "Adres dostawy",
];

// a second heading of the customer's own address: its rival, asked at its heading
const SECOND_CUSTOMER = [
  "Adresse",
  "Address",
  "Anschrift",
  "Indirizzo",
  "Dirección",
  "Adres",
  "Customer address",
];

describe("two address columns of a deliveries sheet", () => {
  it.each(SHIP_TO)(
    "Customer address | %s: the customer's address and the receiving point, never swapped",
    async (h) => {
      expect(await pair("Customer address", h)).toEqual({
        F: "customerAddress",
        G: "receivingAddress",
        onG: [],
        booked: [[OWN, OTHER]],
      });
      // the other way round too
      const back = await pair(h, "Customer address");
      expect([back.F, back.G]).toEqual(["receivingAddress", "customerAddress"]);
    },
  );

  it.each(SECOND_CUSTOMER)(
    "Customer address | %s: a second customer address is asked, never read as a point",
    async (h) => {
      const differ = await pair("Customer address", h);
      expect(differ.F).toBe("customerAddress");
      expect(differ.G).toBe("-");
      // the row is refused at the second column's cell, and the heading says which one is read
      expect(differ.onG).toEqual(expect.arrayContaining(["invalid-value@G2", "mapping-uncertain@G1"]));
      expect(differ.booked).toEqual([]);
      // where the two agree, the row is read as the customer's address, nothing said
      const agree = await pair("Customer address", h, OWN);
      expect(agree).toEqual({ F: "customerAddress", G: "-", onG: [], booked: [[OWN, undefined]] });
    },
  );

  it("two ship-to columns: the second is the receiving point's rival, never the customer's address", async () => {
    const two = await pair("Delivery address", "Delivery address");
    expect([two.F, two.G]).toEqual(["receivingAddress", "-"]);
    expect(two.onG).toEqual(expect.arrayContaining(["invalid-value@G2", "mapping-uncertain@G1"]));
  });

  it("a place of dispatch beside the customer's address is the dispatch point (must not change)", async () => {
    for (const h of [
      "Versandort",
      "Ladestelle",
      "Place of dispatch",
      "Lieu de chargement",
      "Miejsce wysyłki",
    ]) {
      const one = await pair("Customer address", h);
      expect([one.F, one.G, one.onG]).toEqual(["customerAddress", "dispatchAddress", []]);
    }
  });
});
