// The address headings of a deliveries sheet, in de, en, fr, it, es, nl, pl: the customer's own
// address, the point the goods left from (the SD's "address of dispatch/shipping point") and the
// point they were delivered to (its "address of receipt/receiving point"). A ship-to or delivery
// address is where the goods went, never where they left from (p-shipto). A plain "Address" /
// "Adresse" on a deliveries sheet is the customer's, as the SD's recipient address; it is never
// read as either point. (p-shipto2) The rule of the trade in every language: an ADDRESS of
// shipping ("Shipping address", "Versandadresse", "Versandanschrift", "Adresse d'expédition",
// "Dirección de envío/de expedición", "Indirizzo di spedizione", "Verzendadres", "Adres wysyłki")
// is the ship-to address a shop or an ERP asks the buyer for, the receiving point; a PLACE or
// POINT of shipping or loading ("Versandort", "Shipping point", "Lieu d'expédition", "Luogo di
// spedizione", "Verzendpunt", "Miejsce wysyłki") and a pick-up address are the dispatch point.
// English "Dispatch address" is the field's own label and the SD's wording, the dispatch point. A
// sold-to address is the buyer's, the customer's address; (brk21 5) a billing (bill-to, invoice)
// address is where invoices go, none of the three (billing-address.ts). Which one heading is of
// the three is its words' alone, never a near match of another's (address-headings.ts).
import { syn } from "./field-spec";

export const CUSTOMER_ADDR = syn(
  "!customer address|!kundenadresse|address|adresse|anschrift|direccion|indirizzo|adres|!adresse client|!direccion cliente|!direccion del cliente|!indirizzo cliente|!adres klant|!recipient address|!empfangeradresse|!address of recipient|" +
    "!kundenanschrift|!anschrift kunde|!adresse du client|!indirizzo del cliente|!adres klienta|!adres odbiorcy|!adresse destinataire|!direccion destinatario|!indirizzo destinatario|" +
    "!sold to address",
);
/** Where the goods left from: the SD's dispatch/shipping point. */
export const DISPATCH_ADDR = syn(
  "!dispatch address|!loading point|!verladeort|!ladeort|!ladestelle|!verladestelle|!place of dispatch|!point of dispatch|!dispatch point|!address of dispatch shipping point|!address of dispatch|!shipping point|!versandort|!abgangsort|!versandstelle|!ship from|!ship from address|!pickup address|!pick up address|!abholadresse|!abholort|!place of loading|!loading place|" +
    "!lieu d expedition|!lieu d enlevement|!adresse d enlevement|!point d expedition|!lieu de chargement|!point de chargement|" +
    "!lugar de carga|!punto de carga|!lugar de expedicion|!punto de expedicion|" +
    "!luogo di carico|!punto di carico|!luogo di spedizione|!punto di spedizione|" +
    "!laadplaats|!laadadres|!verzendpunt|!plaats van verzending|!laadlocatie|" +
    "!miejsce zaladunku|!miejsce wysylki|!punkt wysylki|!adres zaladunku",
);
/** Where the goods were delivered to: the SD's receipt/receiving point. */
export const RECEIVING_ADDR = syn(
  "!address of receipt receiving point|!address of receipt|!receiving point|!point of receipt|!place of receipt|!delivery address|!customer delivery address|!shipping address|!ship to address|!delivery point|!place of delivery|!point of delivery|!destination|!destination address|!unloading point|!place of unloading|" +
    "!lieferadresse|!lieferadresse kunde|!lieferanschrift|!lieferanschrift kunde|!lieferort|!lieferstelle|!empfangsort|!entladeort|!entladestelle|!bestimmungsort|!warenempfanger adresse|!versandadresse|!versandanschrift|!abladestelle|!abladeort|!zielort|" +
    "!adresse de livraison|!lieu de livraison|!point de livraison|!lieu de dechargement|!lieu de reception|!adresse d expedition|!lieu de destination|" +
    "!direccion de entrega|!lugar de entrega|!punto de entrega|!lugar de descarga|!lugar de recepcion|!direccion de envio|!direccion de expedicion|!lugar de destino|" +
    "!indirizzo di consegna|!luogo di consegna|!punto di consegna|!luogo di scarico|!luogo di ricevimento|!indirizzo di spedizione|!luogo di destinazione|" +
    "!afleveradres|!leveradres|!afleverplaats|!losplaats|!losadres|!plaats van levering|!plaats van ontvangst|!verzendadres|!plaats van bestemming|" +
    "!adres dostawy|!miejsce dostawy|!miejsce rozladunku|!adres rozladunku|!miejsce odbioru|!adres wysylki|!miejsce przeznaczenia",
);
/**
 * A site's own address on the sites sheet: the SD's dispatch point of the site's deliveries
 * (engine/site-address.ts). A plain "Address" there is the site's, as on no other sheet. None is
 * distinctive (no "!"): an address column says nothing of which kind of sheet it is on.
 */
export const SITE_ADDR = syn(
  "address|site address|plant address|adresse|anschrift|standortadresse|standortanschrift|werksadresse|werksanschrift|" +
    "adresse du site|adresse de l usine|indirizzo|indirizzo del sito|indirizzo stabilimento|direccion|direccion del sitio|direccion de la planta|" +
    "adres|adres locatie|adres vestiging|adres zakladu|adres lokalizacji|adres obiektu",
);
