// (brk12 #2, p-parts) The part-like columns of a sheet that part-columns.ts could not place, each
// refused at its heading: a third column of the part ("ISCC (t)" beside "Nachhaltig" and "davon
// nachhaltig (t)"), a second yes/no column ("Sustainable" beside "Nachhaltig"), a bare share
// ("Anteil (%)", "Share (%)") whose heading does not say of what. A column blank throughout states
// nothing and is not refused. What such a column says of each row is unknown, never dropped: the
// sheet's deliveries are not declared, the balances its receipts feed are incomplete (the caller
// holds them, as for unmappedSustainable). Pure: the sheet's cells.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { type HeaderCell } from "./matcher";
import { answeringCertificates, mixedCertificate } from "./certificate-answers";
import { PART_FIELDS, sortParts } from "./part-columns";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import type { ColumnMapping } from "./types";
import { unmappedSustainable } from "./unmapped-sustainable";

/**
 * The part-like columns part-columns.ts could not place (sortParts `unplaced`) that hold a value,
 * each said at its heading (mapping-uncertain `part-unplaced`; `missing` the headings the part is
 * read from, quoted, "" where none; `read` its first value). Empty where a user's correction
 * unmapped a part field, or the sheet has no sustainable part.
 */
export function unplacedParts(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[] = [],
): Finding[] {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null) return [];
  const ours = (m: ColumnMapping) => m.sheet === grid.sheet.name && m.column === "";
  if (corrections.some((m) => ours(m) && (PART_FIELDS as readonly string[]).includes(m.field))) return [];
  const width = (grid.sheet.values[header] ?? []).length;
  const headers: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const own = grid.headerText(header, c);
    headers.push({ col: c, own, combined: own });
  }
  const read = PART_FIELDS.flatMap((f) => rec.columns.get(f) ?? [])
    .sort((a, b) => a.col - b.col)
    .map((m) => `"${m.header}"`);
  const rivals = new Set((rec.rivals ?? []).map((r) => r.col));
  const answering = answeringCertificates(grid, spec, header, headers, rec.columns);
  const { unplaced } = sortParts(spec, headers, rec.columns, new Set(), undefined, rivals, answering);
  return unplaced
    .filter((h) => firstValue(grid, header, h.col) !== "")
    .map((h) =>
      readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, h.col), {
        label: spec.fields.find((f) => f.id === PART_FIELDS[0])?.label ?? PART_FIELDS[0],
        value: h.own,
        read: firstValue(grid, header, h.col),
        missing: read.join(" and "),
        reason: "part-unplaced",
        consequence: rec.kind === "receipts" ? "receipts-held" : "deliveries-not-declared",
      }),
    );
}

/** The first value under a heading, as typed ("" where the column is blank). */
function firstValue(grid: Grid, header: number, col: number): string {
  for (let r = header + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, col);
    if (v !== null && v !== undefined && String(v).trim() !== "") return String(v).trim();
  }
  return "";
}

/**
 * The columns that leave a row's sustainable part unknown, each an error at its heading: an
 * unmapped yes/no column (unmappedSustainable; `said`: headings said already), a certificate
 * column with yes/no answers among its numbers (mixedCertificate) and a part column that could not
 * be placed (unplacedParts). The caller holds the sheet's rows for each.
 */
export function heldParts(
  grid: Grid,
  rec: Recognition,
  corrections: readonly ColumnMapping[],
  said: ReadonlySet<string>,
): Finding[] {
  const flags = unmappedSustainable(grid, rec, corrections, said);
  const mixed = mixedCertificate(grid, rec); // (p-certyn) "Certificado": numbers and "no"
  if (mixed && !flags.some((f) => f.cell === mixed.cell)) flags.push(mixed);
  const at = new Set(flags.map((f) => f.cell));
  return [...flags, ...unplacedParts(grid, rec, corrections).filter((f) => !at.has(f.cell))];
}
