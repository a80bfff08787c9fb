// (p-certyn) A heading that names the certificate or a scheme ("Zertifikat", "Certificate",
// "Certificat", "Certificaat", "Certyfikat", "Certificado", "Certificato", "ISCC Zertifikat",
// "Certificado ISCC", "ISCC") heads either the certificate's number or a yes/no answer: is the
// material certified? Its values decide, as the column's profile reads them (column-profile.ts):
// - yes/no words or ticks ("ja"/"nein", "sí"/"no", "sim"/"não", "tak"/"nie", "x" and blanks): a
//   yes/no column of sustainability, placed as any yes/no heading is (part-columns.ts: beside the
//   yes/no column read it is a second one, refused at its heading, part-unplaced; alone it is
//   unmapped-sustainable.ts's). Before, such a column was kept off the certificate field by its
//   values (matcher.ts valueEvidence) and then read as nothing: "Certificado" no beside
//   "Sostenible" sí was dropped and the delivery declared;
// - certificate numbers: the certificate field, as before;
// - certificate numbers with yes/no words among them: neither, refused at its heading
//   (mapping-uncertain, reason certificate-or-answer), the sheet's rows held as for an unmapped
//   yes/no column (its "no" may deny that the row is sustainable). Before, "nein" was read as the
//   certificate's number. Pure: the sheet's cells.
import { NO, words, YES } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { columnProfile } from "./column-profile";
import { type KindSpec } from "./fields";
import { type Grid } from "./grid";
import { type HeaderCell, type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import { namesOnlyScheme } from "./scheme-headings";

/** Fields that hold a certificate's number, by id: a receipt's supplier's, a delivery's customer's, a ledger row's. */
const CERTIFICATE_FIELD = /[cC]ertificate$/;
/** A tick, or a yes or no word, in a certificate column is an answer ("none", "keine", "-": a number not given). */
const TICKS = new Set(["x", "ok", "✓", "✔"]);
const PLACEHOLDERS = new Set(["none", "keine", "kein", "-", "–"]);

/** Whether `heading` names the certificate (its best reading a certificate field) or only a scheme ("ISCC"). */
export function namesCertificate(spec: KindSpec, heading: string, learned?: Learned): boolean {
  if (namesOnlyScheme(heading)) return true;
  const best = lexicalHits(spec, heading, learned)[0];
  return !!best && best.score >= MATCH_THRESHOLD && CERTIFICATE_FIELD.test(spec.fields[best.field]?.id ?? "");
}

/**
 * The columns of `headers` not in `columns` whose heading names the certificate or a scheme
 * (namesCertificate) and whose sampled values (under header row `headerRow`, 0-based) answer
 * yes or no: at least 0.6 of them yes/no words or ticks, as matcher.ts keeps such a column off
 * the certificate. Their 0-based columns: each is a yes/no heading of sustainability (none
 * where the sheet has no header row).
 */
export function answeringCertificates(
  grid: Grid,
  spec: KindSpec,
  headerRow: number | null,
  headers: readonly HeaderCell[],
  columns: ReadonlyMap<string, { col: number }>,
  learned?: Learned,
): Set<number> {
  const used = new Set([...columns.values()].map((m) => m.col));
  const out = new Set<number>();
  if (headerRow === null) return out;
  for (const h of headers) {
    if (used.has(h.col) || !namesCertificate(spec, h.own, learned)) continue;
    const p = columnProfile(grid, headerRow, h.col);
    if (p.n > 0 && p.yesno - p.placeholder + p.tick >= 0.6) out.add(h.col);
  }
  return out;
}

/** Whether a cell of a certificate column answers yes or no instead of naming a certificate. */
function answers(v: unknown): boolean {
  if (typeof v === "boolean") return true;
  if (typeof v !== "string") return false;
  const w = words(v).join(" ");
  return TICKS.has(w) || ((YES.has(w) || NO.has(w)) && !PLACEHOLDERS.has(w) && !/^[A-Z]{2}$/.test(v.trim()));
}

/**
 * The certificate column of a sheet read by recognition (not mapped by the user) that holds yes/no
 * answers among its certificate numbers (see the file comment): an error at its heading, with its
 * first answer (`read`) and first number (`missing`); null where there is none. Every row is looked at.
 */
export function mixedCertificate(grid: Grid, rec: Recognition): Finding | null {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null) return null;
  for (const [field, m] of rec.columns) {
    if (!CERTIFICATE_FIELD.test(field) || m.confidence === "remembered") continue;
    let answer = "";
    let number = "";
    for (let r = header + 1; r < grid.rowCount && !(answer && number); r++) {
      const v = grid.value(r, m.col);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (answers(v)) answer ||= String(v).trim();
      else if (typeof v === "string") number ||= v.trim();
    }
    if (!answer) continue;
    return readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, m.col), {
      label: spec.fields.find((f) => f.id === field)?.label ?? field,
      value: m.header,
      read: answer,
      missing: number,
      reason: "certificate-or-answer",
      consequence: rec.kind === "receipts" ? "receipts-held" : "deliveries-not-declared",
    });
  }
  return null;
}
