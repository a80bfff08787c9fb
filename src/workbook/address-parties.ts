// (brk20 A3) An address heading that names whose address it is: the party's words and an address
// word, in either order, with or without "of", "du", "del", in de, en, fr, it, es, nl, pl. The
// consignee (the SAP "Warenempfänger", the ship-to party, "destinataire des marchandises",
// "destinatario merci", "odbiorca towaru") takes the goods in: its address is where they went, the
// SD's receiving point. The recipient, customer or buyer ("Empfänger", "destinataire", "Kunde",
// "ontvanger", "odbiorca") is the SD's recipient: its address is the recipient address. Before,
// "Anschrift Warenempfänger", "Consignee address" and "Address of consignee" were read as neither
// and dropped without a word beside "Customer address", and the SD printed "Same as recipient".
import { fold } from "./normalise";
import { BUYER_ADDRESS_PARTY, SHIP_TO_ADDRESS_PARTY } from "./party-words";

/** Words of an address, folded ("Anschrift", "Dirección", "Adres"). */
const ADDRESS_WORDS = new Set(
  "address|addresse|adresse|anschrift|direccion|indirizzo|adres|adresa|addr|adr".split("|"),
);
/** German compounds ending in an address word ("Warenempfängeranschrift", "Kundenadresse"). */
const COMPOUND = /^(.{3,}?)(adresse|anschrift)$/;
/** Words that join a party to its address and say nothing ("of", "du", "del", "van de"). */
const FILLERS = new Set(
  "of|the|for|du|de|des|d|la|le|les|del|della|dello|dei|degli|di|el|van|het|der|den|von|des|do|s".split("|"),
);

/** The consignee's words (the goods' receiver) and the recipient's, customer's or buyer's (the SD's recipient), fillers left out (party-words.ts). */
const CONSIGNEE = phrases(SHIP_TO_ADDRESS_PARTY);
const RECIPIENT = phrases(BUYER_ADDRESS_PARTY);

function phrases(list: readonly string[]): Set<string> {
  return new Set(list.map((p) => partyKey(p.split(" "))));
}

function partyKey(words: readonly string[]): string {
  return words.filter((w) => !FILLERS.has(w)).join(" ");
}

/**
 * The address field a heading of a party's address names by its words alone: "receivingAddress"
 * for the consignee's ("Anschrift Warenempfänger", "Consignee address", "Adres odbiorcy towaru"),
 * "customerAddress" for the recipient's or buyer's ("Adresse du destinataire", "Adres ontvanger");
 * null for any other heading (no address word, no party, or other words beside them).
 */
export function partyAddressField(header: string): "receivingAddress" | "customerAddress" | null {
  const words = fold(header)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let addresses = 0;
  const rest: string[] = [];
  for (const w of words) {
    const compound = COMPOUND.exec(w);
    if (ADDRESS_WORDS.has(w)) addresses++;
    else if (compound) {
      addresses++;
      rest.push((compound[1] as string).replace(/n$/, ""));
    } else rest.push(w);
  }
  if (addresses !== 1 || rest.length === 0) return null;
  const key = partyKey(rest);
  if (CONSIGNEE.has(key)) return "receivingAddress";
  return RECIPIENT.has(key) ? "customerAddress" : null;
}

/** Words that name no postal address beside an address word ("E-Mail-Adresse", "Web address", "IP-Adresse"). */
const NOT_POSTAL = new Set("mail|email|e|web|url|ip|internet|homepage|www|mac|correo|posta|pec".split("|"));

/** A supplier's or carrier's words: their address is none of the SD's recipient side ("Lieferantenadresse", "Carrier address"). */
const OTHER_PARTY =
  /^(?:lieferant|supplier|fournisseur|proveedor|fornitore|leverancier|dostawc|spediteur|carrier|forwarder|transporteur|transportista|vettore|trasportatore|vervoerder|expediteur|przewoznik|spedytor)/;

/** Whether `header` names a postal address of some kind ("Anschrift Lager", "Adresse 2"), not a supplier's or carrier's. */
export function namesAddress(header: string): boolean {
  const words = fold(header)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => NOT_POSTAL.has(w) || w.startsWith("mail") || w.startsWith("email"))) return false;
  if (words.some((w) => OTHER_PARTY.test(w))) return false;
  if (namesBillingAddress(header)) return false; // said by billing-address.ts
  return words.some((w) => ADDRESS_WORDS.has(w) || COMPOUND.test(w));
}

/** Words of the document a value is taken from ("laut", "per", "selon"): "Lieferadresse lt. Rechnung" is a delivery address. */
const AS_PER = new Set("laut|lt|gem|gemass|per|according|selon|segun|secondo|volgens|wg|wedlug".split("|"));
/** An invoice's words ("Rechnung", "bill to", "facturation", "fatturazione", "factuur", "faktury", "rozliczeniowy"). */
const BILLING =
  /^(?:bill|billing|invoic\w*|rechnung\w*|faktur\w*|factur\w*|fattur\w*|factuur\w*|rozliczeni\w*)$/;
/** One word of an invoice's address ("Rechnungsadresse", "Rechnungsanschrift", "Factuuradres", "Fakturaadresse"). */
const BILLING_COMPOUND = /^(?:rechnungs?|faktura?|factuur|fattura|factura)\w*(?:adresse|anschrift|adres)$/;

/**
 * (brk21 5) Whether `header` names an invoice's (billing) address ("Rechnungsanschrift", "Invoice
 * address", "Bill-to address", "Adresse de facturation", "Dirección de facturación", "Indirizzo di
 * fatturazione", "Factuuradres", "Adres do faktury"): where invoices go (a post-office box, a head
 * office, an accounting office), never the SD's recipient address nor its receiving point.
 */
export function namesBillingAddress(header: string): boolean {
  const words = fold(header)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => AS_PER.has(w)) || namesBillingAndDelivery(header)) return false;
  if (words.some((w) => BILLING_COMPOUND.test(w))) return true;
  const address = words.some((w) => ADDRESS_WORDS.has(w) || COMPOUND.test(w));
  return address && words.some((w) => BILLING.test(w));
}

/** Words of delivery, shipping or the goods' recipient ("Liefer-", "Lieferung", "shipping", "livraison", "consegna", "entrega", "aflever-", "dostawy", "Empfänger"). */
const DELIVERY =
  /^(?:liefer\w*|anliefer\w*|versand\w*|warenempfang\w*|empfang\w*|deliver\w*|ship|shipping|shipment|recipient|consignee|livraison|expedition|destinataire|consegna|spedizione|destinatario|entrega|envio|levering\w*|leveradres|aflever\w*|ontvanger|dostaw\w*|wysylk\w*|odbiorc\w*)$/;

/**
 * (brk23 10) Whether `header` names one address as both where the goods were delivered and where
 * invoices go ("Rechnungs- und Lieferanschrift", "Liefer- und Rechnungsadresse", "Anschrift
 * (Rechnung/Lieferung)", "Billing/shipping address", "Adresse de livraison et de facturation",
 * "Indirizzo di consegna e fatturazione", "Dirección de entrega y facturación", "Aflever- en
 * factuuradres", "Adres dostawy i faktury", "Adresse Empfänger / Rechnung"): the recipient's
 * address, read as the customer's (partyAddress). A billing address alone stays unread.
 */
export function namesBillingAndDelivery(header: string): boolean {
  const words = fold(header)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => AS_PER.has(w))) return false;
  const billing = words.some((w) => BILLING.test(w) || BILLING_COMPOUND.test(w));
  const address = words.some((w) => ADDRESS_WORDS.has(w) || COMPOUND.test(w) || /.{3,}adres$/.test(w));
  return billing && address && words.some((w) => DELIVERY.test(w));
}

/** A registered office's words, alone a customer's on a deliveries sheet ("Firmensitz", "Registered office", "Siège social"). */
const OFFICE = phrases(
  "firmensitz|hauptsitz|geschaftssitz|unternehmenssitz|sitz der gesellschaft|registered office|head office|headquarters|registered seat|legal seat|siege social|sede legale|sede sociale|domicilio social|sede social|statutaire zetel|hoofdkantoor|siedziba firmy|siedziba spolki".split(
    "|",
  ),
);
/** A seat's word that names a registered office only beside the customer's ("Sitz Kunde", "Sede cliente", "Siedziba klienta"). */
const SEAT = phrases("sitz|siege|sede|domicilio|zetel|siedziba".split("|"));

/**
 * (brk21 5) Whether `header` names the customer's registered office ("Firmensitz Kunde", "Registered
 * office", "Head office (customer)", "Siège social client", "Sede legale cliente", "Domicilio
 * social del cliente", "Statutaire zetel klant", "Siedziba klienta"), with or without an address
 * word: the recipient's own address, read where no other customer address column is.
 */
export function namesRegisteredOffice(header: string): boolean {
  const rest = fold(header)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLERS.has(w) && !ADDRESS_WORDS.has(w));
  if (rest.length === 0) return false;
  if (OFFICE.has(rest.join(" "))) return true;
  for (let i = 1; i < rest.length; i++) {
    const [a, b] = [rest.slice(0, i).join(" "), rest.slice(i).join(" ")];
    const office = (o: string) => OFFICE.has(o) || SEAT.has(o);
    if ((office(a) && RECIPIENT.has(b)) || (RECIPIENT.has(a) && office(b))) return true;
  }
  return false;
}
