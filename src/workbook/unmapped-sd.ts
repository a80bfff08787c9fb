// A receipts sheet (or a combined ledger's receipts) with signs of sustainable material (a claim, a supplier certificate, GHG values,
// a Sustainable column) but no column read as the incoming SD number (new-user test: the SD column
// headed "Nº", "Nr.", "Beleg-Nr.", "Ref."). A receipt without an SD number is not sustainable
// (domain.md §2), so every receipt would silently give no credit. Such a generic heading is not
// guessed to be the SD number (it may hold invoice or delivery-note numbers): an error at the
// header names the columns that may hold the numbers and asks to rename or map it, the sheet's
// receipts give no credit, and the balances they feed are incomplete (read.ts). Pure: reads the grid.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Sign, signsOf, signsText } from "./blank-sd";
import type { Grid } from "./grid";
import { direction } from "./direction-words";
import { foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import type { ColumnMapping } from "./types";
import { cellAnswer, headingNamesSustainability } from "./unmapped-sustainable";

/** Data rows looked at: signs of sustainable material show in the first rows of a sheet. */
const SAMPLE_ROWS = 200;

/** The mapped fields whose values are signs of sustainable material (blank-sd.ts signsOf). */
const SIGN_FIELD = /^(?:claim|supplierCertificate|certificate|ghg\..+)$/;

/**
 * The words of a heading that names a document number and nothing else, folded: "Nº", "No.",
 * "Nr.", "N°", "#", "Beleg-Nr.", "Ref.", "Reference", "Document no.", "Doc-ID", "Numéro".
 * A heading of only these words may head the SD numbers, or invoice or delivery-note numbers.
 */
const NUMBER_WORDS = new Set(
  (
    "no|nr|n|nro|num|number|nummer|numero|numer|nummern|ref|refs|reference|referenz|referencia|riferimento|" +
    "referentie|beleg|belegnr|belegnummer|document|documents|doc|dokument|dokumentnr|dokumentnummer|documento|" +
    "id|ident|identifier|kennung"
  ).split("|"),
);

/** A heading's folded words, letters and digits only ("NwN-Nr." → ["nwn", "nr"]). */
function wordsOf(heading: string): string[] {
  return foldedWords(heading).split(" ").filter(Boolean);
}

/** Whether `heading` names a document number alone ("Nº", "Beleg-Nr.", "Reference", "#"). */
export function namesANumberOnly(heading: string): boolean {
  const words = wordsOf(heading);
  if (words.length === 0) return /^[#№]+$/u.test(heading.trim());
  return words.every((w) => NUMBER_WORDS.has(w));
}

/**
 * Folded words that name the SD itself or its German and French names ("SD", "PoS", "NwN" for
 * Nachhaltigkeitsnachweis, "Nachweis"), and a certificate beside it ("Certificate / SD").
 */
const SD_WORDS = new Set(
  "sd|sds|pos|poc|nwn|nachweis|nachweise|nachhaltigkeitsnachweis|nachhaltigkeitserklarung".split("|"),
);
const CERTIFICATE_WORDS = new Set(
  "certificate|cert|zertifikat|certificat|certificado|certificato".split("|"),
);

/**
 * Whether an unmapped column headed `heading` may hold the SD numbers: a heading of a document
 * number alone (namesANumberOnly), or one of SD words, number words and certificate words with an
 * SD word among them ("SD/PoS", "PoS-Nr.", "NwN-Nr.", "Nachweis", "Certificate / SD"), which the
 * recognition left unmapped because it may as well name a certificate or another number.
 */
export function mayHoldSdNumbers(heading: string): boolean {
  if (namesANumberOnly(heading)) return true;
  const words = wordsOf(heading);
  return (
    words.some((w) => SD_WORDS.has(w)) &&
    words.every((w) => SD_WORDS.has(w) || NUMBER_WORDS.has(w) || CERTIFICATE_WORDS.has(w))
  );
}

/** Sheet kinds whose rows take in credit with an incoming SD number: a receipts sheet, a combined ledger. */
const INCOMING = new Set(["receipts", "ledger"]);

/**
 * Whether row `r` (0-based) of a combined ledger is a receipt: its type reads "in" (direction
 * words), or, without a type column, its In quantity holds a value and its Out quantity none.
 */
function isReceiptRow(grid: Grid, rec: Recognition, r: number): boolean {
  const type = rec.columns.get("direction");
  if (type) return direction(text(grid.value(r, type.col))) === "in";
  const inCol = rec.columns.get("inQuantity");
  const outCol = rec.columns.get("outQuantity");
  return (
    inCol !== undefined &&
    text(grid.value(r, inCol.col)) !== "" &&
    (!outCol || text(grid.value(r, outCol.col)) === "")
  );
}

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/**
 * The error at the header of a receipts sheet that maps no SD number column while its first
 * SAMPLE_ROWS data rows show signs of sustainable material in its mapped claim, certificate or
 * GHG columns, or a yes in an unmapped column headed for sustainability. It is placed at the
 * heading of the first unmapped column headed for a document number alone (namesANumberOnly), all
 * of which it names, else at the header's first mapped column. Null otherwise, and where the
 * user's corrections unmap the SD number on the sheet (it has no SD column).
 */
export function unmappedSd(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[] = [],
): Finding | null {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null || !INCOMING.has(rec.kind) || rec.columns.has("sdNumber")) return null;
  const label = spec.fields.find((f) => f.id === "sdNumber")?.label;
  if (!label) return null;
  if (corrections.some((m) => m.sheet === grid.sheet.name && m.field === "sdNumber" && m.column === ""))
    return null;
  const signs = new Set<Sign>();
  const signCols = [...rec.columns].filter(([id]) => SIGN_FIELD.test(id));
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const width = (grid.sheet.values[header] ?? []).length;
  const unmapped: number[] = [];
  for (let c = 0; c < width; c++) if (!mapped.has(c)) unmapped.push(c);
  const sustainableCols = unmapped.filter((c) => headingNamesSustainability(grid.headerText(header, c)));
  // (brk12) a receipts sheet's own Sustainable column, read since receipts state it too
  const own = rec.columns.get("sustainable");
  if (own) sustainableCols.push(own.col);
  const last = Math.min(grid.rowCount, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < last; r++) {
    // a combined ledger's deliveries state a claim too: only its receipts are looked at
    if (rec.kind === "ledger" && !isReceiptRow(grid, rec, r)) continue;
    const values: Record<string, string> = {};
    for (const [id, m] of signCols) {
      const v = text(grid.value(r, m.col));
      if (v !== "") values[id] = v;
    }
    signsOf(values, signs);
    for (const c of sustainableCols) {
      const a = cellAnswer(grid.value(r, c));
      if (a === "yes" || a === "sign-yes" || a === "sustainable") signs.add("a Sustainable column");
    }
  }
  if (signs.size === 0) return null;
  const candidates = unmapped.filter((c) => mayHoldSdNumbers(grid.headerText(header, c)));
  const col = candidates[0] ?? Math.min(...mapped);
  return readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, col), {
    label,
    value: candidates.map((c) => `"${grid.headerText(header, c)}"`).join(", "),
    read: signsText(signs),
    reason: "sd-column-missing",
    consequence: "sds-no-credit",
  });
}
