// A sheet named for opening or carried-over balances ("Opening balances", "Anfangsbestand 2025",
// "Saldovortrag", "Report à nouveau", "Saldo iniziale", "Beginvoorraad", "Bilans otwarcia"): last
// year's remaining credit or stock, typed as lines. The add-in has no row for opening credit or
// stock (an opening line is refused wherever it is written: opening-rows.ts), so such a sheet read
// as receipts would credit its lines a second time, on top of the carry-forward (brk19 #8). It is
// refused at its header, its rows never booked and the balances they would feed incomplete; a
// sheet so named whose headings read as stock counts, deliveries or production is read as usual.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { kindSpec } from "./fields";
import type { Grid } from "./grid";
import type { Learned } from "./matcher";
import { foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { HEADER_SCAN_ROWS, recognise } from "./recognise";
import type { ColumnMapping } from "./types";

/** The names, folded (lower case, no accents, words apart), of an opening or carried-over balance, in seven languages. */
const OPENING_NAMES = [
  // en
  "opening balances?|opening stocks?|opening inventor(?:y|ies)|opening credits?|opening positions?",
  "(?:balances? )?brought forward|(?:balances? )?b f|(?:balances? )?carried forward|carry forwards?|carry ?overs?",
  // de
  "anfangsbestand(?:e|e?s)?|anfangssald(?:o|en)|sald(?:o|en)vortrag(?:e)?|vortrag(?:e)?|(?:u|ue)bertrag(?:e)?",
  "bestandsvortrag|eroe?ffnungsbestand|eroe?ffnungssaldo|eroe?ffnungsbilanz|vorjahresbestand|guthabenvortrag|mengenvortrag",
  // fr
  "reports? a nouveaux?|a nouveaux|soldes? d ouverture|solde initial|soldes initiaux|soldes? reportes?|stocks? d ouverture|stock initial|stocks initiaux",
  // es
  "saldos? inicial(?:es)?|saldos? de apertura|existencias? inicial(?:es)?|inventario inicial|saldo anterior",
  // it
  "saldo iniziale|saldi iniziali|sald[oi] di apertura|giacenz[ae] inizial[ei]|rimanenz[ae] inizial[ei]|esistenz[ae] inizial[ei]|riport[oi]",
  // nl
  "beginvoorraad|beginsald(?:o|i|os)|openingssaldo|openingsbalans|openingsvoorraad|beginbalans|beginstand",
  // pl
  "bilans otwarcia|sald[oa] poczatkowe|sald[oa] otwarcia|stan poczatkowy|stany poczatkowe|zapas poczatkowy",
].join("|");

/** Words that may stand around the name: a year or date, "aus 2024", "from last year", "(t)". */
const AROUND =
  "\\d+|aus|vom|von|dem|der|zum|per|vorjahr|vorjahres|jahr|from|of|at|as|last|prior|previous|year|de|du|des|l|del|dal|al|anno|ano|annee|van|het|vorig|jaar|z|roku|t|kg";

const OPENING_SHEET = new RegExp(`^(?:(?:${AROUND}) )*(?:${OPENING_NAMES})(?: (?:${AROUND}))*$`);

/** Whether a sheet's name says it holds opening or carried-over balances ("Anfangsbestand 2025"), not a name that only holds such a word. */
export function namedForOpening(sheetName: string): boolean {
  return OPENING_SHEET.test(foldedWords(sheetName));
}

/** The kinds a sheet so named is refused as: those whose rows would give credit in. */
const CREDITING = new Set(["receipts", "ledger"]);

const holdsNumber = (grid: Grid): boolean => {
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.width(r, r + 1); c++) if (typeof grid.value(r, c) === "number") return true;
  return false;
};

/**
 * header-not-found, reason opening-sheet, at the header of sheet `grid` recognised as `rec` where
 * its name says opening or carried-over balances and its rows would be read as receipts or a
 * combined ledger, or it is read as no table at all though it holds numbers (its quantities:
 * "Product | Opening balance (t)", no date); `rec` then as receipts, with the columns that name its
 * products (left-out-sheet.ts incompleteSheet). Null for any other sheet, and where it is read
 * complete as another kind (stock counts: how an opening stock is entered).
 */
export function openingSheet(
  grid: Grid,
  rec: Recognition,
  corrections: ColumnMapping[],
  learned: Learned,
): { rec: Recognition; said: Finding } | null {
  if (!namedForOpening(grid.sheet.name)) return null;
  const complete = rec.spec !== null && rec.missing.length === 0;
  if (complete && !CREDITING.has(rec.kind)) return null;
  if (!complete && !holdsNumber(grid)) return null;
  const read = CREDITING.has(rec.kind) ? rec : recognise(grid, { corrections, learned, kind: "receipts" });
  const header = read.headerRow ?? firstFilled(grid);
  const said = readFinding("header-not-found", "error", grid.sheet.name, cellAddress(header + 1, 0), {
    label: kindSpec(read.kind)?.label ?? read.kind,
    reason: "opening-sheet",
    partial: true,
  });
  return { said, rec: { ...read, headerRow: header, missing: [] } };
}

function firstFilled(grid: Grid): number {
  const rows = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  for (let r = 0; r < rows; r++) if (grid.width(r, r + 1) > 0) return r;
  return 0;
}
