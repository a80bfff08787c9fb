// (h-lacksum) What the heading of a column the reader does not read says of its cells, for the
// scan of such columns (unread-cancel.ts): a column of the day the line was cancelled
// ("Stornodatum", "Storniert am", "Cancelled on", "Date d'annulation", "Fecha de anulación", "Data
// di annullamento", "Geannuleerd op", "Data anulowania"), whose date says the row was cancelled;
// and a column of the row's payment or invoice ("Zahlung", "Zahlungsstatus", "Payment", "Invoice
// status", "Paiement", "Pago", "Pagamento", "Betaling", "Płatność", "Faktura"), whose "offen",
// "pending" or "rejected" speaks of the money, not of whether the goods moved. Pure.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";

/** A heading's words, folded ("ł" as "l"). */
const words = (heading: string) =>
  plainLetters(fold(heading))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * A word of cancellation, whole or in a compound ("storniert", "Stornierungsdatum", "geannuleerd",
 * "anulowania"); not "Granulat", nor a "reverse charge" of VAT.
 */
const CANCEL = /storn|annul|(?:^|[^r])anul|cancel|^void|^revers(?:al|ed)$|extourn/;

/** A word of a date or of the day something was done ("Datum", "date", "fecha", "am", "on", "le", "op", "dnia"). */
const DAY = /^(?:date|datum|fecha|data|dato|day|tag|am|on|le|el|il|op|dnia|dn)$/;

/**
 * Whether a column headed `heading` holds the day its row was cancelled: a word of cancellation
 * beside a word of a date or of the day ("Storno Datum", "Cancelled on", "Anulado el"), or a
 * compound of both ("Stornodatum", "Annuleringsdatum", "Stornierungsdatum").
 */
export function cancelDateHeading(heading: string): boolean {
  const ws = words(heading);
  if (!ws.some((w) => CANCEL.test(w))) return false;
  return ws.some((w) => DAY.test(w) || (CANCEL.test(w) && /.(?:datum|date)$/.test(w)));
}

/** Words (folded, at a word's start) of a payment or an invoice, in 7 languages and their compounds. */
const MONEY =
  /^(?:zahlung|bezahl|rechnung|mahnung|payment|paid|invoice|billing|paiement|reglement|facture|factura|facturacion|pago|cobro|pagamento|fattur|betaling|factuur|platnosc|zaplat|faktur)/;

/** Whether a folded word names a payment or an invoice, alone or as a compound's start ("zahlungsstatus"). */
export function moneyWord(word: string): boolean {
  return MONEY.test(word);
}

/** Whether a column headed `heading` holds the row's payment or invoice ("Zahlung", "Payment status", "Płatność"). */
export function moneyHeading(heading: string): boolean {
  return words(heading).some(moneyWord);
}
