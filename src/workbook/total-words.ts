// The words that label a row as a total, a page carry-over or an opening/closing balance rather
// than a booking, in the six languages of the add-in's users (de, en, fr, es, it, nl): one shared
// list, so a totals row is skipped alike whatever language the clerk wrote it in. A word alone
// does not make such a row ("TOTAL Deutschland GmbH" is a customer): the row's structure must say
// so too (table-totals.ts, totalsRow).
import type { Month } from "date-fns";
import { CARRY_ALONE, CARRY_WORDS } from "./carry-words";
import { NAMED_LOCALES } from "./date-forms";

/** Totals and subtotals at the start of a label ("Summe Januar", "Totale complessivo", "Σ", "Razem"). */
const TOTAL_WORDS = [
  // en, de
  "total|totals|sum|grand total|subtotal|sub total|sub-total|total amount",
  "summe|summen|gesamt|gesamtsumme|gesamtergebnis|zwischensumme|teilsumme|insgesamt|endsumme|ergebnis",
  // fr, es, it, nl
  "sous-total|sous total|total général|total general|montant total",
  "totales|suma|suma total|subtotales|total general",
  "totale|totale generale|totale complessivo|somma|subtotale|totali",
  "totaal|eindtotaal|subtotaal|som|totaalbedrag",
  // pl (brk22 0): "Razem", "Ogółem", "Łącznie", "Suma częściowa"
  "razem|ogółem|ogolem|łącznie|lacznie|suma częściowa|suma czesciowa|podsuma",
].join("|");

/**
 * Opening and closing balances ("Anfangsbestand", "Opening balance", "Report à nouveau"): a stock
 * or credit stated, not received; booked as a receipt it would count the stock twice.
 */
const BALANCE_WORDS = [
  "anfangsbestand|endbestand|anfangssaldo|endsaldo|saldovortrag|saldo|bestandsvortrag|eröffnungsbestand|eröffnungssaldo",
  "bestand|vorjahresbestand|anfangsstand|lagerbestand|restbestand|inventurbestand|lagerstand",
  "opening balance|closing balance|opening stock|closing stock|opening inventory|balance b/f|balance c/f|balance brought forward|balance carried forward|b/f|c/f",
  "opening(?=\\s*\\d)|stock b/f|bal b/f|bal\\. b/f",
  "solde reporté|solde reporte|solde à nouveau|solde a nouveau|solde antérieur|solde anterieur|solde précédent|solde precedent",
  "report à nouveau|report a nouveau|solde initial|solde final|solde d'ouverture|stock initial|stock final|stock d'ouverture|inventaire initial",
  "saldo inicial|saldo final|saldo anterior|saldo de apertura|existencia inicial|existencias iniciales|existencias finales|inventario inicial|stock inicial",
  "saldo iniziale|saldo finale|saldo di apertura|giacenza iniziale|giacenza finale|rimanenza iniziale|rimanenze iniziali|rimanenza finale|esistenza iniziale",
  "beginvoorraad|eindvoorraad|beginsaldo|eindsaldo|openingssaldo|openingsvoorraad|beginbalans|beginstand",
].join("|");

// a word ends where a letter, digit or "/" does not follow ("Saldo 2024", not "Saldoliste")
const END = "(?![\\p{L}\\p{N}/])";

/** A total's word after a label, as Excel's Data › Subtotal writes it ("UCO Ergebnis", "Januar gesamt"). */
const TOTAL_TAIL = /\s(?:total|totals|summe|ergebnis|gesamt|insgesamt|subtotal|totale|totaal)\s*:?\s*$/iu;

/** A label that starts with a total, a carry-over or a balance word, or ends with "… Total"/"… Ergebnis" (Excel's Data › Subtotal). */
const TOTALS_PATTERN = new RegExp(
  `^\\s*(?:(?:${TOTAL_WORDS}|${CARRY_WORDS}|${BALANCE_WORDS})${END}|Σ|∑)|${TOTAL_TAIL.source}`,
  "iu",
);

/**
 * A label that starts with a total, a carry-over or a balance word, or ends with "… Total"/"…
 * Ergebnis" (Excel's Data › Subtotal), or is a carry-over word that is also a word of bookings
 * and nothing else ("Transport", "Report": carry-words.ts CARRY_ALONE).
 */
export const TOTALS = { test: (text: string) => TOTALS_PATTERN.test(text) || CARRY_ALONE.test(text) };

/**
 * A label that says a sum of the rows above — a total or subtotal word, "Σ", or "… Ergebnis" as
 * Excel's Data › Subtotal writes it — not a carry-over or a balance ("Summe", "Total Q1", "UCO
 * Ergebnis"): its quantity should be the sum of the rows above (opening-rows.ts sumDiffers).
 */
export const SUM_LABEL = new RegExp(`^\\s*(?:(?:${TOTAL_WORDS})${END}|Σ|∑)|${TOTAL_TAIL.source}`, "iu");

/** A label that starts with an opening or closing balance word ("Anfangsbestand", "Saldo inicial"). */
export const BALANCE = new RegExp(`^\\s*(?:${BALANCE_WORDS})${END}`, "iu");

/**
 * Closing balances and carry-overs to the next page ("Endbestand", "Closing balance", "c/f", "À
 * reporter", "Saldo final"): they carry nothing into the books (opening-rows.ts).
 */
const CLOSING_WORDS = [
  "endbestand|endsaldo|closing balance|closing stock|balance c/f|balance carried forward|c/f",
  "solde final|stock final|à reporter|a reporter|saldo final|existencias finales|a riportare|da riportare|over te brengen",
  "saldo finale|giacenza finale|rimanenza finale|eindvoorraad|eindsaldo",
].join("|");

/** A label that starts with a carry-over or a balance word: at the top of a table, credit carried in (opening-rows.ts). */
const OPENING_PATTERN = new RegExp(`^\\s*(?:${CARRY_WORDS}|${BALANCE_WORDS})${END}`, "iu");
/** OPENING_PATTERN, or a carry-over word that is also a word of bookings alone ("Transport", "Report"). */
export const OPENING = { test: (text: string) => OPENING_PATTERN.test(text) || CARRY_ALONE.test(text) };

/** A label that starts with a closing balance or a carry-over to the next page. */
export const CLOSING = new RegExp(`^\\s*(?:${CLOSING_WORDS})${END}`, "iu");

// what may follow a balance word in a cell that says nothing else: a date, a year, a unit, "aus",
// "per", "zum", "from", "au", "al", "del", "van", a month ("Bestand 01.01.", "Übertrag aus 2024",
// "Opening 1 Jan", "Saldo inicial a 1 de enero", "Saldo iniziale al 1° gennaio", "Bestand (t)")
const JOINS = new Set(
  (
    "aus|vom|von|zum|zur|dem|vorjahr|vorjahres|previous|prior|per|am|ab|stand|from|at|as|of|on|to|au|du|le|la|al|del|de|a|van|" +
    "t|kg|l|m3|mt|tonnen|tons|jahr|year|année|anno|año|jaar"
  ).split("|"),
);
/** The months of the six languages as date-fns names them (date-forms.ts NAMED_LOCALES), lower case, without their dot. */
const monthNames = (width: "wide" | "abbreviated") =>
  new Set(
    NAMED_LOCALES.flatMap((l) =>
      Array.from({ length: 12 }, (_, i) =>
        String(l.localize.month(i as Month, { width }))
          .toLowerCase()
          .replace(/\.$/, ""),
      ),
    ),
  );
/**
 * A word after a balance word is a month only where it is one of these ("Saldo Marino" is a
 * name): a month's full name ("März", "gennaio", "marzo") alone, or its abbreviation ("Jan",
 * "mrt", "Mar") beside a day or a year in the same cell ("Opening 1 Jan", "Bestand Mar 2025"):
 * alone, an abbreviation is as likely a word of a name ("Saldo de Mar", a place by the sea).
 */
const MONTHS = monthNames("wide");
const MONTHS_SHORT = new Set([...monthNames("abbreviated")].filter((m) => !MONTHS.has(m)));
// a day, a date or a year in digits, with its ordinal ("1er", "1°", "1º", "1st") or a unit in brackets
const NUMBER_PART =
  /^(?:\d[\d.,:/\-–]*(?:er|ère|re|e|st|nd|rd|th|°|º|\.º)?|\(\s*\p{L}{1,6}\d?\s*\)|\[\s*\p{L}{1,6}\d?\s*\])$/u;
// words that say a balance only where a cell says nothing else, or a date after them ("Opening",
// "Stand 01.01.2025", "Inventur 31.12.2024", "Restmenge Vorjahr"; not "Opening hours", "Stand Hamburg")
const ALONE =
  "opening|eröffnung|apertura|ouverture|stand|inventur|inventar|restmenge|stock|balance|inventory|inventaire|voorraad|existencias|giacenza|rimanenza";
// the longest word first: "Saldo iniziale", not "Saldo" then "iniziale"
const HEADS = [CARRY_WORDS, BALANCE_WORDS, ALONE].join("|").split("|");
const HEAD = new RegExp(`^\\s*(?:${HEADS.sort((a, b) => b.length - a.length).join("|")})${END}`, "iu");

/**
 * Whether a cell says nothing but an opening, closing or carried-over balance, with at most a date,
 * year, unit or month after it ("Bestand", "Bestand 01.01.", "Übertrag 31.12.2024", "Opening 1
 * Jan", "Saldovortrag per 01.01.2025", "Report à nouveau 1er janvier 2026", "Saldo iniziale al 1°
 * gennaio", "b/f 31/12/25", "Bestand (t)"): never a supplier, product, SD number or date of a
 * booking, in whichever of those cells it stands (opening-rows.ts). A name that only starts with
 * such a word ("Saldo Trading S.L.", "Saldo Marino", "Bestand Augsburg") is not one: each word
 * after it must be a joining word, a number, a unit or a month as date-fns names it. Nothing is
 * read from the date: such a line is refused, never booked.
 */
export function balanceCell(text: string): boolean {
  const head = HEAD.exec(text);
  return !!head && onlyDate(text.slice(head[0].length));
}

/** Whether what follows a label's word says nothing but a date, period, year, unit or month (balanceCell). */
function onlyDate(rest: string): boolean {
  const words = rest
    .toLowerCase()
    .split(/[\s;'’]+|(?<=\p{L})[.,:\-–/]|,(?=\s)/u)
    .map((w) => w.replace(/^[,:\-–]+|[,:]+$/g, "").replace(/\.$/, ""));
  const dated = words.some((w) => /\d/.test(w));
  return words.every(
    (w) =>
      w === "" ||
      JOINS.has(w) ||
      PERIODS.has(w) ||
      MONTHS.has(w) ||
      (dated && MONTHS_SHORT.has(w)) ||
      NUMBER_PART.test(w) ||
      /^(?:q|h|kw|t)\d{1,2}(?:[-/.]\d{2,4})?$/.test(w),
  );
}

// words of a period or of the whole after a total's word ("Summe Quartal 1", "Total général", "Gesamt")
// prettier-ignore
const PERIODS = new Set(["quartal", "quarter", "trimestre", "kwartaal", "monat", "month", "mois", "mes", "maand", "mese", "woche", "week", "semaine", "semana", "settimana", "halbjahr", "gesamt", "general", "général", "generale", "complessivo", "totaal", "seite", "page", "pagina", "blatt", "all", "alle"]);

/** Totals, carry-overs and balances at the start of a cell, the longest first ("Summe", "Grand total", "Übertrag", "Saldo"). */
const TOTAL_HEAD = new RegExp(
  `^\\s*(?:${[TOTAL_WORDS, CARRY_WORDS, BALANCE_WORDS, ALONE]
    .join("|")
    .split("|")
    .sort((a, b) => b.length - a.length)
    .join("|")})${END}|^\\s*[Σ∑]`,
  "iu",
);

/**
 * Whether a label says a total, carry-over or balance and nothing else but a date, period, year,
 * unit or month ("Summe", "Summe Januar", "Total Q1 2025", "Übertrag 31.12.2024", "Gesamt (t)",
 * "Totale complessivo"), as balanceCell does for balances; false for a name that starts with such
 * a word ("Vortrag GmbH", "Summe Logistik AG", "Total Energies", "Saldo Marino", "Übertrag
 * Spedition", "Saldo de Mar"): table-totals.ts reads a row so labelled and filled like a booking
 * as the booking it is, never skipped as a total. What follows the word may also be the text of
 * another cell of the row (`row`): "Summe UCO" on a row whose product is UCO is that product's total.
 */
export function totalCell(text: string, row: readonly unknown[] = []): boolean {
  if (monthLabel(text) || CARRY_ALONE.test(text)) return true;
  const head = TOTAL_HEAD.exec(text);
  // or a total's word after them, as Excel's Data › Subtotal writes it ("Januar gesamt", "UCO Ergebnis")
  const tail = head ? null : TOTAL_TAIL.exec(text);
  if (!head && !tail) return false;
  const rest = head ? text.slice(head[0].length) : text.slice(0, tail?.index);
  const own = rest.trim().toLowerCase();
  return (
    onlyDate(rest) || row.some((v) => typeof v === "string" && v !== text && v.trim().toLowerCase() === own)
  );
}

/**
 * (p-noise, brk13) Whether a label is a month and nothing else but a year or a date ("Januar",
 * "January 2025", "janvier", "enero", "gennaio", "januari", "Jan 2025"; MONTHS, as date-fns names
 * them in the six languages): a month's subtotal as a clerk writes it in the date column, read as
 * a total's label (table-totals.ts), whose quantity should be the sum of the month's rows
 * (opening-rows.ts sumDiffers). An abbreviation alone ("Mar", "Mai"?) is not one: it may be a word.
 * Before, such a row was refused as a date that is none.
 */
export function monthLabel(text: string): boolean {
  const m = /^\s*(\p{L}+)\.?(.*)$/u.exec(text);
  if (!m) return false;
  const word = (m[1] as string).toLowerCase();
  const rest = m[2] as string;
  if (MONTHS.has(word)) return onlyDate(rest);
  return MONTHS_SHORT.has(word) && /\d/.test(rest) && onlyDate(rest);
}

/** A label that names a total's sum: SUM_LABEL's words, or a month alone (monthLabel). */
export const SUM_OR_MONTH = { test: (text: string) => SUM_LABEL.test(text) || monthLabel(text) };

/** balanceCell, for the callers that test a cell as they would with a pattern. */
export const BALANCE_CELL = { test: balanceCell };
