// The words that label a row as a total, a page carry-over or an opening/closing balance rather
// than a booking, in the six languages of the add-in's users (de, en, fr, es, it, nl): one shared
// list, so a totals row is skipped alike whatever language the clerk wrote it in. A word alone
// does not make such a row ("TOTAL Deutschland GmbH" is a customer): the row's structure must say
// so too (table-totals.ts, totalsRow).

/** Totals and subtotals at the start of a label ("Summe Januar", "Totale complessivo", "Σ"). */
const TOTAL_WORDS = [
  // en, de
  "total|totals|sum|grand total|subtotal|sub total|sub-total|total amount",
  "summe|summen|gesamt|gesamtsumme|gesamtergebnis|zwischensumme|teilsumme|insgesamt|endsumme|ergebnis",
  // fr, es, it, nl
  "sous-total|sous total|total général|total general|montant total",
  "totales|suma|suma total|subtotales|total general",
  "totale|totale generale|totale complessivo|somma|subtotale|totali",
  "totaal|eindtotaal|subtotaal|som|totaalbedrag",
].join("|");

/** Page carry-overs ("Übertrag", "Carried forward", "Riporto"): a running total, not a booking. */
const CARRY_WORDS = [
  "übertrag|uebertrag|vortrag|vorjahr|aus vorjahr|aus dem vorjahr|carried forward|carry forward|brought forward|carried over|brought over",
  "à reporter|a reporter|reporté|suma y sigue|suma anterior|riporto|saldo precedente|overgebracht",
].join("|");

/**
 * Opening and closing balances ("Anfangsbestand", "Opening balance", "Report à nouveau"): a stock
 * or credit stated, not received; booked as a receipt it would count the stock twice.
 */
const BALANCE_WORDS = [
  "anfangsbestand|endbestand|anfangssaldo|endsaldo|saldovortrag|saldo|bestandsvortrag|eröffnungsbestand|eröffnungssaldo",
  "bestand|vorjahresbestand|anfangsstand",
  "opening balance|closing balance|opening stock|closing stock|opening inventory|balance b/f|balance c/f|balance brought forward|balance carried forward|b/f|c/f",
  "opening(?=\\s*\\d)|stock b/f|bal b/f|bal\\. b/f",
  "report à nouveau|report a nouveau|solde initial|solde final|solde d'ouverture|stock initial|stock final|stock d'ouverture|inventaire initial",
  "saldo inicial|saldo final|saldo anterior|saldo de apertura|existencia inicial|existencias iniciales|existencias finales|inventario inicial|stock inicial",
  "saldo iniziale|saldo finale|saldo di apertura|giacenza iniziale|giacenza finale|rimanenza iniziale|rimanenze iniziali|rimanenza finale|esistenza iniziale",
  "beginvoorraad|eindvoorraad|beginsaldo|eindsaldo|openingssaldo|openingsvoorraad|beginbalans|beginstand",
].join("|");

// a word ends where a letter, digit or "/" does not follow ("Saldo 2024", not "Saldoliste")
const END = "(?![\\p{L}\\p{N}/])";

/** A label that starts with a total, a carry-over or a balance word, or ends with "… Total"/"… Ergebnis" (Excel's Data › Subtotal). */
export const TOTALS = new RegExp(
  `^\\s*(?:(?:${TOTAL_WORDS}|${CARRY_WORDS}|${BALANCE_WORDS})${END}|Σ|∑)|\\s(?:total|totals|summe|ergebnis|gesamt|insgesamt|subtotal|totale|totaal)\\s*:?\\s*$`,
  "iu",
);

/** A label that starts with an opening or closing balance word ("Anfangsbestand", "Saldo inicial"). */
export const BALANCE = new RegExp(`^\\s*(?:${BALANCE_WORDS})${END}`, "iu");

/**
 * Closing balances and carry-overs to the next page ("Endbestand", "Closing balance", "c/f", "À
 * reporter", "Saldo final"): they carry nothing into the books (opening-rows.ts).
 */
const CLOSING_WORDS = [
  "endbestand|endsaldo|closing balance|closing stock|balance c/f|balance carried forward|c/f",
  "solde final|stock final|à reporter|a reporter|saldo final|existencias finales",
  "saldo finale|giacenza finale|rimanenza finale|eindvoorraad|eindsaldo",
].join("|");

/** A label that starts with a carry-over or a balance word: at the top of a table, credit carried in (opening-rows.ts). */
export const OPENING = new RegExp(`^\\s*(?:${CARRY_WORDS}|${BALANCE_WORDS})${END}`, "iu");

/** A label that starts with a closing balance or a carry-over to the next page. */
export const CLOSING = new RegExp(`^\\s*(?:${CLOSING_WORDS})${END}`, "iu");

// what may follow a balance word in a cell that says nothing else: a date, a year, a unit, "aus",
// "per", "zum", "from", "au", "al", "del", "van", a month ("Bestand 01.01.", "Übertrag aus 2024",
// "Opening 1 Jan", "Saldo inicial a 1 de enero", "Bestand (t)")
const MONTH =
  "jan|feb|fév|fev|mär|maer|mar|apr|avr|abr|mai|may|mei|mag|jun|juin|giu|jul|juil|lug|aug|aoû|aou|ago|sep|set|okt|oct|ott|nov|dez|dec|déc|dic|ene|gen|janv|févr";
const JOINS =
  "aus|vom|von|zum|zur|dem|vorjahr|vorjahres|previous|prior|per|am|ab|stand|from|at|as|of|on|to|au|du|le|la|al|del|de|a|van|er|ère|t|kg|l|m3|mt|tonnen|tons|jahr|year|année|anno|año|jaar";
// words that say a balance only where a cell says nothing else ("Opening", not "Opening hours")
const ALONE = "opening|eröffnung|apertura|ouverture";
const TAIL = `(?:[\\s\\d.,:;/()\\[\\]\\-–'’]|(?:${JOINS}|(?:${MONTH})\\p{L}*)(?![\\p{L}]))*`;

/**
 * A cell that says nothing but an opening, closing or carried-over balance, with at most a date,
 * year, unit or month after it ("Bestand", "Bestand 01.01.", "Übertrag 31.12.2024", "Opening 1
 * Jan", "Saldovortrag per 01.01.2025", "Stock initial", "Bestand (t)"): never a supplier, product,
 * SD number or date of a booking, in whichever of those cells it stands (opening-rows.ts). A name
 * that only starts with such a word ("Saldo Trading S.L.") is not one.
 */
export const BALANCE_CELL = new RegExp(
  `^\\s*(?:${CARRY_WORDS}|${BALANCE_WORDS}|${ALONE})${END}${TAIL}$`,
  "iu",
);
