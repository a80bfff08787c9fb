// Intake of transfers between sites. A transfer moves credit of one characteristic set, so its
// claim and characteristics are checked as a receipt's are (domain.md §4, §7): one the reader
// refused at its cell, or a denied, unclear or other scheme's claim, and the transfer moves no
// credit (rules/index.ts does not book it), rather than moving credit of any claim.
import { clean } from "../normalise";
import { refusedCharacteristic } from "./characteristics";
import { type Books } from "../records";
import { type Dec } from "../quantity";
import { d, type Intake, NO_HINTS, t, unreadable } from "./context";
import { nullIfUnreadable } from "./deliveries";
import { creditUnknown, said } from "./left-out";
import { cellAt } from "../source-cells";

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
  io.rows("transfer", list, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return false;
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
      fromSite: clean(t(row.fromSite)),
      toSite: clean(t(row.toSite)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount: io.amount(d(row.quantity) as Dec, unit, NO_HINTS),
      characteristics: io.characteristics(row, scheme),
      ghg: nullIfUnreadable(io.ghg(row.ghg, source)),
      creditRefused,
    });
  });
}
