// (brk25 §6) The columns of a sheet named for contracts, call-offs or advices of dispatch
// (order-book.ts) that show it lists the dispatches themselves: an SD number typed on a row (a
// declaration is issued for goods dispatched, never for goods announced), a sustainable flag typed
// on a row, or a heading that names the date of the delivery or dispatch ("Lieferdatum",
// "Versanddatum", "Delivery date", "Date d'expédition", "Fecha de entrega", "Data di consegna",
// "Leverdatum", "Data wysyłki"). A date planned, wished or expected ("Liefertermin", "Geplantes
// Lieferdatum", "Requested delivery date") is an order's, not a dispatch's.
import { type Grid, isBlank } from "./grid";
import { foldedWords } from "./normalise";
import { plainLetters } from "../engine/fold";
import type { Recognition } from "./recognition";

/** The fields whose values on a row are those of a dispatch. */
const DISPATCH_FIELDS = ["sdNumber", "sustainable"];

/** Headings (folded words) of the date of a delivery or dispatch, in seven languages. */
const DISPATCH_DATE = new RegExp(
  "(?:^| )(?:" +
    [
      "delivery date|date of delivery|dispatch date|date of dispatch|shipping date|ship date|shipment date|date shipped|loading date|delivered on|shipped on",
      "lieferdatum|liefertag|versanddatum|versandtag|auslieferdatum|auslieferungsdatum|verladedatum|verladetag|ausgangsdatum|geliefert am|versandt am",
      "date de livraison|date d expedition|date de chargement|livre le|expedie le",
      "fecha de entrega|fecha de envio|fecha de carga|fecha de despacho",
      "data di consegna|data consegna|data di spedizione|data spedizione|data di carico",
      "leverdatum|leveringsdatum|verzenddatum|laaddatum|geleverd op",
      "data dostawy|data wysylki|data zaladunku",
    ].join("|") +
    ")(?: |$)",
);

/** Words that make a date one planned, wished or expected: an order's date. */
const PLANNED =
  /(?:^| )(?:planned|expected|requested|estimated|target|due|geplant|geplantes|gewunscht|gewunschte|gewunschtes|voraussichtlich|voraussichtliches|soll|prevue|prevu|souhaitee|prevista|solicitada|richiesta|gepland|geplande|gewenst|gewenste|verwacht|verwachte|planowana|oczekiwana)(?: |$)/;

/** Whether column `col` holds a value on a row under `header`. */
function typed(grid: Grid, header: number, col: number): boolean {
  for (let r = header + 1; r < grid.rowCount; r++) if (!isBlank(grid.value(r, col))) return true;
  return false;
}

/**
 * Whether sheet `grid`, read as `rec`, shows dispatches (see above): an SD number or a sustainable
 * flag typed on a row, or a heading of a delivery or dispatch date.
 */
export function showsDispatches(grid: Grid, rec: Recognition): boolean {
  const header = rec.headerRow;
  if (header === null) return false;
  for (const field of DISPATCH_FIELDS) {
    const m = rec.columns.get(field);
    if (m && typed(grid, header, m.col)) return true;
  }
  for (let c = 0; c < grid.width(header, header + 1); c++) {
    const words = foldedWords(plainLetters(grid.headerText(header, c)));
    if (DISPATCH_DATE.test(words) && !PLANNED.test(words)) return true;
  }
  return false;
}
