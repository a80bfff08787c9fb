// Intake of receipts: the incoming material, sustainable where it has an incoming SD.
import { clean, partyKey } from "../normalise";
import { sdKey } from "../sd-key";
import { deniedClaim, refusedCharacteristic } from "./characteristics";
import { ownHeat } from "./energy-content";
import { type Books } from "../records";
import { type Row } from "../validate";
import { d, type Intake, t, unreadable } from "./context";
import { unconvertedOf } from "./unconverted-of";
import { creditUnknown, said, saidGhg } from "./left-out";
import { measure } from "./movement";
import { cellAt } from "../source-cells";
import { receiptPartRefused } from "./receipt-part";

/** Fields whose unreadable value means a receipt gives no credit (domain.md §4, §7). */
const CREDIT_FIELDS = new Set([
  "sdNumber",
  "supplierCertificate",
  "scheme",
  "claim",
  "rawMaterial",
  "countryOfOrigin",
  "wasteResidue",
  "annexIxPart",
  "sustainablePart",
  "sustainable",
]);

export const isGhg = (field: string): boolean => field.startsWith("ghg.");
/**
 * Whether an unreadable `field` of `row` costs the row its credit: a claim or characteristic, the
 * GHG total or unit, or a GHG component where no total is given (the total would be summed from
 * the components that remain). A component beside a readable total costs nothing: the total stands.
 */
export function costsCredit(row: Row, field: string): boolean {
  if (CREDIT_FIELDS.has(field)) return true;
  if (!isGhg(field)) return false;
  if (field === "ghg.total" || field === "ghg.unit") return true;
  const g = row.ghg && typeof row.ghg === "object" ? (row.ghg as Row) : null;
  return !d(g?.total);
}

/**
 * The first of the refused or unreadable `fields` of `row` that costs it its credit (costsCredit),
 * else undefined; most rows have none. A function, not a closure over `row` in the reader of
 * receipts: that made V8 allocate a context for `row` on every receipt (bench/RESULTS.md round 21).
 */
function creditCost(row: Row, fields: readonly string[]): string | undefined {
  for (const f of fields) if (costsCredit(row, f)) return f;
  return undefined;
}

/**
 * Says on each refusal of the current receipt that left its credit unknown what followed: the
 * fields validation refused that cost credit, the GHG values intake refused (unit, total or
 * components), and the claim and Annex IX part where intake refused them as unclear
 * (`characteristics`), not denied.
 */
function saidUnknown(io: Intake, row: Row, before: number, characteristics: boolean): void {
  for (const f of io.refused) if (costsCredit(row, f)) said(io, f, "credit-unknown");
  saidGhg(io, "credit-unknown", before);
  if (!characteristics) return;
  said(io, "claim", "credit-unknown", before);
  said(io, "annexIxPart", "credit-unknown", before);
}

/** Receipts (domain.md §2, §7): a receipt with an SD number is sustainable unless something that gives credit is unreadable. */
export function receipts(io: Intake, list: unknown, books: Books): void {
  io.rows("receipt", list, (row, source, seq) => {
    const m = measure(io, row, source);
    if (!m) return false;
    const { unit, hints, scheme, amount } = m;
    const product = io.name(t(row.product));
    const supplier = clean(t(row.supplier));
    const sd = clean(t(row.sdNumber));
    const before = io.findings.length;
    const ghg = io.ghg(row, source);
    // an unreadable claim, characteristic or GHG value never becomes a default: the receipt is stock only
    const readable = sd !== "" && ghg !== "unreadable" && creditCost(row, unreadable(row)) === undefined;
    // a stated part below the quantity is never credited as the whole (receipt-part.ts)
    const part = readable && receiptPartRefused(io, row, source, m);
    const refused = readable && !part ? refusedCharacteristic(io, row, scheme, source) : false;
    const sustainable = readable && !refused && !part;
    // refused by the engine for a value that could not be read (not a denied claim): the credit is
    // unknown, not none (domain.md §4), so its account is incomplete; the reader counts its own cells
    if (sd !== "") {
      const dropped = creditCost(row, io.refused);
      const unknown = ghg === "unreadable" ? !deniedClaim(row, scheme) : refused === "unknown" || part;
      if (dropped !== undefined) creditUnknown(io, "receipt", row, source, [], cellAt(source, dropped));
      else if (unknown) creditUnknown(io, "receipt", row, source, io.findings.slice(before));
      // each refusal that left the credit unknown says so (a denied claim says no credit)
      if (dropped !== undefined || unknown) saidUnknown(io, row, before, refused === "unknown");
    }
    // a GHG component beside a readable total: the total stands (costsCredit)
    for (const f of io.refused) if (isGhg(f) && !costsCredit(row, f)) said(io, f, "ghg-total-used");
    // a literal, not a class: V8 allocates 100,000 records of one literal in the old generation
    // once it sees them live (allocation-site pretenuring); objects of a class are copied twice
    // (h-twins) the fields it shares with a delivery's, spread from one head builder into both
    // literals, made Check ~9× slower and +500 MB at peak (bench, 2026-12-05): each keeps its own
    books.receipts.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount,
      unconverted: unconvertedOf(amount, unit, hints),
      sustainable,
      sd,
      sdKey: sdKey(sd),
      supplier,
      supplierKey: partyKey(supplier),
      supplierCertificate: clean(t(row.supplierCertificate)),
      characteristics: io.characteristics(row, scheme),
      ghg: ghg === "unreadable" ? null : ghg,
      installationStartDate: io.installationStart(t(row.installationStartDate), source),
      dispatchDate: t(row.dispatchDate) || null,
      heat: ownHeat(io, row, source, m, "receipt"),
      // set aside by the rules stage, so the MB Ledger shows it as a receipt without credit
      creditUnreadable: sd !== "" ? !sustainable : unreadable(row).includes("sdNumber"),
    });
    // an installation start refused (not a day, or a year the threshold changes in) is no date
    if (io.findings.length > io.rowFrom) said(io, "installationStartDate", "strictest-threshold");
    // a dispatch date refused is none: certificate-invalid checks the receipt date in its place
    if (io.refused.length > 0) said(io, "dispatchDate", "receipt-date-used");
  });
}
