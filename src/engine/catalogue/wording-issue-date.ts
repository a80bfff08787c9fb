// The wording of issue-date-too-early (engine/rules/issue-date-too-early.ts): a new declaration
// would be dated before the dispatch it declares, before the receipt of material behind it, or
// (p-misc) before the production that made it (iscc-rules.md §5: a PoS is issued for a dispatch,
// from material already received; domain.md §5: an output's credit is the production's). It is
// held back and its date is never moved for the user: the advice depends on where the date came
// from, the issue date in Settings or the day of the run.
import type { IssueDateTooEarlyDetails } from "./details-declarations";
import type { DeclarationPeriodClosedDetails } from "./details-outside";

const s = (v: string | null | undefined): string => (v === null || v === undefined ? "" : v);

/** Where the date of issuance comes from, as the user knows it. */
function origin(d: IssueDateTooEarlyDetails): string {
  if (d.from === "settings")
    return `the issue date of new declarations set in Settings${d.setting ? ` (${d.setting})` : ""}`;
  if (d.from === "run") return "the day of this run (no issue date is set in Settings)";
  return "its dispatch date (no issue date was given)";
}

/** The sentence of an issue-date-too-early finding. */
export function issueDateText(d: IssueDateTooEarlyDetails): string {
  if (d.held) return sharedText(d);
  const before: string[] = [];
  if (d.dispatched > d.date) before.push(`its dispatch on ${s(d.dispatched)}`);
  if (d.received && d.received > d.date)
    before.push(
      `the receipt on ${s(d.received)} of incoming SD ${s(d.sd)}${d.receipt ? ` (${s(d.receipt)})` : ""}, which it draws on`,
    );
  if (d.produced && d.produced > d.date)
    before.push(
      `the production on ${s(d.produced)}${d.production ? ` (${s(d.production)})` : ""} that made the material it declares`,
    );
  if (d.transferred && d.transferred > d.date)
    before.push(
      `the transfer on ${s(d.transferred)}${d.transfer ? ` (${s(d.transfer)})` : ""} that brought the credit it draws on to this site`,
    );
  const advice =
    d.from === "run"
      ? `Generate it on ${s(d.earliest)} or later, or correct the dispatch date if it is wrong.`
      : `Set the issue date in Settings to ${s(d.earliest)} or later, or leave it blank so that declarations are dated the day they are generated.`;
  return `the declaration for this delivery would be dated ${s(d.date)}, ${origin(d)}, which is before ${before.join(" and ")}; a declaration is never dated before the dispatch it declares or the receipt, production or transfer of the material behind it, so it is held back and its date is not changed for you. ${advice}`;
}

/** The Settings date too early for several deliveries, said once at its cell. */
function sharedText(d: IssueDateTooEarlyDetails): string {
  const more = d.more ? ` and ${d.more} more` : "";
  return `${origin(d)}, ${s(d.date)}, is before the dispatch of ${d.held} deliveries or the receipt, production or transfer of material they draw on (${s(d.deliveries)}${more}); a declaration is never dated before the dispatch it declares or the receipt, production or transfer of the material behind it, so their declarations are held back and the date is not changed for you. Set the issue date in Settings to ${s(d.earliest)} or later, the earliest date that suits them all, or leave it blank so that declarations are dated the day they are generated.`;
}

/**
 * (brk22 §12) The sentence of declaration-period-closed: a delivery without an SD number from a
 * period closed before the one before the issue date's is given no declaration now.
 */
function periodClosedText(d: DeclarationPeriodClosedDetails): string {
  const where = d.sdColumn
    ? "Type it in this SD number cell"
    : "Add an SD number column to the sheet and type it there";
  return `this delivery of ${s(d.quantity)} ${s(d.unit)} of ${s(d.product)} to ${s(d.customer)} was dispatched on ${s(d.date)}, in the period ${s(d.periodStart)} to ${s(d.periodEnd)}, and has no SD number; the issue date of new declarations set in Settings${d.setting ? ` (${s(d.setting)})` : ""} is ${s(d.issued)}, and only deliveries dispatched from ${s(d.since)} on are declared (from the start of the period before the issue date's, or of its year where that is earlier). A delivery of a period closed before that was most likely sent its declaration at dispatch, by hand or by another tool: a new number now would give the load a second declaration, dated long after dispatch, so none is issued. Its credit is booked as before. ${where}: the number the delivery was sent with (the add-in then reads it as a declaration issued outside it and counts the quantity as declared). If it was truly never sent one, write "offen" or "to issue" in an SD Status column of its row, and the add-in issues it with the issue date set.`;
}

/** The wording of the codes about when a declaration is issued (wording-engine.ts spreads it). */
export const ISSUE_DATE_WORDING: {
  readonly "issue-date-too-early": (d: IssueDateTooEarlyDetails) => string;
  readonly "declaration-period-closed": (d: DeclarationPeriodClosedDetails) => string;
} = {
  "issue-date-too-early": issueDateText,
  "declaration-period-closed": periodClosedText,
};
