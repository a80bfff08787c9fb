// The words of a sheet's name that say no place (sheet-sites.ts): the kinds of sheet
// ("Wareneingang", "Receipts", "Ventas"), periods ("2025", "Q1", "März", "Quartal"), copies
// ("alt", "Kopie", "draft") and joining words ("und", "and", "de"). Two sheets of one kind whose
// names differ by another word ("Receipts Hamburg", "Receipts Venlo") may keep two sites' rows.
import type { Month } from "date-fns";
import { plainLetters, words } from "../engine/normalise";
import { NAMED_LOCALES } from "./date-forms";
import { KINDS } from "./fields";

/** The words of a name, folded as engine/normalise.ts words() folds them, ł as l ("Łódź": lodz). */
export const nameWords = (text: string): string[] => words(plainLetters(text));

/** The months of the seven languages, wide and abbreviated, as written and as standing alone. */
const MONTHS = NAMED_LOCALES.flatMap((l) =>
  (["wide", "abbreviated"] as const).flatMap((width) =>
    (["formatting", "standalone"] as const).flatMap((context) =>
      Array.from({ length: 12 }, (_, i) =>
        nameWords(String(l.localize.month(i as Month, { width, context }))),
      ),
    ),
  ),
).flat();

// prettier-ignore
const OTHER = [
  // periods: en, de, fr, es, it, nl, pl
  "year|years|month|months|quarter|week|half|jahr|jahre|monat|monate|quartal|woche|halbjahr|annee|mois|trimestre|semaine|semestre",
  "ano|mes|semana|anno|mese|settimana|jaar|maand|kwartaal|week|halfjaar|rok|miesiac|kwartal|tydzien|polrocze|sept|janv|fevr|avr|juil",
  // copies and versions
  "old|new|copy|draft|backup|archive|final|version|alt|neu|kopie|entwurf|archiv|ancien|nouveau|copie|brouillon|viejo|nuevo|copia",
  "borrador|vecchio|nuovo|bozza|oud|nieuw|kopie|concept|stary|nowy|kopia|projekt|test",
  // joining words and what a book's name says of itself
  "and|und|the|der|die|das|des|del|della|van|het|een|for|fur|pour|para|per|von|with|mit|avec|con|met|dla|oraz|all|alle",
  "list|liste|lista|lijst|overview|ubersicht|table|tabelle|tableau|tabla|tabella|tabel|tabela|data|daten|donnees|datos|dati|dane",
  "iscc|plus|mass|balance|massenbilanz|bilan|balanza|bilancio|massabalans|bilans|sustainable|nachhaltig|durable|sostenible",
  "sostenibile|duurzaam|zrownowazony|goods|waren|ware|produkte|products|tonnen|tons|tonnes|total|summe|gesamt",
  // (brk23 §4) kinds of trade, origin and transport, no places: import/export, domestic/abroad, EU
  // or not, internal/external, rail/ship/truck, bulk (en, de, fr, es, it, nl, pl)
  "import|imports|export|exports|domestic|inland|foreign|abroad|overseas|eu|non|intra|extra|internal|external",
  "rail|train|ship|ships|vessel|barge|truck|trucks|lorry|road|sea|bulk|pipeline|einfuhr|ausfuhr|ausland",
  "inlandisch|auslandisch|drittland|drittlander|nicht|intern|extern|bahn|schiene|schiff|binnenschiff|lkw|strasse",
  "kesselwagen|lose|importation|exportation|importations|exportations|national|nationale|domestique|interieur",
  "etranger|ue|hors|interne|externe|ferroviaire|fer|navire|bateau|peniche|camion|camions|route|vrac|fluvial|maritime",
  "importacion|importaciones|exportacion|exportaciones|nacional|domestico|extranjero|fuera|intracomunitario",
  "extracomunitario|interno|externo|tren|ferrocarril|barco|buque|carretera|granel|maritimo|importazione|importazioni",
  "esportazione|esportazioni|nazionale|estero|esterno|treno|ferrovia|nave|chiatta|autocarro|strada|sfuso|rinfusa",
  "invoer|uitvoer|binnenland|binnenlands|buitenland|buitenlands|spoor|trein|schip|binnenvaart|vrachtwagen|weg",
  "eksport|krajowy|krajowe|zagraniczny|zagraniczne|spoza|poza|wewnatrzwspolnotowy|wewnetrzny|zewnetrzny",
  "kolej|kolejowy|statek|barka|ciezarowka|samochod|droga|luzem",
  // (brk25 §1) short names of kinds of sheet and periods, now that a short capital token may be a site's code
  "we|wa|ek|vk|ls|kw|po|so|dn|gr|ytd|mtd",
].join("|").split("|");

/** Words of a sheet's name that never tell two sites apart (the sheets' kinds' own words too). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...OTHER,
  ...KINDS.flatMap((k) => k.nameHints.flatMap(nameWords)),
]);
