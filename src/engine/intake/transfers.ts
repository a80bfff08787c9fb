// Intake of transfers between sites. A transfer moves credit of one characteristic set, so its
// claim and characteristics are checked as a receipt's are (domain.md §4, §7): one the reader
// refused at its cell, or a denied, unclear or other scheme's claim, and the transfer moves no
// credit (rules/index.ts does not book it), rather than moving credit of any claim.
import { clean } from "../normalise";
import { refusedCharacteristic } from "./characteristics";
import { type Books } from "../records";
import { type Dec } from "../quantity";
import { d, type Intake, NO_HINTS, t, unreadable } from "./context";
import { creditUnknown, said, saidGhg } from "./left-out";
import { cellAt } from "../source-cells";
import { cellOf, finding } from "../findings";
import { GHG_COMPONENTS, type Ghg } from "../records";
import { type Source } from "../model";
import { type Row } from "../validate";
import { isGhg } from "./receipts";
import { arrivedByLoss } from "./transfer-loss";
import { differenceRefused, differenceWay } from "./transfer-difference";

/** The characteristics whose cell, refused by the reader, leaves the transfer's credit unknown. */
const CREDIT_FIELDS: ReadonlySet<string> = new Set([
  "claim",
  "rawMaterial",
  "countryOfOrigin",
  "wasteResidue",
  "annexIxPart",
]);

/** Transfers (domain.md §2, §4): the credit moved between two sites, refused where its claim is. */
export function transfers(io: Intake, list: unknown, books: Books): void {
  // (h-transfer3) which way a difference column beside both quantities runs, over all its rows
  const way = differenceWay(list);
  io.rows("transfer", list, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return false;
    // (brk22 §9) the quantity received beside the quantity sent, in its own unit where it names one
    const receivedUnit = row.received === undefined ? null : row.receivedUnit ? io.unit(row.receivedUnit, source, "received") : unit; // prettier-ignore
    if (row.received !== undefined && !receivedUnit) return false;
    // (brk25 T2) a quantity received refused at its cell ("0") is never "all of it arrived": the
    // transfer is left out, both sites' balances incomplete
    if (io.refused.includes("received") || unreadable(row).includes("received")) return false;
    // (h-transfer3) a difference beside both that is neither sent − received nor the column's other way
    if (differenceRefused(io, row, source, unit, way)) return false;
    // (brk25 §0) a loss in transit beside the quantity: what arrived is the quantity less the loss
    const arrived = arrivedByLoss(io, row, source, unit, row.received === undefined ? null : receivedUnit);
    if (arrived === false) return false;
    // (brk26 L4) the day it arrived beside the day it left: never before it
    const arrivalDate = arrivalOf(io, row, source);
    if (arrivalDate === false) return false;
    const scheme = io.scheme(row.scheme, source);
    const product = io.name(t(row.product));
    const before = io.findings.length;
    const unread = unreadable(row).find((f) => CREDIT_FIELDS.has(f));
    const refused = unread === undefined && refusedCharacteristic(io, row, scheme, source);
    const creditRefused = unread !== undefined || refused !== false;
    // a claim denied moves no credit, known; one refused here as unclear or of the other scheme
    // leaves the credit moved unknown, so both sites' accounts lack it (the reader counts its own)
    const dropped = io.refused.find((f) => CREDIT_FIELDS.has(f));
    if (dropped !== undefined) creditUnknown(io, "transfer", row, source, [], cellAt(source, dropped));
    else if (refused === "unknown") creditUnknown(io, "transfer", row, source, io.findings.slice(before));
    // each refusal that left the credit moved unknown says so (a denied claim says none moved)
    if (dropped !== undefined)
      for (const f of io.refused) if (CREDIT_FIELDS.has(f)) said(io, f, "credit-unknown");
    if (refused === "unknown")
      for (const f of ["claim", "annexIxPart"]) said(io, f, "credit-unknown", before);
    books.transfers.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      arrivalDate,
      fromSite: clean(t(row.fromSite)),
      toSite: clean(t(row.toSite)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount: io.amount(d(row.quantity) as Dec, unit, NO_HINTS),
      received: arrived
        ? { amount: io.amount(arrived, unit, NO_HINTS), unit }
        : row.received === undefined || !receivedUnit
          ? null
          : { amount: io.amount(d(row.received) as Dec, receivedUnit, NO_HINTS), unit: receivedUnit },
      characteristics: io.characteristics(row, scheme),
      ghg: transferGhg(io, row, source),
      creditRefused,
    });
  });
}

/**
 * (brk26 L4) The day a transfer arrived where its row states one after the day it left (YYYY-MM-DD):
 * the receiving site is credited on it (book/transfer.ts); null where it states none or the same
 * day; false where the transfer is refused: an arrival date the reader could not read (said at its
 * cell), or one before the day it left (arrival-before-dispatch at its cell).
 */
function arrivalOf(io: Intake, row: Row, source: Source): string | null | false {
  if (io.refused.includes("arrivalDate") || unreadable(row).includes("arrivalDate")) return false;
  const [sent, arrived] = [t(row.date), t(row.arrivalDate)];
  if (arrived === "" || arrived === sent) return null;
  if (arrived > sent) return arrived;
  const at = cellOf(source, "arrivalDate");
  const [from, to, product] = [t(row.fromSite), t(row.toSite), t(row.product)];
  io.findings.push(finding("arrival-before-dispatch", "error", at, { from, to, product, dispatched: sent, arrived })); // prettier-ignore
  return false;
}

// --- p-ghg2: GHG values on a transfer row ---
/**
 * The GHG values a transfer row states. They are not used: the credit a transfer moves keeps the
 * GHG values of the receipts it came from, which travel with each batch (domain.md §3, §6;
 * book/transfer.ts), never replaced by a value typed on the transfer. So they are never dropped
 * without a word: values read are a warning at their cell (`transfer-ghg-not-used`), values
 * refused (by intake or the reader) say so on their refusal, and the transfer's credit stands.
 * Returns the values read (the GHG checks still judge them), else null.
 */
function transferGhg(io: Intake, row: Row, source: Source): Ghg | null {
  const before = io.findings.length;
  const ghg = io.ghg(row, source);
  for (const f of io.refused) if (isGhg(f)) said(io, f, "transfer-ghg-unused");
  if (ghg === "unreadable") {
    saidGhg(io, "transfer-ghg-unused", before);
    return null;
  }
  if (ghg === null || io.refused.some(isGhg)) return ghg;
  const g = row.ghg as Row;
  const field = t(g.total) !== "" ? "total" : GHG_COMPONENTS.find((c) => t(g[c]) !== "");
  if (field === undefined) return ghg;
  io.findings.push(
    finding("transfer-ghg-not-used", "warning", cellOf(source, `ghg.${field}`), {
      field: `ghg.${field}`,
      value: t(g[field]),
    }),
  );
  return ghg;
}
// --- end p-ghg2
