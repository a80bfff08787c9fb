// A claim column the reader did not recognise (issue 13, break-test #5): a sheet whose Claim field
// is unmapped while another, unmapped column holds claims ("nicht EU RED konform", "ISCC
// compliant"). The default claim (EU RED compliant, domain.md §2.4) is then a guess that could
// turn "not compliant" into "yes": the column is named in an error at its header, and each row's
// claim is unknown until the column is mapped. On a sheet whose claim is a characteristic of
// credit (receipts, ledgers, transfers) the rows give no credit: their credit is unknown, not
// none. On deliveries (p-misc) no delivery of the sheet is declared: a declaration states a claim,
// one without is EU RED compliant by default (iscc-rules.md §2), which is what a row answered
// "nein" or "not compliant" denies, and the add-in cannot tell which rows may carry which claim.
// Either way read.ts leaves the sheet's part out and the balances it feeds are incomplete.
// Pure: reads the grid only.
import { readClaim } from "../engine/claims";
import type { Finding } from "../engine/result";
import { cellAddress, columnIndex } from "./a1";
import type { Grid } from "./grid";
import { claimYesNo } from "./negated-headings";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";

/** Data rows looked at per column: claims are a column's vocabulary, a sample tells it. */
const SAMPLE_ROWS = 200;

/** Sheet kinds whose claim is a characteristic of the credit a row gives. */
const CREDIT_KINDS = new Set(["receipts", "ledger", "transfers"]);

/**
 * The first unmapped column of a recognised sheet whose non-blank values, at least half of them
 * in the first SAMPLE_ROWS data rows, read as claims, or which keeps a claim as yes/no
 * (claimYesNo), where the sheet has a Claim field and it is unmapped: an error at its heading,
 * after which every row's claim is unknown (the caller marks it unreadable and leaves the sheet's
 * part of the balances out). Null otherwise (also when the claim column is mapped, or nothing
 * looks like one).
 */
export function unmappedClaims(grid: Grid, rec: Recognition): Finding | null {
  const spec = rec.spec;
  const header = rec.headerRow;
  if (!spec || header === null || rec.columns.has("claim")) return null;
  const label = spec.fields.find((f) => f.id === "claim")?.label;
  if (!label) return null;
  // a claim kept as yes/no ("ISCC compliant", "Non conforme RED"): no claim, never the default
  const consequence = CREDIT_KINDS.has(rec.kind) ? "claims-no-credit" : "claims-not-declared";
  const yesNo = claimYesNo(grid, rec, consequence);
  if (yesNo) return yesNo;
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
    return readFinding("mapping-uncertain", "error", grid.sheet.name, cellAddress(header + 1, c), {
      label,
      value: String(grid.value(header, c) ?? ""),
      read: example,
      unmapped: true,
      consequence,
    });
  }
  return null;
}

/**
 * The findings of an unmapped claim column and of the columns that hold a sheet's deliveries back
 * (negated headings, unmapped sustainable columns: `held`) to say, one per heading, these in the
 * sheet's order: where the claim column is one of them, a claim kept as yes/no is said as such
 * (reason claim-yes-no), other answers ("non ISCC", "Nicht nachhaltig") as what the other finding
 * says; on receipts the claim's finding is kept (a yes/no finding there says only that the balances
 * are incomplete). Each still leaves what it says unknown on every row (read.ts).
 */
export function onePerHeading(claims: Finding | null, held: readonly Finding[]): Finding[] {
  const column = (f: Finding) => columnIndex((f.cell ?? "A1").replace(/\d+$/, ""));
  const others = [...held].sort((a, b) => column(a) - column(b)); // in the sheet's order
  const same = claims ? others.filter((f) => f.cell === claims.cell) : [];
  if (!claims || same.length === 0) return [...(claims ? [claims] : []), ...others];
  const yesNo = (claims.details as { reason?: string } | undefined)?.reason === "claim-yes-no";
  // on receipts the yes/no finding only holds the balances: the claim's says why no credit is given
  const receipts = same.every((f) => (f.details as { consequence?: string }).consequence === "receipts-held");
  return yesNo || receipts ? [claims, ...others.filter((f) => f.cell !== claims.cell)] : [...others];
}
