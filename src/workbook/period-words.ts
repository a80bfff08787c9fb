// A period length as people write it on a settings sheet, in the seven languages of the books:
// "3", "3 Monate", "12 mesi", "1 maand", "12 miesięcy", "quarterly", "Quartal", "mensuelle",
// "trimestrale", "maandelijks", "kwartalny", "roczny". A word not listed here is never guessed:
// the settings sheet refuses the cell, and an unread period holds back every declaration
// (settings-sheet.ts). Pure.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";
import type { CellValue } from "./port";

/** Words of a number of months after the number: "3 Monate", "12 mesi", "1 miesiąc" (folded, ł as l). */
const MONTHS =
  /^(\d+(?:[.,]\d+)?)\s*(months?|monate?n?|mon|mo|mois|mes|meses|mese|mesi|maand|maanden|mnd|miesiac|miesiace|miesiecy|mies|mc)$/;

// prettier-ignore
const PERIOD_WORDS: [RegExp, number][] = [
  // en, de, fr (masculine and feminine), es, it, nl, pl
  [/^(monthly|month|one month|monatlich|monat|ein monat|mensuel|mensuelle|mois|mensual|mes|mensile|mese|maandelijks|maand|een maand|miesieczny|miesieczna|miesiac|jeden miesiac|co miesiac)$/, 1],
  [/^(quarterly|quarter|three months|quartal|quartalsweise|vierteljahrlich|vierteljahr|trimestriel|trimestrielle|trimestre|trimestral|trimestrale|driemaandelijks|kwartaal|per kwartaal|kwartalny|kwartalna|kwartal|co kwartal)$/, 3],
  [/^(half yearly|half year|halfyearly|semi annual|semiannual|six months|halbjahrlich|halbjahr|semestriel|semestrielle|semestre|semestral|semestrale|halfjaarlijks|halfjaar|half jaar|polroczny|polroczna|polrocze|pol roku)$/, 6],
  [/^(yearly|annual|annually|year|one year|jahrlich|jahr|annuel|annuelle|anuel|annee|an|anual|ano|annuale|anno|jaarlijks|jaar|per jaar|roczny|roczna|rok|co rok)$/, 12],
];

/**
 * A calendar year: 12 months from 1 January (settings-sheet.ts reads it only where the first
 * period starts on a 1 January, as the default start is the quarter of the earliest row).
 */
const CALENDAR =
  /^(calendar year|kalenderjahr|annee civile|annee calendaire|anno solare|anno civile|ano natural|ano civil|ano calendario|kalenderjaar|rok kalendarzowy)$/;

const folded = (text: string): string =>
  plainLetters(fold(text))
    .replace(/[^a-z0-9,. ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The months one part of a cell states ("3 Monate", "quarterly", "Kalenderjahr"), or null. */
function monthsOf(t: string): string | null {
  if (/^\d+$/.test(t)) return t;
  const m = MONTHS.exec(t);
  if (m) return m[1] ?? null;
  if (CALENDAR.test(t)) return "12";
  for (const [re, n] of PERIOD_WORDS) if (re.test(t)) return String(n);
  return null;
}

/** The cell's text and the text in brackets after it ("quarterly (3 months)"), folded; one part where there are no brackets. */
function parts(raw: string): string[] {
  const m = /^([^()]*)\(([^()]*)\)\s*$/.exec(raw);
  return (m ? [m[1] ?? "", m[2] ?? ""] : [raw]).map(folded);
}

/**
 * A period length cell as the number it states ("3 Monate" → "3", "kwartaal" → "3"; a word and a
 * count in brackets that agree, "quarterly (3 months)", "12 Monate (Kalenderjahr)" → the count);
 * else the cell as it is: a word and a count that disagree ("monthly (3 months)") are refused.
 */
export function periodText(raw: CellValue): CellValue {
  if (typeof raw !== "string") return raw;
  const months = parts(raw).map(monthsOf);
  const first = months[0];
  return first && months.every((n) => n === first) ? first : raw;
}

/** Whether a period length cell names a calendar year ("Kalenderjahr", "12 Monate (Kalenderjahr)"). */
export function calendarYear(raw: CellValue): boolean {
  return typeof raw === "string" && parts(raw).some((t) => CALENDAR.test(t));
}
