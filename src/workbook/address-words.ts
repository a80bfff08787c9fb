// The address headings of a deliveries sheet, in de, en, fr, it, es, nl, pl: the customer's own
// address, the point the goods left from (the SD's "address of dispatch/shipping point") and the
// point they were delivered to (its "address of receipt/receiving point"). A ship-to or delivery
// address is where the goods went, never where they left from (p-shipto). A plain "Address" /
// "Adresse" on a deliveries sheet is the customer's, as the SD's recipient address; it is never
// read as either point.
import { syn } from "./field-spec";

export const CUSTOMER_ADDR = syn(
  "!customer address|!kundenadresse|address|adresse|anschrift|direccion|indirizzo|adres|!adresse client|!direccion cliente|!direccion del cliente|!indirizzo cliente|!adres klant|!recipient address|!empfangeradresse|!address of recipient|" +
    "!kundenanschrift|!anschrift kunde|!adresse du client|!indirizzo del cliente|!adres klienta|!adres odbiorcy|!adresse destinataire|!direccion destinatario|!indirizzo destinatario",
);
/** Where the goods left from: the SD's dispatch/shipping point. */
export const DISPATCH_ADDR = syn(
  "!dispatch address|!versandadresse|!loading point|!verladeort|!ladeort|!ladestelle|!verladestelle|!place of dispatch|!point of dispatch|!dispatch point|!address of dispatch shipping point|!address of dispatch|!shipping point|!versandort|!abgangsort|!versandstelle|!ship from|!ship from address|!place of loading|!loading place|" +
    "!lieu d expedition|!point d expedition|!adresse d expedition|!lieu de chargement|!point de chargement|" +
    "!lugar de carga|!punto de carga|!lugar de expedicion|!direccion de expedicion|!punto de expedicion|" +
    "!luogo di carico|!punto di carico|!luogo di spedizione|!indirizzo di spedizione|!punto di spedizione|" +
    "!laadplaats|!laadadres|!verzendadres|!verzendpunt|!plaats van verzending|!laadlocatie|" +
    "!miejsce zaladunku|!miejsce wysylki|!adres wysylki|!punkt wysylki|!adres zaladunku",
);
/** Where the goods were delivered to: the SD's receipt/receiving point. */
export const RECEIVING_ADDR = syn(
  "!address of receipt receiving point|!address of receipt|!receiving point|!point of receipt|!place of receipt|!delivery address|!customer delivery address|!shipping address|!ship to address|!delivery point|!place of delivery|!point of delivery|!destination|!destination address|!unloading point|!place of unloading|" +
    "!lieferadresse|!lieferadresse kunde|!lieferanschrift|!lieferanschrift kunde|!lieferort|!lieferstelle|!empfangsort|!entladeort|!entladestelle|!bestimmungsort|!warenempfanger adresse|" +
    "!adresse de livraison|!lieu de livraison|!point de livraison|!lieu de dechargement|!lieu de reception|" +
    "!direccion de entrega|!lugar de entrega|!punto de entrega|!lugar de descarga|!lugar de recepcion|" +
    "!indirizzo di consegna|!luogo di consegna|!punto di consegna|!luogo di scarico|!luogo di ricevimento|" +
    "!afleveradres|!leveradres|!afleverplaats|!losplaats|!losadres|!plaats van levering|!plaats van ontvangst|" +
    "!adres dostawy|!miejsce dostawy|!miejsce rozladunku|!adres rozladunku|!miejsce odbioru",
);
