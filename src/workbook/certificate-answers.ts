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
// - certificate numbers: the certificate field, as before. Pure: the sheet's cells.
import { columnProfile } from "./column-profile";
import { type KindSpec } from "./fields";
import { type Grid } from "./grid";
import { type HeaderCell, type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { namesOnlyScheme } from "./scheme-headings";

/** Fields that hold a certificate's number, by id: a receipt's supplier's, a delivery's customer's, a ledger row's. */
const CERTIFICATE_FIELD = /[cC]ertificate$/;
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
