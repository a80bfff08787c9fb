// (brk27 S2) An ERP's own marks on a receipts or deliveries row that it reverses or returns another
// line: SAP's movement type ("Bewegungsart" 102, the reversal of goods receipt 101; 122 a return to
// the vendor; 602 the reversal of goods issue 601; 651 a return from a customer) and its
// debit/credit indicator ("Soll/Haben-Kz." H on a goods receipt, S on a goods issue). An MB51
// export writes a reversal with a positive quantity and no SD number: read as a receipt it is a
// second receipt, and the line it reverses stays credited (+100, 102 +100 credited 200 t). Such a
// row is a reversal (reversal-row.ts: its quantity refused at its cell, the balances incomplete);
// a code or indicator in no table, or of the other side, is refused at its cell, never ignored
// (the first law). A column of 101 only, or an S/H column that agrees with its sheet, says
// nothing. Pure: tables and texts only.
import { foldedWords } from "./normalise";
import { documentKind } from "./document-kind";
import { direction } from "./direction-words";
import { erpEntryHeading, sapStockDifference, stockDifference } from "./stock-difference";

/**
 * What an ERP mark says of its row, on a sheet of side `in` (receipts) or `out` (deliveries);
 * "stock-difference": a stock loss or gain, neither side (stock-difference.ts).
 */
export type ErpVerdict = "read" | "reversal" | "other-side" | "unknown" | "stock-difference";

/** Which ERP mark an unmapped column holds: "entry" an item ledger's entry type ("Postenart", stock-difference.ts). */
export type ErpColumnKind = "movement" | "debit-credit" | "entry";

/**
 * SAP MM movement types (SAP Help, "Movement Types", MM-IM; transaction OMJJ) a receipts or
 * deliveries sheet may hold, as side and role: "in"/"out" a movement of that side; "reversal" a
 * cancellation of one (the movement + 1) or a return, which undoes a receipt or a delivery. Codes
 * in no row (311 transfer posting, 561 initial stock entry, a customer's own Z01…) are unknown.
 */
const SAP_MOVEMENT_TYPES: Readonly<Record<string, "in" | "out" | "reversal">> = {
  "101": "in", // goods receipt for a purchase order
  "102": "reversal", // reversal of 101
  "103": "in", // goods receipt into GR blocked stock
  "104": "reversal", // reversal of 103
  "105": "in", // release from GR blocked stock
  "106": "reversal", // reversal of 105
  "122": "reversal", // return delivery to the vendor
  "123": "reversal", // reversal of the return 122
  "161": "reversal", // return to the vendor by a returns purchase order
  "162": "reversal", // reversal of 161
  "201": "out", // goods issue to a cost centre
  "202": "reversal", // reversal of 201
  "261": "out", // goods issue for an order
  "262": "reversal", // reversal of 261
  "501": "in", // receipt without a purchase order
  "502": "reversal", // reversal of 501
  "511": "in", // free-of-charge receipt
  "512": "reversal", // reversal of 511
  // 551, 553, 555 (scrapping) and 701–718 (inventory differences): stock-difference.ts
  "552": "reversal", // reversal of 551
  "601": "out", // goods issue for a delivery
  "602": "reversal", // reversal of 601
  "651": "reversal", // return from a customer (undoes a delivery)
  "652": "reversal", // reversal of 651
  "653": "reversal", // return from a customer to unrestricted stock
  "654": "reversal", // reversal of 653
};

/** Words of a movement type cell that say the row reverses or returns another (folded, one token). */
const REVERSAL_WORDS = new Set(
  (
    "storno|storniert|stornierung|stornobuchung|ruckbuchung|reversal|reversed|reverse|cancellation|cancelled|canceled|" +
    "retoure|retour|retourlieferung|rucklieferung|rucksendung|return|returned|returns|" +
    "annulation|annule|extourne|anulacion|anulado|devolucion|annullamento|annullato|reso|" +
    "terugboeking|tegenboeking|retourzending|geannuleerd|korekta|zwrot|anulowano|anulowanie"
  ).split("|"),
);

/** Debit/credit indicator values (folded), in de (S/H), en/fr/nl (D/C, Dr/Cr), es (D/H), it (D/A), pl (Wn/Ma). */
const DEBIT = new Set("s|soll|d|dr|debit|debet|debe|dare|wn|winien".split("|"));
const CREDIT = new Set("h|haben|c|cr|credit|haber|a|avere|ma".split("|"));

/** Headings (foldedWords) of a movement type column. */
const MOVEMENT_HEADINGS = new Set(
  (
    "bewegungsart|bwa|bew art|bewart|movement type|mvt|mvt type|mvmt type|mov type|movement type code|" +
    "type de mouvement|type mvt|code mouvement|clase de movimiento|clase movimiento|cl mov|cmv|" +
    "tipo movimento|tipo di movimento|tipo mov|bewegingssoort|soort beweging|rodzaj ruchu"
  ).split("|"),
);

/** Headings (foldedWords) of a debit/credit indicator column. */
const DEBIT_CREDIT_HEADINGS = new Set(
  (
    "soll haben kz|soll haben kennzeichen|soll haben|s h|soll haben ind|sh kz|s h kz|" +
    "debit credit ind|debit credit indicator|debit credit|d c|dr cr|d c ind|d c indicator|" +
    "code debit credit|indicateur debit credit|sens debit credit|debit credit code|" +
    "indicador debe haber|debe haber|d h|indicatore dare avere|dare avere|d a|" +
    "debet credit|debet credit indicator|debet credit ind|strona wn ma|wn ma|znacznik wn ma"
  ).split("|"),
);

/** Which ERP mark a column headed `heading` holds, or null ("Bewegungsart", "Soll/Haben-Kz."). */
export function erpHeading(heading: string): ErpColumnKind | null {
  const key = foldedWords(heading.replace(/\([^)]*\)/g, " "));
  if (MOVEMENT_HEADINGS.has(key)) return "movement";
  if (erpEntryHeading(heading)) return "entry";
  return DEBIT_CREDIT_HEADINGS.has(key) ? "debit-credit" : null;
}

/**
 * What one cell of an ERP column says of a row on a sheet of side `side`: "read" (a movement of
 * the sheet's side, 101 on receipts; S on receipts, H on deliveries), "reversal" (102, 122, 602,
 * 651…; H on receipts, S on deliveries; "Storno", "Retoure"), "other-side" (601 on receipts),
 * "stock-difference" (551, 702, "Negative Adjmt."; under an entry type heading Navision's "Abgang"),
 * or "unknown" (a code or word in no table). Null for a blank cell.
 */
export function erpVerdict(kind: ErpColumnKind, value: unknown, side: "in" | "out"): ErpVerdict | null {
  const text = value === null || value === undefined ? "" : String(value).trim();
  if (text === "") return null;
  const key = foldedWords(text);
  if (kind === "debit-credit") {
    const said = DEBIT.has(key) || text === "+" ? "in" : CREDIT.has(key) || text === "-" ? "out" : null;
    if (said === null) return "unknown";
    return said === side ? "read" : "reversal";
  }
  // (h-parties) a stock loss or gain: SAP 551, 702; "Negative Adjmt.", "Verschrottung"; Navision's "Abgang" as its entry type
  if (/^\d{3}$/.test(key) ? sapStockDifference(key) : stockDifference(text, kind === "entry"))
    return "stock-difference";
  const code = /^\d{3}$/.test(key) ? SAP_MOVEMENT_TYPES[key] : undefined;
  if (code) return code === "reversal" ? "reversal" : code === side ? "read" : "other-side";
  if (key.split(" ").some((w) => REVERSAL_WORDS.has(w)) || documentKind(text) === "credit") return "reversal";
  const named = direction(text);
  if (named) return named === side ? "read" : "other-side";
  return "unknown";
}
