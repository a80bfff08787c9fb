// The address headings of a deliveries sheet in de, en, fr, it, es, nl, pl (p-shipto): where the
// goods left from is the dispatch point; a delivery, ship-to or unloading address is where they
// went, the SD's receiving point, never its dispatch point; a plain "Address" is the customer's
// (the recipient address) and a plain "Ort" / "Place" is read as neither point. (p-shipto2) An
// address of shipping ("Versandadresse", "Verzendadres", "Adres wysyłki") is the ship-to address,
// a place or point of shipping the dispatch point; a billing address the customer's.
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const HEADER = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"];
const ROW = ["2024-03-05", "Fuel AG", "UCO", 50, "yes"];

const DISPATCH = [
  // de, en, fr, es, it, nl, pl
  "Versandort",
  "Verladeort",
  "Ladeort",
  "Abgangsort",
  "Ship-from address",
  "Point of dispatch",
  "Place of dispatch",
  "Dispatch address",
  "Address of dispatch/shipping point",
  "Lieu d'expédition",
  "Lieu de chargement",
  "Lugar de carga",
  "Punto de carga",
  "Luogo di carico",
  "Luogo di spedizione",
  "Laadplaats",
  "Miejsce załadunku",
  // (p-shipto2) a place or point of shipping, and a pick-up address, are where the goods left from
  "Versandstelle",
  "Ladestelle",
  "Abholadresse",
  "Shipping point",
  "Pick-up address",
  "Point d'expédition",
  "Lugar de expedición",
  "Punto di spedizione",
  "Verzendpunt",
  "Laadadres",
  "Miejsce wysyłki",
  "Adres załadunku",
];
const RECEIVING = [
  "Lieferadresse",
  "Lieferadresse (Kunde)",
  "Lieferanschrift",
  "Lieferort",
  "Empfangsort",
  "Entladeort",
  "Delivery address",
  "Customer delivery address",
  "Shipping address",
  "Ship-to address",
  "Destination",
  "Address of receipt/receiving point",
  "Adresse de livraison",
  "Lieu de livraison",
  "Dirección de entrega",
  "Lugar de entrega",
  "Indirizzo di consegna",
  "Luogo di consegna",
  "Afleveradres",
  "Leveradres",
  "Adres dostawy",
  "Miejsce dostawy",
  // (p-shipto2) an ADDRESS of shipping is the ship-to address in every language, as in English
  "Versandadresse",
  "Versandanschrift",
  "Adresse d'expédition",
  "Dirección de envío",
  "Dirección de expedición",
  "Indirizzo di spedizione",
  "Verzendadres",
  "Adres wysyłki",
  "Zielort",
  "Abladestelle",
  "Lieu de destination",
  "Luogo di destinazione",
  "Plaats van bestemming",
  "Miejsce przeznaczenia",
];
// ambiguous: the customer's own address (the SD's recipient address), or nothing; never a point
const NEITHER: [string, string][] = [
  ["Address", "customerAddress"],
  ["Adresse", "customerAddress"],
  ["Anschrift", "customerAddress"],
  ["Dirección", "customerAddress"],
  ["Indirizzo", "customerAddress"],
  ["Adres", "customerAddress"],
  ["Customer address", "customerAddress"],
  ["Kundenadresse", "customerAddress"],
  // (brk21 5) a billing address is where invoices go: none of the SD's addresses, never a point
  // (was the customer's address: billing-address.test.ts)
  ["Bill-to address", "-"],
  ["Billing address", "-"],
  ["Rechnungsadresse", "-"],
  ["Adresse de facturation", "-"],
  ["Dirección de facturación", "-"],
  ["Indirizzo di fatturazione", "-"],
  ["Factuuradres", "-"],
  ["Adres do faktury", "-"],
  ["Ort", "-"],
];

// (brk20 A3) a party's address, in either order, with or without "of"/"du"/"del": the consignee's
// (ship-to party, Warenempfänger) is where the goods went, the recipient's, customer's or buyer's
// the SD's recipient address
const PARTY_ADDRESS: [string, string][] = [
  ["Anschrift Warenempfänger", "receivingAddress"],
  ["Warenempfänger Anschrift", "receivingAddress"],
  ["Warenempfängeranschrift", "receivingAddress"],
  ["Adresse Warenempfänger", "receivingAddress"],
  ["Consignee address", "receivingAddress"],
  ["Address of consignee", "receivingAddress"],
  ["Ship-to party address", "receivingAddress"],
  ["Adresse du destinataire des marchandises", "receivingAddress"],
  ["Adresse du consignataire", "receivingAddress"],
  ["Indirizzo destinatario merci", "receivingAddress"],
  ["Dirección del consignatario", "receivingAddress"],
  ["Dirección del destinatario de la mercancía", "receivingAddress"],
  ["Adres goederenontvanger", "receivingAddress"],
  ["Adres odbiorcy towaru", "receivingAddress"],
  ["Anschrift Empfänger", "customerAddress"],
  ["Empfängeranschrift", "customerAddress"],
  ["Recipient's address", "customerAddress"],
  ["Adresse du destinataire", "customerAddress"],
  ["Indirizzo destinatario", "customerAddress"],
  ["Dirección del destinatario", "customerAddress"],
  ["Adres ontvanger", "customerAddress"],
  ["Adres odbiorcy", "customerAddress"],
  ["Adres nabywcy", "customerAddress"],
];

async function fieldsOf(headings: string[]): Promise<string[]> {
  const sheets = headings.map((h, i) =>
    sheet(`Deliveries ${i + 1}`, [
      [...HEADER, h],
      [...ROW, "Hafen 1, Hamburg"],
    ]),
  );
  const read = readWorkbook(await throughXlsx(...sheets)).sheets;
  return read.map((s, i) => {
    const field = Object.entries(s.columns).find(([, l]) => l === "F")?.[0] ?? "-";
    return `${headings[i]} → ${s.kind}:${field}`;
  });
}

describe("address headings of a deliveries sheet", () => {
  it("reads where the goods left from as the dispatch point", async () => {
    expect(await fieldsOf(DISPATCH)).toEqual(DISPATCH.map((h) => `${h} → deliveries:dispatchAddress`));
  });
  it("reads a delivery or ship-to address as the receiving point, never the dispatch point", async () => {
    expect(await fieldsOf(RECEIVING)).toEqual(RECEIVING.map((h) => `${h} → deliveries:receivingAddress`));
  });
  it("reads a plain address as the customer's and a plain place as neither point", async () => {
    const headings = NEITHER.map(([h]) => h);
    expect(await fieldsOf(headings)).toEqual(NEITHER.map(([h, f]) => `${h} → deliveries:${f}`));
  });
  it("reads a party's address by whose it is: the consignee's is the receiving point", async () => {
    const headings = PARTY_ADDRESS.map(([h]) => h);
    expect(await fieldsOf(headings)).toEqual(PARTY_ADDRESS.map(([h, f]) => `${h} → deliveries:${f}`));
  });
});

// (brk20 A3) an address column read as none of the SD's addresses is never dropped without a word
describe("an address column read as none of the SD's addresses", () => {
  const said = async (heading: string, value: string | null) => {
    const book = await throughXlsx(
      sheet("Deliveries", [
        [...HEADER, "Customer address", heading],
        [...ROW, "Hafen 1, Hamburg", value],
      ]),
    );
    return readWorkbook(book)
      .findings.filter((f) => f.cell === "G1")
      .map((f) => `${f.severity} ${f.code} ${(f.details as { reason?: string }).reason}`);
  };
  it.each(["Anschrift Lager", "Adres magazynu"])(
    "%s: an error at its heading where it names another address, a warning where it names none",
    async (heading) => {
      expect(await said(heading, "Tanklager 7, 21129 Hamburg")).toEqual([
        "error mapping-uncertain address-unread",
      ]);
      expect(await said(heading, "Hafen 1, Hamburg")).toEqual(["warning mapping-uncertain address-unread"]);
      expect(await said(heading, null)).toEqual(["warning mapping-uncertain address-unread"]);
    },
  );
  it.each(["E-Mail-Adresse", "Email address", "Lieferantenadresse", "Supplier address", "Carrier address"])(
    "%s: no postal address of the SD's, not said as one",
    async (heading) => {
      expect(await said(heading, "Tanklager 7, 21129 Hamburg")).not.toContainEqual(
        expect.stringContaining("address-unread"),
      );
    },
  );
});
