// Yes/no flag columns of a certificate register (docs/reading-your-sheets.md "Certificate
// register"): "Gesperrt" = ja, "Suspended" = yes, "Entzogen" = ja, "Ungültig" = ja, "Gültig" =
// nein, "Aktiv" = nein, "Nicht gültig" = ja say the certificate's status as a Status column would.
// Such a column is read as part of the row's status (the register's "status" field): a flag that
// says suspended, withdrawn or not valid makes the row so, whatever a Status column beside it
// says valid (any that refuses the day refuses it); "yes" under a positive heading ("Gültig",
// "Valid", "Aktiv") and "no" under a negative one say nothing against the certificate. A blank or
// a value that is no yes/no mark is never read as either: the row's status is unreadable, refused
// at the cell (the engine's certificate-invalid "unreadable row" for receipts on it). A column
// headed with a validity word alone ("Gültigkeit", "Validity", "Validité", "Validez", "Validità",
// "Geldigheid") is read so too, its cells a yes/no mark or a status word. Pure.
import {
  certificateStatusWord,
  normaliseCertificateStatus,
  STATUS_WEIGHT,
  type CertificateStatus,
} from "../engine/certificate-status";
import type { Finding } from "../engine/result";
import type { Grid } from "./grid";
import { cellAddress } from "./a1";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { markOf } from "./status-marks";
import type { TableRow } from "./table-row";

/** Words of a flag heading that name the paper, not its status ("Zertifikat gesperrt?"). */
const FILLER = new Set(
  "zertifikat|zertifikats|certificate|cert|certificat|certificado|certificato|certificaat|ist|is|est|es|e|esta|flag|kennzeichen".split(
    "|",
  ),
);
/** A leading word that turns the heading round ("Nicht gültig", "Not suspended", "Niet geldig"). */
const NEGATION = new Set("nicht|not|non|no|niet|kein|keine|geen|ne|pas".split("|"));
/** Words of the list that head other columns than a flag (a date of issue, a check mark). */
const NOT_A_FLAG = new Set(["issued", "ok", "current", "aktuell"]);
/** A heading naming validity itself: its cells are a yes/no mark or a status word. */
const VALIDITY = new Set(
  "gultigkeit|gueltigkeit|validity|validite|validez|validita|geldigheid|zertifikatsgultigkeit|certificatevalidity".split(
    "|",
  ),
);

/** What a flag column's "yes" and "no" say of the certificate, and its heading. */
export interface CertificateFlag {
  col: number;
  heading: string;
  /** the status a "yes" says; null for a validity column, whose cells may hold a status word */
  yes: CertificateStatus | null;
  no: CertificateStatus | null;
}

const opposite = (s: CertificateStatus): CertificateStatus => (s === "valid" ? "not valid" : "valid");

/**
 * What a register column headed `heading` says as a yes/no flag (see the file comment), or null
 * when its heading is no such flag. "Nicht gesperrt": yes = valid, no = suspended.
 */
export function flagHeading(heading: string): Omit<CertificateFlag, "col" | "heading"> | null {
  const words = fold(heading)
    .replace(/\([^)]*\)/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w));
  if (words.length === 0) return null;
  if (words.length === 1 && VALIDITY.has(words[0] as string)) return { yes: null, no: null };
  const negated = words.length > 1 && NEGATION.has(words[0] as string);
  const key = (negated ? words.slice(1) : words).join("");
  if (NOT_A_FLAG.has(key)) return null;
  const says = certificateStatusWord(key);
  if (!says || says === "unknown") return null;
  return negated ? { yes: opposite(says), no: says } : { yes: says, no: opposite(says) };
}

/** The register's columns not mapped to a field whose heading is a flag (flagHeading). */
export function certificateFlags(grid: Grid, rec: Recognition): CertificateFlag[] {
  if (rec.spec?.kind !== "certificates" || rec.headerRow === null) return [];
  const mapped = new Set([...rec.columns.values()].map((c) => c.col));
  const out: CertificateFlag[] = [];
  const width = grid.width(rec.headerRow, rec.headerRow + 1);
  for (let col = 0; col < width; col++) {
    if (mapped.has(col)) continue;
    const heading = grid.headerText(rec.headerRow, col);
    const flag = flagHeading(heading);
    if (flag) out.push({ col, heading, ...flag });
  }
  return out;
}

/** What a flag's cell says: a status, or null when it is blank or no yes/no mark (or status word). */
function cellStatus(flag: CertificateFlag, v: unknown): CertificateStatus | null {
  const mark = markOf(typeof v === "string" ? fold(v) : v);
  if (mark !== null) return flag.yes === null ? (mark ? "valid" : "not valid") : mark ? flag.yes : flag.no;
  if (flag.yes !== null || typeof v !== "string" || v.trim() === "") return null;
  const status = normaliseCertificateStatus(v);
  return status === "unknown" ? null : status;
}

/**
 * The register row `row` read with the flag columns `flags` (see the file comment): its status
 * becomes the strongest a flag says against the certificate where its own Status says valid or is
 * blank (its cell the flag's); a flag cell blank or unclear makes the status unreadable, at that
 * cell, with an invalid-value error pushed to `out`. Changes `row` in place.
 */
export function applyFlags(
  grid: Grid,
  flags: readonly CertificateFlag[],
  row: TableRow,
  out: Finding[],
): void {
  if (flags.length === 0 || row.unreadable?.includes("status")) return;
  const r = row.source.row - 1;
  const own = normaliseCertificateStatus(typeof row.values.status === "string" ? row.values.status : "");
  let strongest: { status: CertificateStatus; cell: string } | null = null;
  for (const flag of flags) {
    const cell = cellAddress(row.source.row, flag.col);
    const v = grid.value(r, flag.col);
    const status = cellStatus(flag, v);
    if (status === null) {
      const text =
        v === null ? "" : typeof v !== "object" ? String(v) : "error" in v ? v.error : `=${v.formula}`;
      out.push(
        readFinding("invalid-value", "error", row.source.sheet, cell, {
          label: flag.heading,
          value: text,
          reason: "certificate-flag",
          read: flag.yes ?? "valid",
        }),
      );
      row.unreadable = [...(row.unreadable ?? []), "status"];
      row.source.cells.status = cell;
      return;
    }
    if (STATUS_WEIGHT[status] > STATUS_WEIGHT[strongest?.status ?? "valid"]) strongest = { status, cell };
  }
  if (!strongest || STATUS_WEIGHT[own] > 0) return;
  row.values.status = strongest.status;
  row.source.cells.status = strongest.cell;
}
