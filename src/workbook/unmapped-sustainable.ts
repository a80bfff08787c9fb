// A sustainable yes/no column the reader did not recognise (new-user test: "Durable: non"). A
// delivery sheet without a Sustainable column lists only sustainable deliveries (domain.md §2: a
// row without a sustainable part is declared whole, engine/intake/deliveries.ts). When the sheet
// does have such a column under a heading the reader missed, that rule is a guess that turns "no"
// into "yes": the column is named in an error at its header, and the sheet's deliveries are not
// declared until it is mapped (domain.md §7: what cannot be read is never taken as yes). The same
// reading as unmapped-claims.ts, for the Sustainable field. Pure: reads the grid only.
import { EXCEL_BOOLEANS, words } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import { unreadMeaningOf } from "./header-words";
import { namesOnlyScheme } from "./scheme-headings";
import { namesSd, sdCoverage } from "./sd-coverage";
import type { ColumnMapping } from "./types";

/** Data rows looked at per column: a yes/no column says so in its first rows. */
const SAMPLE_ROWS = 200;

/** The fields that state a delivery's sustainable part: either mapped, and the sheet says it. */
const PART_FIELDS = ["sustainable", "sustainablePart"];

/** What one cell answers: a yes/no word, a sign ("x", "-", "0"), a word about sustainability, or nothing of these. */
export type Answer = "yes" | "no" | "sign-yes" | "sign-no" | "sustainable" | "not-sustainable" | null;

// The answer words of the workbook's languages, accent-folded (normalise.ts words): en, de, fr, nl,
// es, it, pt, pl, da, sv, no. Stems catch "sustainable", "sustainability", "durable", "durabilité".
const YES_WORDS = new Set(["yes", "ja", "oui", "si", "sim", "tak", ...EXCEL_BOOLEANS.yes]);
const NO_WORDS = new Set(["no", "nein", "non", "nee", "nao", "nie", "nej", "nei", ...EXCEL_BOOLEANS.no]);
const NEGATING_WORDS = new Set([
  "not",
  "nicht",
  "niet",
  "geen",
  "sin",
  "senza",
  "bez",
  "ikke",
  "inte",
  "ohne",
  "without",
  "pas",
  "sans",
  "zonder",
]);
const SUSTAINABILITY_STEMS = [
  "sustainab",
  "nachhaltig",
  "durabl",
  "durabilit",
  "duurzaam",
  "sostenib",
  "sustentav",
  "zrownowaz",
  "baeredygtig",
  "hallbar",
  "iscc",
  "certified",
  "zertifiziert",
  "certifie",
  "gecertificeerd",
  "compliant",
  "konform",
  "conforme",
];
/** Words of material that is not sustainable: "conventional", "konventionell", "unsustainable". */
const NOT_SUSTAINABLE_STEMS = [
  "conventional",
  "konventionell",
  "conventionnel",
  "conventioneel",
  "convencional",
  "convenzional",
  "unsustainab",
  "nonsustainab",
  "nichtnachhaltig",
  "uncertified",
  "niezrownowaz",
  "konwencjonaln",
  "unzertifiziert",
  "noncompliant",
];

const SIGNS_YES = new Set(["x", "y", "j", "ok", "✓", "✔", "1"]);
const SIGNS_NO = new Set(["-", "–", "n", "0", "none", "kein", "keine"]);

const hasStem = (w: string, stems: readonly string[]) => stems.some((s) => w.startsWith(s));

/**
 * What a cell's text answers, read on its accent-folded words: "oui", "sí", "ja", "yes" → yes;
 * "non", "no", "nein", "nee" → no; "x", "✓", "1" and "-", "n", "0" as signs (they tell only under
 * a heading about sustainability); a word of sustainability ("ISCC", "nachhaltig", "durable") →
 * sustainable, negated ("non ISCC", "not sustainable - conventional", "nicht nachhaltig") or a word
 * of conventional material ("conventional", "konventionell") → not sustainable. Null otherwise.
 */
export function answerOf(text: string): Answer {
  const t = text.trim().toLowerCase();
  if (SIGNS_YES.has(t)) return "sign-yes";
  if (SIGNS_NO.has(t)) return "sign-no";
  const w = words(t);
  if (w.length === 0) return null;
  // "mit SD" / "ohne SD", "with PoS" / "without PoS", "avec DD" / "sans DD" (sd-coverage.ts)
  const covered = sdCoverage(t);
  if (covered !== null) return covered ? "sustainable" : "not-sustainable";
  if (w.length === 1 && YES_WORDS.has(w[0] as string)) return "yes";
  if (w.length === 1 && NO_WORDS.has(w[0] as string)) return "no";
  if (w.some((x) => hasStem(x, NOT_SUSTAINABLE_STEMS))) return "not-sustainable";
  if (!w.some((x) => hasStem(x, SUSTAINABILITY_STEMS))) return null;
  const negated = w.some((x) => NEGATING_WORDS.has(x) || NO_WORDS.has(x));
  return negated ? "not-sustainable" : "sustainable";
}

/** Words of a certificate: a heading "Zertifikat" over ticks says per row whether the delivery is certified. */
const CERTIFICATE_STEMS = ["zertifikat", "certificat", "certificad", "certificaat", "certifikat"];

/**
 * Whether a heading names sustainability or a scheme ("ISCC", "RSB", "Durable?", "Nachhaltig (J/N)"), a certificate
 * ("Zertifikat", "Certificate") or the declaration ("SD ausgestellt", "PoS issued"; brk11).
 */
export function headingNamesSustainability(heading: string): boolean {
  const stems = [...SUSTAINABILITY_STEMS, ...NOT_SUSTAINABLE_STEMS];
  const certificate = (w: string) => CERTIFICATE_STEMS.some((s) => w.includes(s)); // "Kundenzertifikat"
  return (
    namesSd(heading) ||
    namesOnlyScheme(heading) ||
    words(heading).some((w) => hasStem(w, stems) || certificate(w))
  );
}

/**
 * Whether a column's answers (its non-blank cells, and blanks of data rows as `blanks`) say for
 * each delivery whether it is sustainable, some of them "no": at least half of its values answer,
 * and a "no" is told by a word ("non", "nein", "not sustainable", "conventional"), or, under a
 * heading about sustainability, by a sign ("-", "0") or a blank beside "x" marks.
 */
export function tellsNotSustainable(answers: Answer[], blanks: number, heading: boolean): boolean {
  const values = answers.length;
  const read = answers.filter((a) => a !== null).length;
  if (read === 0 || read * 2 < values) return false;
  const has = (a: Answer) => answers.includes(a);
  if (has("no") || has("not-sustainable")) return true;
  if (!heading) return false;
  return has("sign-no") || (blanks > 0 && (has("sign-yes") || has("yes")));
}

/** What one cell answers (answerOf), a boolean as a sign; a number or a date answers nothing. */
export const cellAnswer = (v: unknown): Answer =>
  typeof v === "string" ? answerOf(v) : typeof v === "boolean" ? (v ? "sign-yes" : "sign-no") : null;

/** A column's answers in its first data rows (SAMPLE_ROWS): see columnAnswers. */
export interface ColumnAnswers {
  /** each non-blank cell's answer, in row order */
  answers: Answer[];
  /** blank cells of rows `dataRow` says are bookings (0 without `dataRow`) */
  blanks: number;
  /** the first value answering no ("nein", "-", "conventional"), trimmed; "" if none */
  no: string;
  /** the first value answering anything, trimmed; "" if none */
  first: string;
}

/**
 * The answers of column `c` in the first SAMPLE_ROWS rows below header row `header`: each non-blank
 * cell's (cellAnswer), the blanks of rows `dataRow` accepts, and the first "no" and first answer as
 * written, to quote. Shared by the delivery (unmappedSustainable) and production (production-yes-no.ts) scans.
 */
export function columnAnswers(
  grid: Grid,
  header: number,
  c: number,
  dataRow?: (r: number) => boolean,
): ColumnAnswers {
  const out: ColumnAnswers = { answers: [], blanks: 0, no: "", first: "" };
  const last = Math.min(grid.rowCount, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < last; r++) {
    const v = grid.value(r, c);
    if (isBlank(v)) {
      if (dataRow?.(r)) out.blanks++;
      continue;
    }
    const a = cellAnswer(v);
    out.answers.push(a);
    if (out.first === "" && a !== null) out.first = String(v).trim();
    if (out.no === "" && (a === "no" || a === "not-sustainable" || a === "sign-no"))
      out.no = String(v).trim();
  }
  return out;
}

/**
 * Every unmapped column of a sheet with a Sustainable field (deliveries, a combined ledger) whose
 * values say that some deliveries are not sustainable (tellsNotSustainable), where neither the
 * Sustainable field nor the sustainable part is mapped: an error at each one's header, in the
 * sheet's order; empty otherwise. A column whose heading is said already (`said`, the cells of the
 * negated headings: negated-headings.ts) is not said again. A user's correction that unmaps
 * Sustainable on the sheet says it has no such column: empty.
 */
export function unmappedSustainable(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[] = [],
  said: ReadonlySet<string> = new Set(),
): Finding[] {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null || !spec.fields.some((f) => f.id === "sustainable")) return [];
  if (PART_FIELDS.some((id) => rec.columns.has(id))) return [];
  if (
    corrections.some((m) => m.sheet === grid.sheet.name && PART_FIELDS.includes(m.field) && m.column === "")
  )
    return [];
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  // a second column of a field read ("THG lt. SD", a second "SD-Nr."): its "-" is no "nein" (value-rivals.ts)
  for (const r of rec.rivals ?? []) mapped.add(r.col);
  const width = (grid.sheet.values[header] ?? []).length;
  const out: Finding[] = [];
  for (let c = 0; c < width; c++) {
    if (mapped.has(c) || said.has(cellAddress(header + 1, c))) continue;
    const heading = String(grid.value(header, c) ?? "");
    // "Low ILUC risk", "Land use change": yes/no about another matter, said in its own words (unread-meaning.ts)
    if (unreadMeaningOf(heading) !== null) continue;
    const { answers, blanks, no, first } = columnAnswers(grid, header, c, (r) => isDataRow(grid, r, mapped));
    const named = headingNamesSustainability(heading);
    if (!tellsNotSustainable(answers, blanks, named)) continue;
    out.push(
      readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, c), {
        label: "Sustainable yes/no",
        value: heading,
        read: no || first,
        unmapped: true,
        // (brk12) on receipts, whether each one is sustainable: the balances they feed held
        consequence: rec.kind === "receipts" ? "receipts-held" : "deliveries-not-declared",
      }),
    );
  }
  return out;
}

/** A row with a value in a mapped column: a booking, whose blank cell in another column is an answer. */
function isDataRow(grid: Grid, r: number, mapped: ReadonlySet<number>): boolean {
  for (const c of mapped) {
    if (!isBlank(grid.value(r, c))) return true;
  }
  return false;
}
