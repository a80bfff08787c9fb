// Headings that negate or complement a field's meaning (new-user test brk8 #1): "Nicht nachhaltig",
// "Kein Abfall/Reststoff", "davon nicht nachhaltig (t)", "Conventional (t)", "Non conforme RED".
// Their words are those of the positive field with a negation, so the matcher read them as it: a
// meaning flipped without a word (first law). Such a heading is never matched to the positive field
// (nor to a quantity: it is a part, not the whole), and the add-in does not read a column the other
// way round; the column is refused at its heading (mapping-uncertain, reason negated-heading, an
// error), and what it would have told is unknown, never the positive and never a default:
// - on a sheet with a Sustainable field (deliveries, a ledger) its deliveries are not declared
//   (read.ts says every one, beside the unmapped Sustainable columns, and marks their rows);
// - on other sheets that feed the balances (receipts, production, transfers) the balances of the
//   products it names are incomplete (credit unknown, no declaration issued from them).
// A claim kept as a yes/no column ("ISCC compliant" yes/no, "EU RED konform", "Non conforme RED")
// states no claim the add-in knows: where the sheet has no Claim column it is refused at its heading
// (reason claim-yes-no), so the default claim never stands (unmapped-claims.ts). A compliance heading
// is never a GHG component ("EU RED konform" is not e_u). Pure: reads the grid only.
import { NO, YES, words } from "../engine/normalise";
import type { Consequence } from "../engine/catalogue/details-reasons";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import type { CellValue } from "./port";
import { negatedBar } from "./heading-bars";
import { claimHeading } from "./negated-words";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";

export { claimHeading, negationOf, type Negation } from "./negated-words";
const typed = (v: CellValue | undefined): string => (isBlank(v) ? "" : String(v).trim());

/** The unmapped columns of a recognised sheet: their index and heading, with values below. */
function unmappedColumns(grid: Grid, rec: Recognition): { col: number; heading: string; values: string[] }[] {
  const row = rec.headerRow;
  if (!rec.spec || row === null) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const out: { col: number; heading: string; values: string[] }[] = [];
  for (let c = 0; c < grid.width(row, row + 1); c++) {
    const heading = used.has(c) ? "" : grid.headerText(row, c);
    if (!heading) continue;
    const values: string[] = [];
    for (let r = row + 1; r < grid.rowCount; r++) {
      const t = typed(grid.value(r, c));
      if (t !== "") values.push(t);
    }
    if (values.length > 0) out.push({ col: c, heading, values });
  }
  return out;
}

/** Whether most of a column's values are numbers that answer no yes/no ("15", "2,5"; not "1"/"0" or "ja"). */
function amounts(values: readonly string[]): boolean {
  const numbers = values.filter((v) => /^[-+]?\d[\d.,' ]*$/.test(v) && !YES.has(v) && !NO.has(v));
  return numbers.length * 2 > values.length;
}

/** Whether a sheet holds deliveries whose sustainable part it states (deliveries, a combined ledger); receipts state theirs too, for credit. */
export function declares(rec: Recognition): boolean {
  return rec.kind !== "receipts" && (rec.spec?.fields.some((f) => f.id === "sustainable") ?? false);
}

/**
 * Every unmapped column whose heading negates "sustainable", "waste or residue" or "certified"
 * (negationOf; claims are claimYesNo's unless the user mapped the column or it holds quantities,
 * said with the label "compliant"), with values, in the sheet's order: an error at each heading
 * (the reason and label of its row of heading-bar-table.ts; `read` the negating words,
 * `mapped` the field of a mapping the user made and the reader set aside, rec.setAside). Each
 * heading is said at its own cell, never only the first of a sheet (p-held), by read.ts alone
 * whatever the order of the columns (p-bars). Empty when none.
 */
export function negatedColumns(grid: Grid, rec: Recognition): Finding[] {
  const out: Finding[] = [];
  for (const { col, heading, values } of unmappedColumns(grid, rec)) {
    const n = negatedBar(heading); // its meaning, and the reason and label said (heading-bar-table.ts)
    // a column the user mapped is said whatever it negates: the mapping is not used (p-misc)
    const mapped = rec.setAside?.find((s) => s.col === col)?.field;
    // a negated claim answering yes/no is claimYesNo's; one holding quantities ("Non-ISCC (t)",
    // "Non-compliant qty (t)") is the part that is not compliant, never nothing (p-notcert)
    if (!n || (n.meaning === "claim" && !mapped && !amounts(values))) continue;
    out.push(
      readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress((rec.headerRow ?? 0) + 1, col), {
        label: n.label ?? n.meaning,
        value: heading,
        read: n.words,
        reason: n.reason ?? "negated-heading",
        ...(mapped ? { mapped: rec.spec?.fields.find((f) => f.id === mapped)?.label ?? mapped } : {}),
        consequence: declares(rec) ? "deliveries-not-declared" : "credit-unknown",
      }),
    );
  }
  return out;
}

/**
 * The first unmapped column whose heading states a claim as yes or no (claimHeading) and whose
 * values answer yes or no, on a sheet with a Claim field it does not map: an error at its heading
 * (reason claim-yes-no) saying `consequence` (claims-no-credit on a sheet that gives credit,
 * claims-not-declared on deliveries). The caller leaves the rows' claim unknown (unmapped-claims.ts).
 */
export function claimYesNo(grid: Grid, rec: Recognition, consequence: Consequence): Finding | null {
  if (!rec.spec?.fields.some((f) => f.id === "claim") || rec.columns.has("claim")) return null;
  for (const { col, heading, values } of unmappedColumns(grid, rec)) {
    if (!claimHeading(heading)) continue;
    const answers = values.filter((v) => {
      const k = words(v).join(" ");
      return YES.has(k) || NO.has(k);
    });
    if (answers.length * 2 < values.length) continue;
    return readFinding(
      "mapping-uncertain",
      "error",
      grid.sheet.name,
      cellAddress((rec.headerRow ?? 0) + 1, col),
      {
        label: "Claim",
        value: heading,
        read: [...new Set(answers)]
          .slice(0, 2)
          .map((a) => `"${a}"`)
          .join(" and "),
        reason: "claim-yes-no",
        consequence,
      },
    );
  }
  return null;
}
