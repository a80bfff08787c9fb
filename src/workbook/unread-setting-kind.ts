// (brk20 A2, brk19 §1, §10) What a settings row the add-in does not read may set: a row whose key
// no list knows but whose value names a scheme ("Standard | ISCC PLUS", "Zertifizierung | ISCC
// PLUS") or a balance mode ("Mass balance mode | continuous", "Bilanzierungsart | Periodenende"),
// whose key names the SD number prefix ("Präfix für SD-Nummern | ON") or looks like a period's
// ("Peroid length (months)"). Each would leave the default in its place (ISCC EU, end of period,
// "SD", 3 months), so such a row is an error holding back every declaration, never a warning
// (settings-unread.ts). Pure.
import { plainLetters } from "../engine/fold";
import type { Consequence } from "../engine/catalogue/details";
import { normaliseScheme } from "../engine/normalise";
import { modeIn } from "./mode-words";
import { periodText } from "./period-words";
import { fold } from "./normalise";
import type { CellValue } from "./port";
import { namesSdPrefix } from "./sd-prefix-words";

/**
 * A key no list reads that names a period, its length or its start, misspelt or in words of its
 * own ("Peroid length (months)", "Reporting period", "Abrechnungszeitraum", "Okres rozliczeniowy
 * roku", "Period start month"): its value may state the period every balance rests on.
 */
const PERIOD_KEY =
  /peri[oa]d|peroid|perdio|priod|zeitraum|okres|\b(?:months?|monate?|mois|mes[ei]|meses|maand(?:en)?|miesi\w*)\b/;

/** A value that is a scheme's name and nothing else ("ISCC PLUS", "ISCC", "ISCC EU/PLUS", "ISCC EU RED II"). */
const SCHEME_WORDS = new Set([
  "iscc",
  "eu",
  "plus",
  "+",
  "red",
  "ii",
  "iii",
  "system",
  "scheme",
  "und",
  "and",
  "or",
]);

/** A key that may name a scheme: with such a key a value the scheme reader reads ("EU", "PLUS") is one. */
const SCHEME_KEY = /schem|system|standard|zertifi|certifi|norm|regime|esquema|sistema|systeem|certyfik/;

/**
 * A key that names the balance itself ("Massenbilanz", "Mass balance", "Bilan massique", "Balance
 * de masa", "Bilans masy"): under it a mode word states the mode, a period length word the period.
 * Its words are in this list alone, neither MODE_KEY's nor PERIODISH_KEY's.
 */
const BALANCE_KEY = /bilan|balan|mass/;

/** A key that may name the balance mode ("Mass balance mode", "Bilanzierungsart", "Accounting method"). */
const MODE_KEY = /mode|modus|modo|modalit|tryb|art$|type|typ|tipo|metho|metod|verfahren|accounting|rodzaj/;

/** Mode values that say a mode whatever the key: not "permanent", "fine", "end" or "period" alone. */
const SURE_MODE = /^(?:continuous|kontinuierlich|periodenende|doorlopend|ciagly|.* .*)$/;

/**
 * (brk21 3) A key under which a period length word ("monatlich", "quarterly", "1 Monat") may state
 * the balance period ("Abrechnungsart", "Massenbilanz", "Bilanzrhythmus", "Inventory", "Stock
 * count"), and keys whose rhythm is another thing's (audits, payments, invoices, deliveries).
 */
const PERIODISH_KEY =
  /abrechn|abschluss|closing|rhythm|zyklus|cycle|turnus|interval|frequen|reporting|bericht|inventur|inventory|stock|bestand|cierre|chiusura|afsluit|zamkn/;
const OTHER_RHYTHM =
  /audit|zertifi|certifi|prufung|kontroll|inspect|zahlung|payment|faktur|invoice|liefer|deliver|versand|shipping/;

const words = (text: string): string[] =>
  plainLetters(fold(text))
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);

/** What a settings row of a key no list reads may set, as the consequence of not reading it; null where nothing the balances rest on. */
export function unreadSettingKind(key: string, value: CellValue): Consequence | null {
  const k = words(key).join(" ");
  if (namesSdPrefix(key)) return "setting-prefix-key";
  if (typeof value === "string") {
    const w = words(value.replace(/\+/g, " + "));
    const named = w.includes("iscc") && w.every((x) => SCHEME_WORDS.has(x));
    if (named || (normaliseScheme(value) && SCHEME_KEY.test(k))) return "setting-scheme-key";
    if (modeIn(value) && (MODE_KEY.test(k) || BALANCE_KEY.test(k) || SURE_MODE.test(w.join(" "))))
      return "setting-mode-key";
  }
  // a period length in words (not a bare number) under a key of the balance's rhythm
  const length = typeof value === "string" && periodText(value) !== value;
  if (length && (PERIODISH_KEY.test(k) || BALANCE_KEY.test(k)) && !OTHER_RHYTHM.test(k))
    return "setting-period-unread";
  return PERIOD_KEY.test(k) ? "setting-period-unread" : null;
}

/** A setting written twice with two values: the consequence of the second row's not being read, where it is an error. */
export const REPEATED: Readonly<Record<string, Consequence>> = {
  periodMonths: "setting-period-unread",
  periodStart: "setting-period-unread",
  mode: "setting-mode-key",
  scheme: "setting-scheme-key",
  sdPrefix: "setting-prefix-key",
};
