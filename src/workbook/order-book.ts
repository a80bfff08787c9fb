// (brk23 6) A sheet named as a book of orders, contracts, call-offs or advices of dispatch
// ("Bestellungen", "Purchase orders", "Kontrakte 2025", "Abrufe", "Lieferavis", "Commandes",
// "Pedidos", "Ordini", "Bestellingen", "Zamówienia"): quantities ordered, agreed or announced, not
// received. Kept in the receipts' layout beside the receipts, its rows were credited as receipts and
// SDs cited them, with no word. Such a sheet is no part of the books, as a master list is not
// (not-books.ts): said (info, at its header), none of its rows booked. Nothing is held: the
// balances are those of the real books, and where the order book was the only receipts sheet the
// deliveries meet a negative balance, which is said.
//
// The boundary, both ways:
// - a name that also says goods moved ("Wareneingang zu Bestellungen", "Receipts per contract") is
//   the books arranged by order or contract: read;
// - a contract in the singular ("Kontrakt 4711") may be a sheet of the receipts under one contract:
//   read; contracts in the plural are a list of contracts;
// - a sheet of the deliveries' layout named for orders ("Aufträge", "Sales orders", "Pedidos") is
//   read as deliveries: firms book their dispatches by the customer's order, and its rows only take
//   credit. Contracts, call-offs, advices and open orders are never dispatches: refused there too;
// - a kind the user chose in the Sheets tab stands; production, stock counts and transfers are left
//   as they are ("Produktionsaufträge" may list the runs themselves).
// (brk25 §6) A sheet of the deliveries' layout so named whose columns show dispatches ("Abrufe
// 2025", "Lieferavis": an SD number typed on its rows, a sustainable flag, a heading of a delivery
// or dispatch date) may be the dispatches themselves: dropped with an info, its quantities' credit
// stayed on the account and was declared or carried, with no word on exit 0. It is refused at its
// header (error, reason order-book-dispatches), holding the balances it would feed, until its kind
// is chosen in the Sheets tab or it is renamed (order-dispatch.ts). Without such columns: info.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import { showsDispatches } from "./order-dispatch";
import type { Recognition } from "./recognition";

/** Orders (folded, whole words), in seven languages: what was ordered, whether delivered or not. */
const ORDERS = [
  "orders?|purchase orders?|order book|order list",
  "bestellungen|bestellung|bestellbuch|bestellliste|auftrage|auftragsbuch",
  "commandes?|bons? de commande",
  "pedidos?|ordenes de compra",
  "ordini|ordine|ordini di acquisto",
  "bestellingen|bestelling|inkooporders?",
  "zamowienia|zamowienie|zlecenia",
  // joined: "Einkaufsbestellungen", "Lieferantenbestellungen", "Inkooporders"
  "[a-z]{3,}bestellungen",
].join("|");

/** Open, pending: orders not yet delivered ("Offene Bestellungen", "Ordini aperti", "Pedidos pendientes"). */
const OPEN =
  "open|offen|offene|ausstehend|ausstehende|ouvertes|en cours|en attente|pendientes|abiertos|aperti|in corso|openstaande|otwarte|oczekujace";

/** Contracts, call-offs, advices of dispatch and open orders: quantities agreed or announced, never a movement. */
const EXPECTED = [
  "contracts|call offs?|calloffs?|shipping advices?|dispatch advices?|delivery advices?|advices? of dispatch",
  "kontrakte|vertrage|abrufe|avis|lieferavis|versandavis|[a-z]{3,}(?:vertrage|kontrakte|abrufe)",
  "contrats|avis d expedition|avis de livraison",
  "contratos|avisos? de envio",
  "contratti|avvisi? di spedizione",
  "contracten|verzendberichten",
  "umowy|kontrakty|awizo|awiza",
  `(?:${OPEN}) (?:${ORDERS})|(?:${ORDERS}) (?:${OPEN})`,
].join("|");

/** Words that say the goods moved: a name with one is the books, arranged by order or contract. */
const MOVED =
  "receipts?|received|goods in|incoming|inbound|intake|deliveries|delivered|" +
  "wareneingang|wareneingange|eingang|eingange|zugang|zugange|anlieferung|anlieferungen|lieferungen|geliefert|" +
  "receptions?|livraisons?|recues?|entradas|recepciones|recibid[oa]s|entregas|" +
  "ricevimenti|ricevimento|arrivi|consegne|ontvangsten|ontvangst|leveringen|geleverd|przyjecia|przyjecie|dostawy";

const word = (alternatives: string) => new RegExp(`(?:^| )(?:${alternatives})(?: |$)`);
const ORDER_NAME = word(ORDERS);
const EXPECTED_NAME = word(EXPECTED);
const MOVED_NAME = word(MOVED);

/** The kinds whose rows give credit: an order book read as one would credit what was never received. */
const CREDITING = new Set(["receipts", "ledger"]);

/**
 * Whether a sheet named `sheetName`, read as `kind`, is a book of orders, contracts, call-offs or
 * advices of dispatch (see above): any of those words for receipts or a combined ledger, contracts,
 * call-offs, advices and open orders for deliveries; never where the name says the goods moved.
 */
export function namedForOrders(sheetName: string, kind: string): boolean {
  const name = foldedWords(sheetName);
  if (MOVED_NAME.test(name)) return false;
  if (EXPECTED_NAME.test(name)) return CREDITING.has(kind) || kind === "deliveries";
  return CREDITING.has(kind) && ORDER_NAME.test(name);
}

/**
 * header-not-found (info; reason order-book) at the header of sheet `grid` read as `rec` (complete
 * or not) where its name makes it a book of orders (namedForOrders) and the user chose no kind for
 * it (`forced`); `label` the kind its headings read as. Null otherwise.
 */
export function orderBook(grid: Grid, rec: Recognition, forced: boolean): Finding | null {
  if (forced || rec.spec === null || rec.headerRow === null) return null;
  if (!namedForOrders(grid.sheet.name, rec.kind)) return null;
  const dispatches = rec.kind === "deliveries" && showsDispatches(grid, rec);
  const at = cellAddress(rec.headerRow + 1, 0);
  return readFinding("header-not-found", dispatches ? "error" : "info", grid.sheet.name, at, {
    label: rec.spec.label,
    reason: dispatches ? "order-book-dispatches" : "order-book",
    partial: true,
  });
}
