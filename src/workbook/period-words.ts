// A period length as people write it on a settings sheet, in the seven languages of the books:
// "3", "3 Monate", "12 mesi", "1 maand", "12 miesięcy", "quarterly", "Quartal", "mensuelle",
// "trimestrale", "maandelijks", "kwartalny", "roczny". A word not listed here is never guessed:
// the settings sheet refuses the cell, and an unread period holds back every declaration
// (settings-sheet.ts). Pure.
import { fold } from "./normalise";
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

/** A period length cell as the number it states ("3 Monate" → "3", "kwartaal" → "3"); else the cell as it is. */
export function periodText(raw: CellValue): CellValue {
  if (typeof raw !== "string") return raw;
  const t = fold(raw)
    .replace(/ł/g, "l")
    .replace(/[^a-z0-9,. ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = MONTHS.exec(t);
  if (m) return m[1] ?? raw;
  for (const [re, n] of PERIOD_WORDS) if (re.test(t)) return String(n);
  return raw;
}
