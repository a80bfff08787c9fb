// A claim column the reader did not recognise (issue 13, break-test #5): a sheet whose Claim field
// is unmapped while another, unmapped column holds claims ("nicht EU RED konform", "ISCC
// compliant"). The default claim (EU RED compliant, domain.md §2.4) is then a guess that could
// turn "not compliant" into "yes": the column is named in an error at its header, and the rows of a
// sheet whose claim is a characteristic of credit (receipts, ledgers, transfers) give no credit
// until the column is mapped: their credit is unknown, not none, so read.ts leaves the sheet's
// part out and the balances it feeds are incomplete (p-misc). Pure: reads the grid only.
import { readClaim } from "../engine/claims";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { claimYesNo } from "./negated-headings";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";

// columns of sustainability meaning the add-in does not read (p-claimbox), and negated headings, said where claims are
export { sayHeadingMeanings } from "./negated-headings";

/** Data rows looked at per column: claims are a column's vocabulary, a sample tells it. */
const SAMPLE_ROWS = 200;

/** Sheet kinds whose claim is a characteristic of the credit a row gives. */
const CREDIT_KINDS = new Set(["receipts", "ledger", "transfers"]);

export interface UnmappedClaims {
  finding: Finding;
  /** the rows give no credit: their claim cannot be known */
  costsCredit: boolean;
}

/**
 * The first unmapped column of a recognised sheet whose non-blank values, at least half of them
 * in the first SAMPLE_ROWS data rows, read as claims, where the sheet has a Claim field and it is
 * unmapped; null otherwise (also when the claim column is mapped, or nothing looks like one).
 */
export function unmappedClaims(grid: Grid, rec: Recognition): UnmappedClaims | null {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null || rec.columns.has("claim")) return null;
  const label = spec.fields.find((f) => f.id === "claim")?.label;
  if (!label) return null;
  // a claim kept as yes/no ("ISCC compliant", "Non conforme RED"): no claim, never the default
  const yesNo = claimYesNo(grid, rec, CREDIT_KINDS.has(rec.kind) ? "error" : "warning");
  if (yesNo) return { finding: yesNo, costsCredit: CREDIT_KINDS.has(rec.kind) };
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const width = (grid.sheet.values[header] ?? []).length;
  const last = Math.min(grid.rowCount, header + 1 + SAMPLE_ROWS);
  for (let c = 0; c < width; c++) {
    if (mapped.has(c)) continue;
    let values = 0;
    let claims = 0;
    let example = "";
    for (let r = header + 1; r < last; r++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      values++;
      const claim = readClaim(v);
      if (claim !== null && claim !== undefined) {
        claims++;
        if (example === "") example = v.trim();
      }
    }
    if (claims === 0 || claims * 2 < values) continue;
    const costsCredit = CREDIT_KINDS.has(rec.kind);
    const finding = readFinding(
      "mapping-uncertain",
      costsCredit ? "error" : "warning",
      grid.sheet.name,
      cellAddress(header + 1, c),
      {
        label,
        value: String(grid.value(header, c) ?? ""),
        read: example,
        unmapped: true,
        consequence: costsCredit ? "claims-no-credit" : "claim-not-assumed",
      },
    );
    return { finding, costsCredit };
  }
  return null;
}
