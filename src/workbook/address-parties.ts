// (brk20 A3) An address heading that names whose address it is: the party's words and an address
// word, in either order, with or without "of", "du", "del", in de, en, fr, it, es, nl, pl. The
// consignee (the SAP "Warenempfänger", the ship-to party, "destinataire des marchandises",
// "destinatario merci", "odbiorca towaru") takes the goods in: its address is where they went, the
// SD's receiving point. The recipient, customer or buyer ("Empfänger", "destinataire", "Kunde",
// "ontvanger", "odbiorca") is the SD's recipient: its address is the recipient address. Before,
// "Anschrift Warenempfänger", "Consignee address" and "Address of consignee" were read as neither
// and dropped without a word beside "Customer address", and the SD printed "Same as recipient".
import { fold } from "./normalise";

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

/** The consignee's words (the goods' receiver), fillers left out. */
const CONSIGNEE = phrases(
  "warenempfanger|warenempfangers|consignee|ship to|ship to party|goods recipient|goods receiver|" +
    "destinataire des marchandises|destinataire marchandise|destinataire marchandises|consignataire|" +
    "destinatario merci|destinatario della merce|consegnatario|" +
    "destinatario de la mercancia|destinatario mercancia|consignatario|" +
    "goederenontvanger|ontvanger goederen|ontvanger van de goederen|" +
    "odbiorca towaru|odbiorcy towaru",
);
/** The recipient's, customer's or buyer's words (the SD's recipient), fillers left out. */
const RECIPIENT = phrases(
  "recipient|customer|client|buyer|sold to|sold to party|empfanger|empfangers|kunde|kunden|kaufer|kaufers|" +
    "auftraggeber|auftraggebers|besteller|abnehmer|abnehmers|debitor|destinataire|acheteur|" +
    "destinatario|cliente|acquirente|compratore|comprador|ontvanger|klant|afnemer|koper|" +
    "odbiorca|odbiorcy|klient|klienta|nabywca|nabywcy|kupujacy|kupujacego",
);

function phrases(list: string): Set<string> {
  return new Set(list.split("|").map((p) => partyKey(p.split(" "))));
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
  return words.some((w) => ADDRESS_WORDS.has(w) || COMPOUND.test(w));
}
