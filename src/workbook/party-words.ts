// The customer's headings of a deliveries sheet (moved from field-words.ts, p-shipto2), and the two
// parties an ERP names apart (SAP: "Auftraggeber", the sold-to party who buys, and
// "Warenempfänger", the ship-to party who takes the goods in). The SD's recipient is the buyer, the
// party the material is sold to. A ship-to party alone is the customer (a book that names no other);
// beside a buyer's column it is never read in the buyer's place nor refuses the row: the buyer is
// read, and the ship-to column is said at its heading where it names another party (rival-values.ts,
// party-headings.ts). Before, "Auftraggeber | Warenempfänger" issued the SD to the ship-to party and
// dropped the buyer without a word, while "Kunde | Warenempfänger" refused every row.
import { syn } from "./field-spec";
import { splitWords } from "./header-words";

/** The ship-to party's own words as a heading, in de, en, fr, it, es, nl, pl (folded: case, accents, hyphens). */
const SHIP_TO_WORDS =
  "warenempfanger|ship to|ship to party|consignee|goods recipient|destinataire des marchandises|destinataire marchandise|" +
  "destinatario merci|destinatario de la mercancia|destinatario mercancia|goederenontvanger|ontvanger goederen|odbiorca towaru";
export const SHIP_TO_PARTY = syn(SHIP_TO_WORDS);

/**
 * (brk20 A3) The parties of an address heading (address-parties.ts), folded: the ship-to party's
 * (consignee's) heading words and their other cases and forms ("Anschrift des Warenempfängers",
 * "Adres odbiorcy towaru", "Dirección del consignatario"): its address is the SD's receiving point.
 */
export const SHIP_TO_ADDRESS_PARTY: readonly string[] = [
  ...SHIP_TO_WORDS.split("|"),
  ..."warenempfangers|goods receiver|destinataire marchandises|consignataire|destinatario della merce|consegnatario|consignatario|ontvanger van de goederen|odbiorcy towaru".split(
    "|",
  ),
];
/** The buyer's (recipient's, customer's) words of an address heading, their cases and forms ("Adres klienta"): its address is the SD's recipient address. */
export const BUYER_ADDRESS_PARTY: readonly string[] = (
  "recipient|customer|client|buyer|sold to|sold to party|empfanger|empfangers|kunde|kunden|kaufer|kaufers|" +
  "auftraggeber|auftraggebers|besteller|abnehmer|abnehmers|debitor|destinataire|acheteur|" +
  "destinatario|cliente|acquirente|compratore|comprador|ontvanger|klant|afnemer|koper|" +
  "odbiorca|odbiorcy|klient|klienta|nabywca|nabywcy|kupujacy|kupujacego"
).split("|");
/** The buyer's (sold-to party's) words an ERP uses beside a ship-to party. */
const SOLD_TO = syn(
  "!auftraggeber|!sold to party|!besteller|!donneur d ordre|!client donneur d ordre|!solicitante|!committente|!opdrachtgever|!zleceniodawca|!nabywca",
);
export const CUSTOMER = [
  ...syn(
    "!customer|!kunde|!buyer|!kaufer|!recipient|!empfanger|!customer name|!kundenname|!abnehmer|!debitor|!sold to|!recipient name|!name of recipient|!recipientName|" +
      "!client|!destinataire|!klant|!afnemer|!cliente|!destinatario|!odbiorca|!klient|!kunde|!modtager|!kund|!mottagare",
  ),
  ...SOLD_TO,
  ...SHIP_TO_PARTY.map((w) => `!${w}`),
];

const SHIP_TO = new Set(SHIP_TO_PARTY.map((w) => splitWords(w).join(" ")));

/** Whether `header` names the ship-to party ("Warenempfänger", "Ship-to party", "Consignee (name)"). */
export function namesShipToParty(header: string): boolean {
  const words = splitWords(header).filter((w) => w !== "name" && w !== "nr" && w !== "no");
  return SHIP_TO.has(words.join(" "));
}
