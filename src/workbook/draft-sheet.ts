// A sheet named as a draft, plan, forecast, budget, template, test or copy ("Receipts draft",
// "Wareneingang Planung", "Produktionsplan", "Budget 2025", "Kopie von Receipts", "Receipts (2)"):
// rows someone expects, tries or copied, not the books. Read as any other sheet of its headings,
// its rows gave credit (receipts, production) or took it (deliveries) beside the real sheet's and
// SDs cited them, with no word (brk22 #2); a row whose status says "Entwurf" was refused, a whole
// sheet so named was not. It is refused at its header as an opening-balances sheet is
// (opening-sheet.ts): none of its rows booked and the balances it would feed incomplete, until it
// is renamed (it is the books) or removed. A sheet so named that reads as no table is left as it
// was (nothing of it is booked), and a kind the user chose for the sheet in the Sheets tab stands.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { kindSpec } from "./fields";
import type { Grid } from "./grid";
import { foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/** Words (folded) that make a sheet's name a draft, plan, forecast, budget, template, test or copy, in seven languages. */
const DRAFT_WORDS = [
  // en
  "drafts?|plans?|planned|planning|forecasts?|budgets?|estimates?|projections?|templates?|examples?|tests?|testing",
  "simulations?|scenarios?|dummy|mock ?up|what if|copy|copies|duplicate|backups?|wip|todo|expected",
  // de
  "entwurf|entwurfe|planung|geplant|plandaten|planzahlen|prognosen?|vorschau|hochrechnung|schatzung|vorlage|muster|beispiel",
  "szenario|kopie|sicherung|sicherungskopie|erwartet|soll(?! ist)",
  // fr
  "brouillon|previsions?|previsionnel(?:le)?s?|estimations?|modele|exemple|essai|copie",
  // es
  "borrador|prevision(?:es)?|presupuestos?|planificacion|estimacion|plantilla|ejemplo|prueba|simulacion|escenario|copia",
  // it
  "bozza|prevision[ei]|pianificazione|stima|modello|esempio|prova|simulazione",
  // nl
  "concept|ontwerp|prognoses?|begroting|schatting|sjabloon|voorbeeld|simulatie|kopie",
  // pl
  "szkic|prognoza|budzet|planowanie|szacunek|szablon|przyklad|proba|symulacja|scenariusz|kopia",
].join("|");

/** German and Dutch join a plan word to what it plans: "Produktionsplan", "Absatzplanung", "Inkoopplanning", "Mengenprognose". */
const DRAFT_TAIL =
  "[a-z]{3,}(?:plan|planung|planning|prognose|entwurf|vorschau|hochrechnung|budget|begroting)";

const DRAFT_NAME = new RegExp(`(?:^| )(?:${DRAFT_WORDS}|${DRAFT_TAIL})(?: |$)`);

/**
 * Excel's name for a sheet's copy: "Receipts (2)", a number from 2 to 99 without a leading zero
 * (brk23 7: "Receipts (2025)", "Eingang (01)" name a year or a month, not a copy).
 */
const COPY_NUMBER = /\((?:[2-9]|[1-9]\d)\)\s*$/;

/** LibreOffice's name for a sheet's copy: "Receipts_2"; a copy only beside the sheet it copies. */
const COPY_SUFFIX = /^(.+)_\d+\s*$/;

/**
 * (brk27 S1) Words that make a sheet's name an old or other version of a sheet it is kept beside
 * ("Warenausgang alt", "Receipts old", "Ontvangsten oud", "Réceptions ancien", "Vendite vecchio",
 * "Ventas viejo", "Przyjęcia stary", "Warenausgang 2025 v2", "Wareneingang Stand 30.06."): a
 * copy only beside that sheet (its name without them, years and numbers), as "_2" is; alone it
 * may be the books, and so may such a sheet of other rows beside it (last year's). A second line
 * of defence beside copied-sheet.ts, which judges copies by their rows.
 */
const OLD_WORD =
  /^(?:alt|alte|alter|altes|old|older|oud|oude|ancien|ancienne|anciens|vecchio|vecchia|vecchi|viejo|vieja|antiguo|antigua|stary|stara|stare|v\d{1,2}|stand)$/;

/** A sheet's name without years, numbers and old words: what it names beside its copies. */
function baseName(sheetName: string, old: boolean): string {
  const words = foldedWords(sheetName).split(" ");
  const cut = old ? words.indexOf("stand") : -1; // "Stand 30.06.": the date it stood at
  return (cut >= 0 ? words.slice(0, cut) : words)
    .filter((w) => !/^\d+$/.test(w) && !(old && OLD_WORD.test(w)))
    .join(" ");
}

/**
 * Whether `sheetName` holds an old word and `sheets` a sheet of its name without it ("Receipts
 * old" beside "Receipts"): copied-sheet.ts then takes one row alike as a copy of the whole sheet.
 * Not a draft by name alone: "Receipts old" of other rows beside "Receipts" is read.
 */
export function oldBeside(sheetName: string, sheets: ReadonlySet<string>): boolean {
  if (
    !foldedWords(sheetName)
      .split(" ")
      .some((w) => OLD_WORD.test(w))
  )
    return false;
  const base = baseName(sheetName, true);
  if (base === "") return false;
  for (const other of sheets) if (other !== sheetName && baseName(other, false) === base) return true;
  return false;
}

/** "ReceiptsDraft", "WareneingangEntwurf": words joined in camel case, split (brk23 6). */
const CAMEL = /(\p{Ll})(\p{Lu})/gu;

/** The particles of a place name joined by hyphens: "Plan-les-Ouates", "Plan-d'Orgon", "Le Plan-de-la-Tour". */
const PARTICLES = new Set(
  "les|lès|la|le|de|des|du|sur|sous|aux|en|am|an|im|ob|bei|di|del|della|op|aan|ter|ten".split("|"),
);

/**
 * A word of a sheet's name joined by hyphens through a particle is a place ("Lager
 * Plan-les-Ouates", a Swiss town), never a draft word (brk23 7): left out of the words matched.
 */
function withoutPlaces(sheetName: string): string {
  const place = (token: string) => {
    const parts = token.split("-");
    return parts.length > 1 && parts.slice(1).some((p) => PARTICLES.has(p) || /^[dl]['’]/.test(p));
  };
  return sheetName
    .split(/\s+/)
    .filter((t) => !place(t))
    .join(" ");
}

/** A firm's legal form or trade that follows a draft word makes both a firm's name: "Concept Biofuels", "Plan Energy GmbH". */
const FIRM =
  "gmbh|ag|kg|ohg|ltd|limited|inc|llc|plc|corp|bv|b v|nv|n v|sarl|sas|spa|s p a|srl|s r l|sl|s l|s a|oy|sp z o o|biofuels|fuels|energy|energie|energies|energia|oils|trading|chemicals|chemie|industries|group|gruppe|holding";

/** "Vorlage" before whom it is submitted to is a submission, not a template: "Wareneingang Vorlage Auditor". */
const SUBMITTED =
  "vorlage (?:(?:an|fur|fuer|zum|zur)(?: den| die)? )?(?:auditor(?:in|en)?|audit|prufer(?:in)?|zertifizierer|zertifizierungsstelle|iscc|zoll|behorde|finanzamt|bank|wirtschaftsprufer)";

/** The words of a name that are no draft word where they stand: a firm's name, a submission. */
const NOT_DRAFT = new RegExp(`(^| )(?:(?:${DRAFT_WORDS}) (?:${FIRM})|${SUBMITTED})(?= |$)`, "g");

/**
 * Whether a sheet's name says it is a draft, plan, forecast, budget, template, test or copy: one of
 * those words anywhere in it ("Receipts draft", "Kopie von Receipts", "Budget 2025"), a German or
 * Dutch compound ending in one ("Produktionsplan"), words joined in camel case ("ReceiptsDraft"),
 * Excel's "(2)" of a copy at its end (2 to 99), or LibreOffice's "_2" where `sheets` (the
 * workbook's sheet names) holds the sheet it copies ("Receipts_2" beside "Receipts"). Not a draft
 * word where it is part of a place joined by hyphens ("Plan-les-Ouates"), of a firm's name with its
 * legal form or trade ("Concept Biofuels"), or "Vorlage" naming whom the sheet is submitted to
 * ("Vorlage Auditor"). A draft word alone or beside the kind's name stays one ("Test", "Prova",
 * "Kopie", "Estimate", "Test Site": a sheet of tests on a site is as likely as a site named Test).
 */
export function namedForDraft(sheetName: string, sheets: ReadonlySet<string> = new Set()): boolean {
  if (COPY_NUMBER.test(sheetName)) return true;
  const base = COPY_SUFFIX.exec(sheetName)?.[1];
  if (base !== undefined && sheets.has(base.trim())) return true;
  const words = foldedWords(withoutPlaces(sheetName).replace(CAMEL, "$1 $2"));
  return DRAFT_NAME.test(words.replace(NOT_DRAFT, "$1"));
}

/** The kinds whose rows move quantities or convert them: what a draft of them would put in the books. */
const BOOKING = new Set(["receipts", "deliveries", "ledger", "production", "factors", "stock", "transfers"]);

/**
 * header-not-found, reason draft-sheet, at the header of sheet `grid` read complete as `rec`, a
 * kind whose rows are booked, where its name says draft, plan, forecast, budget, template, test or
 * copy (namedForDraft) and the user chose no kind for it (`forced`); `rec` is kept with its header
 * (read-plan refuses its rows as it does an opening-balances sheet's). Null otherwise.
 */
export function draftSheet(
  grid: Grid,
  rec: Recognition,
  forced: boolean,
  sheets: ReadonlySet<string> = new Set(),
): Finding | null {
  if (forced || !namedForDraft(grid.sheet.name, sheets)) return null;
  if (rec.spec === null || rec.missing.length > 0 || rec.headerRow === null || !BOOKING.has(rec.kind))
    return null;
  return readFinding("header-not-found", "error", grid.sheet.name, cellAddress(rec.headerRow + 1, 0), {
    label: kindSpec(rec.kind)?.label ?? rec.kind,
    reason: "draft-sheet",
    partial: true,
  });
}
