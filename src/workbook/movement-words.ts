// (p-saleremark) Remarks that say a delivery row moves material that is no sale of the company's
// own material to a customer, in de, en, fr, it, es, nl and pl (not-sale-words.ts asks them):
// - toll processing: the customer's material, processed for the customer and returned
//   ("Lohnverarbeitung", "Lohnfertigung", "toll processing", "tolling", "travail à façon",
//   "maquila", "conto lavorazione", "loonbewerking", "przerób usługowy"), or material the customer
//   owns or supplied ("Beistellung Kunde", "Kundenmaterial", "customer-owned material", "matière du
//   client", "material del cliente", "materiale del cliente", "materiaal van de klant", "materiał
//   powierzony"). Its credit is not the company's to give, nor its SD the company's to issue. A
//   toll word followed by a word of "at" or "by" ("Lohnfertigung bei Müller", "toll processed by X")
//   names a third party that processed the company's own material: a sale, no such remark.
// - a transfer between the company's own sites ("interne Umlagerung nach Werk 2", "internal
//   transfer", "stock transfer", "transfert interne", "traslado interno", "trasferimento interno",
//   "interne overboeking", "przesunięcie wewnętrzne"): the company does not sell to itself, and a
//   move of credit between its sites is a transfer (domain.md §4, ISCC PLUS multi-site), read from
//   a transfers sheet. A sale to a company of the same group ("Intercompany-Verkauf") is a sale
//   between two legal entities and carries an SD: no such remark.
// (p-remarks4) Also "Umbuchung Werk 2", "Umbuchung auf Lager Venlo", "transfer to own site",
// "intra-company transfer", "trasferimento a stabilimento 2", "przesunięcie do magazynu 2" (a
// transfer), "Kundenware", "Eigentum Kunde", "customer's own product", "Rücklieferung Lohnware"
// (the customer's material). A term denied in its scope is none ("kein Lohnauftrag", "keine
// interne Umlagerung", "ohne Lohnarbeit"), nor one before a row sold ("nach interner Umlagerung
// aus Werk 2 verkauft"): remark-scope.ts termHolds. On a receipt, the customer's material and a
// transfer from an own site are no purchase credit either (remark-denials.ts).
// Matched as whole words of the remark's tokens (remark-scope.ts remarkTokens). Pure.
import { remarkLine, termHolds } from "./remark-scope";

/** A list of phrases (folded, one space between words) as one whole-word pattern. */
const whole = (lines: string[]) => new RegExp(`(?<![a-z0-9])(?:${lines.join("|")})(?![a-z0-9])`);

/** Words of toll processing: processing the customer's material for the customer. */
const TOLL = whole([
  "lohn(?:verarbeitung|fertigung|veredelung|veredlung|herstellung|abfullung|abfuellung|raffination|umesterung|mischung|produktion|auftrag|arbeit|bearbeitung|vermahlung|pressung|ware)(?:en|n)?",
  "im lohn (?:verarbeitet|gefertigt|hergestellt|raffiniert|veredelt)",
  "toll (?:processing|processed|manufacturing|manufactured|refining|refined|blending|blended|conversion|converted|crushing|crushed|production|produced)|tolling",
  "travail a facon|transformation a facon|faconnage|a facon",
  "maquila|maquilas|maquilado|maquilada|procesamiento por encargo|procesado por encargo",
  "conto lavorazione|conto lavoro|lavorazione (?:per )?conto terzi|lavorazione per conto del cliente",
  "loon(?:verwerking|bewerking|productie|fabricage|werk|veredeling|raffinage|menging|afvulling)",
  "przerob uslugowy|usluga przerobu|przerob na zlecenie|usluga przetworzenia|przetworzenie na zlecenie",
]);

/** Words after a toll word naming who processed the company's own material ("bei Müller", "by X"). */
const BY = /^\s*(?:bei|durch|by|at|chez|par|por|en|presso|da|bij|door|u|przez)(?![a-z0-9])/;

/** Words of material the customer owns or supplied. */
const CUSTOMER_OWN = whole([
  "kundenbeistellung|kundenbeistellungen|beistellmaterial|beistellware|kundenmaterial|kundeneigentum",
  "kundeneigenes material|kundeneigene ware|eigentum des kunden|material des kunden|ware des kunden",
  "kundenware|kundenprodukt|eigentum (?:des )?kunden?|kundeneigentum|produkt des kunden",
  "customer owned|customer s own (?:material|product|goods|stock)|customer s (?:material|product|goods)|customers material|customer supplied",
  "marchandise du client|produit du client|mercancia del cliente|producto del cliente|propiedad del cliente",
  "merce del cliente|prodotto del cliente|goederen van (?:de )?klant|product van (?:de )?klant|towar klienta|produkt klienta",
  "supplied by (?:the )?customer|material of (?:the )?customer|owned by (?:the )?customer|free issue material|free issued material",
  "matiere du client|matiere client|matiere fournie par (?:le )?client|propriete du client",
  "material del cliente|material propiedad del cliente|material suministrado por (?:el )?cliente",
  "materiale del cliente|materiale fornito dal cliente|di proprieta del cliente",
  "materiaal van (?:de )?klant|klantmateriaal|klanteigen materiaal|eigendom van (?:de )?klant",
  "(?:door )?(?:de )?klant aangeleverd",
  "material powierzony|material klienta|wlasnosc klienta|surowiec powierzony|surowiec klienta",
]);

/** "Beistellung", "beigestellt": the customer's material where the remark names the customer. */
const PROVIDED = whole(["beistellung|beistellungen|beigestellt|beigestellte|beigestelltes"]);
const CUSTOMER = whole(["kunde|kunden|kd|abnehmer"]);
/** Words of packaging or transport the customer provides ("Container-Beistellung durch Kunde"): no material. */
const CARRIER = whole([
  "container|lkw|tankwagen|tkw|tankzug|fass|fasser|faesser|ibc|behalter|behaelter|paletten?|gebinde|verpackung|waggon|kesselwagen",
]);

/** Nouns of a move of goods, and the words that make one internal before or after it. */
const MOVE =
  "umlagerung|transfer|lieferung|verbringung|umbuchung|uberfuhrung|ueberfuehrung|delivery|movement|" +
  "relocation|transfert|mouvement|livraison|traslado|transferencia|traspaso|movimiento|entrega|" +
  "trasferimento|movimentazione|movimento|consegna|overboeking|overplaatsing|verplaatsing|overdracht|" +
  "levering|przesuniecie|przemieszczenie|dostawa";
const INNER_BEFORE =
  "intern|interne|interner|internes|internen|internal|innerbetriebliche|innerbetrieblicher";
const INNER_AFTER =
  "interne|internes|interno|interna|interni|internos|internas|wewnetrzne|wewnetrzny|wewnetrzna";

/** Words of a transfer between the company's own sites. */
const TRANSFER = whole([
  `(?:${INNER_BEFORE}) (?:${MOVE})|(?:${MOVE}) (?:${INNER_AFTER})`,
  "umlagerung|umlagerungen|werksumlagerung|lagerumlagerung|lagerumbuchung|werkstransfer|standorttransfer",
  // (p-remarks4) a booking of stock to another own store or site; a transfer to the company's own site
  "umbuchung|umbuchungen|umgebucht|umgelagert|intra ?company transfer|intracompany transfer",
  "(?:transfer|delivery|movement) to (?:our )?own (?:site|plant|warehouse|depot|storage|tank)",
  "(?:trasferimento|spostamento) (?:a|al|allo|verso|in) (?:stabilimento|magazzino|deposito|sito)",
  "(?:transfert|livraison) (?:vers|a) (?:l )?(?:usine|depot|site|entrepot) [0-9]|(?:traslado|traspaso) (?:a|al) (?:planta|almacen)",
  "overboeking naar (?:magazijn|opslag)|przesuniecie do (?:magazynu|zakladu)",
  "stock transfer|inter ?site transfer|inter ?plant transfer|site to site transfer|plant to plant transfer",
  "transfer between (?:our )?(?:sites|plants|warehouses)",
  "transfert (?:inter ?sites|entre (?:sites|usines|depots)|de stock)",
  "(?:traslado|transferencia|traspaso) entre (?:plantas|almacenes|centros)",
  "trasferimento tra (?:stabilimenti|siti|magazzini)|trasferimento di magazzino",
  "overboeking (?:tussen|naar) (?:vestigingen|vestiging|locaties|locatie)|voorraadoverboeking|magazijnoverboeking",
  "przesuniecie (?:miedzymagazynowe|magazynowe|do zakladu|miedzy zakladami)",
]);

/** Words after a transfer that put it at the customer's ("Umlagerung beim Kunden erfolgt"): no move between own sites. */
const AT_CUSTOMER =
  /^\s*(?:beim|bei|at|chez|presso|bij|u)\s+(?:dem |the |le |la |de )?(?:kunden?|kd|customer|client|cliente|klant|klienta)(?![a-z0-9])/;

/** Whether a term of `pattern` stands in `text` and holds of the row (remark-scope.ts), and `also` of what follows it. */
function holds(text: string, pattern: RegExp, also: (after: string) => boolean = () => true): boolean {
  const { toks, line, at } = remarkLine(text);
  const all = new RegExp(pattern.source, "g");
  for (let m = all.exec(line); m; m = all.exec(line)) {
    const s = at(m.index);
    const ok = termHolds(toks, s, s + m[0].split(" ").length) && also(line.slice(m.index + m[0].length));
    if (ok) return true;
  }
  return false;
}

/** Whether a remark says toll processing or the customer's own material (see the file comment). */
export function saysToll(text: string): boolean {
  if (holds(text, TOLL, (after) => !BY.test(after)) || holds(text, CUSTOMER_OWN)) return true;
  const { line } = remarkLine(text);
  return holds(text, PROVIDED) && CUSTOMER.test(line) && !CARRIER.test(line);
}

/** Whether a remark says a transfer between the company's own sites (see the file comment). */
export const saysTransfer = (text: string): boolean =>
  holds(text, TRANSFER, (after) => !AT_CUSTOMER.test(after));
