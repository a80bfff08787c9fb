// A number typed on a delivery row that no register holds (bind.ts: `outside`, `held`) was issued
// outside massbal, or is a slip. What massbal knows of it is the row alone: one declaration under
// that number, exactly as typed, whose contents (incoming SDs, GHG values, issue date) it never saw.
// So nothing is recorded or invented for it (no register line, no "-1"/"-2" split numbers, no
// contents computed by this run): the delivery's quantity counts as declared by it (its credit is
// drawn, no second declaration is issued for it), and declaration-issued-outside at its SD cell
// says what massbal did and did not record (docs/rules.md "Outgoing Sustainability Declarations").
// Where that number repeats an earlier delivery's, exactly or in a spelling that may be the same
// (duplicate-sd: "SD 4711" after "4711"), or is on another row too (declaration-number-duplicate),
// the row is held back as an error holds back any declaration (decide.ts): blocked or a draft,
// without a number, the finding at its SD cell named as what holds it. The first delivery keeps its own.
// (brk20 A7) Where the row's SD status says the SD is still to issue ("offen", "zu erstellen", "to
// issue": the reader's source cell "sdToIssue"), the two cells disagree: declaration-issued-outside
// is an error at the status cell (reason "status-to-issue") and holds the row back, as above. Not
// where a register holds the number: massbal writes its own numbers beside an "offen" it leaves.
import type { Allocation } from "../book/book";
import type { LineBuilder } from "../declarations";
import { cellOf, finding } from "../findings";
import type { Delivery } from "../records";
import type { Declaration, Finding, FindingRef } from "../result";
import { dec, toText } from "../quantity";
import { cellAt } from "../source-cells";

/** A delivery whose row names a number no register holds, and what it would be declared as. */
export interface OutsideIssue {
  delivery: Delivery;
  /**
   * the declarations massbal would issue for the delivery, shown (blocked or draft, no number)
   * only where an error holds the row back; otherwise none is listed (settleOutside)
   */
  declarations: Declaration[];
  /** the delivery's sustainable quantity and its unit, as the books give it: what counts as declared */
  quantity: string;
  unit: string;
  /**
   * the row's number is on another row too (bind.ts: declaration-number-duplicate): always held
   * back, never read as issued outside (decide.ts)
   */
  repeated?: boolean;
}

/**
 * The declarations the books would call for on a row whose number no register holds: what is
 * listed if the row is held back (blocked or draft, no number, rowSd the row's number). Never
 * issued and never numbered here: settleOutside decides.
 */
export function outsideIssue(
  d: Delivery,
  alloc: Allocation,
  builder: LineBuilder,
  issueDate: string,
  repeated: boolean,
): OutsideIssue {
  const lines = builder.build(alloc, alloc.portions, issueDate, d.sdNumber);
  const declarations = lines.map((b) => {
    const x = b.declaration;
    x.number = "";
    x.status = "blocked";
    x.rowSd = d.sdNumber;
    return x;
  });
  const sum = lines.reduce((a, b) => a.plus(b.line.quantity), dec(0));
  const unit = lines[0]?.line.account.unit ?? d.unit;
  const quantity = lines.length > 0 ? toText(sum) : String(d.fields.quantity ?? "");
  const issue: OutsideIssue = { delivery: d, declarations, quantity, unit };
  if (repeated) issue.repeated = true;
  return issue;
}

/**
 * The errors that hold back an outside number: its SD cell repeats an earlier delivery's, or its
 * number is on another row too (bind.ts, at the SD cell, else the quantity cell).
 */
const HOLDING_CODES = new Set(["duplicate-sd", "declaration-number-duplicate"]);

/** What settleOutside decided: the listed declarations to leave out, and the findings to add. */
export interface Settled {
  /** declarations of rows read as issued outside: not listed (nothing was issued by massbal) */
  unlisted: Set<Declaration>;
  /** declaration-issued-outside, one at each such row's SD cell */
  findings: Finding[];
}

/**
 * Settles each outside issue once every error is known. One that a duplicate-sd or
 * declaration-number-duplicate error points at (the error's cell is the delivery's SD number
 * cell, or its quantity cell), or whose number is on several rows (`repeated`), is held back: its
 * declarations become `status` ("blocked", or "draft" when drafts were asked for) with no number,
 * heldBy the errors, and each error's holdsBack names the delivery's quantity cell (changed in
 * place). Every other one is read as issued outside: its declarations are unlisted and a
 * declaration-issued-outside warning is made at its SD cell.
 */
export function settleOutside(
  outside: readonly OutsideIssue[],
  errors: readonly Finding[],
  status: "blocked" | "draft",
  refOf: (f: Finding) => FindingRef,
): Settled {
  const settled: Settled = { unlisted: new Set(), findings: [] };
  if (outside.length === 0) return settled;
  const bySdCell = new Map<string, Finding[]>();
  for (const f of errors) {
    if (!HOLDING_CODES.has(f.code) || !f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const list = bySdCell.get(key);
    if (list) list.push(f);
    else bySdCell.set(key, [f]);
  }
  for (const issue of outside) {
    const { delivery, declarations, repeated } = issue;
    const at = cellOf(delivery.source, "sdNumber");
    const quantity = cellOf(delivery.source, "quantity");
    const held = [
      ...(at ? (bySdCell.get(`${at.sheet}!${at.cell}`) ?? []) : []),
      ...(quantity && !at ? (bySdCell.get(`${quantity.sheet}!${quantity.cell}`) ?? []) : []),
    ];
    // (brk20 A7) the row's SD status says the SD is still to issue: the two cells disagree
    const toIssue = held.length === 0 && !repeated ? cellAt(delivery.source, "sdToIssue") : undefined;
    if (toIssue) {
      const f = issuedOutside(issue, toIssue);
      settled.findings.push(f);
      held.push(f);
    } else if (held.length === 0 && !repeated) {
      for (const x of declarations) settled.unlisted.add(x);
      settled.findings.push(issuedOutside(issue));
      continue;
    }
    for (const f of held) {
      if (quantity) f.holdsBack = [...(f.holdsBack ?? []), quantity];
    }
    const refs = held.map(refOf);
    for (const x of declarations) {
      x.status = status;
      x.heldBy = refs;
    }
  }
  return settled;
}

/**
 * declaration-issued-outside at the delivery's SD number cell: the row's own values, as read. With
 * `status` (the row's SD status cell, which says the SD is still to issue: brk20 A7) an error at
 * that cell, reason "status-to-issue", that holds the row back.
 */
function issuedOutside({ delivery: d, quantity, unit }: OutsideIssue, status?: string): Finding {
  const at = cellOf(d.source, "sdNumber", "quantity");
  const details = {
    number: d.sdNumber,
    quantity,
    unit,
    product: d.product,
    customer: d.customer,
    date: d.date,
  };
  if (!status) return finding("declaration-issued-outside", "warning", at, details);
  const reason = { reason: "status-to-issue" as const, sdCell: at?.cell ?? "" };
  return finding(
    "declaration-issued-outside",
    "error",
    { sheet: d.source.sheet, cell: status },
    {
      ...details,
      ...reason,
    },
  );
}
