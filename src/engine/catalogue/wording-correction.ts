// The wording of declaration-needs-correction (engine/issue/compare.ts, unread-row.ts): an issued
// declaration whose delivery the books now give less of, or none of. Where its row is still there
// but a cell of it was refused, the finding names that cell and says to correct it: cancelling is
// offered only where the row really changed or was removed (a correct declaration is never
// cancelled for a typing slip).
import type {
  DeclarationInventedDetails,
  DeclarationIssuedOutsideDetails,
  DeclarationNeedsCorrectionDetails,
  DeclarationStaleDetails,
} from "./details-declarations";

const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : String(v));

const cancelHow = (d: DeclarationNeedsCorrectionDetails) =>
  `(Cancel declaration in the pane, or massbal declare --cancel ${s(d.cancel)} --by <name> --reason <why>)`;

/** The sentence of a declaration-needs-correction finding, by why (less, gone, unreadable, other, inputs). */
export function needsCorrectionText(d: DeclarationNeedsCorrectionDetails): string {
  if (d.why === "less")
    return `declaration ${s(d.number)} declares ${s(d.issued)} ${s(d.unit)} but this delivery is now ${s(d.now)} ${s(d.unit)} sustainable; an issued declaration is never changed, so cancel it ${cancelHow(d)} and the delivery gets a corrected declaration with a new number.`;
  if (d.why === "inputs")
    return `declaration ${s(d.declaration)} cites incoming SD credit the books no longer give this delivery (${s(d.cells)}): a receipt it cites was changed or removed since, or its credit can no longer go to this delivery. What was issued stays as issued, and no new declaration draws on that credit while it is cited. If the receipt was changed by mistake, correct it back; if the change is right, cancel the declaration ${cancelHow(d)} and the delivery gets a corrected declaration with a new number.`;
  if (d.why === "other" && d.named === false) return foundOtherText(d);
  if (d.why === "other")
    return `declaration ${s(d.declaration)} is named on this row, but this row is another delivery (${s(d.cells)}). A declaration stays with the delivery it was issued for: it does not cover this one, and this row gets no declaration while its SD number cell names it${d.sure ? `; ${s(d.row)}, the delivery it was issued for, gets no second declaration while it is issued` : ""}. If the number was typed on the wrong row, type this row's own number into its SD number cell, or clear the cell; only if the delivery it was issued for really became this one, cancel the declaration ${cancelHow(d)} and each delivery gets a declaration of its own.`;
  if (d.why === "unreadable" && d.sure)
    return `declaration ${s(d.declaration)} is for ${s(d.row)}, which is still there, but ${s(d.cells)} could not be read, so this delivery is not in the books until it is: correct the cell as its own finding says and check again. The declaration stays as issued; do not cancel it for this.`;
  if (d.why === "unreadable")
    return `declaration ${s(d.declaration)} no longer has a delivery the books can read; its row may be one of those with a cell that could not be read (${s(d.cells)}): correct those cells as their findings say and check again. Only if its row was deleted or the delivery called off, cancel the declaration ${cancelHow(d)}.`;
  return `declaration ${s(d.declaration)} no longer has a sustainable delivery in the books (its row was deleted, changed in more than one of date, customer, product, quantity and site, or is no longer sustainable). If its row was changed, type ${s(d.cancel)} into the row's SD number cell; if the delivery was called off, cancel the declaration ${cancelHow(d)}.`;
}

/**
 * declaration-needs-correction (why other) on a row without an SD number: taken for the
 * declaration's delivery by what it is (all but one value alike, bind.ts), but the value that
 * differs makes it another delivery (elsewhere.ts). Nothing on the row names the declaration, so
 * the way out is the row's value or the declaration, never the row's SD number cell.
 */
function foundOtherText(d: DeclarationNeedsCorrectionDetails): string {
  const issued = d.sure
    ? `; ${s(d.row)}, the delivery it was issued for, gets no second declaration while it is issued`
    : "";
  return `this row carries no SD number, but it is the only row that could be the delivery of declaration ${s(d.declaration)}: all but one of date, customer, product, quantity and site are alike, and that one makes it another delivery (${s(d.cells)}). A declaration stays with the delivery it was issued for: it does not cover this one, and this row gets no declaration while it is taken for that delivery${issued}. If this row's value was typed wrong, correct it; if the delivery it was issued for was deleted or called off, or the declaration itself names that value wrong, cancel the declaration ${cancelHow(d)} and this row gets a declaration of its own.`;
}

/**
 * The sentence of a declaration-stale finding: what changed since it was issued, where to check
 * it, and, for cells of the row that could not be read now (`unread`), that they are to be
 * corrected, not a reason to cancel.
 */
export function staleText(d: DeclarationStaleDetails): string {
  const extra = d.extra ? `, and the extra ${s(d.extra)} ${s(d.unit)} gets a declaration of its own` : "";
  const cancel = `cancel it (Cancel declaration in the pane, or massbal declare --cancel ${s(d.number).split(", ")[0]}) and a corrected one is issued with a new number`;
  const unread = d.unread
    ? `its row's ${s(d.unread)} could not be read now: correct ${d.unread.includes(",") ? "those cells" : "that cell"} as ${d.unread.includes(",") ? "their findings say" : "its finding says"}; that is no reason to cancel the declaration`
    : "";
  if (!d.fields && unread) return `declaration ${s(d.number)} stays as issued${extra}, but ${unread}.`;
  return `declaration ${s(d.number)} was issued from rows that have changed since${d.fields ? `: ${s(d.fields)}` : ""}; what was issued stays as issued${extra}. ${unread ? `Also, ${unread}. ` : ""}Check the change; if the declaration is now wrong, ${cancel}.`;
}

/**
 * The sentence of a declaration-issued-outside finding (issue/outside.ts): what massbal did with a
 * number no register holds (counted the row's quantity as declared by it, issued none) and what it
 * did not (record it, know or check its contents, print it), and how to have massbal issue one.
 */
export function outsideText(d: DeclarationIssuedOutsideDetails): string {
  if (d.reason === "status-to-issue")
    return `this status says the delivery's SD is still to issue, but its SD number cell${d.sdCell ? ` (${s(d.sdCell)})` : ""} names ${s(d.number)}, which is not a declaration massbal issued and which no register of massbal holds: the two cells disagree, so this delivery (${s(d.quantity)} ${s(d.unit)} of ${s(d.product)} to ${s(d.customer)}, dispatched ${s(d.date)}) is neither read as declared under ${s(d.number)} nor declared by massbal until one of them is corrected. If the SD was issued outside massbal under ${s(d.number)}, clear this status (or write that it was issued); if massbal should issue it, clear the SD number.`;
  return `${s(d.number)} is not a declaration massbal issued, and no register holds it: it is read as one declaration issued outside massbal for this delivery (${s(d.quantity)} ${s(d.unit)} of ${s(d.product)} to ${s(d.customer)}, dispatched ${s(d.date)}). massbal counts those ${s(d.quantity)} ${s(d.unit)} as declared by it, drawn from the account, and issues no other declaration for this delivery; it does not record ${s(d.number)} in MB Declarations or print it, and what it declared (incoming SDs, GHG values) is not known here and not checked. Keep the number if that declaration was issued, also where massbal issued it and its line in MB Declarations was lost (then restore the register from a backup or the copy sent to the auditor); clear the cell only if no declaration was ever sent under it, since massbal then issues this delivery a declaration of its own, a second one if the first was sent.`;
}

/**
 * The sentence of a declaration-invented finding (issue/invented.ts): a register line an earlier
 * massbal wrote for a number typed by hand, what of it was made up (the "-1", "-2" numbers, the
 * contents), what massbal reads the typed number as now, and how to withdraw the line with a record
 * of who and why (never deleted). After that the typed number is read as issued outside massbal.
 */
export function inventedText(d: DeclarationInventedDetails): string {
  const what = d.split
    ? `${s(d.number)} is not a number anyone issued: an earlier version of massbal wrote it into MB Declarations as one of the lines ${s(d.lines)} it made up for the number ${s(d.typed)} typed on the delivery row before any register held it, with incoming SDs and GHG values it computed itself, and never printed it`
    : `the incoming SDs and GHG values MB Declarations shows for ${s(d.number)} were computed by an earlier version of massbal for the number typed on the delivery row before any register held it, not read from the declaration issued under it`;
  return `${what}. massbal now reads a number typed so as one declaration issued outside massbal, whose contents it does not know; until ${d.split ? "these lines are" : "this line is"} withdrawn, ${d.split ? "they are" : "it is"} kept and checked as issued. If the declaration issued for this delivery is ${s(d.typed)}, withdraw ${d.split ? "the lines" : "the line"} (Cancel declaration in the pane, or massbal declare --cancel ${s(d.typed)} --by <name> --reason "written by an earlier massbal for ${s(d.typed)}, issued outside massbal"): ${d.split ? "they stay" : "it stays"} in MB Declarations as cancelled, with who and why, and ${s(d.typed)} is read as issued outside massbal, with no other declaration issued for the delivery. ${d.split ? `Keep the lines only if declarations numbered ${s(d.lines)} were sent to the customer.` : ""}`.trim();
}
